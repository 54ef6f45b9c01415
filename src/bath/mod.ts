/**
 * Explicit harmonic baths: discretizations of a spectral density into N
 * modes with error certificates, thermal initial conditions (classical, or
 * quantum by Wigner sampling), and gCLm-II's quilt of local baths
 * (physics.md §4, §6).
 * Exported from the root module as `bath`.
 *
 * | function | gives |
 * |---|---|
 * | `discretize(J, { modes, scheme })` | {@linkcode DiscreteBath}: `frequencies`, `couplings`, `masses` (Float64Array), `recurrenceTime`, `reorganizationEnergy`, `dampingKernel(t)`, `noiseKernel(t, T)`, `certificate({ tMax, temperature? })` |
 * | `thermalState(bath, { temperature, statistics, particlePosition, seed, index })` | x_k, p_k drawn from the thermal state around X(0) |
 * | `fillThermal(w, c, m, T, wigner, shift, stream, x, p, offset)` | the same sampler, in place, for integrators |
 * | `quilt({ density, profile, sites, width, modes })` | {@linkcode Quilt}: sites, T(y_j), u, u′, Γ(X), T_eff(X), per-site baths and their thermal state |
 * | `gaussianFormFactor(z, σ)`, `gaussianFormFactorSlope(z, σ)` | the quilt's u(z) = σ√π erf(z/2σ) and u′(z) = e^{−z²/4σ²} |
 *
 * Certificates compute the exact noise kernel K(t) themselves, by
 * oscillatory quadrature of (1/π)∫J(ω)coth(ω/2T)cos ωt dω: the `noise`
 * module is in the same layer and is not imported here.
 *
 * @example
 * ```ts
 * import * as bath from "./mod.ts";
 * import { ohmic } from "../spectral/ohmic.ts";
 * const J = ohmic({ gamma: 0.5, cutoff: { kind: "exponential", frequency: 5 } });
 * const B = bath.discretize(J, { modes: 500, scheme: "equal-reorganization" });
 * const c = B.certificate({ tMax: 1, points: 21 });
 * if (!(c.kernelRelativeError < 0.01)) throw new Error(`γ_N vs γ: ${c.kernelRelativeError}`);
 * ```
 *
 * @module
 */
export {
  type Certificate,
  type CertificateOptions,
  DiscreteBath,
  type Scheme,
} from "./discrete_bath.ts";
export { discretize, type DiscretizeOptions } from "./discretize.ts";
export {
  fillThermal,
  type Statistics,
  type ThermalState,
  thermalState,
  type ThermalStateOptions,
} from "./thermal_state.ts";
export { gaussianFormFactor, gaussianFormFactorSlope } from "./form_factor.ts";
export {
  Quilt,
  quilt,
  type QuiltOptions,
  type QuiltSites,
  type QuiltThermalStateOptions,
} from "./quilt.ts";

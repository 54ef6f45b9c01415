/**
 * The Caldeira–Leggett model and its two generalizations to an environment
 * with a temperature gradient, exported from the root module as `models`
 * (analytic predictions are the sibling `predict`).
 *
 * | builder | environment | Markov reduction |
 * |---|---|---|
 * | {@linkcode standard} | one bath at T | Γ = γ, T |
 * | {@linkcode gclm1} | one bath whose noise follows T(X(t)) | Γ = γ, T(X) |
 * | {@linkcode gclm2} | local baths at sites y_j, each at T(y_j) | Γ(X) = γΣu'_j², T_eff(X) |
 *
 * Observables of `simulate` runs against predictions:
 * {@linkcode densityFit} (χ², p-value), {@linkcode driftVelocity},
 * {@linkcode soretEstimate}, {@linkcode kineticTemperatureProfile},
 * {@linkcode heatCurrents}, {@linkcode sideFraction}, {@linkcode sampleFit}.
 *
 * ## What is the paper's and what is ours
 *
 * Valente, Matos and Werlang, *Thermoforesis from generalized
 * Caldeira–Leggett models* (arXiv:2603.26980), propose two generalizations
 * of the standard Caldeira–Leggett model that put a temperature gradient
 * into the environment and report that both show thermophoresis. Only the
 * paper's abstract and a plain-language summary were available to us. From
 * the paper: the two ideas — (I) a bath driven by an external agent to the
 * temperature at the particle's position, (II) a patchwork quilt of local
 * baths at different temperatures — and the claim that both give
 * thermophoresis. Ours (physics.md §6): the precise Hamiltonians and
 * Langevin equations, the Gaussian form factor of gCLm-II, the Ohmic–Markov
 * reductions Γ(X) and T_eff(X), the quantum versions (local-temperature
 * quantum noise for gCLm-I, Wigner-sampled local baths for gCLm-II), and
 * every prediction in `predict`. Each model's `describe()` repeats this.
 *
 * Every model is a `LangevinModel` (`simulate` runs it) and a
 * {@linkcode ThermalModel}: `friction(x)`, `effectiveTemperature(x)`,
 * `localNoise(x, { statistics })`, and `describe()` (Hamiltonian, Langevin
 * equation, parameters), rendered in notebooks.
 *
 * @example
 * ```ts
 * import { gclm1, standard } from "./mod.ts";
 * import { ohmic } from "../spectral/mod.ts";
 * import { linear } from "../thermal/mod.ts";
 * const J = ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 10 } });
 * const m = gclm1({ density: J, profile: linear({ value: 1, gradient: 0.5, domain: [0, 1] }) });
 * if (Math.abs(m.effectiveTemperature(1) - 1.5) > 1e-12) throw new Error("T(1)");
 * if (standard({ density: J, temperature: 2 }).effectiveTemperature(7) !== 2) throw new Error("uniform");
 * ```
 *
 * @module
 */
export type {
  LocalNoise,
  LocalNoiseOptions,
  Statistics,
  ThermalModel,
} from "./types.ts";
export { standard, type StandardOptions } from "./standard.ts";
export { gclm1, type Gclm1Options } from "./gclm1.ts";
export { gclm2, type Gclm2Model, type Gclm2Options } from "./gclm2.ts";
export {
  type DensityFit,
  densityFit,
  type DriftEstimate,
  type DriftOptions,
  driftVelocity,
  type HeatCurrents,
  heatCurrents,
  type KineticTemperatureProfile,
  kineticTemperatureProfile,
  type SampleFit,
  sampleFit,
  type SampleFitOptions,
  type SideFraction,
  sideFraction,
  type SideFractionOptions,
  type SoretEstimate,
  soretEstimate,
  type SoretOptions,
} from "./observe/mod.ts";

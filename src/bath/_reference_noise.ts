/**
 * The exact symmetric noise kernel K(t) of a density, by quadrature, for
 * discretization certificates. (The `noise` module, in the same layer, owns
 * the closed forms; the certificate needs only an independent reference.)
 *
 * ## Method
 * K(t) = (ħ/π) ∫₀^∞ J(ω) coth(ħω/2k_BT) cos ωt dω (physics.md §0), written as
 * (1/π) ∫₀^∞ [J(ω)/ω]·[ω coth(βω/2)] cos ωt dω with ω coth(βω/2) =
 * xCothHalf(βω)/β (no cancellation, finite at ω → 0), coth → 1 at T = 0,
 * by the oscillatory Fourier integrator (error estimate included).
 *
 * @module
 */
import { integrateFourier } from "../quadrature/mod.ts";
import { xCothHalf } from "../special/mod.ts";
import type { SpectralDensity } from "../spectral/types.ts";

/** K(t) for t > 0 with its error estimate. */
export function referenceNoiseKernel(
  J: SpectralDensity,
  temperature: number,
  t: number,
  scale: number,
): { value: number; error: number } {
  const f = temperature === 0 ? (w: number) => J.at(w) : (w: number) => {
    const beta = 1 / temperature;
    return J.at(w) / w * xCothHalf(beta * w) / beta;
  };
  const r = integrateFourier(f, t, {
    kind: "cos",
    scale,
    relTol: 1e-9,
    absTol: 1e-12 * J.reorganizationEnergy * scale,
  });
  return { value: r.value / Math.PI, error: r.error / Math.PI };
}

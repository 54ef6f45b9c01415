/**
 * Evaluation of the coupling form factors u(z), u'(z) of model.ts's
 * FormFactorSpec inside the integrators. Private.
 *
 * @module
 */
import type { FormFactorSpec } from "./model.ts";

const TWO_OVER_SQRT_PI = 1.1283791670955126;
const SQRT_PI = 1.7724538509055159;

/**
 * erf(x) from the everywhere-positive series
 * erf(x) = (2/√π) e^{−x²} Σ_{n≥0} 2ⁿ x^{2n+1} / (1·3·…·(2n+1))
 * (Abramowitz & Stegun 7.1.6): no cancellation, so the relative error is a
 * few ulps; |x| ≥ 6 returns ±1 (erfc(6) ≈ 2e−17 is below half an ulp of 1).
 */
export function erf(x: number): number {
  const ax = Math.abs(x);
  if (ax >= 6) return x > 0 ? 1 : -1;
  const x2 = ax * ax;
  let term = ax, sum = ax;
  for (let n = 1; n < 200; n++) {
    term *= 2 * x2 / (2 * n + 1);
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  const r = TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
  return x < 0 ? -r : r;
}

/** u(z) for a form factor. */
export function formFactorValue(f: FormFactorSpec, z: number): number {
  if (f.kind === "linear") return z;
  const s = f.width;
  return s * SQRT_PI * erf(z / (2 * s));
}

/** u'(z) for a form factor. */
export function formFactorSlope(f: FormFactorSpec, z: number): number {
  if (f.kind === "linear") return 1;
  const s = f.width;
  return Math.exp(-z * z / (4 * s * s));
}

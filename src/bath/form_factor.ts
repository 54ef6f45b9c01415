/**
 * The Gaussian form factor of gCLm-II's local baths (physics.md §6).
 *
 * @module
 */
import { erf } from "../special/mod.ts";
import { rangeError, show } from "../_validate.ts";

const SQRT_PI = Math.sqrt(Math.PI);

function check(what: string, z: number, width: number): void {
  if (z !== z) {
    throw rangeError(what, "`z` must be a number, got NaN");
  }
  if (!(width > 0 && width < Infinity)) {
    throw rangeError(
      what,
      `\`width\` σ must be finite and > 0, got ${show(width)}`,
    );
  }
}

/**
 * The Gaussian form factor u(z) = σ√π erf(z/2σ) (length units), the
 * coupling of a local bath at distance z = X − y_j from its site, with
 * u′(z) = e^{−z²/4σ²} and u(z) ≈ z for |z| ≪ σ (linear coupling). Odd in z,
 * |u| < σ√π. This is the `u` of {@linkcode Quilt.formFactor}; dynamics
 * evaluates it inside its integrators.
 *
 * Throws a RangeError for NaN z or a width σ that is not finite and > 0.
 *
 * ## Method
 * `special.erf` (a few ulps), scaled.
 *
 * @param z Distance X − y_j from the site (length units; ±∞ allowed).
 * @param width σ > 0, the range of the coupling (length units).
 * @returns u(z) (length units).
 *
 * @example
 * ```ts
 * import { gaussianFormFactor } from "./form_factor.ts";
 * // u(z) → σ√π as z → ∞; u(z) ≈ z near the site.
 * if (gaussianFormFactor(Infinity, 0.5) !== 0.5 * Math.sqrt(Math.PI)) throw new Error("u(∞)");
 * if (Math.abs(gaussianFormFactor(1e-6, 0.5) - 1e-6) > 1e-17) throw new Error("u(z) ≈ z");
 * ```
 */
export function gaussianFormFactor(z: number, width: number): number {
  check("evaluate the Gaussian form factor u(z)", z, width);
  return width * SQRT_PI * erf(z / (2 * width));
}

/**
 * The slope u′(z) = e^{−z²/4σ²} (dimensionless) of
 * {@linkcode gaussianFormFactor}: the local bath's coupling strength per
 * unit displacement, 1 at the site, 0 far from it.
 *
 * Throws a RangeError for NaN z or a width σ that is not finite and > 0.
 *
 * @param z Distance X − y_j from the site (length units; ±∞ allowed).
 * @param width σ > 0, the range of the coupling (length units).
 * @returns u′(z) ∈ [0, 1].
 *
 * @example
 * ```ts
 * import { gaussianFormFactorSlope } from "./form_factor.ts";
 * // At z = 2σ: u′ = e^{−1}.
 * if (Math.abs(gaussianFormFactorSlope(1, 0.5) - Math.exp(-1)) > 1e-16) throw new Error("u′(2σ)");
 * ```
 */
export function gaussianFormFactorSlope(z: number, width: number): number {
  check("evaluate the Gaussian form factor slope u′(z)", z, width);
  const r = z / (2 * width);
  return Math.exp(-r * r);
}

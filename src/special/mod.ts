/**
 * Complex special functions that JavaScript lacks, to about 1e-13 relative
 * accuracy: a small complex-number type, log-gamma and gamma, digamma,
 * trigamma and polygamma, the Hurwitz zeta function, the exponential
 * integrals Ei and E₁, the error function erf, the regularized incomplete
 * gamma functions P(a, x) and Q(a, x) (χ² p-values), and numerically stable
 * thermal helpers (Bose factor, coth(x/2), ln(1 − e^{−x})).
 *
 * Poles and out-of-domain arguments throw a `RangeError` naming the function,
 * the rule and the value; no function returns a silent NaN.
 *
 * @example
 * ```ts
 * import { complex, trigamma } from "./mod.ts";
 * const w = trigamma(complex(1, 0));
 * if (Math.abs(w.re - Math.PI ** 2 / 6) > 1e-15) throw new Error("ψ′(1) = π²/6");
 * ```
 *
 * @module
 */
export * from "./complex.ts";
export * from "./polygamma.ts";
export * from "./expint.ts";
export * from "./bose.ts";
export * from "./gamma.ts";
export * from "./zeta.ts";
export * from "./erf.ts";
export * from "./incomplete_gamma.ts";

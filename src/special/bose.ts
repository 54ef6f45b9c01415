/**
 * Thermal helpers of the dimensionless x = βħω, written so that no
 * `exp(x) − 1` ever loses digits: the Bose factor, coth(x/2), x·coth(x/2) and
 * ln(1 − e^{−x}).
 *
 * @module
 */

function bad(what: string, rule: string, x: number): never {
  throw new RangeError(`Cannot evaluate ${what}: x must ${rule}, but x = ${x}`);
}

/**
 * Bose–Einstein occupation n(x) = 1/(eˣ − 1) of a mode with x = βħω > 0
 * (dimensionless). Computed as `1/expm1(x)`; 0 for x = ∞.
 *
 * Throws a RangeError for x ≤ 0 or NaN (n diverges at 0; for negative
 * frequencies use n(−x) = −1 − n(x) explicitly) and for x < 5.6e-309, where
 * n overflows a double.
 *
 * @param x βħω, > 0.
 * @returns n(x).
 *
 * @example
 * ```ts
 * import { bose } from "./mod.ts";
 * // n(ln 2) = 1 exactly in real arithmetic
 * if (Math.abs(bose(Math.LN2) - 1) > 2e-16) throw new Error("n(ln 2) = 1");
 * ```
 */
export function bose(x: number): number {
  if (!(x > 0)) bad("the Bose factor 1/(eˣ − 1)", "be > 0", x);
  const n = 1 / Math.expm1(x);
  if (n === Infinity) {
    bad("the Bose factor 1/(eˣ − 1)", "be ≥ 5.6e-309 (n overflows below)", x);
  }
  return n;
}

/**
 * coth(x/2) = 1 + 2n(x) for real x ≠ 0, odd in x, relative accuracy ≲ 2 ulp
 * for all x (no cancellation: 1 and 2/expm1(|x|) are both positive).
 *
 * Throws a RangeError at x = 0 (pole), for NaN, and for |x| < 1.2e-308
 * where the result overflows a double.
 *
 * @param x Dimensionless argument (typically βħω).
 * @returns coth(x/2).
 *
 * @example
 * ```ts
 * import { cothHalf } from "./mod.ts";
 * if (Math.abs(cothHalf(2) - 1 / Math.tanh(1)) > 4e-16) throw new Error("coth(1)");
 * if (cothHalf(-1e-20) !== -2e20) throw new Error("coth(x/2) ≈ 2/x");
 * ```
 */
export function cothHalf(x: number): number {
  if (x === 0 || x !== x) {
    bad("coth(x/2)", "be non-zero (coth has a pole at 0)", x);
  }
  const a = Math.abs(x);
  const v = 1 + 2 / Math.expm1(a);
  if (v === Infinity) {
    bad("coth(x/2)", "satisfy |x| ≥ 1.2e-308 (coth(x/2) overflows below)", x);
  }
  return x > 0 ? v : -v;
}

/**
 * x·coth(x/2) for real x, even in x, with the limit 2 at x = 0 (classical
 * equipartition 2k_BT/ħω·ħω/2 …); it grows like |x| for large |x|.
 * Computed as |x| + 2|x|/expm1(|x|), no cancellation.
 *
 * Throws a RangeError for NaN.
 *
 * @param x Dimensionless argument (typically βħω).
 * @returns x·coth(x/2).
 *
 * @example
 * ```ts
 * import { xCothHalf } from "./mod.ts";
 * if (xCothHalf(0) !== 2) throw new Error("limit 2 at 0");
 * if (Math.abs(xCothHalf(1e-5) - (2 + 1e-10 / 6)) > 4e-16) throw new Error("2 + x²/6");
 * ```
 */
export function xCothHalf(x: number): number {
  if (x !== x) bad("x·coth(x/2)", "be a number", x);
  const a = Math.abs(x);
  if (a === 0) return 2;
  if (a === Infinity) return Infinity;
  return a + 2 * a / Math.expm1(a);
}

/**
 * ln(1 − e^{−x}) for x > 0 (a negative number; −∞ as x → 0⁺).
 *
 * Throws a RangeError for x ≤ 0 or NaN.
 *
 * ## Method
 * `log(−expm1(−x))` for x ≤ ln 2 and `log1p(−exp(−x))` above, the split
 * recommended by M. Mächler, "Accurately computing log(1 − exp(−|a|))"
 * (Rmpfr vignette, 2012): each branch is then accurate to a few ulps.
 *
 * @param x Dimensionless argument, > 0.
 * @returns ln(1 − e^{−x}).
 *
 * @example
 * ```ts
 * import { log1mExp } from "./mod.ts";
 * if (Math.abs(log1mExp(Math.LN2) + Math.LN2) > 2e-16) throw new Error("ln(1 − ½) = −ln 2");
 * if (Math.abs(log1mExp(50) + Math.exp(-50)) > 1e-37) throw new Error("≈ −e^{−50}");
 * ```
 */
export function log1mExp(x: number): number {
  if (!(x > 0)) bad("ln(1 − e^{−x})", "be > 0", x);
  return x <= Math.LN2 ? Math.log(-Math.expm1(-x)) : Math.log1p(-Math.exp(-x));
}

/**
 * The χ² survival function P(χ²_k > x): the p-value of a goodness-of-fit
 * statistic, as the regularized upper incomplete gamma of `special`.
 *
 * @module
 */
import { regularizedGammaQ } from "../special/mod.ts";

/**
 * P(χ²_k ≥ x) = Q(k/2, x/2), with Q the regularized upper incomplete gamma
 * ({@linkcode regularizedGammaQ}, whose doc has the method and accuracy).
 * Throws a RangeError, worded for a χ² test, unless k is finite and > 0
 * and x ≥ 0 (x = ∞ gives 0).
 */
export function chiSquareSurvival(x: number, k: number): number {
  if (!(k > 0) || !Number.isFinite(k)) {
    throw new RangeError(
      `Cannot compute a χ² p-value: the degrees of freedom must be > 0, got ${k}`,
    );
  }
  if (!(x >= 0) || Number.isNaN(x)) {
    throw new RangeError(
      `Cannot compute a χ² p-value: the statistic must be ≥ 0, got ${x}`,
    );
  }
  return regularizedGammaQ(k / 2, x / 2);
}

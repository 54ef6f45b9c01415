/**
 * Sample statistics shared by the statistical tests.
 *
 * @module
 */

/** Mean, population variance (÷ n) and skewness m₃/m₂^{3/2} of a sample. */
export function sampleMoments(
  xs: readonly number[],
): { mean: number; variance: number; skewness: number } {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / n;
  const m3 = xs.reduce((a, b) => a + (b - mean) ** 3, 0) / n;
  return { mean, variance, skewness: m3 / variance ** 1.5 };
}

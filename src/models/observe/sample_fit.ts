/**
 * Pearson's χ² test of independent samples against a predicted density.
 *
 * @module
 */
import { chiSquareSurvival } from "../_chi_square.ts";
import type { StationaryPrediction } from "../predict/stationary.ts";

/** Options of {@linkcode sampleFit}. */
export interface SampleFitOptions {
  /** Left end of the binned range (L). */
  readonly from: number;
  /** Right end (L), > from. */
  readonly to: number;
  /** Number of equal bins (integer ≥ 2). */
  readonly bins: number;
  /** Bins expected to hold fewer samples than this are pooled with the outside. Default 5. */
  readonly minExpected?: number;
}

/** The outcome of {@linkcode sampleFit}. */
export interface SampleFit {
  /** Bin edges (L). */
  readonly edges: Float64Array;
  /** Observed counts per bin. */
  readonly observed: Float64Array;
  /** Expected counts n·∫_bin P. */
  readonly expected: Float64Array;
  /** Pearson's Σ (O − E)²/E over the kept bins plus the pooled rest. */
  readonly chiSquare: number;
  /** Cells − 1. */
  readonly degreesOfFreedom: number;
  /** P(χ²_dof ≥ chiSquare). */
  readonly pValue: number;
}

/**
 * Pearson's χ² goodness of fit of **independent** samples (for instance
 * the final positions of a run's kept trajectories, which depend only on
 * their own (seed, index)) against a predicted stationary density.
 *
 * Prefer it to {@linkcode densityFit} when a rigorous p-value matters:
 * `densityFit` uses the run's window histogram, whose bins are correlated
 * through each trajectory's time average, and its χ² (diagonal errors only)
 * is then only approximately χ²-distributed.
 *
 * ## Method
 * Counts in `bins` equal bins over [from, to]; expected counts n·∫_bin P
 * (`prediction.probability`). Bins expecting fewer than `minExpected`
 * samples are pooled with everything outside the range into one cell, so
 * every cell expects ≥ 5 (Cochran's rule) and the counts are multinomial;
 * dof = cells − 1.
 *
 * @example
 * ```ts
 * import { sampleFit } from "./sample_fit.ts";
 * const uniform = { probability: (a: number, b: number) => Math.max(0, Math.min(b, 1) - Math.max(a, 0)) };
 * const xs = Array.from({ length: 1000 }, (_, i) => (i + 0.5) / 1000);
 * const fit = sampleFit(xs, uniform, { from: 0, to: 1, bins: 10 });
 * if (fit.chiSquare > 1e-20 || fit.degreesOfFreedom !== 9) throw new Error("a perfect sample");
 * ```
 */
export function sampleFit(
  samples: ArrayLike<number>,
  prediction: Pick<StationaryPrediction, "probability">,
  options: SampleFitOptions,
): SampleFit {
  const what = "fit samples to a density";
  const { from, to, bins } = options;
  if (!(to > from) || !Number.isFinite(from) || !Number.isFinite(to)) {
    throw new RangeError(
      `Cannot ${what}: need finite from < to, got [${from}, ${to}]`,
    );
  }
  if (!Number.isInteger(bins) || bins < 2) {
    throw new RangeError(
      `Cannot ${what}: \`bins\` must be an integer ≥ 2, got ${bins}`,
    );
  }
  const n = samples.length;
  const min = options.minExpected ?? 5;
  const w = (to - from) / bins;
  const edges = Float64Array.from(
    { length: bins + 1 },
    (_, b) => b === bins ? to : from + b * w,
  );
  const observed = new Float64Array(bins);
  let outside = 0;
  for (let i = 0; i < n; i++) {
    const x = samples[i];
    const b = Math.floor((x - from) / w);
    if (x >= from && x < to && b >= 0 && b < bins) observed[b]++;
    else outside++;
  }
  const expected = new Float64Array(bins);
  let chi2 = 0, cells = 0, restObserved = outside, restExpected = n;
  for (let b = 0; b < bins; b++) {
    expected[b] = n * prediction.probability(edges[b], edges[b + 1]);
    restExpected -= expected[b];
  }
  for (let b = 0; b < bins; b++) {
    if (expected[b] >= min) {
      chi2 += (observed[b] - expected[b]) ** 2 / expected[b];
      cells++;
    } else {
      restObserved += observed[b];
      restExpected += expected[b];
    }
  }
  if (restExpected >= min) {
    chi2 += (restObserved - restExpected) ** 2 / restExpected;
    cells++;
  } else if (restObserved > 0) {
    // Rare cell: keep it honest by still counting it (Pearson's term).
    chi2 += (restObserved - restExpected) ** 2 / Math.max(restExpected, 1e-300);
    cells++;
  }
  if (cells < 2) {
    throw new RangeError(
      `Cannot ${what}: fewer than 2 cells expect ≥ ${min} samples (n = ${n})`,
    );
  }
  const dof = cells - 1;
  return {
    edges,
    observed,
    expected,
    chiSquare: chi2,
    degreesOfFreedom: dof,
    pValue: chiSquareSurvival(chi2, dof),
  };
}

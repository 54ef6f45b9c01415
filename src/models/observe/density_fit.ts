/**
 * The stationary density of a run against a prediction, with a
 * goodness-of-fit number.
 *
 * @module
 */
import {
  type Description,
  displayBundle,
  type MimeBundle,
} from "../../describe.ts";
import type { SimulationResult } from "../../dynamics/result.ts";
import { chiSquareSurvival } from "../_chi_square.ts";
import type { StationaryPrediction } from "../predict/stationary.ts";

/** A measured histogram against a predicted density. */
export interface DensityFit {
  /** Bin edges (L). */
  readonly edges: Float64Array;
  /** Bin centres (L). */
  readonly centers: Float64Array;
  /** Measured density per bin (1/L). */
  readonly measured: Float64Array;
  /** Its standard error (1/L). */
  readonly standardError: Float64Array;
  /** Predicted bin-averaged density ∫_bin P / width (1/L). */
  readonly predicted: Float64Array;
  /** (measured − predicted)/standardError; NaN for unused bins. */
  readonly pulls: Float64Array;
  /** Σ pulls² over the used bins. */
  readonly chiSquare: number;
  /** Used bins − 1 (the normalization is shared). */
  readonly degreesOfFreedom: number;
  /** P(χ²_dof ≥ chiSquare): small (< 1e-3) means the prediction is rejected. */
  readonly pValue: number;
  /** Bins with a standard error of 0 (never visited), left out. */
  readonly skippedBins: number;
  /** Data-only description (measured vs predicted preview). */
  describe(): Description;
}

/**
 * Compares the position histogram of a run's averaging window with a
 * predicted stationary density (e.g. `predict.stationary(model, …)`):
 * bin-averaged prediction, pulls, χ²/dof and its p-value.
 *
 * ## Method
 * Each bin's prediction is ∫_bin P dx / width (`prediction.probability`),
 * so no bin-width bias enters. χ² = Σ_b ((ρ_b − p_b)/σ_b)² over the bins
 * with σ_b > 0, σ_b the run's standard error (from the spread of
 * per-trajectory bin fractions, so correlations along a trajectory enter
 * each σ_b); one degree of freedom is lost to the shared normalization.
 * The run keeps only the diagonal of the bins' covariance: when
 * trajectories wander over several bins within the window, neighbouring
 * bins are correlated and χ² is only approximately χ²-distributed (its mean
 * is still ≈ dof, its spread larger, so small p-values come more often than
 * they should). For a rigorous test use {@linkcode sampleFit} on
 * independent samples. The p-value is the χ² survival function (series and
 * continued fraction of the incomplete gamma function, Numerical Recipes
 * §6.2). Discretization bias of the run (finite dt, finite mass) is part of
 * what the test sees.
 *
 * @param run A simulation result with a position histogram (`record.histogram`).
 * @param prediction The predicted stationary density.
 * @returns The comparison.
 * @throws {RangeError} if the run has no histogram or no usable bin.
 *
 * @example
 * ```ts
 * import { densityFit } from "./density_fit.ts";
 * // A flat histogram on [0, 1] against a flat prediction: χ² = 0.
 * const run = { histogram: {
 *   edges: new Float64Array([0, 0.5, 1]), centers: new Float64Array([0.25, 0.75]),
 *   density: new Float64Array([1, 1]), standardError: new Float64Array([0.1, 0.1]), outside: 0 } };
 * const flat = { probability: (a: number, b: number) => b - a };
 * const fit = densityFit(run, flat);
 * if (fit.chiSquare !== 0 || fit.degreesOfFreedom !== 1 || fit.pValue !== 1) throw new Error("perfect fit");
 * ```
 */
export function densityFit(
  run: Pick<SimulationResult, "histogram">,
  prediction: Pick<StationaryPrediction, "probability">,
): DensityFit {
  const h = run.histogram;
  if (!h) {
    throw new RangeError(
      "Cannot compare the stationary density: the run has no position histogram (pass `record: { histogram: { from, to, bins } }` to simulate)",
    );
  }
  const B = h.centers.length;
  const predicted = new Float64Array(B);
  const pulls = new Float64Array(B);
  let chi2 = 0;
  let used = 0;
  let skipped = 0;
  for (let b = 0; b < B; b++) {
    const w = h.edges[b + 1] - h.edges[b];
    predicted[b] = prediction.probability(h.edges[b], h.edges[b + 1]) / w;
    const se = h.standardError[b];
    if (se > 0) {
      const z = (h.density[b] - predicted[b]) / se;
      pulls[b] = z;
      chi2 += z * z;
      used++;
    } else {
      pulls[b] = NaN;
      skipped++;
    }
  }
  if (used < 2) {
    throw new RangeError(
      `Cannot compare the stationary density: need at least 2 bins with a non-zero standard error, got ${used}`,
    );
  }
  const dof = used - 1;
  const pValue = chiSquareSurvival(chi2, dof);
  const description: Description = {
    title: "Stationary density: run against prediction",
    parameters: [
      { name: "χ²", value: chi2 },
      { name: "degrees of freedom", value: dof },
      { name: "χ²/dof", value: chi2 / dof },
      { name: "p-value", value: pValue },
      { name: "skipped bins", value: skipped },
    ],
    preview: {
      x: h.centers,
      series: [
        { name: "measured", y: h.density },
        { name: "predicted", y: predicted },
      ],
      xLabel: "x",
      yLabel: "P(x)",
    },
  };
  return {
    edges: h.edges,
    centers: h.centers,
    measured: h.density,
    standardError: h.standardError,
    predicted,
    pulls,
    chiSquare: chi2,
    degreesOfFreedom: dof,
    pValue,
    skippedBins: skipped,
    describe: () => description,
    [Symbol.for("Jupyter.display")](): MimeBundle {
      return displayBundle(description);
    },
  };
}

/**
 * Drift velocity d⟨X⟩/dt of a run.
 *
 * @module
 */
import type { SimulationResult } from "../../dynamics/result.ts";

/** Options of {@linkcode driftVelocity}. */
export interface DriftOptions {
  /** Start of the fit window (1/ω_ref). Default: the first recorded time. */
  readonly from?: number;
  /** End of the fit window (1/ω_ref). Default: the last recorded time. */
  readonly to?: number;
}

/** A measured drift velocity. */
export interface DriftEstimate {
  /** (⟨X(t₂)⟩ − ⟨X(t₁)⟩)/(t₂ − t₁) (L ω_ref). */
  readonly velocity: number;
  /**
   * Its standard error, conservatively (σ₁ + σ₂)/(t₂ − t₁) with σ the
   * standard errors of the two means (exact when X(t₁) and X(t₂) are
   * perfectly anticorrelated, an overestimate otherwise).
   */
  readonly error: number;
  /** The recorded times used, t₁ and t₂. */
  readonly window: readonly [number, number];
}

/**
 * The mean drift velocity of the ensemble between two recorded times.
 *
 * ## Method
 * Difference of the ensemble means at the recorded times nearest to `from`
 * and `to`. The run stores marginal statistics only, so the covariance of
 * X(t₁) and X(t₂) is unknown; the error bound (σ₁ + σ₂)/(t₂ − t₁) holds for
 * any covariance.
 *
 * @example
 * ```ts
 * import { driftVelocity } from "./drift.ts";
 * const run = { times: new Float64Array([0, 1, 2]), meanPosition: new Float64Array([0, 0.1, 0.2]),
 *   meanPositionError: new Float64Array([0, 0.01, 0.01]) };
 * const d = driftVelocity(run);
 * if (Math.abs(d.velocity - 0.1) > 1e-15 || Math.abs(d.error - 0.005) > 1e-15) throw new Error("0.1 ± 0.005");
 * ```
 */
export function driftVelocity(
  run: Pick<SimulationResult, "times" | "meanPosition" | "meanPositionError">,
  options: DriftOptions = {},
): DriftEstimate {
  const ts = run.times;
  const n = ts.length;
  const nearest = (t: number) => {
    let best = 0;
    for (let i = 1; i < n; i++) {
      if (Math.abs(ts[i] - t) < Math.abs(ts[best] - t)) best = i;
    }
    return best;
  };
  const i1 = options.from === undefined ? 0 : nearest(options.from);
  const i2 = options.to === undefined ? n - 1 : nearest(options.to);
  if (!(ts[i2] > ts[i1])) {
    throw new RangeError(
      `Cannot estimate a drift velocity: the window must contain two recorded times t₁ < t₂, got [${
        ts[i1]
      }, ${ts[i2]}]`,
    );
  }
  const span = ts[i2] - ts[i1];
  return {
    velocity: (run.meanPosition[i2] - run.meanPosition[i1]) / span,
    error: (run.meanPositionError[i1] + run.meanPositionError[i2]) / span,
    window: [ts[i1], ts[i2]],
  };
}

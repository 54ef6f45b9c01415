/**
 * The fraction of time trajectories spend below a position (e.g. on the
 * cold side of a step), with an honest error from independent trajectories.
 *
 * @module
 */
import type { SimulationResult } from "../../dynamics/result.ts";

/** Options of {@linkcode sideFraction}. */
export interface SideFractionOptions {
  /** The dividing position (L). Default 0. */
  readonly below?: number;
  /** Start of the time window (1/ω_ref). Default: the run's `windowStart`. */
  readonly from?: number;
}

/** A measured occupation fraction. */
export interface SideFraction {
  /** Mean over trajectories of the fraction of recorded times with X < `below`. */
  readonly fraction: number;
  /** Standard error over the (independent) trajectories. */
  readonly error: number;
  /** Number of trajectories used. */
  readonly trajectories: number;
}

/**
 * The time fraction spent at X < `below` over the window, averaged over the
 * recorded trajectories (`record: { trajectories: n }`), with the standard
 * error of that mean. Trajectories are independent, so the error is exact
 * whatever the correlations along each one.
 *
 * In a harmonic trap ⟨X⟩ = 0 for any T(x) (physics.md §7), but the density
 * still piles up on the cold side: with the cold side at X < 0 the fraction
 * exceeds ½, which makes it a thermophoresis signature that needs no
 * prediction.
 *
 * @example
 * ```ts
 * import { sideFraction } from "./side_fraction.ts";
 * const run = { windowStart: 0, times: new Float64Array([0, 1]), recorded: [
 *   { index: 0, position: new Float64Array([-1, -1]), velocity: new Float64Array(2) },
 *   { index: 1, position: new Float64Array([-1, 1]), velocity: new Float64Array(2) }] };
 * const f = sideFraction(run);
 * if (f.fraction !== 0.75 || Math.abs(f.error - 0.25) > 1e-15) throw new Error("¾ ± ¼");
 * ```
 */
export function sideFraction(
  run: Pick<SimulationResult, "recorded" | "times" | "windowStart">,
  options: SideFractionOptions = {},
): SideFraction {
  const n = run.recorded.length;
  if (n < 2) {
    throw new RangeError(
      `Cannot compute a side fraction: need at least 2 recorded trajectories (record: { trajectories }), got ${n}`,
    );
  }
  const below = options.below ?? 0;
  const from = options.from ?? run.windowStart;
  let first = run.times.findIndex((t) => t >= from - 1e-12);
  if (first < 0) first = run.times.length - 1;
  let sum = 0, sum2 = 0;
  for (const r of run.recorded) {
    let c = 0;
    for (let k = first; k < r.position.length; k++) {
      if (r.position[k] < below) c++;
    }
    const f = c / (r.position.length - first);
    sum += f;
    sum2 += f * f;
  }
  const mean = sum / n;
  const v = Math.max(0, (sum2 - n * mean * mean) / (n - 1));
  return { fraction: mean, error: Math.sqrt(v / n), trajectories: n };
}

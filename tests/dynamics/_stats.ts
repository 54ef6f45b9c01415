/**
 * Window statistics from kept trajectories: per-trajectory time averages
 * over the run's averaging window are independent across trajectories, so
 * their spread gives an honest standard error even though samples within a
 * trajectory are correlated.
 *
 * @module
 */
import type { SimulationResult } from "../../src/dynamics/result.ts";
import { type DiscreteBath, discretize } from "../../src/bath/mod.ts";
import { drude } from "./_toy.ts";

/** Mean over trajectories of the window-average of f(x, v), and its standard error. */
export function windowMean(
  run: SimulationResult,
  f: (x: number, v: number) => number,
): { mean: number; se: number } {
  const dtRec = run.times[1] - run.times[0];
  const start = Math.round(run.windowStart / dtRec);
  const paths = run.recorded;
  if (paths.length < 2) throw new Error("windowMean needs kept trajectories");
  let s = 0, s2 = 0;
  for (const p of paths) {
    let a = 0;
    for (let r = start; r < p.position.length; r++) {
      a += f(p.position[r], p.velocity[r]);
    }
    a /= p.position.length - start;
    s += a;
    s2 += a * a;
  }
  const n = paths.length, mean = s / n;
  return { mean, se: Math.sqrt(Math.max(0, s2 / n - mean * mean) / (n - 1)) };
}

/** Equal-reorganization modes of a Drude bath, from the bath layer. */
export function drudeModes(
  gamma: number,
  cutoff: number,
  modes: number,
): DiscreteBath {
  return discretize(drude(gamma, cutoff), { modes });
}

/**
 * Window statistics from kept trajectories: per-trajectory time averages
 * over the run's averaging window are independent across trajectories, so
 * their spread gives an honest standard error even though samples within a
 * trajectory are correlated.
 *
 * @module
 */
import type { SimulationResult } from "../../src/dynamics/result.ts";

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

/** Drude equal-reorganization modes (physics.md §4 closed form), m_k = 1. */
export function drudeModes(
  gamma: number,
  cutoff: number,
  modes: number,
  mass = 1,
): {
  frequencies: Float64Array;
  couplings: Float64Array;
  masses: Float64Array;
} {
  const w = new Float64Array(modes), c = new Float64Array(modes);
  for (let k = 1; k <= modes; k++) {
    w[k - 1] = cutoff * Math.tan(Math.PI / 2 * (k - 0.5) / modes);
    c[k - 1] = w[k - 1] * Math.sqrt(mass * gamma * cutoff / modes);
  }
  return {
    frequencies: w,
    couplings: c,
    masses: new Float64Array(modes).fill(1),
  };
}

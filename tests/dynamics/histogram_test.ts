/**
 * The histogram's standard error is the spread of independent
 * trajectories' window-averaged bin fractions (samples along one trajectory
 * are correlated and must not count as independent).
 */
import { assertClose } from "../_assert.ts";
import { simulate } from "../../src/dynamics/simulate.ts";
import { harmonic } from "../../src/dynamics/potentials.ts";
import { toyModel } from "./_toy.ts";

Deno.test("histogram.standardError is the standard error over trajectories of each one's window-averaged fractions", async () => {
  const n = 60, grid = { from: -3, to: 3, bins: 12 };
  const run = await simulate(
    toyModel({ gamma: 1, temperature: 1, gradient: 0.2, domain: [-4.9, 20] }),
    {
      potential: harmonic({ frequency: 1 }),
      trajectories: n,
      dt: 0.05,
      steps: 400,
      seed: 12,
      workers: 0,
      progress: false,
      record: { every: 4, window: 10, histogram: grid, trajectories: n },
    },
  );
  const h = run.histogram;
  if (!h) throw new Error("histogram requested");
  const dtRec = run.times[1] - run.times[0];
  const start = Math.round(run.windowStart / dtRec);
  const w = (grid.to - grid.from) / grid.bins;
  const s = new Float64Array(grid.bins), s2 = new Float64Array(grid.bins);
  for (const p of run.recorded) {
    const f = new Float64Array(grid.bins);
    const count = p.position.length - start;
    for (let r = start; r < p.position.length; r++) {
      const b = Math.floor((p.position[r] - grid.from) / w);
      if (b >= 0 && b < grid.bins) f[b] += 1 / count;
    }
    for (let b = 0; b < grid.bins; b++) {
      s[b] += f[b];
      s2[b] += f[b] * f[b];
    }
  }
  for (let b = 0; b < grid.bins; b++) {
    const mean = s[b] / n;
    const se = Math.sqrt(Math.max(0, (s2[b] / n - mean * mean) / (n - 1))) / w;
    // Same arithmetic in a different order: 1e-9 relative (plus 1e-12 for
    // empty bins). A per-sample (correlated) error would be ~√(samples per
    // trajectory) = √75 ≈ 9 times smaller.
    assertClose(
      h.density[b],
      mean / w,
      { rel: 1e-9, abs: 1e-12 },
      `density[${b}]`,
    );
    assertClose(
      h.standardError[b],
      se,
      { rel: 1e-9, abs: 1e-12 },
      `standardError[${b}]`,
    );
  }
});

/**
 * Times each case of `quadrature_cases.ts` (best of 5 batches of ≥ 40 ms:
 * the minimum is the least load-sensitive statistic on shared cores) and
 * prints one JSON object: id → { seconds per call, evaluations, value,
 * error vs the closed form, error estimate }. Read by
 * `bench/quadrature_compare.py`, which runs it in the same session as the
 * scipy timings.
 *
 * @module
 */
import { CASES } from "./quadrature_cases.ts";

const out: Record<string, unknown> = {};
for (const c of CASES) {
  for (let i = 0; i < 20; i++) c.run(); // warm up the JIT
  let best = Infinity;
  for (let batch = 0; batch < 5; batch++) {
    let n = 0;
    const t0 = performance.now();
    let t1 = t0;
    while (t1 - t0 < 40) {
      c.run();
      n++;
      t1 = performance.now();
    }
    best = Math.min(best, (t1 - t0) / 1000 / n);
  }
  const r = c.run();
  out[c.id] = {
    seconds: best,
    evaluations: r.evaluations,
    value: r.value,
    actualError: Math.abs(r.value - c.exact),
    estimate: r.error,
  };
}
console.log(JSON.stringify(out));

/**
 * Prints {id: milliseconds per call} (best of 5) for every builder case, as
 * JSON, for `builders_compare.py`.
 *
 * @module
 */
import { CASES } from "./builders_cases.ts";

const result: Record<string, number> = {};
for (const c of CASES) {
  c.run(); // warm up the JIT
  let best = Infinity;
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    c.run();
    best = Math.min(best, performance.now() - t0);
  }
  result[c.id] = best;
}
console.log(JSON.stringify(result));

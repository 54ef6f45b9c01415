/**
 * Deno.bench for the builders: J and γ on 10⁶ points, discretizing 10⁴
 * modes (`deno bench -A bench/builders_bench.ts`). For ratios against numpy /
 * scipy on the same workloads run `python3 bench/builders_compare.py`.
 *
 * @module
 */
import { CASES } from "./builders_cases.ts";

for (const c of CASES) {
  Deno.bench({
    name: `${c.id}: ${c.label}`,
    group: c.id.split("_")[0],
    fn: () => {
      if (!Number.isFinite(c.run())) {
        throw new Error(`${c.id} returned a non-finite value`);
      }
    },
  });
}

/**
 * Deno.bench for `integrate` and `integrateFourier` on typical kernels
 * (`deno bench -A bench/quadrature_bench.ts`). For ratios against
 * scipy.integrate.quad on the same integrands, run
 * `python3 bench/quadrature_compare.py`.
 *
 * @module
 */
import { CASES } from "./quadrature_cases.ts";

for (const c of CASES) {
  Deno.bench({
    name: `${c.id}: ${c.label}`,
    group: c.id.includes("_t") ? "integrateFourier" : "integrate",
    fn: () => {
      const r = c.run();
      if (!r.converged) throw new Error(`${c.id} did not converge`);
    },
  });
}

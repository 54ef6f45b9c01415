/**
 * Deno.bench for `simulate` (small sizes; `bench/dynamics_compare.py` runs
 * the full-size comparison against numpy).
 *
 * Run: deno bench -A bench/dynamics_bench.ts
 */
import { simulate } from "../src/dynamics/simulate.ts";
import { harmonic } from "../src/dynamics/potentials.ts";
import { ohmic } from "../src/spectral/mod.ts";
import { benchBathModel, benchModel } from "./_model.ts";

const markov = benchModel();
const withBath = benchBathModel(
  ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 5 } }),
);
const trap = harmonic({ frequency: 1 });

Deno.bench(
  "markov BAOAB, 1000 trajectories × 1000 steps, main thread",
  async () => {
    await simulate(markov, {
      potential: trap,
      trajectories: 1000,
      dt: 0.01,
      steps: 1000,
      seed: 1,
      workers: 0,
      progress: false,
    });
  },
);

for (const modes of [10, 100, 1000]) {
  Deno.bench(
    `explicit bath N = ${modes}, 10 trajectories × 1000 steps`,
    async () => {
      await simulate(withBath, {
        potential: trap,
        method: "explicit-bath",
        trajectories: 10,
        dt: 0.01,
        steps: 1000,
        seed: 1,
        workers: 0,
        bath: { modes },
        progress: false,
      });
    },
  );
}

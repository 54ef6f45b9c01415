/**
 * Throughput of the random streams: 10⁶ normals / uniforms into a
 * Float64Array, and single normal() calls. `bench/random_compare.py` runs this
 * file and times numpy's Generator on the same task in the same run.
 *
 * Run: deno bench -A bench/random_bench.ts
 */
import { type RandomGenerator, randomStream } from "../src/random/mod.ts";

const N = 1_000_000;
const out = new Float64Array(N);

for (
  const generator of [
    "xoshiro128**",
    "threefry4x32-20",
    "philox4x32-10",
  ] as RandomGenerator[]
) {
  const s = randomStream(1, 0, { generator });
  Deno.bench({
    name: `fillNormal 1e6 (${generator})`,
    group: "normals 1e6",
    baseline: generator === "xoshiro128**",
    fn: () => {
      s.fillNormal(out);
    },
  });
  Deno.bench({
    name: `fillUniform 1e6 (${generator})`,
    group: "uniforms 1e6",
    baseline: generator === "xoshiro128**",
    fn: () => {
      s.fillUniform(out);
    },
  });
}

const single = randomStream(1, 1);
Deno.bench({
  name: "normal() × 1e6 (xoshiro128**)",
  group: "normals 1e6",
  fn: () => {
    for (let k = 0; k < N; k++) out[k] = single.normal();
  },
});

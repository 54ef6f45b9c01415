/**
 * CPU time per normal of `fillNormal` into 10⁶ doubles, as JSON on stdout.
 * `bench/random_compare.py` runs it next to numpy timed the same way
 * (process CPU time, which a shared machine's time slicing does not inflate).
 *
 * Run: deno run bench/random_cpu.ts
 */
import process from "node:process";
import { type RandomGenerator, randomStream } from "../src/random/mod.ts";

const N = 1_000_000, REPEATS = 25;
const out = new Float64Array(N);
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
const result: Record<string, number[]> = {};
for (
  const generator of [
    "xoshiro128**",
    "threefry4x32-20",
    "philox4x32-10",
  ] as RandomGenerator[]
) {
  const s = randomStream(1, 0, { generator });
  s.fillNormal(out); // warm-up (JIT)
  const ns: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const t0 = cpuMs();
    s.fillNormal(out);
    ns.push(((cpuMs() - t0) * 1e6) / N);
  }
  result[`fillNormal 1e6 (${generator})`] = ns;
}
console.log(JSON.stringify(result));

/**
 * K(t) on 10⁶ times, Drude and exponential (s = 1) kernels at low, medium
 * and high temperature (ω_c = 1, γ = 1, t log-spaced over [1e-3, 1e3]).
 *
 * Run: deno bench -A bench/noise_bench.ts
 * Compare: python3 bench/noise_compare.py (the numpy equivalents at the
 * same accuracy; it prints ratios against the timings recorded below by
 * running this file with `deno run -A bench/noise_bench.ts --json`).
 *
 * @module
 */
import { noiseKernel } from "../src/noise/mod.ts";
import { ohmic } from "../src/spectral/mod.ts";

const N = 1_000_000;
const ts = new Float64Array(N);
for (let i = 0; i < N; i++) ts[i] = Math.pow(10, -3 + (6 * i) / (N - 1));
const out = new Float64Array(N);

const drude = ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 1 } });
const expo = ohmic({ gamma: 1, cutoff: { kind: "exponential", frequency: 1 } });
const cases = [
  ["drude", drude, 0.01],
  ["drude", drude, 1],
  ["drude", drude, 100],
  ["exponential", expo, 0.01],
  ["exponential", expo, 1],
  ["exponential", expo, 100],
] as const;

/** Max relative error (floor 1e-14 of the kernel scale) against the mpmath table. */
function accuracy(family: string, T: number): number {
  const ref = JSON.parse(
    Deno.readTextFileSync(
      new URL("../tests/fixtures/noise_reference.json", import.meta.url),
    ),
  ) as Record<
    string,
    { gamma: number; wc: number; T: number; t: number; K: number; s?: number }[]
  >;
  const rows =
    (family === "drude" ? ref.drude : ref.exponential.filter((r) => r.s === 1))
      .filter((r) =>
        r.gamma === 1 && r.wc === 1 && r.T > 0 &&
        Math.abs(Math.log10(r.T / T)) < 0.01
      );
  const K = noiseKernel(family === "drude" ? drude : expo, { temperature: T });
  const scale = (1 + T) / Math.PI;
  let worst = 0;
  for (const r of rows) {
    const e = Math.abs(K.symmetric(r.t) - r.K) /
      Math.max(Math.abs(r.K), 1e-14 * scale);
    worst = Math.max(worst, e);
  }
  return worst;
}

if (Deno.args.includes("--json")) {
  const rows = [];
  for (const [name, J, T] of cases) {
    const K = noiseKernel(J, { temperature: T });
    K.evaluate(ts.subarray(0, 10000), out); // warm up
    const t0 = performance.now();
    K.evaluate(ts, out);
    const seconds = (performance.now() - t0) / 1000;
    rows.push({ family: name, T, seconds, maxRelError: accuracy(name, T) });
  }
  console.log(JSON.stringify(rows));
} else {
  for (const [name, J, T] of cases) {
    const K = noiseKernel(J, { temperature: T });
    Deno.bench(`${name} k_BT = ${T}ħω_c: evaluate on 1e6 times`, {
      group: `${name} ${T}`,
    }, () => {
      K.evaluate(ts, out);
    });
  }
}

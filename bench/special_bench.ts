/**
 * Deno.bench for the special functions on the inputs the library uses most.
 * Compare with `python3 bench/special_compare.py` (same inputs, scipy/mpmath).
 *
 *   deno bench -A bench/special_bench.ts
 */
import {
  complex,
  ei,
  hurwitzZeta,
  logGamma,
  trigamma,
  trigammaInto,
  trigammaReal,
} from "../src/special/mod.ts";

/** Exponential-cutoff kernel arguments z = (1/ω_c − i t)/(ħβ), ω_c = 10, ħβ = 1, t ∈ [0, 1e3]. */
const N = 1000;
const KRE = new Float64Array(N), KIM = new Float64Array(N);
for (let i = 0; i < N; i++) {
  KRE[i] = 0.1;
  KIM[i] = -1e3 * i / (N - 1);
}
const kernelZ = Array.from(KRE, (re, i) => complex(re, KIM[i]));
/** Moderate complex arguments on a ring |z| = 3 (all directions except the cut). */
const ringZ = Array.from({ length: N }, (_, i) => {
  const t = -3 + 6 * (i + 0.5) / N;
  return complex(3 * Math.cos(t), 3 * Math.sin(t));
});
const realX = Array.from({ length: N }, (_, i) => 0.01 + 50 * i / N);
const out = new Float64Array(2);
let sink = 0;

Deno.bench(
  "trigamma(z), kernel inputs (1000 calls)",
  { group: "trigamma" },
  () => {
    for (let i = 0; i < N; i++) sink += trigamma(kernelZ[i]).re;
  },
);
Deno.bench("trigammaInto(x, y, out), kernel inputs (1000 calls)", {
  group: "trigamma",
  baseline: true,
}, () => {
  for (let i = 0; i < N; i++) {
    trigammaInto(KRE[i], KIM[i], out);
    sink += out[0];
  }
});
Deno.bench(
  "trigammaReal(x), x ∈ (0, 50) (1000 calls)",
  { group: "trigamma" },
  () => {
    for (let i = 0; i < N; i++) sink += trigammaReal(realX[i]);
  },
);
Deno.bench("logGamma(z), |z| = 3 ring (1000 calls)", () => {
  for (let i = 0; i < N; i++) sink += logGamma(ringZ[i]).re;
});
Deno.bench("hurwitzZeta(2.5, z), kernel inputs (1000 calls)", () => {
  for (let i = 0; i < N; i++) sink += hurwitzZeta(2.5, kernelZ[i]).re;
});
Deno.bench("ei(x), x ∈ (0, 50) (1000 calls)", () => {
  for (let i = 0; i < N; i++) sink += ei(realX[i]);
});
globalThis.addEventListener("unload", () => {
  if (sink === 42) console.log(sink);
});

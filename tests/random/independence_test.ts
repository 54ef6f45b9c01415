/**
 * Streams with different (seed, index) are uncorrelated, and so are
 * successive draws of one stream. Tolerance: the sample correlation of N
 * independent pairs has standard deviation 1/√N (to O(1/N)); we require
 * |ρ̂| < 5/√N. Fixed seeds make each check deterministic.
 */
import { assertClose } from "../_assert.ts";
import {
  type RandomGenerator,
  type RandomStream,
  randomStream,
} from "../../src/random/mod.ts";

const N = 1 << 18;
const BOUND = 5 / Math.sqrt(N);

function correlation(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  let mx = 0, my = 0;
  for (let k = 0; k < n; k++) {
    mx += x[k];
    my += y[k];
  }
  mx /= n;
  my /= n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let k = 0; k < n; k++) {
    const dx = x[k] - mx, dy = y[k] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

const normals = (s: RandomStream, n = N) => s.fillNormal(new Float64Array(n));
const uniforms = (s: RandomStream, n = N) => s.fillUniform(new Float64Array(n));

Deno.test("streams of neighbouring indices and seeds are uncorrelated (|ρ̂| < 5/√N)", () => {
  const pairs: Array<[string, bigint, number, bigint, number]> = [
    ["index i vs i + 1", 7n, 0, 7n, 1],
    ["index 0 vs 2^32 (high counter word)", 7n, 0, 7n, 2 ** 32],
    ["seed s vs s + 1", 7n, 5, 8n, 5],
    ["seed s vs s + 2^32 (high key word)", 7n, 5, 7n + (1n << 32n), 5],
    ["seed 0 vs index 0 of seed 1", 0n, 1, 1n, 0],
  ];
  for (
    const generator of [
      "xoshiro128**",
      "threefry4x32-20",
      "philox4x32-10",
    ] as const
  ) {
    const opts = { generator } as { generator: RandomGenerator };
    for (const [name, s1, i1, s2, i2] of pairs) {
      const rn = correlation(
        normals(randomStream(s1, i1, opts)),
        normals(randomStream(s2, i2, opts)),
      );
      assertClose(rn, 0, { abs: BOUND }, `${generator}, ${name}, normals`);
      const ru = correlation(
        uniforms(randomStream(s1, i1, opts)),
        uniforms(randomStream(s2, i2, opts)),
      );
      assertClose(ru, 0, { abs: BOUND }, `${generator}, ${name}, uniforms`);
    }
  }
});

Deno.test("successive draws of one stream are uncorrelated at lags 1, 2, 4 and 64", () => {
  const z = normals(randomStream(11, 3), N + 64);
  for (const lag of [1, 2, 4, 64]) {
    const r = correlation(z.subarray(0, N), z.subarray(lag, N + lag));
    assertClose(r, 0, { abs: BOUND }, `lag ${lag}`);
  }
});

Deno.test("first draws across many fresh streams are i.i.d. standard normal", () => {
  // A trajectory ensemble reads the *start* of many streams: check the first
  // normal of streams 0..M−1 (mean within 5/√M, variance within 5√(2/M),
  // neighbour correlation within 5/√M).
  const m = 1 << 15;
  const first = new Float64Array(m);
  for (let i = 0; i < m; i++) first[i] = randomStream(2024, i).normal();
  let mean = 0, second = 0;
  for (const x of first) {
    mean += x;
    second += x * x;
  }
  assertClose(mean / m, 0, { abs: 5 / Math.sqrt(m) }, "mean of first draws");
  assertClose(
    second / m,
    1,
    { abs: 5 * Math.sqrt(2 / m) },
    "E z² of first draws",
  );
  const r = correlation(first.subarray(0, m - 1), first.subarray(1));
  assertClose(r, 0, { abs: 5 / Math.sqrt(m - 1) }, "stream i vs i + 1");
});

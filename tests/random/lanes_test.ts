/**
 * The WebAssembly normal lanes (src/random/_lanes.ts) against the reference
 * RandomStream.fillNormal: the same sequence to the last bit, including the
 * wedge tests and the tail, over many fills.
 */
import assert from "node:assert/strict";
import { NormalLanes } from "../../src/random/_lanes.ts";
import { randomStream } from "../../src/random/mod.ts";
import { xoshiroStart } from "../../src/random/stream.ts";
import { ZIG_R } from "../../src/random/_ziggurat.ts";

Deno.test("normal lanes give each stream's fillNormal sequence bit for bit", () => {
  const lanes = NormalLanes.get(16, 256);
  if (lanes === null) throw new Error("WebAssembly SIMD is available in Deno");
  const refs = [];
  for (let j = 0; j < 16; j++) {
    // Stream indices beyond 2³² exercise the high index word.
    const index = j < 8 ? 1000 + j : 2 ** 40 + j;
    lanes.seed(j, xoshiroStart(2024, index));
    refs.push(randomStream(2024, index));
  }
  const want = new Float64Array(256);
  let compared = 0, tails = 0, mismatches = 0;
  for (let fill = 0; fill < 300; fill++) {
    lanes.fill();
    for (let j = 0; j < 16; j++) {
      refs[j].fillNormal(want);
      for (let k = 0; k < 256; k++) {
        if (!Object.is(lanes.normal(j, k), want[k])) mismatches++;
        if (Math.abs(want[k]) > ZIG_R) tails++;
        compared++;
      }
    }
  }
  assert.deepStrictEqual(mismatches, 0, `of ${compared} normals`);
  // 1.2·10⁶ normals reach the tail (|z| > r, P ≈ 2.5·10⁻⁴ each) ~300
  // times; fewer than 150 would mean the tail path was not exercised.
  assert(tails > 150, `tail samples: ${tails}`);
});

Deno.test("normal lanes keep each stream's sequence across fills of any size", () => {
  // Rows of 1 and 3: every fill ends and starts mid-stream, often right
  // after a lane's rejection, and lanes 1–3 repeat lane 0's stream.
  for (const rows of [1, 3]) {
    const lanes = NormalLanes.get(4, rows);
    if (lanes === null) throw new Error("WebAssembly SIMD is available");
    const ref = randomStream(5, 9);
    for (let j = 0; j < 4; j++) lanes.seed(j, xoshiroStart(5, 9));
    const want = new Float64Array(rows);
    let mismatches = 0;
    for (let fill = 0; fill < 20_000; fill++) {
      lanes.fill();
      ref.fillNormal(want);
      for (let k = 0; k < rows; k++) {
        for (let j = 0; j < 4; j++) {
          if (!Object.is(lanes.normal(j, k), want[k])) mismatches++;
        }
      }
    }
    assert.deepStrictEqual(mismatches, 0, `rows = ${rows}`);
  }
});

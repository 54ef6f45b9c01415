/**
 * Known-answer and reference checks of the two block functions.
 *
 * Published vectors: Random123 (D. E. Shaw Research), file `tests/kat_vectors`,
 * lines "philox4x32 10 …" and "threefry4x32 20 …" (columns: counter[4],
 * key[2 or 4], expected output[4], hex). They were hand-typed and are
 * recomputed by the independent pure-Python implementation
 * `tests/fixtures/random_counter_reference.py`, which also printed the
 * "extra" vectors below (src/random's counter layout, high words set).
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  philoxBlock,
  philoxBlocks4,
  philoxRoundKeys,
} from "../../src/random/_philox.ts";
import {
  threefryBlock,
  threefryBlocks2,
  threefryInjections,
} from "../../src/random/_threefry.ts";
import { randomStream } from "../../src/random/mod.ts";

const F = 0xffffffff;
const PI_CTR = [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344] as const;

type Vec = readonly number[];

function philox(ctr: Vec, key: Vec): number[] {
  const out = new Uint32Array(4);
  philoxBlock(
    ctr[0],
    ctr[1],
    ctr[2],
    ctr[3],
    philoxRoundKeys(key[0], key[1]),
    out,
    0,
  );
  return [...out];
}

function threefry(ctr: Vec, key: Vec): number[] {
  const out = new Uint32Array(4);
  threefryBlock(
    ctr[0],
    ctr[1],
    ctr[2],
    ctr[3],
    threefryInjections(key[0], key[1], key[2], key[3]),
    out,
    0,
  );
  return [...out];
}

Deno.test("Philox4x32-10 reproduces the Random123 known-answer vectors", () => {
  assert.deepEqual(philox([0, 0, 0, 0], [0, 0]), [
    0x6627e8d5,
    0xe169c58d,
    0xbc57ac4c,
    0x9b00dbd8,
  ]);
  assert.deepEqual(philox([F, F, F, F], [F, F]), [
    0x408f276d,
    0x41c83b0e,
    0xa20bc7c6,
    0x6d5451fd,
  ]);
  assert.deepEqual(philox(PI_CTR, [0xa4093822, 0x299f31d0]), [
    0xd16cfe09,
    0x94fdcceb,
    0x5001e420,
    0x24126ea1,
  ]);
});

Deno.test("Threefry4x32-20 reproduces the Random123 known-answer vectors", () => {
  assert.deepEqual(threefry([0, 0, 0, 0], [0, 0, 0, 0]), [
    0x9c6ca96a,
    0xe17eae66,
    0xfc10ecd4,
    0x5256a7d8,
  ]);
  assert.deepEqual(threefry([F, F, F, F], [F, F, F, F]), [
    0x2a881696,
    0x57012287,
    0xf6c7446e,
    0xa16a6732,
  ]);
  assert.deepEqual(
    threefry(PI_CTR, [0xa4093822, 0x299f31d0, 0x082efa98, 0xec4e6c89]),
    [0x59cd1dbb, 0xb8879579, 0x86b5d00c, 0xac8b6d84],
  );
});

Deno.test("block functions match the Python reference on extra vectors", () => {
  const seedKey = [0x89abcdef, 0x01234567] as const;
  assert.deepEqual(philox([1, 1, 0x12345678, 0x1fffff], seedKey), [
    0xd2aa484d,
    0x13adb84e,
    0x492b3164,
    0x07ae89ff,
  ]);
  assert.deepEqual(philox([F, 1, 0x12345678, 0x1fffff], seedKey), [
    0x1eff0745,
    0x0fb9ede0,
    0xb028c0f3,
    0x7655d879,
  ]);
  assert.deepEqual(threefry([1, 1, 0x12345678, 0x1fffff], [...seedKey, 0, 0]), [
    0x707e95c6,
    0x4772d9dd,
    0x676edf99,
    0xe03cbd5b,
  ]);
  assert.deepEqual(threefry([F, 1, 0x12345678, 0x1fffff], [...seedKey, 0, 0]), [
    0x37ae5592,
    0xe7add7b3,
    0x1c0ec132,
    0x154717d8,
  ]);
});

Deno.test("stream words follow the documented counter layout", () => {
  // Block 5 of stream (seed 42, index 7) = words 20..23 of that stream.
  const want = {
    "philox4x32-10": [0x0d09deb5, 0xeaac8166, 0x698984a0, 0x6c98929f],
    "threefry4x32-20": [0x50341fa4, 0xbbf69872, 0x3c65943a, 0xad339c10],
  } as const;
  for (const generator of ["philox4x32-10", "threefry4x32-20"] as const) {
    const s = randomStream(42, 7, { generator });
    for (let j = 0; j < 20; j++) s.nextUint32();
    const got = [
      s.nextUint32(),
      s.nextUint32(),
      s.nextUint32(),
      s.nextUint32(),
    ];
    assert.deepEqual(got, want[generator], generator);
  }
});

const MASK64 = (1n << 64n) - 1n;
const MASK32 = 0xffffffffn;

/** Philox4x32-10 with BigInt products: shares no arithmetic trick with src. */
function philoxBigInt(ctr: Vec, key: Vec): number[] {
  let [c0, c1, c2, c3] = ctr.map(BigInt);
  let [k0, k1] = key.map(BigInt);
  for (let r = 0; r < 10; r++) {
    if (r > 0) {
      k0 = (k0 + 0x9e3779b9n) & MASK32;
      k1 = (k1 + 0xbb67ae85n) & MASK32;
    }
    const p0 = (0xd2511f53n * c0) & MASK64, p1 = (0xcd9e8d57n * c2) & MASK64;
    [c0, c1, c2, c3] = [
      (p1 >> 32n) ^ c1 ^ k0,
      p1 & MASK32,
      (p0 >> 32n) ^ c3 ^ k1,
      p0 & MASK32,
    ];
  }
  return [c0, c1, c2, c3].map(Number);
}

// Words near 0, 2³¹ and 2³² are where a wrong high-word recovery would show.
const word = fc.oneof(
  fc.integer({ min: 0, max: F }),
  fc.constantFrom(0, 1, 0x7fffffff, 0x80000000, 0x80000001, F - 1, F),
);

Deno.test("Philox high product words are exact (matches a BigInt Philox4x32-10)", () => {
  fc.assert(
    fc.property(
      fc.array(word, { minLength: 4, maxLength: 4 }),
      fc.array(word, { minLength: 2, maxLength: 2 }),
      (ctr, key) => {
        assert.deepEqual(philox(ctr, key), philoxBigInt(ctr, key));
      },
    ),
    { numRuns: 500, seed: 20261129 },
  );
});

Deno.test("interleaved lanes equal one block at a time, across the 2^32 carry", () => {
  fc.assert(
    fc.property(
      word,
      fc.integer({ min: 0, max: F - 1 }),
      word,
      word,
      fc.array(word, { minLength: 4, maxLength: 4 }),
      (b0, b1, i0, i1, key) => {
        const rk = philoxRoundKeys(key[0], key[1]);
        const inj = threefryInjections(key[0], key[1], key[2], key[3]);
        const lanes = new Uint32Array(16), one = new Uint32Array(16);
        philoxBlocks4(b0, b1, i0, i1, rk, lanes, 0);
        for (let l = 0; l < 4; l++) {
          const lo = b0 + l, carry = lo > F ? 1 : 0;
          philoxBlock(lo - carry * 2 ** 32, b1 + carry, i0, i1, rk, one, 4 * l);
        }
        assert.deepEqual([...lanes], [...one], "philox lanes");
        threefryBlocks2(b0, b1, i0, i1, inj, lanes, 0);
        for (let l = 0; l < 2; l++) {
          const lo = b0 + l, carry = lo > F ? 1 : 0;
          threefryBlock(
            lo - carry * 2 ** 32,
            b1 + carry,
            i0,
            i1,
            inj,
            one,
            4 * l,
          );
        }
        assert.deepEqual(
          [...lanes.slice(0, 8)],
          [...one.slice(0, 8)],
          "threefry lanes",
        );
      },
    ),
    { numRuns: 300, seed: 7 },
  );
});

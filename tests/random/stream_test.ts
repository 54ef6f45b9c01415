/**
 * The stream contract: validation, reproducibility, (seed, index) locality,
 * and bulk fills equal to repeated single draws.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { assertThrowsWith } from "../_assert.ts";
import {
  type RandomGenerator,
  RandomStream,
  randomStream,
  splitStreams,
} from "../../src/random/mod.ts";
import { philoxBlock, philoxRoundKeys } from "../../src/random/_philox.ts";
import {
  threefryBlock,
  threefryInjections,
} from "../../src/random/_threefry.ts";

const GENERATORS: readonly RandomGenerator[] = [
  "xoshiro128**",
  "threefry4x32-20",
  "philox4x32-10",
];
/** The counter-based ones, whose word j is word j mod 4 of block ⌊j/4⌋. */
const COUNTER_BASED: readonly RandomGenerator[] = [
  "threefry4x32-20",
  "philox4x32-10",
];

function words(s: RandomStream, n: number): number[] {
  const w: number[] = [];
  for (let k = 0; k < n; k++) w.push(s.nextUint32());
  return w;
}

Deno.test("randomStream rejects bad seeds, indices and options", () => {
  const bad: Array<[() => unknown, new (m?: string) => Error, RegExp]> = [
    [() => randomStream(-1, 0), RangeError, /`seed`.*got -1$/],
    [() => randomStream(1.5, 0), RangeError, /`seed` must be an integer/],
    [() => randomStream(NaN, 0), RangeError, /`seed`.*NaN/],
    [() => randomStream(Infinity, 0), RangeError, /`seed`.*Infinity/],
    [() => randomStream(2 ** 53, 0), RangeError, /2\^53 − 1.*bigint/],
    [() => randomStream(-1n, 0), RangeError, /\[0, 2\^64\).*-1n/],
    [() => randomStream(1n << 64n, 0), RangeError, /\[0, 2\^64\)/],
    [
      () => randomStream("1" as unknown as number, 0),
      TypeError,
      /`seed` must be a number or a bigint, but got "1"/,
    ],
    [() => randomStream(1, -1), RangeError, /`index`.*got -1$/],
    [() => randomStream(1, 0.5), RangeError, /`index`.*0\.5/],
    [() => randomStream(1, 2 ** 53), RangeError, /`index`/],
    [
      () => randomStream(1, 1n as unknown as number),
      TypeError,
      /`index` must be a number, but got 1n/,
    ],
    [
      () =>
        randomStream(1, 0, {
          generator: "mt19937" as unknown as RandomGenerator,
        }),
      RangeError,
      /`options.generator`.*"mt19937"/,
    ],
    [
      () => randomStream(1, 0, null as unknown as object),
      TypeError,
      /`options` must be an object/,
    ],
    [() => splitStreams(1, -2), RangeError, /split random streams: `count`/],
    [
      () => splitStreams(1, 10, 2 ** 53 - 5),
      RangeError,
      /last index/,
    ],
  ];
  for (const [fn, cls, pattern] of bad) {
    const e = assertThrowsWith(fn, cls, pattern);
    assert.match(
      e.message,
      /^Cannot (create a random stream|split random streams): /,
    );
  }
});

Deno.test("fills reject bad arguments with the reason", () => {
  const s = randomStream(1, 0);
  assertThrowsWith(
    () => s.fillNormal([0, 0] as unknown as Float64Array),
    TypeError,
    /Cannot fill normals: `out` must be a Float64Array, but got a Array/,
  );
  assertThrowsWith(
    () => s.fillUniform(new Float32Array(2) as unknown as Float64Array),
    TypeError,
    /`out` must be a Float64Array, but got a Float32Array/,
  );
  assertThrowsWith(
    () => s.fillNormal(new Float64Array(2), NaN),
    RangeError,
    /`mean` must be a finite number, but got NaN/,
  );
  assertThrowsWith(
    () => s.fillNormal(new Float64Array(2), 0, -1),
    RangeError,
    /`sd` must be a finite number ≥ 0, but got -1/,
  );
  assertThrowsWith(
    () => s.fillNormal(new Float64Array(2), 0, Infinity),
    RangeError,
    /`sd`.*Infinity/,
  );
  assert.equal(s.wordsUsed, 0, "a rejected call consumes nothing");
});

Deno.test("word j of stream (seed, index) is word j mod 4 of block ⌊j/4⌋", () => {
  // Seed and index with both 32-bit halves non-zero; 1000 words span several
  // buffer refills.
  const seed = 0x0123456789abcdefn, index = 0x1fffff * 2 ** 32 + 0x12345678;
  const [sLo, sHi] = [0x89abcdef, 0x01234567];
  const [iLo, iHi] = [0x12345678, 0x1fffff];
  for (const generator of COUNTER_BASED) {
    const got = words(randomStream(seed, index, { generator }), 1000);
    const block = new Uint32Array(4);
    const rk = philoxRoundKeys(sLo, sHi);
    const inj = threefryInjections(sLo, sHi, 0, 0);
    for (let b = 0; b < 250; b++) {
      if (generator === "philox4x32-10") {
        philoxBlock(b, 0, iLo, iHi, rk, block, 0);
      } else threefryBlock(b, 0, iLo, iHi, inj, block, 0);
      assert.deepEqual(
        got.slice(4 * b, 4 * b + 4),
        [...block],
        `${generator} block ${b}`,
      );
    }
  }
});

Deno.test("a stream depends only on (seed, index): creation order and other streams do not matter", () => {
  fc.assert(
    fc.property(
      fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
      fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 8 }),
      fc.constantFrom(...GENERATORS),
      (seed, order, generator) => {
        const reference = [0, 1, 2, 3, 4, 5, 6, 7].map((i) =>
          words(randomStream(seed, i, { generator }), 8)
        );
        // Create in a shuffled order, with other streams of the same seed
        // (and the streams created so far, through fresh copies) drawing
        // numbers in between.
        const streams = new Map<number, RandomStream>();
        for (const i of order) {
          randomStream(seed, 100 + i, { generator }).fillNormal(
            new Float64Array(3 * i),
          );
          for (const j of streams.keys()) randomStream(seed, j).normal();
          streams.set(i, randomStream(seed, i, { generator }));
        }
        for (const [i, s] of streams) {
          assert.deepEqual(words(s, 8), reference[i]);
        }
      },
    ),
    { numRuns: 40, seed: 1 },
  );
});

Deno.test("splitStreams(seed, n, start) equals randomStream(seed, start + k)", () => {
  const streams = splitStreams(99n, 5, 1000, { generator: "philox4x32-10" });
  assert.equal(streams.length, 5);
  streams.forEach((s, k) => {
    assert.equal(s.index, 1000 + k);
    assert.equal(s.generator, "philox4x32-10");
    assert.deepEqual(
      words(s, 12),
      words(randomStream(99, 1000 + k, { generator: "philox4x32-10" }), 12),
    );
  });
  assert.deepEqual(splitStreams(1, 0), []);
});

Deno.test("a number seed and the equal bigint seed give the same stream; all 64 seed bits matter", () => {
  for (const seed of [0, 1, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1]) {
    assert.deepEqual(
      words(randomStream(seed, 3), 16),
      words(randomStream(BigInt(seed), 3), 16),
      `seed ${seed}`,
    );
  }
  const base = words(randomStream(1n, 0), 8);
  for (const seed of [1n + (1n << 32n), 1n + (1n << 63n), 0n]) {
    assert.notDeepEqual(words(randomStream(seed, 0), 8), base, `seed ${seed}`);
  }
  assert.notDeepEqual(
    words(randomStream(1, 2 ** 32), 8),
    words(randomStream(1, 0), 8),
  );
  assert.notDeepEqual(
    words(randomStream(1, 0, { generator: "philox4x32-10" }), 8),
    base,
  );
});

Deno.test("fillNormal(out, mean, sd) equals mean + sd·normal() repeated, at any word offset", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 700 }),
      fc.double({ min: -5, max: 5, noNaN: true }),
      fc.double({ min: 0, max: 3, noNaN: true }),
      fc.constantFrom(...GENERATORS),
      fc.nat(1000),
      (offset, n, mean, sd, generator, index) => {
        const a = randomStream(5, index, { generator });
        const b = randomStream(5, index, { generator });
        words(a, offset);
        words(b, offset);
        const filled = a.fillNormal(new Float64Array(n), mean, sd);
        for (let k = 0; k < n; k++) {
          const want = mean + sd * b.normal();
          if (!Object.is(filled[k], want) && filled[k] !== want) {
            throw new Error(`k = ${k}: ${filled[k]} ≠ ${want}`);
          }
        }
        assert.equal(a.wordsUsed, b.wordsUsed);
        assert.equal(
          a.nextUint32(),
          b.nextUint32(),
          "same position afterwards",
        );
      },
    ),
    { numRuns: 60, seed: 3 },
  );
});

Deno.test("fillNormal in uneven chunks equals normal() over 2·10⁵ draws, wedge and tail draws included", () => {
  // ~1 % of draws leave the ziggurat's core (wedge test or tail, each
  // drawing extra words) and so switch between fillNormal's paths; 2·10⁵
  // draws give ~2000 of them, ~10 in the tail (|z| > 3.65).
  for (const generator of GENERATORS) {
    const a = randomStream(44, 3, { generator });
    const b = randomStream(44, 3, { generator });
    let tail = 0, done = 0;
    for (let chunk = 1; done < 200_000; chunk = (chunk * 7 + 3) % 1009) {
      const z = a.fillNormal(new Float64Array(chunk));
      for (let k = 0; k < chunk; k++) {
        const want = b.normal();
        if (z[k] !== want) {
          throw new Error(`${generator}, draw ${done + k}: ${z[k]} ≠ ${want}`);
        }
        if (Math.abs(want) > 3.6541528853610088) tail++;
      }
      done += chunk;
      assert.equal(a.wordsUsed, b.wordsUsed, `${generator} after ${done}`);
    }
    assert.ok(tail > 0, `${generator}: the tail branch was exercised`);
  }
});

Deno.test("fillUniform(out) equals nextFloat64() repeated, at any word offset", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 700 }),
      fc.constantFrom(...GENERATORS),
      (offset, n, generator) => {
        const a = randomStream(6, 1, { generator });
        const b = randomStream(6, 1, { generator });
        words(a, offset);
        words(b, offset);
        const filled = a.fillUniform(new Float64Array(n));
        for (let k = 0; k < n; k++) assert.equal(filled[k], b.nextFloat64());
        assert.equal(a.wordsUsed, b.wordsUsed);
      },
    ),
    { numRuns: 40, seed: 4 },
  );
});

Deno.test("nextFloat64 returns k·2⁻⁵³ with 0 < k < 2⁵³, built from two words", () => {
  const s = randomStream(12, 0), t = randomStream(12, 0);
  for (let n = 0; n < 10_000; n++) {
    const u = s.nextFloat64();
    const k = u * 2 ** 53;
    assert.ok(u > 0 && u < 1 && Number.isInteger(k), `u = ${u}`);
    const a = t.nextUint32() >>> 5, b = t.nextUint32() >>> 6;
    assert.equal(k, a * 2 ** 26 + b);
  }
});

Deno.test("wordsUsed counts consumed words; describe and display name the stream", () => {
  const s = randomStream(8, 4, { generator: "threefry4x32-20" });
  assert.equal(s.wordsUsed, 0);
  s.nextUint32();
  s.nextFloat64();
  assert.equal(s.wordsUsed, 3);
  s.fillUniform(new Float64Array(200));
  assert.equal(s.wordsUsed, 403, "200 uniforms, none redrawn at this seed");
  assert.equal(s.seed, 8n);
  assert.equal(s.index, 4);
  assert.equal(s.generator, "threefry4x32-20");
  const d = s.describe();
  assert.match(d.title, /Threefry4x32-20/);
  const x = randomStream(8, 4);
  assert.equal(x.generator, "xoshiro128**", "the default");
  x.fillUniform(new Float64Array(200));
  assert.equal(x.wordsUsed, 400, "200 uniforms, none redrawn at this seed");
  assert.match(x.describe().title, /xoshiro128\*\* seeded by Threefry4x32-20/);
  assert.deepEqual(
    d.parameters?.map((p) => p.value),
    ["8", 4, 403],
  );
  const displayable = s as unknown as Record<
    symbol,
    () => Record<string, unknown>
  >;
  const bundle = displayable[Symbol.for("Jupyter.display")]();
  assert.equal(typeof bundle["text/plain"], "string");
});

Deno.test("new RandomStream(seed, index, options) validates and equals randomStream", () => {
  const a = new RandomStream(5n, 9, { generator: "philox4x32-10" });
  assert.deepEqual(
    words(a, 10),
    words(randomStream(5, 9, { generator: "philox4x32-10" }), 10),
  );
  assertThrowsWith(
    () => new RandomStream(-3, 0),
    RangeError,
    /^Cannot create a random stream: `seed`.*-3$/,
  );
});

/**
 * Seeded counter-based random streams: a Threefry4x32-20 or Philox4x32-10
 * block function keyed by the seed, with the stream index in the counter.
 *
 * @module
 */
import {
  type Description,
  displayBundle,
  type MimeBundle,
} from "../describe.ts";
import { philoxBlocks4, philoxRoundKeys } from "./_philox.ts";
import {
  threefryBlock,
  threefryBlocks2,
  threefryInjections,
} from "./_threefry.ts";
import { xoshiroFill, xoshiroNormals } from "./_xoshiro.ts";
import { ZIG_F, ZIG_K, ZIG_R, ZIG_W } from "./_ziggurat.ts";

/** Blocks generated per refill of the word buffer (512 bytes per stream). */
const BUFFER_BLOCKS = 32;
const BUFFER_WORDS = 4 * BUFFER_BLOCKS;
const TWO_32 = 2 ** 32;
const TWO_M53 = 2 ** -53;
const MAX_SEED_BIGINT = 1n << 64n;

/**
 * The generator behind a stream. In every case stream i of a seed is a
 * function of (seed, i) only.
 *
 * - `"xoshiro128**"` (default): Blackman & Vigna's `xoshiro128**` (ACM TOMS
 *   47(4), 2021; passes BigCrush and PractRand per its authors; period
 *   2¹²⁸ − 1), started from a state that Threefry4x32-20 derives from
 *   (seed, i): the stream's first Threefry block (below). About 3.5× faster
 *   per word than Threefry in V8 (~12 single-cycle operations per word
 *   instead of ~36). Streams are distinct pseudo-random starting points of
 *   one period rather than provably disjoint ranges: for n streams of L
 *   words each, the chance that any two overlap is below n²L/2¹²⁸ (2⁻⁴⁸ for
 *   a million streams of 2⁴⁰ words).
 * - `"threefry4x32-20"`: Threefry-4×32 with 20 rounds (Salmon, Moraes,
 *   Dror & Shaw, "Parallel random numbers: as easy as 1, 2, 3", SC'11), a
 *   counter-based keyed bijection that passes BigCrush for any key and
 *   counter pattern; streams are disjoint counter ranges. It was the
 *   default before `xoshiro128**`; select it to reproduce runs made with it.
 * - `"philox4x32-10"`: Philox-4×32 with 10 rounds (the generator of cuRAND's
 *   `Philox4_32_10` and Random123), about half as fast as Threefry here
 *   because its 32 × 32 → 64-bit products must be emulated; offered for
 *   cross-checks against other Random123-based codes.
 */
export type RandomGenerator =
  | "xoshiro128**"
  | "threefry4x32-20"
  | "philox4x32-10";

/** Options of {@linkcode randomStream} and {@linkcode splitStreams}. */
export interface RandomStreamOptions {
  /** Generator (default `"xoshiro128**"`); see {@linkcode RandomGenerator}. */
  readonly generator?: RandomGenerator;
}

/**
 * One reproducible stream of random numbers. For the counter-based
 * generators, word j of stream (seed, index) is word j mod 4 of the block
 * function applied to the 128-bit counter (⌊j/4⌋ mod 2³², ⌊j/4⌋ div 2³²,
 * index mod 2³², index div 2³²) under the key made of the seed (seed mod
 * 2³², seed div 2³², then zeros for Threefry's 128-bit key). For
 * `xoshiro128**`, word j is its (j+1)-th output from the state (s₀, s₁, s₂,
 * s₃) = word 0…3 of that Threefry4x32-20 stream (the next block if all four
 * are zero). Create one with {@linkcode randomStream} (or
 * `new RandomStream(seed, index, options)`, the same).
 *
 * Every method consumes whole 32-bit words from that sequence, in order:
 * `nextUint32` one, `nextFloat64` two (two more in the rare case the draw is
 * 0), `normal` two (a few more in the ~1 % of draws that fall outside the
 * ziggurat's core). `fillUniform(out)` and `fillNormal(out)` give exactly what
 * `out.length` calls of `nextFloat64` / `normal` would, so results depend only
 * on (seed, index) and on the sequence of calls made on this stream — never on
 * how many streams exist, which worker holds them, or in what order they were
 * created.
 *
 * ## Method
 *
 * - Block function: Threefry4x32-20 or Philox4x32-10 (Salmon et al., SC'11;
 *   see {@linkcode RandomGenerator}), keyed bijections of 128-bit counters.
 *   A stream owns the 2⁶⁴ counters whose upper 64 bits hold its index, so
 *   distinct (seed, index) pairs never share a block and no stream can run
 *   into another. All arithmetic is on 32-bit integers (Philox's high
 *   product word is recovered exactly from the double-precision product);
 *   both functions reproduce the Random123 known-answer vectors.
 *   Threefry is about twice as fast as Philox in V8, which has no 64-bit
 *   multiply.
 * - Default generator: `xoshiro128**` (Blackman & Vigna 2021), whose
 *   128-bit initial state is the first Threefry4x32-20 block of the stream,
 *   so the stream is still a function of (seed, index) alone and distinct
 *   indices start at pseudo-random, unrelated points of the 2¹²⁸ − 1 period. It replaced
 *   Threefry as the default because the normal generator is the hot path of
 *   the Langevin integrators and Threefry's 20 rounds cost ~36 operations
 *   per word: a word of `xoshiro128**` costs ~1.3 ns here against ~4.5 ns,
 *   and `fillNormal` went from ~12 to ~4 ns per normal. Its output
 *   reproduces the reference C implementation (known-answer tests against
 *   an independent Python version and a published vector).
 * - Uniforms: 53 random bits m (27 + 26 from two words); m = 0 is redrawn, so
 *   the value m · 2⁻⁵³ lies in [2⁻⁵³, 1 − 2⁻⁵³] and is never 0 or 1.
 * - Normals: the 256-layer ziggurat of Marsaglia & Tsang (J. Stat. Softw.
 *   5(8), 2000) with Marsaglia's (1964) exact tail method beyond
 *   r = 3.6541528853610088. As recommended by Doornik (2005), the layer index
 *   (8 bits), the sign (1 bit) and the 53-bit abscissa come from disjoint
 *   bits of two words, avoiding the index/abscissa correlation of the
 *   original 32-bit version. The method is exact in distribution up to the
 *   2⁻⁵³ granularity of the abscissa and the double rounding of the tables.
 *
 * @example
 * ```ts
 * import { randomStream } from "./mod.ts";
 * const a = randomStream(42, 7), b = randomStream(42, 7);
 * const xs = a.fillNormal(new Float64Array(1000));
 * for (let i = 0; i < xs.length; i++) {
 *   if (xs[i] !== b.normal()) throw new Error("streams (42, 7) must agree");
 * }
 * ```
 */
export class RandomStream {
  /** The seed, as a 64-bit unsigned integer. */
  readonly seed: bigint;
  /** The stream index (a non-negative safe integer). */
  readonly index: number;
  /** The block function behind the stream. */
  readonly generator: RandomGenerator;
  /** Philox round keys or Threefry key injections. */
  private readonly keys: Int32Array;
  private readonly philox: boolean;
  private readonly index0: number;
  private readonly index1: number;
  /** `xoshiro128**` state (null for the counter-based generators). */
  private readonly state: Int32Array | null = null;
  /** `xoshiro128**`: words drawn from the state so far. */
  private generated = 0;
  /** `xoshiro128**`: a word pair drawn by fillNormal outside the core. */
  private readonly pending: Uint32Array = new Uint32Array(2);
  /** Next block counter, low and high 32 bits. */
  private block0 = 0;
  private block1 = 0;
  private readonly buffer: Uint32Array = new Uint32Array(BUFFER_WORDS);
  private position: number = BUFFER_WORDS;

  /**
   * Stream `index` of `seed`; the same as {@linkcode randomStream}.
   *
   * @param seed Non-negative integer: a number up to 2⁵³ − 1 or a bigint below 2⁶⁴.
   * @param index Stream index, an integer in [0, 2⁵³ − 1].
   * @param options Generator choice (default `xoshiro128**`).
   * @throws {TypeError} if `seed` is not a number or bigint, `index` not a number, or `options` not an object.
   * @throws {RangeError} if `seed` or `index` is negative, not an integer or too large, or the generator unknown.
   */
  constructor(
    seed: number | bigint,
    index: number,
    options: RandomStreamOptions = {},
  ) {
    const what = "create a random stream";
    const [seedLow, seedHigh] = seedWords(seed, what);
    checkIndex(index, "index", what);
    this.generator = checkGenerator(options, what);
    this.seed = (BigInt(seedHigh) << 32n) | BigInt(seedLow);
    this.index = index;
    this.philox = this.generator === "philox4x32-10";
    this.keys = this.philox
      ? philoxRoundKeys(seedLow, seedHigh)
      : threefryInjections(seedLow, seedHigh, 0, 0);
    this.index0 = index % TWO_32;
    this.index1 = Math.floor(index / TWO_32);
    if (this.generator === "xoshiro128**") {
      this.state = xoshiroState(this.keys, this.index0, this.index1);
    }
  }

  /** Number of 32-bit words consumed so far. */
  get wordsUsed(): number {
    const drawn = this.state !== null
      ? this.generated
      : (this.block1 * TWO_32 + this.block0) * 4;
    return drawn - (BUFFER_WORDS - this.position);
  }

  /** Fills the word buffer with the next blocks and rewinds the position. */
  private refill(): void {
    const keys = this.keys, buf = this.buffer;
    const i0 = this.index0, i1 = this.index1;
    let b0 = this.block0, b1 = this.block1;
    if (this.state !== null) {
      xoshiroFill(this.state, buf, 0, BUFFER_WORDS);
      this.generated += BUFFER_WORDS;
    } else if (this.philox) {
      for (let w = 0; w < BUFFER_WORDS; w += 16) {
        philoxBlocks4(b0, b1, i0, i1, keys, buf, w);
        b0 += 4;
        if (b0 > 0xffffffff) { // 2⁶⁴ blocks can never be used up
          b0 -= TWO_32;
          b1 = (b1 + 1) >>> 0;
        }
      }
    } else {
      for (let w = 0; w < BUFFER_WORDS; w += 8) {
        threefryBlocks2(b0, b1, i0, i1, keys, buf, w);
        b0 += 2;
        if (b0 > 0xffffffff) {
          b0 -= TWO_32;
          b1 = (b1 + 1) >>> 0;
        }
      }
    }
    this.block0 = b0;
    this.block1 = b1;
    this.position = 0;
  }

  /**
   * The next 32-bit word, an integer uniform on [0, 2³²).
   *
   * @example
   * ```ts
   * import { randomStream } from "./mod.ts";
   * const u = randomStream(1, 0).nextUint32();
   * if (!Number.isInteger(u) || u < 0 || u >= 2 ** 32) throw new Error("not a uint32");
   * ```
   */
  nextUint32(): number {
    if (this.position === BUFFER_WORDS) this.refill();
    return this.buffer[this.position++];
  }

  /**
   * A uniform number in the open interval (0, 1) with 53 random bits: one of
   * k · 2⁻⁵³, k = 1 … 2⁵³ − 1, all equally likely. Never exactly 0 or 1, so
   * `Math.log(u)` and `Math.log1p(-u)` are always finite.
   *
   * @example
   * ```ts
   * import { randomStream } from "./mod.ts";
   * const s = randomStream(3n, 1);
   * for (let i = 0; i < 1000; i++) {
   *   const u = s.nextFloat64();
   *   if (!(u > 0 && u < 1)) throw new Error(`out of (0, 1): ${u}`);
   * }
   * ```
   */
  nextFloat64(): number {
    for (;;) {
      const a = this.nextUint32() >>> 5, b = this.nextUint32() >>> 6;
      const m = a * 67108864 + b;
      if (m !== 0) return m * TWO_M53;
    }
  }

  /**
   * A standard normal number (mean 0, variance 1), by the ziggurat method
   * (see the class's Method section).
   *
   * @example
   * ```ts
   * import { randomStream } from "./mod.ts";
   * const s = randomStream(5, 0);
   * let sum = 0;
   * for (let i = 0; i < 10_000; i++) sum += s.normal();
   * // The mean of 10⁴ standard normals has σ = 0.01; 6σ is a safe bound.
   * if (Math.abs(sum / 10_000) > 0.06) throw new Error("mean far from 0");
   * ```
   */
  normal(): number {
    const buf = this.buffer;
    for (;;) {
      if (this.position > BUFFER_WORDS - 2) {
        // Straddles a refill: take the words one at a time.
        const u0 = this.nextUint32();
        const z = this.ziggurat(u0, this.nextUint32());
        if (!Number.isNaN(z)) return z;
        continue;
      }
      const p = this.position;
      this.position = p + 2;
      const u0 = buf[p];
      const i = u0 & 255;
      const m = (u0 >>> 11) * TWO_32 + buf[p + 1];
      if (m < ZIG_K[i]) {
        return m * ZIG_W[u0 & 511];
      }
      const z = this.ziggurat(u0, buf[p + 1]);
      if (!Number.isNaN(z)) return z;
    }
  }

  /**
   * One ziggurat trial from the words (u0, u1): the sample, or NaN when the
   * point is rejected (the caller then draws again).
   */
  private ziggurat(u0: number, u1: number): number {
    const i = u0 & 255;
    const m = (u0 >>> 11) * TWO_32 + u1;
    let x = m * ZIG_W[i];
    if (m >= ZIG_K[i]) {
      if (i === 0) {
        x = this.normalTail();
      } else if (
        ZIG_F[i] + this.nextFloat64() * (ZIG_F[i + 1] - ZIG_F[i]) >=
          Math.exp(-0.5 * x * x)
      ) {
        return NaN;
      }
    }
    return (u0 & 256) === 0 ? x : -x;
  }

  /** A sample of the normal tail x > r (Marsaglia 1964). */
  private normalTail(): number {
    for (;;) {
      const x = -Math.log(this.nextFloat64()) / ZIG_R;
      const y = -Math.log(this.nextFloat64());
      if (y + y >= x * x) return ZIG_R + x;
    }
  }

  /**
   * Fills `out` with uniforms on (0, 1), exactly as `out.length` calls of
   * {@linkcode RandomStream.prototype.nextFloat64} would, and returns it.
   *
   * @param out Array to overwrite.
   * @returns `out`.
   *
   * @example
   * ```ts
   * import { randomStream } from "./mod.ts";
   * const u = randomStream(9, 2).fillUniform(new Float64Array(4));
   * const v = randomStream(9, 2);
   * if (!u.every((x) => x === v.nextFloat64())) throw new Error("fill = repeated calls");
   * ```
   */
  fillUniform(out: Float64Array): Float64Array {
    if (!(out instanceof Float64Array)) {
      throw new TypeError(
        `Cannot fill uniforms: \`out\` must be a Float64Array, but got ${
          describeValue(out)
        }`,
      );
    }
    // nextFloat64() inlined, with the buffer position held in a local.
    const buf = this.buffer, n = out.length;
    let k = 0;
    while (k < n) {
      let p = this.position;
      while (p <= BUFFER_WORDS - 2 && k < n) {
        const m = (buf[p] >>> 5) * 67108864 + (buf[p + 1] >>> 6);
        p += 2;
        if (m !== 0) out[k++] = m * TWO_M53;
      }
      this.position = p;
      if (k < n) {
        if (p === BUFFER_WORDS) this.refill();
        else out[k++] = this.nextFloat64();
      }
    }
    return out;
  }

  /**
   * Fills `out` with normal numbers of the given mean and standard deviation,
   * exactly as `mean + sd * normal()` called `out.length` times would, and
   * returns it.
   *
   * @param out Array to overwrite.
   * @param mean Mean (default 0); must be finite.
   * @param sd Standard deviation (default 1); must be finite and ≥ 0.
   * @returns `out`.
   *
   * @example
   * ```ts
   * import { randomStream } from "./mod.ts";
   * const xs = randomStream(11, 0).fillNormal(new Float64Array(5), 2, 0.5);
   * const s = randomStream(11, 0);
   * if (!xs.every((x) => x === 2 + 0.5 * s.normal())) throw new Error("mean + sd·z");
   * ```
   */
  fillNormal(out: Float64Array, mean = 0, sd = 1): Float64Array {
    if (!(out instanceof Float64Array)) {
      throw new TypeError(
        `Cannot fill normals: \`out\` must be a Float64Array, but got ${
          describeValue(out)
        }`,
      );
    }
    if (typeof mean !== "number" || !Number.isFinite(mean)) {
      throw new RangeError(
        `Cannot fill normals: \`mean\` must be a finite number, but got ${
          describeValue(mean)
        }`,
      );
    }
    if (typeof sd !== "number" || !(Number.isFinite(sd) && sd >= 0)) {
      throw new RangeError(
        `Cannot fill normals: \`sd\` must be a finite number ≥ 0, but got ${
          describeValue(sd)
        }`,
      );
    }
    // The inner loop is the core branch of normal() inlined, with the buffer
    // position in a local. Anything else (a point outside the core, a word
    // pair straddling a refill) goes to normal() itself from the same
    // position, so exactly the words of repeated normal() calls are consumed.
    //
    // `xoshiro128**` with an empty buffer draws its words directly from the
    // state instead (xoshiroNormals), in the same order: a pair outside the
    // core goes through ziggurat(), whose extra words refill the buffer from
    // the state where the pair left it, exactly as in normal().
    const buf = this.buffer, n = out.length, state = this.state;
    let k = 0;
    while (k < n) {
      let p = this.position;
      if (state !== null && p === BUFFER_WORDS) {
        const k0 = k;
        k = xoshiroNormals(state, out, k, n, mean, sd, this.pending);
        if (k === n) {
          this.generated += 2 * (k - k0);
          break;
        }
        this.generated += 2 * (k - k0 + 1);
        // The wedge test or the tail needs a few more words: put just 8 of
        // the state's next outputs in the buffer (not a full refill, whose
        // words would then go through the slower buffered loop).
        xoshiroFill(state, buf, BUFFER_WORDS - 8, 8);
        this.position = BUFFER_WORDS - 8;
        this.generated += 8;
        const z = this.ziggurat(this.pending[0], this.pending[1]);
        if (!Number.isNaN(z)) out[k++] = mean + sd * z;
        continue;
      }
      while (p <= BUFFER_WORDS - 2 && k < n) {
        const u0 = buf[p];
        const i = u0 & 255;
        const m = (u0 >>> 11) * TWO_32 + buf[p + 1];
        if (m >= ZIG_K[i]) break;
        p += 2;
        out[k++] = mean + sd * (m * ZIG_W[u0 & 511]);
      }
      this.position = p;
      if (k < n && !(state !== null && p === BUFFER_WORDS)) {
        out[k++] = mean + sd * this.normal();
      }
    }
    return out;
  }

  /**
   * What this stream is, for display: generator, seed, index and position.
   *
   * @example
   * ```ts
   * import { randomStream } from "./mod.ts";
   * const d = randomStream(1, 2, { generator: "philox4x32-10" }).describe();
   * if (!d.title.includes("Philox4x32-10")) throw new Error(d.title);
   * ```
   */
  describe(): Description {
    const name = this.state !== null
      ? "xoshiro128** seeded by Threefry4x32-20"
      : this.philox
      ? "Philox4x32-10"
      : "Threefry4x32-20";
    return {
      title: `Random stream (${name}, ziggurat normals)`,
      parameters: [
        { name: "seed", value: this.seed.toString() },
        { name: "stream index", value: this.index },
        { name: "32-bit words used", value: this.wordsUsed },
      ],
      notes: [
        "Numbers depend only on (seed, stream index) and the calls made on this stream.",
      ],
    };
  }

  /** Rich display in Jupyter (see {@linkcode RandomStream.prototype.describe}). */
  [Symbol.for("Jupyter.display")](): MimeBundle {
    return displayBundle(this.describe());
  }
}

function describeValue(v: unknown): string {
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return JSON.stringify(v);
  if (v === null) return "null";
  if (typeof v === "object") {
    return `a ${(v as object).constructor?.name ?? "object"}`;
  }
  return typeof v;
}

/**
 * The initial `xoshiro128**` state (four words) of stream (seed, index) of
 * the default generator, for kernels that run many streams side by side
 * (the Markov integrator's WebAssembly lanes). Internal: not re-exported by
 * mod.ts. Throws as {@linkcode randomStream} does for a bad seed or index.
 */
export function xoshiroStart(seed: number | bigint, index: number): Int32Array {
  const what = "create a random stream";
  const [seedLow, seedHigh] = seedWords(seed, what);
  checkIndex(index, "index", what);
  return xoshiroState(
    threefryInjections(seedLow, seedHigh, 0, 0),
    index % TWO_32,
    Math.floor(index / TWO_32),
  );
}

/**
 * Initial `xoshiro128**` state of stream (seed, index): the first
 * Threefry4x32-20 block of that stream (counter (0, 0, index), key from the
 * seed), or the next block in the 2⁻¹²⁸-probable case of the all-zero state,
 * which xoshiro cannot leave.
 */
function xoshiroState(inj: Int32Array, i0: number, i1: number): Int32Array {
  const block = new Uint32Array(4);
  for (let b = 0;; b++) {
    threefryBlock(b, 0, i0, i1, inj, block, 0);
    if ((block[0] | block[1] | block[2] | block[3]) !== 0) {
      return new Int32Array(block.buffer);
    }
  }
}

/** Splits a validated seed into unsigned 32-bit words [low, high]. */
function seedWords(seed: number | bigint, what: string): [number, number] {
  if (typeof seed === "bigint") {
    if (seed < 0n || seed >= MAX_SEED_BIGINT) {
      throw new RangeError(
        `Cannot ${what}: \`seed\` must be an integer in [0, 2^64) when given as a bigint, but got ${seed}n`,
      );
    }
    return [Number(seed & 0xffffffffn), Number(seed >> 32n)];
  }
  if (typeof seed !== "number") {
    throw new TypeError(
      `Cannot ${what}: \`seed\` must be a number or a bigint, but got ${
        describeValue(seed)
      }`,
    );
  }
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(
      `Cannot ${what}: \`seed\` must be an integer in [0, 2^53 − 1] when given as a number (use a bigint up to 2^64 − 1), but got ${seed}`,
    );
  }
  return [seed % TWO_32, Math.floor(seed / TWO_32)];
}

function checkIndex(index: number, name: string, what: string): void {
  if (typeof index !== "number") {
    throw new TypeError(
      `Cannot ${what}: \`${name}\` must be a number, but got ${
        describeValue(index)
      }`,
    );
  }
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new RangeError(
      `Cannot ${what}: \`${name}\` must be an integer in [0, 2^53 − 1], but got ${index}`,
    );
  }
}

function checkGenerator(
  options: RandomStreamOptions,
  what: string,
): RandomGenerator {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(
      `Cannot ${what}: \`options\` must be an object, but got ${
        describeValue(options)
      }`,
    );
  }
  const g = options.generator ?? "xoshiro128**";
  if (
    g !== "xoshiro128**" && g !== "threefry4x32-20" && g !== "philox4x32-10"
  ) {
    throw new RangeError(
      `Cannot ${what}: \`options.generator\` must be "xoshiro128**", "threefry4x32-20" or "philox4x32-10", but got ${
        describeValue(g)
      }`,
    );
  }
  return g;
}

/**
 * The random stream number `index` of `seed`. Its numbers depend on
 * (seed, index) only: a trajectory seeded with (seed, i) receives the same
 * numbers whatever the number of workers, the order in which streams are
 * created, or which other streams exist. A number seed and the equal bigint
 * seed give the same stream.
 *
 * @param seed Non-negative integer: a number up to 2⁵³ − 1 or a bigint below 2⁶⁴.
 * @param index Stream index, an integer in [0, 2⁵³ − 1].
 * @param options Generator choice (default `xoshiro128**`).
 * @returns A fresh stream positioned at its first word.
 * @throws {TypeError} if `seed` is not a number or bigint, or `index` not a number.
 * @throws {RangeError} if `seed` or `index` is negative, not an integer, or too large.
 *
 * @example
 * ```ts
 * import { randomStream } from "./mod.ts";
 * // Creation order and other streams do not matter.
 * const late = (() => { randomStream(7, 0).normal(); return randomStream(7, 3); })();
 * if (late.normal() !== randomStream(7n, 3).normal()) throw new Error("(7, 3) differs");
 * ```
 */
export function randomStream(
  seed: number | bigint,
  index: number,
  options: RandomStreamOptions = {},
): RandomStream {
  return new RandomStream(seed, index, options);
}

/**
 * Streams `start`, `start + 1`, …, `start + count − 1` of `seed`: the same
 * objects `randomStream(seed, start + k)` would give.
 *
 * @param seed As for {@linkcode randomStream}.
 * @param count Number of streams, an integer ≥ 0.
 * @param start First stream index (default 0).
 * @param options Generator choice (default `xoshiro128**`).
 * @returns An array of `count` fresh streams.
 *
 * @example
 * ```ts
 * import { randomStream, splitStreams } from "./mod.ts";
 * const streams = splitStreams(3, 4, 10);
 * if (streams[2].index !== 12) throw new Error("index");
 * if (streams[2].normal() !== randomStream(3, 12).normal()) throw new Error("same as randomStream");
 * ```
 */
export function splitStreams(
  seed: number | bigint,
  count: number,
  start = 0,
  options: RandomStreamOptions = {},
): RandomStream[] {
  const what = "split random streams";
  seedWords(seed, what);
  checkGenerator(options, what);
  checkIndex(count, "count", what);
  checkIndex(start, "start", what);
  if (start + count - 1 > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(
      `Cannot ${what}: the last index \`start + count − 1\` must be ≤ 2^53 − 1, but got start = ${start}, count = ${count}`,
    );
  }
  const streams: RandomStream[] = [];
  for (let k = 0; k < count; k++) {
    streams.push(new RandomStream(seed, start + k, options));
  }
  return streams;
}

/**
 * Seeded random numbers for reproducible ensembles.
 *
 * {@linkcode randomStream}(seed, i) returns stream i of a seed: by default
 * `xoshiro128**` (Blackman & Vigna 2021) started from the block that the
 * counter-based Threefry4x32-20 (Salmon et al., SC'11), keyed by the seed,
 * gives counter i; Threefry4x32-20 or Philox4x32-10 alone are selectable.
 * Either way stream i depends only on (seed, i). A simulation that gives trajectory i the stream
 * (seed, i) produces the same trajectories whatever the number of workers and
 * the order in which they run. {@linkcode RandomStream} draws 32-bit words,
 * uniforms on (0, 1) with 53 random bits, and standard normals by a
 * 256-layer ziggurat, one at a time or in bulk into a `Float64Array`.
 *
 * @example
 * ```ts
 * import { randomStream } from "./mod.ts";
 * const xi = randomStream(2026, 17).fillNormal(new Float64Array(1024));
 * const again = randomStream(2026, 17).fillNormal(new Float64Array(1024));
 * if (!xi.every((x, k) => x === again[k])) throw new Error("not reproducible");
 * ```
 *
 * @module
 */
export {
  type RandomGenerator,
  RandomStream,
  randomStream,
  type RandomStreamOptions,
  splitStreams,
} from "./stream.ts";

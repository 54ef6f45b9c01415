/**
 * Standard normals for many `xoshiro128**` streams side by side, four per
 * SIMD group, in the WebAssembly kernel memory (private; used by the Markov
 * integrator). See `_normals.wat` for the method: lane j yields exactly the
 * sequence `RandomStream.fillNormal` gives for the stream whose state it
 * was seeded with, one normal per lane and row.
 *
 * Layout: group g (lanes 4g … 4g + 3) writes `rows` rows of four doubles
 * from byte {@linkcode NormalLanes.xi} + 32·rows·g on; lane j's normal of
 * row k is at xi + 32·rows·(j >> 2) + 32·k + 8·(j & 3).
 *
 * @module
 */
import { instantiateKernel, kernelAlloc, kernelMemory } from "./_kernel.ts";
import { NORMALS_WASM } from "./_normals_wasm.ts";
import { ZIG_F, ZIG_K, ZIG_LAYERS, ZIG_R, ZIG_W } from "./_ziggurat.ts";

/** Bytes of a group's block: four states, then two scratch words per lane. */
const BLOCK = 96;

type Normals4 = (
  st: number,
  out: number,
  rows: number,
  mean: number,
  sd: number,
) => void;

let normals4: Normals4 | null | undefined;

function kernel(): Normals4 | null {
  if (normals4 !== undefined) return normals4;
  const mem = kernelMemory();
  // Off for now (setKernelsEnabled) or no WebAssembly: decide again later.
  if (mem === null) return null;
  // (K[i & 255], W[i]) side by side: one address per pair of loads.
  const zigKW = kernelAlloc(16 * 2 * ZIG_LAYERS);
  const zigF = kernelAlloc(8 * (ZIG_LAYERS + 1));
  for (let i = 0; i < 2 * ZIG_LAYERS; i++) {
    mem.f64[zigKW / 8 + 2 * i] = ZIG_K[i & (ZIG_LAYERS - 1)];
    mem.f64[zigKW / 8 + 2 * i + 1] = ZIG_W[i];
  }
  mem.f64.set(ZIG_F, zigF / 8);
  const exports = instantiateKernel(NORMALS_WASM, {
    env: {
      zigKW: new WebAssembly.Global({ value: "i32", mutable: false }, zigKW),
      zigF: new WebAssembly.Global({ value: "i32", mutable: false }, zigF),
      zigR: new WebAssembly.Global({ value: "f64", mutable: false }, ZIG_R),
    },
    Math: { exp: Math.exp, log: Math.log },
  });
  normals4 = exports === null ? null : exports.normals4 as Normals4;
  return normals4;
}

const cache = new Map<string, NormalLanes>();

/** Normals of `lanes` streams in the kernel memory; see the module doc. */
export class NormalLanes {
  /** Byte offset of group 0's first row. */
  readonly xi: number;
  readonly #f64: Float64Array;
  readonly #i32: Int32Array;
  readonly #blocks: number;
  readonly #fn: Normals4;

  private constructor(
    readonly lanes: number,
    readonly rows: number,
    fn: Normals4,
  ) {
    const mem = kernelMemory();
    if (mem === null) throw new Error("unreachable: no kernel memory");
    this.#fn = fn;
    this.#f64 = mem.f64;
    this.#i32 = mem.i32;
    this.xi = kernelAlloc(8 * rows * lanes);
    this.#blocks = kernelAlloc(BLOCK * (lanes / 4));
  }

  /**
   * The lanes for `lanes` streams (a multiple of 4) and `rows` normals per
   * fill, shared within the isolate; null when the compiled kernels are
   * off or unavailable.
   */
  static get(lanes: number, rows: number): NormalLanes | null {
    const fn = kernel();
    if (fn === null || kernelMemory() === null) return null;
    const key = `${lanes}×${rows}`;
    let l = cache.get(key);
    if (l === undefined) {
      l = new NormalLanes(lanes, rows, fn);
      cache.set(key, l);
    }
    return l;
  }

  /** Sets lane j's `xoshiro128**` state (four words). */
  seed(j: number, state: Int32Array): void {
    const w = (this.#blocks + BLOCK * (j >> 2)) / 4 + (j & 3);
    const i32 = this.#i32;
    i32[w] = state[0];
    i32[w + 4] = state[1];
    i32[w + 8] = state[2];
    i32[w + 12] = state[3];
  }

  /** Overwrites the rows with every lane's next `rows` standard normals. */
  fill(): void {
    for (let g = 0; g < this.lanes; g += 4) {
      this.#fn(
        this.#blocks + BLOCK * (g >> 2),
        this.xi + 8 * this.rows * g,
        this.rows,
        0,
        1,
      );
    }
  }

  /** Lane j's normal in row k. */
  normal(j: number, k: number): number {
    return this.#f64[
      this.xi / 8 + this.rows * 4 * (j >> 2) + 4 * k + (j & 3)
    ];
  }
}

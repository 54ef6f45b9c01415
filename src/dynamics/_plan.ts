/**
 * The validated, data-only description of a simulation (what the main
 * thread sends to each worker), and the per-block partial sums a worker
 * sends back. Private to the dynamics module.
 *
 * @module
 */
import type { FormFactorSpec, ModelRecipe } from "./model.ts";
import type { PotentialSpec } from "./potentials.ts";
import type { RandomGenerator } from "../random/mod.ts";

import type { Method } from "./simulate.ts";
export type { Method };

/** Histogram grid. */
export interface Grid {
  readonly from: number;
  readonly to: number;
  readonly bins: number;
}

/** Sum-of-exponentials memory of one bath, γ_j(t) = Σ_i a_i e^{−r_i t}. */
export interface MemoryPlan {
  readonly amplitudes: Float64Array;
  readonly rates: Float64Array;
}

/** One bath of a gle or explicit-bath plan. */
export interface BathPlan {
  readonly site: number;
  readonly formFactor: FormFactorSpec;
  readonly temperature: number;
  /** gle: the memory embedding. */
  readonly memory?: MemoryPlan;
  /** gle, quantum: √(S_sym(ω_m)/dt) on the FFT grid (length fftLength). */
  readonly noiseFilter?: Float64Array;
  /** gle, quantum, noise following the particle: one filter per node temperature. */
  readonly noiseFilters?: readonly Float64Array[];
  /** explicit-bath: discretized modes. */
  readonly frequencies?: Float64Array;
  readonly couplings?: Float64Array;
  readonly masses?: Float64Array;
}

/** Everything a worker needs to run blocks of trajectories. */
export interface Plan {
  readonly method: Method;
  readonly statistics: "classical" | "quantum";
  readonly trajectories: number;
  readonly blockSize: number;
  readonly blocks: number;
  readonly dt: number;
  readonly steps: number;
  readonly seed: number | bigint;
  /** Options of every randomStream(seed, i, random) call (resolved generator). */
  readonly random: { readonly generator: RandomGenerator };
  readonly every: number;
  readonly records: number;
  /** First record index that enters the histograms and window averages. */
  readonly windowStart: number;
  readonly histogram?: Grid;
  readonly velocityHistogram?: Grid;
  readonly keep: number;
  readonly mass: number;
  readonly potential: PotentialSpec;
  readonly walls?: readonly [number, number];
  readonly domain: readonly [number, number];
  readonly initialPosition: number;
  /** Fixed initial velocity, or NaN for Maxwell at `initialTemperature`. */
  readonly initialVelocity: number;
  /** Temperature of the initial Maxwell velocity, T(x₀). */
  readonly initialTemperature: number;
  /** overdamped: α ∈ [0, 1], or −1 for the small-mass limit. */
  readonly alpha: number;
  readonly noiseFollowsParticle: boolean;
  readonly baths: readonly BathPlan[];
  /** gle quantum: FFT length (power of two ≥ steps + 1). */
  readonly fftLength: number;
  /** gle quantum with following noise: node temperatures (increasing). */
  readonly noiseTemperatures?: Float64Array;
  /** Reference temperature of a driven (gCLm-I) explicit bath. */
  readonly referenceTemperature: number;
  /** Rebuilds the model in a worker; undefined when none is needed. */
  readonly recipe?: ModelRecipe;
}

/** Partial sums over one block of trajectories. */
export interface BlockSums {
  block: number;
  count: number;
  x: Float64Array;
  x2: Float64Array;
  v: Float64Array;
  v2: Float64Array;
  /** Histogram sums: per bin Σ_i n_i, Σ n_i², Σ s_i, Σ s_i², Σ s_i n_i (s = Σ v²). */
  hn: Float64Array;
  hn2: Float64Array;
  hs: Float64Array;
  hs2: Float64Array;
  hsn: Float64Array;
  /** Velocity histogram Σ n_i, Σ n_i². */
  vn: Float64Array;
  vn2: Float64Array;
  /** Σ_i (E_j(t_r) − E_j(0)), layout [bath · records + r]. */
  bathEnergy: Float64Array;
  /** Per bath: Σ_i ΔE_ij over the window, Σ ΔE². */
  heat: Float64Array;
  heat2: Float64Array;
  /** Wall reflections summed over trajectories (quantum gle / explicit-bath only). */
  wallHits: number;
  /** Blocks integrated by the compiled (WebAssembly) kernel: 0 or 1 per block, summed. */
  compiled: number;
  /** Kept trajectories: index, positions, velocities at record times. */
  paths: { index: number; x: Float64Array; v: Float64Array }[];
}

/** Fresh zeroed sums for a block. */
export function emptySums(plan: Plan, block: number): BlockSums {
  const r = plan.records;
  const hb = plan.histogram?.bins ?? 0;
  const vb = plan.velocityHistogram?.bins ?? 0;
  const nb = plan.method === "explicit-bath" && !plan.noiseFollowsParticle
    ? plan.baths.length
    : 0;
  return {
    block,
    count: 0,
    x: new Float64Array(r),
    x2: new Float64Array(r),
    v: new Float64Array(r),
    v2: new Float64Array(r),
    hn: new Float64Array(hb),
    hn2: new Float64Array(hb),
    hs: new Float64Array(hb),
    hs2: new Float64Array(hb),
    hsn: new Float64Array(hb),
    vn: new Float64Array(vb),
    vn2: new Float64Array(vb),
    bathEnergy: new Float64Array(nb * r),
    heat: new Float64Array(nb),
    heat2: new Float64Array(nb),
    wallHits: 0,
    compiled: 0,
    paths: [],
  };
}

/** Adds b into a (same plan), in place. */
export function addSums(a: BlockSums, b: BlockSums): void {
  a.count += b.count;
  a.wallHits += b.wallHits;
  a.compiled += b.compiled;
  const pairs: [Float64Array, Float64Array][] = [
    [a.x, b.x],
    [a.x2, b.x2],
    [a.v, b.v],
    [a.v2, b.v2],
    [a.hn, b.hn],
    [a.hn2, b.hn2],
    [a.hs, b.hs],
    [a.hs2, b.hs2],
    [a.hsn, b.hsn],
    [a.vn, b.vn],
    [a.vn2, b.vn2],
    [a.bathEnergy, b.bathEnergy],
    [a.heat, b.heat],
    [a.heat2, b.heat2],
  ];
  for (const [s, t] of pairs) {
    for (let i = 0; i < s.length; i++) s[i] += t[i];
  }
  for (const p of b.paths) a.paths.push(p);
}

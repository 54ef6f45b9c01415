/**
 * The outcome of {@linkcode simulate}: ensemble statistics streamed during
 * the run.
 *
 * @module
 */
import {
  type Description,
  displayBundle,
  type MimeBundle,
  withUncertainty,
} from "../describe.ts";
import type { BlockSums, Plan } from "./_plan.ts";

/** A normalized histogram of the last window, with standard errors. */
export interface Histogram {
  /** Bin edges, length bins + 1. */
  readonly edges: Float64Array;
  /** Bin centres, length bins. */
  readonly centers: Float64Array;
  /**
   * Probability density per bin (1/unit of the variable), normalized over
   * all samples of the window (samples outside the range count in the
   * normalization, so the density integrates to 1 − `outside`).
   */
  readonly density: Float64Array;
  /**
   * Standard error of each bin's density, from the spread of the
   * per-trajectory bin fractions (trajectories are independent; samples
   * within one trajectory need not be).
   */
  readonly standardError: Float64Array;
  /** Fraction of window samples outside [from, to]. */
  readonly outside: number;
}

/** Position-resolved kinetic temperature M⟨v²|X⟩/k_B over the histogram bins. */
export interface KineticTemperature {
  /** Bin centres (L). */
  readonly centers: Float64Array;
  /** M⟨v²|X in bin⟩ (ħω_ref); NaN where a bin has no samples. */
  readonly value: Float64Array;
  /** Standard error (ratio estimator over trajectories); NaN where undefined. */
  readonly standardError: Float64Array;
  /** Number of samples in each bin. */
  readonly samples: Float64Array;
}

/** Energy bookkeeping of explicit (Hamiltonian) baths. */
export interface BathObservables {
  /** Per bath j: ⟨E_j(t) − E_j(0)⟩ over the recorded times (ħω_ref). */
  readonly energyChange: readonly Float64Array[];
  /**
   * Per bath: mean heat current into the bath over the window,
   * ⟨E_j(t_end) − E_j(t_window)⟩/(t_end − t_window) (ħω_ref · ω_ref).
   */
  readonly heatCurrent: Float64Array;
  /** Standard errors of `heatCurrent`. */
  readonly heatCurrentError: Float64Array;
}

/** One kept trajectory, sampled at the recorded times. */
export interface RecordedTrajectory {
  /** Trajectory index i (its randomness depends only on (seed, i)). */
  readonly index: number;
  /** Positions X(t_r). */
  readonly position: Float64Array;
  /** Velocities V(t_r) (NaN for the overdamped method). */
  readonly velocity: Float64Array;
}

/**
 * Ensemble statistics of a simulation, as returned by `simulate`: moments
 * over the recorded times, histograms and the kinetic-temperature profile
 * of the averaging window, bath energies and heat currents (explicit
 * baths), and the kept trajectories.
 *
 * @example
 * ```ts
 * import { simulate } from "./simulate.ts";
 * import { box } from "./potentials.ts";
 * const model = {
 *   kind: "standard" as const, mass: 1, baths: [], noiseFollowsParticle: false,
 *   domain: [-1, 1] as const,
 *   friction: () => 1, frictionGradient: () => 0,
 *   temperature: () => 1, temperatureGradient: () => 0,
 *   describe: () => ({ title: "toy" }),
 * };
 * const run = await simulate(model, {
 *   potential: box({ from: -1, to: 1 }), trajectories: 50, dt: 0.05, steps: 200, seed: 2,
 *   record: { every: 10, histogram: { from: -1, to: 1, bins: 4 }, trajectories: 2 },
 *   workers: 0, progress: false,
 * });
 * if (run.times.length !== 21 || run.recorded.length !== 2) throw new Error("21 records, 2 paths");
 * // A box at uniform T: the window's density integrates to 1 (walls keep everything inside).
 * const h = run.histogram;
 * if (!h || Math.abs(h.density.reduce((s, d) => s + d * 0.5, 0) - 1) > 1e-12) throw new Error("normalized");
 * ```
 */
export class SimulationResult {
  /** Integration method used. */
  readonly method: string;
  /** "classical" or "quantum". */
  readonly statistics: string;
  /** Number of trajectories. */
  readonly trajectories: number;
  /** Time step (1/ω_ref). */
  readonly dt: number;
  /** Number of steps. */
  readonly steps: number;
  /** Recorded times t_r (1/ω_ref). */
  readonly times: Float64Array;
  /** ⟨X(t_r)⟩. */
  readonly meanPosition: Float64Array;
  /** Unbiased ensemble variance of X(t_r). */
  readonly positionVariance: Float64Array;
  /** Standard error of ⟨X(t_r)⟩, √(var/N). */
  readonly meanPositionError: Float64Array;
  /** ⟨V(t_r)⟩; undefined for the overdamped method. */
  readonly meanVelocity: Float64Array | undefined;
  /** ⟨V²(t_r)⟩ M/2; undefined for the overdamped method. */
  readonly meanKineticEnergy: Float64Array | undefined;
  /** Start of the averaging window (1/ω_ref). */
  readonly windowStart: number;
  /** Position histogram of the window, if requested. */
  readonly histogram: Histogram | undefined;
  /** Velocity histogram of the window, if requested. */
  readonly velocityHistogram: Histogram | undefined;
  /** M⟨v²|X⟩ on the position histogram's bins, if a histogram was requested and velocities exist. */
  readonly kineticTemperature: KineticTemperature | undefined;
  /** Bath energies and heat currents (explicit Hamiltonian baths only). */
  readonly baths: BathObservables | undefined;
  /** Kept trajectories (record.trajectories). */
  readonly recorded: readonly RecordedTrajectory[];
  /**
   * Wall-clock time of the run (ms), the number of workers used, and which
   * kernel integrated it: `"webassembly"` (the compiled Markov kernel, see
   * `LangevinModel.forms`), `"javascript"`, or `"mixed"` if the
   * blocks differed (an engine without WebAssembly SIMD in some worker).
   */
  readonly timing: {
    readonly milliseconds: number;
    readonly workers: number;
    readonly kernel: "webassembly" | "javascript" | "mixed";
  };

  /** Builds the result from the combined sums (internal). */
  constructor(
    plan: Plan,
    s: BlockSums,
    timing: { milliseconds: number; workers: number },
  ) {
    const N = s.count, R = plan.records;
    this.method = plan.method;
    this.statistics = plan.statistics;
    this.trajectories = N;
    this.dt = plan.dt;
    this.steps = plan.steps;
    this.timing = {
      ...timing,
      kernel: s.compiled === 0
        ? "javascript"
        : s.compiled === plan.blocks
        ? "webassembly"
        : "mixed",
    };
    this.times = new Float64Array(R);
    this.meanPosition = new Float64Array(R);
    this.positionVariance = new Float64Array(R);
    this.meanPositionError = new Float64Array(R);
    const hasV = plan.method !== "overdamped";
    this.meanVelocity = hasV ? new Float64Array(R) : undefined;
    this.meanKineticEnergy = hasV ? new Float64Array(R) : undefined;
    for (let r = 0; r < R; r++) {
      this.times[r] = r * plan.every * plan.dt;
      const m = s.x[r] / N;
      this.meanPosition[r] = m;
      const v = N > 1 ? Math.max(0, (s.x2[r] - N * m * m) / (N - 1)) : 0;
      this.positionVariance[r] = v;
      this.meanPositionError[r] = Math.sqrt(v / N);
      if (this.meanVelocity && this.meanKineticEnergy) {
        this.meanVelocity[r] = s.v[r] / N;
        this.meanKineticEnergy[r] = 0.5 * plan.mass * s.v2[r] / N;
      }
    }
    this.windowStart = plan.windowStart * plan.every * plan.dt;
    const samples = R - plan.windowStart;
    this.histogram = plan.histogram
      ? histogram(plan.histogram, s.hn, s.hn2, N, samples)
      : undefined;
    this.velocityHistogram = plan.velocityHistogram && hasV
      ? histogram(plan.velocityHistogram, s.vn, s.vn2, N, samples)
      : undefined;
    if (plan.histogram && hasV) {
      const h = plan.histogram, B = h.bins;
      const centers = new Float64Array(B), value = new Float64Array(B);
      const se = new Float64Array(B), count = new Float64Array(B);
      for (let b = 0; b < B; b++) {
        centers[b] = h.from + (b + 0.5) * (h.to - h.from) / B;
        const n = s.hn[b];
        count[b] = n;
        if (n === 0) {
          value[b] = NaN;
          se[b] = NaN;
          continue;
        }
        const R0 = s.hs[b] / n;
        value[b] = plan.mass * R0;
        const ss = s.hs2[b] - 2 * R0 * s.hsn[b] + R0 * R0 * s.hn2[b];
        se[b] = N > 1
          ? plan.mass * Math.sqrt(Math.max(0, ss) * N / (N - 1)) / n
          : NaN;
      }
      this.kineticTemperature = {
        centers,
        value,
        standardError: se,
        samples: count,
      };
    } else this.kineticTemperature = undefined;
    const nb = s.heat.length;
    if (nb > 0) {
      const span = (R - 1 - plan.windowStart) * plan.every * plan.dt;
      const energyChange: Float64Array[] = [];
      const hc = new Float64Array(nb), he = new Float64Array(nb);
      for (let j = 0; j < nb; j++) {
        const e = new Float64Array(R);
        for (let r = 0; r < R; r++) e[r] = s.bathEnergy[j * R + r] / N;
        energyChange.push(e);
        const m = s.heat[j] / N;
        const v = N > 1 ? Math.max(0, (s.heat2[j] - N * m * m) / (N - 1)) : 0;
        hc[j] = span > 0 ? m / span : NaN;
        he[j] = span > 0 ? Math.sqrt(v / N) / span : NaN;
      }
      this.baths = { energyChange, heatCurrent: hc, heatCurrentError: he };
    } else this.baths = undefined;
    this.recorded = s.paths
      .slice()
      .sort((a, b) => a.index - b.index)
      .map((p) => ({ index: p.index, position: p.x, velocity: p.v }));
  }

  /**
   * Data-only description: parameters and a preview of ⟨X⟩(t).
   *
   * @example
   * ```ts
   * import { simulate } from "./simulate.ts";
   * import { harmonic } from "./potentials.ts";
   * const model = {
   *   kind: "standard" as const, mass: 1, baths: [], noiseFollowsParticle: false,
   *   domain: [-Infinity, Infinity] as const,
   *   friction: () => 1, frictionGradient: () => 0,
   *   temperature: () => 1, temperatureGradient: () => 0,
   *   describe: () => ({ title: "toy" }),
   * };
   * const run = await simulate(model, {
   *   potential: harmonic({ frequency: 1 }), method: "markov",
   *   trajectories: 4, dt: 0.05, steps: 20, seed: 1, workers: 0, progress: false,
   * });
   * if (!run.describe().title.includes("markov")) throw new Error("title names the method");
   * ```
   */
  describe(): Description {
    const last = this.meanPosition.length - 1;
    return {
      title: `Simulation (${this.method}, ${this.statistics})`,
      parameters: [
        { name: "trajectories", value: this.trajectories },
        {
          name: "time step",
          symbol: "\\Delta t",
          value: this.dt,
          unit: "1/ω_ref",
        },
        { name: "steps", value: this.steps },
        { name: "workers", value: this.timing.workers },
        { name: "kernel", value: this.timing.kernel },
        {
          name: "wall time",
          value: `${this.timing.milliseconds.toFixed(0)} ms`,
        },
        {
          name: "final ⟨X⟩ (± standard error)",
          value: withUncertainty(
            this.meanPosition[last],
            this.meanPositionError[last],
          ),
          unit: "L",
        },
        {
          // The sample variance's standard error for normally distributed
          // positions, var·√(2/(N − 1)); the run keeps no fourth moment.
          name: "final var X (± normal-theory error)",
          value: withUncertainty(
            this.positionVariance[last],
            this.positionVariance[last] *
              Math.sqrt(2 / Math.max(1, this.trajectories - 1)),
          ),
          unit: "L²",
        },
      ],
      preview: {
        x: this.times,
        series: [
          { name: "⟨X⟩", y: this.meanPosition },
          { name: "var X", y: this.positionVariance },
        ],
        xLabel: "t (1/ω_ref)",
        yLabel: "position moments",
      },
    };
  }

  /** Jupyter MIME bundle. */
  [Symbol.for("Jupyter.display")](): MimeBundle {
    return displayBundle(this.describe());
  }
}

function histogram(
  grid: { from: number; to: number; bins: number },
  n: Float64Array,
  n2: Float64Array,
  N: number,
  samples: number,
): Histogram {
  const B = grid.bins, width = (grid.to - grid.from) / B;
  const edges = new Float64Array(B + 1), centers = new Float64Array(B);
  const density = new Float64Array(B), se = new Float64Array(B);
  let inside = 0;
  for (let b = 0; b <= B; b++) edges[b] = grid.from + b * width;
  for (let b = 0; b < B; b++) {
    centers[b] = grid.from + (b + 0.5) * width;
    // Per-trajectory fraction f_i = n_i/samples; mean and its standard error.
    const mean = n[b] / (N * samples);
    const m2 = n2[b] / (N * samples * samples);
    const v = N > 1 ? Math.max(0, (m2 - mean * mean) * N / (N - 1)) : 0;
    density[b] = mean / width;
    se[b] = Math.sqrt(v / N) / width;
    inside += n[b];
  }
  return {
    edges,
    centers,
    density,
    standardError: se,
    outside: samples > 0 ? 1 - inside / (N * samples) : 0,
  };
}

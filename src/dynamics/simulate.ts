/**
 * {@linkcode simulate}: ensembles of Brownian-particle trajectories under a
 * {@linkcode LangevinModel}, by four methods, seeded, on Web Workers, with
 * streamed statistics.
 *
 * @module
 */
import { discretize } from "../bath/mod.ts";
import { type ProgressFactory, startProgress } from "../progress.ts";
import type { SpectralDensity } from "../spectral/types.ts";
import type { LangevinModel } from "./model.ts";
import type { Potential } from "./potentials.ts";
import {
  addSums,
  type BathPlan,
  type BlockSums,
  emptySums,
  type Grid,
  type MemoryPlan,
  type Plan,
} from "./_plan.ts";
import { runBlock } from "./_run.ts";
import type { WorkerReply, WorkerRequest } from "./_worker.ts";
import { SimulationResult } from "./result.ts";

/** Integration methods of {@linkcode simulate} (see its `## Method`). */
export type Method = "markov" | "overdamped" | "gle" | "explicit-bath";

/** Stochastic-calculus convention of the overdamped method. */
export type Convention = "ito" | "stratonovich" | "anti-ito" | "small-mass";

/** A discretized bath: mode frequencies ω_k, couplings c_k, masses m_k. */
export interface DiscreteModes {
  /** ω_k > 0 (ω_ref). */
  readonly frequencies: ArrayLike<number>;
  /** c_k (Hänggi–Ingold). */
  readonly couplings: ArrayLike<number>;
  /** m_k > 0. */
  readonly masses: ArrayLike<number>;
}

/** What to record while the ensemble runs. */
export interface RecordOptions {
  /** Record every this many steps (≥ 1). Default: max(1, ⌊steps/200⌋). */
  readonly every?: number;
  /**
   * Start of the averaging window for histograms, kinetic temperature and
   * heat currents (time, 1/ω_ref). Default: half the run, rounded up to a
   * record time.
   */
  readonly window?: number;
  /** Position histogram over [from, to] with `bins` bins (also the kinetic-temperature grid). */
  readonly histogram?: {
    readonly from: number;
    readonly to: number;
    readonly bins: number;
  };
  /** Velocity histogram over [from, to]. */
  readonly velocityHistogram?: {
    readonly from: number;
    readonly to: number;
    readonly bins: number;
  };
  /** Keep the full paths (at record times) of the first n trajectories. Default 0. */
  readonly trajectories?: number;
}

/** Options of {@linkcode simulate}. */
export interface SimulateOptions {
  /** External potential (potentials.free() etc.). Required. */
  readonly potential: Potential;
  /** Integration method. Default "markov". */
  readonly method?: Method;
  /**
   * "classical" (default) or "quantum": quantum coloured noise of spectrum
   * ħJ(ω)coth(ħω/2k_BT) for "gle", Wigner-sampled bath modes for
   * "explicit-bath". The Markov methods are classical only.
   */
  readonly statistics?: "classical" | "quantum";
  /** Number of independent trajectories (≥ 1). Default 1000. */
  readonly trajectories?: number;
  /** Time step (1/ω_ref, > 0). Required. */
  readonly dt: number;
  /** Number of steps (≥ 1). Required. */
  readonly steps: number;
  /** Seed (non-negative integer or bigint). Default 0. */
  readonly seed?: number | bigint;
  /** What to record. */
  readonly record?: RecordOptions;
  /** Initial position (L; default 0, or the box centre if 0 is outside) and velocity (default: Maxwell at T(x₀)). */
  readonly initial?: { readonly position?: number; readonly velocity?: number };
  /** Overdamped method: the convention α (required there). */
  readonly convention?: Convention;
  /**
   * gle: memory kernel per unit γ as a sum of exponentials
   * γ(t) = Σ a_i e^{−r_i t}, for densities without a closed-form embedding
   * (Drude and sums of Drude densities are embedded exactly).
   */
  readonly memory?: {
    readonly amplitudes: readonly number[];
    readonly rates: readonly number[];
  };
  /**
   * gle, quantum, noise following the particle (gCLm-I): the node
   * temperatures between which the local-temperature noise is interpolated.
   * Default: 8 equally spaced nodes spanning T(x) over the walls (or the
   * model's domain).
   */
  readonly noiseTemperatures?: readonly number[];
  /**
   * explicit-bath: discretization of each bath, `bath.discretize(J, { modes,
   * scheme })` (defaults 200, "equal-reorganization"), or explicit modes per
   * bath (`discretization`, one entry per model bath).
   */
  readonly bath?: {
    readonly modes?: number;
    readonly scheme?: "equal-reorganization" | "uniform" | "logarithmic";
    readonly discretization?: readonly DiscreteModes[];
  };
  /**
   * Number of Web Workers (0 = run on the main thread). Default
   * `navigator.hardwareConcurrency`; the main thread is used anyway when
   * the model (needed by "markov", "overdamped" and gCLm-I) has no
   * `recipe`, when the potential is `custom`, or for tiny runs
   * (< 2·10⁵ trajectory-steps). Results do not depend on it.
   */
  readonly workers?: number;
  /** Progress: true/undefined = default sink, false = none, or a factory. */
  readonly progress?: boolean | ProgressFactory;
  /** Cancels the run; the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

const WHAT = "Cannot simulate";

function positiveInteger(name: string, v: unknown, min = 1): number {
  if (typeof v !== "number") {
    throw new TypeError(
      `${WHAT}: \`${name}\` must be a number, but got ${typeof v}`,
    );
  }
  if (!Number.isSafeInteger(v) || v < min) {
    throw new RangeError(
      `${WHAT}: \`${name}\` must be an integer ≥ ${min}, but got ${v}`,
    );
  }
  return v;
}

function finiteNumber(name: string, v: unknown): number {
  if (typeof v !== "number") {
    throw new TypeError(
      `${WHAT}: \`${name}\` must be a number, but got ${typeof v}`,
    );
  }
  if (!Number.isFinite(v)) {
    throw new RangeError(`${WHAT}: \`${name}\` must be finite, but got ${v}`);
  }
  return v;
}

function grid(
  name: string,
  g: { from: number; to: number; bins: number },
): Grid {
  const from = finiteNumber(`${name}.from`, g.from);
  const to = finiteNumber(`${name}.to`, g.to);
  if (!(to > from)) {
    throw new RangeError(
      `${WHAT}: \`${name}.to\` must be > \`${name}.from\`, but got [${from}, ${to}]`,
    );
  }
  return { from, to, bins: positiveInteger(`${name}.bins`, g.bins) };
}

/** Memory γ(t) = Σ a e^{−r t} of a density, when it has an exact embedding. */
function embedding(d: SpectralDensity): MemoryPlan | undefined {
  const a: number[] = [], r: number[] = [];
  const add = (x: SpectralDensity): boolean => {
    const s = x.spec;
    if (s.kind === "ohmic" && s.cutoff === "drude" && s.exponent === 1) {
      a.push(s.gamma * s.cutoffFrequency);
      r.push(s.cutoffFrequency);
      return true;
    }
    if (s.kind === "sum") return s.terms.every(add);
    return false;
  };
  return add(d)
    ? { amplitudes: Float64Array.from(a), rates: Float64Array.from(r) }
    : undefined;
}

/** Symmetric quantum noise spectrum ħJ(|ω|)coth(ħ|ω|/2T) on the FFT grid, as the filter √(S/dt). */
function noiseFilter(
  d: SpectralDensity,
  T: number,
  L: number,
  dt: number,
): Float64Array {
  const h = new Float64Array(L);
  const dw = 2 * Math.PI / (L * dt);
  for (let m = 0; m < L; m++) {
    const w = Math.abs(m <= L / 2 ? m : m - L) * dw;
    let S: number;
    if (m === 0) {
      // ω → 0: J(ω)coth(ω/2T) → 2T J(ω)/ω; J/ω from a tiny ω (exact for s = 1 to ~1e−8).
      const eps = 1e-8 * dw;
      S = T > 0 ? 2 * T * d.at(eps) / eps : 0;
    } else {
      const J = d.at(w);
      S = T > 0 ? J * (1 + 2 / Math.expm1(w / T)) : J;
    }
    if (!(S >= 0) || !Number.isFinite(S)) {
      throw new RangeError(
        `${WHAT}: the quantum noise spectrum ħJ(ω)coth(ħω/2T) is not a finite non-negative number at ω = ${w} (T = ${T}): ${S}`,
      );
    }
    h[m] = Math.sqrt(S / dt);
  }
  return h;
}

function buildPlan(model: LangevinModel, o: SimulateOptions): Plan {
  if (!model || typeof model.friction !== "function") {
    throw new TypeError(
      `${WHAT}: \`model\` must implement LangevinModel (friction, temperature, baths, …)`,
    );
  }
  const potential = o.potential;
  if (!potential || typeof potential.force !== "function") {
    throw new TypeError(
      `${WHAT}: \`potential\` is required (e.g. potentials.harmonic({ frequency: 1 }))`,
    );
  }
  const method = o.method ?? "markov";
  if (!["markov", "overdamped", "gle", "explicit-bath"].includes(method)) {
    throw new RangeError(
      `${WHAT}: \`method\` must be "markov", "overdamped", "gle" or "explicit-bath", but got ${
        JSON.stringify(method)
      }`,
    );
  }
  const statistics = o.statistics ?? "classical";
  if (statistics !== "classical" && statistics !== "quantum") {
    throw new RangeError(
      `${WHAT}: \`statistics\` must be "classical" or "quantum", but got ${
        JSON.stringify(statistics)
      }`,
    );
  }
  if (
    statistics === "quantum" && (method === "markov" || method === "overdamped")
  ) {
    throw new RangeError(
      `${WHAT}: \`statistics\` "quantum" needs coloured noise: use method "gle" or "explicit-bath", not ${
        JSON.stringify(method)
      }`,
    );
  }
  const trajectories = positiveInteger("trajectories", o.trajectories ?? 1000);
  const dt = finiteNumber("dt", o.dt);
  if (!(dt > 0)) {
    throw new RangeError(`${WHAT}: \`dt\` must be > 0, but got ${dt}`);
  }
  const steps = positiveInteger("steps", o.steps);
  const seed = o.seed ?? 0;
  if (
    !(typeof seed === "bigint"
      ? seed >= 0n
      : Number.isSafeInteger(seed) && seed >= 0)
  ) {
    throw new RangeError(
      `${WHAT}: \`seed\` must be a non-negative integer, but got ${seed}`,
    );
  }
  const rec = o.record ?? {};
  const every = positiveInteger(
    "record.every",
    rec.every ?? Math.max(1, Math.floor(steps / 200)),
  );
  if (every > steps) {
    throw new RangeError(
      `${WHAT}: \`record.every\` must be ≤ steps = ${steps}, but got ${every}`,
    );
  }
  const records = Math.floor(steps / every) + 1;
  const windowTime = rec.window === undefined
    ? 0.5 * steps * dt
    : finiteNumber("record.window", rec.window);
  if (windowTime < 0 || windowTime > steps * dt) {
    throw new RangeError(
      `${WHAT}: \`record.window\` must lie in [0, ${
        steps * dt
      }], but got ${windowTime}`,
    );
  }
  const windowStart = Math.min(
    records - 1,
    Math.ceil(windowTime / (every * dt) - 1e-9),
  );
  const keep = rec.trajectories === undefined
    ? 0
    : positiveInteger("record.trajectories", rec.trajectories, 0);
  const M = model.mass;
  if (!(M > 0 && Number.isFinite(M))) {
    throw new RangeError(
      `${WHAT}: the model's \`mass\` must be > 0, but got ${M}`,
    );
  }
  const walls = potential.walls;
  let x0: number;
  if (o.initial?.position !== undefined) {
    x0 = finiteNumber("initial.position", o.initial.position);
  } else if (walls && !(0 >= walls[0] && 0 <= walls[1])) {
    x0 = 0.5 * (walls[0] + walls[1]);
  } else x0 = 0;
  const domain = model.domain;
  if (!(x0 >= domain[0] && x0 <= domain[1])) {
    throw new RangeError(
      `${WHAT}: \`initial.position\` must lie in the model's domain [${
        domain[0]
      }, ${domain[1]}], but got ${x0}`,
    );
  }
  if (walls && !(x0 >= walls[0] && x0 <= walls[1])) {
    throw new RangeError(
      `${WHAT}: \`initial.position\` must lie between the walls [${walls[0]}, ${
        walls[1]
      }], but got ${x0}`,
    );
  }
  const v0 = o.initial?.velocity === undefined
    ? NaN
    : finiteNumber("initial.velocity", o.initial.velocity);
  const T0 = model.temperature(x0);
  if (!(T0 >= 0 && Number.isFinite(T0))) {
    throw new RangeError(
      `${WHAT}: the model's temperature at x₀ = ${x0} must be finite and ≥ 0, but got ${T0}`,
    );
  }
  let alpha = 0;
  if (method === "overdamped") {
    const c = o.convention;
    const table: Record<string, number> = {
      "ito": 0,
      "stratonovich": 0.5,
      "anti-ito": 1,
      "small-mass": -1,
    };
    if (c === undefined || !(c in table)) {
      throw new TypeError(
        `${WHAT}: the overdamped method needs an explicit \`convention\`: "ito", "stratonovich", "anti-ito" or "small-mass" (the limit of the inertial equation), but got ${
          JSON.stringify(c)
        }`,
      );
    }
    alpha = table[c];
  }
  const follows = model.noiseFollowsParticle;
  const baths: BathPlan[] = [];
  let fftLength = 2;
  let noiseTemperatures: Float64Array | undefined;
  const refT = model.baths[0]?.temperature ?? T0;
  if (method === "gle" || method === "explicit-bath") {
    if (model.baths.length === 0) {
      throw new RangeError(
        `${WHAT}: method ${
          JSON.stringify(method)
        } needs a model with at least one bath, but \`baths\` is empty`,
      );
    }
    if (follows && statistics === "classical" && !(refT > 0)) {
      throw new RangeError(
        `${WHAT}: a driven bath (noise following the particle) needs a reference temperature > 0, but got ${refT}`,
      );
    }
  }
  if (method === "gle") {
    const user = o.memory;
    if (user && user.amplitudes.length !== user.rates.length) {
      throw new RangeError(
        `${WHAT}: \`memory.amplitudes\` and \`memory.rates\` must have the same length`,
      );
    }
    if (statistics === "quantum") {
      while (fftLength < 2 * (steps + 1)) fftLength *= 2;
      if (follows) {
        if (o.noiseTemperatures) {
          noiseTemperatures = Float64Array.from(o.noiseTemperatures);
        } else {
          const lo = walls ? walls[0] : domain[0],
            hi = walls ? walls[1] : domain[1];
          if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
            throw new RangeError(
              `${WHAT}: quantum noise following the particle needs \`noiseTemperatures\` when neither walls nor the model's domain bound the particle`,
            );
          }
          let tmin = Infinity, tmax = -Infinity;
          for (let q = 0; q <= 256; q++) {
            const t = model.temperature(lo + (hi - lo) * q / 256);
            tmin = Math.min(tmin, t);
            tmax = Math.max(tmax, t);
          }
          if (tmax - tmin < 1e-12 * tmax) tmax = tmin * (1 + 1e-6) + 1e-12;
          noiseTemperatures = new Float64Array(8);
          for (let q = 0; q < 8; q++) {
            noiseTemperatures[q] = tmin + (tmax - tmin) * q / 7;
          }
        }
        for (let q = 0; q < noiseTemperatures.length; q++) {
          if (
            !(noiseTemperatures[q] >= 0) ||
            (q > 0 && !(noiseTemperatures[q] > noiseTemperatures[q - 1]))
          ) {
            throw new RangeError(
              `${WHAT}: \`noiseTemperatures\` must be ≥ 0 and increasing, but got [${
                Array.from(noiseTemperatures).join(", ")
              }]`,
            );
          }
        }
        if (noiseTemperatures.length < 2) {
          throw new RangeError(
            `${WHAT}: \`noiseTemperatures\` needs at least 2 nodes`,
          );
        }
      }
    }
    for (const b of model.baths) {
      let memory = embedding(b.density);
      if (user) {
        memory = {
          amplitudes: Float64Array.from(user.amplitudes),
          rates: Float64Array.from(user.rates),
        };
      }
      if (!memory) {
        throw new TypeError(
          `${WHAT}: method "gle" needs the memory kernel as a sum of exponentials; the density of kind ${
            JSON.stringify(b.density.spec.kind)
          } has no exact embedding: pass \`memory: { amplitudes, rates }\``,
        );
      }
      for (let q = 0; q < memory.rates.length; q++) {
        if (!(memory.rates[q] > 0 && memory.amplitudes[q] >= 0)) {
          throw new RangeError(
            `${WHAT}: memory terms need rates > 0 and amplitudes ≥ 0, but term ${q} has a = ${
              memory.amplitudes[q]
            }, r = ${memory.rates[q]}`,
          );
        }
      }
      const plan: BathPlan = {
        site: b.site,
        formFactor: b.formFactor,
        temperature: b.temperature,
        memory,
        noiseFilter: statistics === "quantum" && !follows
          ? noiseFilter(b.density, b.temperature, fftLength, dt)
          : undefined,
        noiseFilters: statistics === "quantum" && follows && noiseTemperatures
          ? Array.from(
            noiseTemperatures,
            (t) => noiseFilter(b.density, t, fftLength, dt),
          )
          : undefined,
      };
      baths.push(plan);
    }
  }
  if (method === "explicit-bath") {
    const given = o.bath?.discretization;
    if (given && given.length !== model.baths.length) {
      throw new RangeError(
        `${WHAT}: \`bath.discretization\` needs one entry per model bath (${model.baths.length}), but got ${given.length}`,
      );
    }
    const modes = positiveInteger("bath.modes", o.bath?.modes ?? 200);
    const scheme = o.bath?.scheme ?? "equal-reorganization";
    model.baths.forEach((b, j) => {
      let d: DiscreteModes;
      if (given) d = given[j];
      else {
        d = discretize(b.density, { modes, scheme });
      }
      const w = Float64Array.from(d.frequencies),
        c = Float64Array.from(d.couplings),
        m = Float64Array.from(d.masses);
      if (w.length !== c.length || w.length !== m.length) {
        throw new RangeError(
          `${WHAT}: bath ${j}'s frequencies, couplings and masses must have equal lengths`,
        );
      }
      const T = follows ? refT : b.temperature;
      if (!(T >= 0)) {
        throw new RangeError(
          `${WHAT}: bath ${j}'s temperature must be ≥ 0, but got ${T}`,
        );
      }
      for (let k = 0; k < w.length; k++) {
        if (!(w[k] > 0 && m[k] > 0 && Number.isFinite(c[k]))) {
          throw new RangeError(
            `${WHAT}: bath ${j} mode ${k} needs ω > 0, m > 0 and a finite coupling, but got ω = ${
              w[k]
            }, m = ${m[k]}, c = ${c[k]}`,
          );
        }
      }
      baths.push({
        site: b.site,
        formFactor: b.formFactor,
        temperature: b.temperature,
        frequencies: w,
        couplings: c,
        masses: m,
      });
    });
  }
  const blockSize = Math.max(1, Math.ceil(trajectories / 64));
  const needsModel = method === "markov" || method === "overdamped" || follows;
  return {
    method,
    statistics,
    trajectories,
    blockSize,
    blocks: Math.ceil(trajectories / blockSize),
    dt,
    steps,
    seed,
    every,
    records,
    windowStart,
    histogram: rec.histogram
      ? grid("record.histogram", rec.histogram)
      : undefined,
    velocityHistogram: rec.velocityHistogram
      ? grid("record.velocityHistogram", rec.velocityHistogram)
      : undefined,
    keep,
    mass: M,
    potential: potential.spec,
    walls,
    domain: [domain[0], domain[1]],
    initialPosition: x0,
    initialVelocity: v0,
    initialTemperature: T0,
    alpha,
    noiseFollowsParticle: follows,
    baths,
    fftLength,
    noiseTemperatures,
    referenceTemperature: refT,
    recipe: needsModel ? model.recipe : undefined,
  };
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ??
    new DOMException("The simulation was aborted", "AbortError");
}

async function runOnMainThread(
  plan: Plan,
  model: LangevinModel,
  potential: Potential,
  onTrajectories: (n: number) => void,
  signal: AbortSignal | undefined,
): Promise<BlockSums[]> {
  const out: BlockSums[] = [];
  let pending = 0;
  for (let b = 0; b < plan.blocks; b++) {
    if (signal?.aborted) throw abortReason(signal);
    out.push(runBlock(plan, model, potential, b, () => pending++));
    onTrajectories(pending);
    pending = 0;
    // Let progress displays and abort handlers run between blocks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (signal?.aborted) throw abortReason(signal);
  return out;
}

function runOnWorkers(
  plan: Plan,
  count: number,
  onTrajectories: (n: number) => void,
  signal: AbortSignal | undefined,
): Promise<BlockSums[]> {
  return new Promise((resolve, reject) => {
    const results: (BlockSums | undefined)[] = new Array(plan.blocks);
    const workers: Worker[] = [];
    let next = 0, finished = 0, settled = false;
    const stop = () => {
      for (const w of workers) w.terminate();
      signal?.removeEventListener("abort", onAbort);
    };
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      stop();
      reject(e);
    };
    const onAbort = () =>
      fail(signal ? abortReason(signal) : new Error("aborted"));
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    signal?.addEventListener("abort", onAbort);
    const feed = (w: Worker) => {
      if (next < plan.blocks) {
        const msg: WorkerRequest = { type: "block", block: next++ };
        w.postMessage(msg);
      }
    };
    for (let q = 0; q < count; q++) {
      const w = new Worker(new URL("./_worker.ts", import.meta.url).href, {
        type: "module",
      });
      workers.push(w);
      w.onmessage = (e: MessageEvent<WorkerReply>) => {
        const msg = e.data;
        if (settled) return;
        if (msg.type === "ready") feed(w);
        else if (msg.type === "progress") onTrajectories(msg.trajectories);
        else if (msg.type === "sums") {
          results[msg.sums.block] = msg.sums;
          finished++;
          if (finished === plan.blocks) {
            settled = true;
            stop();
            resolve(results.map((r, b) => r ?? emptySums(plan, b)));
          } else feed(w);
        } else if (msg.type === "error") {
          const Ctor = msg.name === "RangeError"
            ? RangeError
            : msg.name === "TypeError"
            ? TypeError
            : Error;
          fail(new Ctor(msg.message));
        }
      };
      w.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        fail(new Error(`${WHAT}: a worker failed: ${e.message}`));
      };
      const init: WorkerRequest = { type: "plan", plan };
      w.postMessage(init);
    }
  });
}

/**
 * Simulates an ensemble of independent trajectories of a particle under a
 * {@linkcode LangevinModel} and returns streamed ensemble statistics.
 *
 * Trajectory i uses only the random stream `randomStream(seed, i)`, and
 * partial sums are formed per fixed block of trajectories and added in
 * block order, so the result is bit-identical for any number of workers.
 *
 * ## Method
 *
 * - `"markov"`: M dV = F dt − MΓ(X)V dt + √(2MΓ(X)k_BT(X)) dW, dX = V dt,
 *   integrated by **BAOAB** (Leimkuhler & Matthews, Appl. Math. Res. Express
 *   2013, 34): half kick B, half drift A, exact Ornstein–Uhlenbeck step O
 *   v ← e^{−Γdt}v + √((1 − e^{−2Γdt})T/M) ξ, half drift, half kick. Chosen
 *   because O is exact for the free OU velocity process at any Γdt, its
 *   configurational sampling is second order (and exact for a harmonic
 *   trap at constant T), and as Γdt → ∞ it reduces to the Leimkuhler–
 *   Matthews Brownian scheme, so the overdamped limit is correct.
 *   Convention: Γ and T are evaluated at the mid-step position held fixed
 *   during O. In the inertial equation X is differentiable, so there is no
 *   Itô/Stratonovich ambiguity: every such evaluation point converges to the
 *   same process, and with constant T the O step keeps the Maxwellian exact
 *   for any Γ(X), so exp(−V/k_BT) is stationary up to O(dt²).
 * - `"overdamped"`: Euler–Maruyama (weak order 1) for the Itô form of
 *   dX = F/(MΓ) dt + √(2D) ∘_α dW, D(X) = k_BT(X)/(MΓ(X)), i.e. drift
 *   F/(MΓ) + α D'(X) with α = 0 (Itô), ½ (Stratonovich), 1 (anti-Itô); or
 *   `"small-mass"`: the limit M → 0 of the inertial equation (Hottovy,
 *   McDaniel, Volpe & Wehr, Commun. Math. Phys. 336, 1259 (2015)), drift
 *   F/(MΓ) − k_BT Γ'/(MΓ²), which is Itô for constant Γ and anti-Itô for
 *   constant T. Walls reflect the position.
 * - `"gle"`: memory friction by Markovian embedding of
 *   γ(t) = Σ_i a_i e^{−r_i t} (exact for Drude: one auxiliary OU variable
 *   per bath), integrated like BAOAB with the auxiliary variables updated
 *   exactly at fixed V. Classical noise is embedded (each term an OU force
 *   with ⟨ξξ⟩ = M a_i k_BT e^{−r_i t}); with noise following the particle
 *   (gCLm-I) the injected variance uses T(X) at injection time. Quantum
 *   noise of symmetric spectrum ħJ(ω)coth(ħω/2k_BT) is generated per
 *   trajectory by FFT filtering of white noise on a periodic grid of length
 *   L ≥ 2(steps + 1): ξ = IFFT(FFT(z)·√(S(ω_m)/dt))/L, whose covariance is
 *   exactly Σ_m S(ω_m)(Δω/2π) cos(ω_m t): the Riemann sum of K(t) with
 *   Δω = 2π/(L dt), band-limited to |ω| < π/dt (the spectrum above the
 *   Nyquist frequency, where the particle does not respond, is dropped; this
 *   is what keeps the Drude noise, whose K(0) diverges, finite). For T(X(t))
 *   the noise is generated at node temperatures from the same white noise
 *   and interpolated linearly in T at each step (error O(ΔT²)).
 * - `"explicit-bath"`: the particle plus discretized modes of every bath,
 *   H = P²/2M + V + Σ_jk [p²/2m + (mω²/2)(x − c u_j(X − y_j)/(mω²))²],
 *   integrated by the symplectic Strang splitting "drift X by dt/2; exact
 *   flow of V + H_bath at fixed X over dt (modes rotate exactly about their
 *   displaced centres, P receives the exact time integral of the force);
 *   drift X by dt/2": second order and stable for any mode frequency.
 *   Initial modes are thermal around X(0) at the bath's temperature,
 *   classical or Wigner (physics.md §4). For gCLm-I the modes are split into
 *   a free thermal part, whose force is rescaled by
 *   √(θ(ω_k,T(X))/θ(ω_k,T_ref)), and a response part started at rest, so
 *   the friction stays the ordinary γ(t).
 *
 * @example
 * ```ts
 * import { simulate } from "./simulate.ts";
 * import { harmonic } from "./potentials.ts";
 * const model = {
 *   kind: "standard" as const, mass: 1, baths: [], noiseFollowsParticle: false,
 *   domain: [-Infinity, Infinity] as const,
 *   friction: () => 2, frictionGradient: () => 0,
 *   temperature: () => 1, temperatureGradient: () => 0,
 *   describe: () => ({ title: "toy" }),
 * };
 * const run = await simulate(model, {
 *   potential: harmonic({ frequency: 1 }), trajectories: 400, dt: 0.05, steps: 400,
 *   seed: 7, workers: 0, progress: false,
 * });
 * // Equipartition ⟨x²⟩ = T/ω² = 1; 400 samples → σ ≈ 0.07.
 * const v = run.positionVariance[run.positionVariance.length - 1];
 * if (Math.abs(v - 1) > 0.4) throw new Error(`⟨x²⟩ = ${v}`);
 * ```
 */
export async function simulate(
  model: LangevinModel,
  options: SimulateOptions,
): Promise<SimulationResult> {
  const plan = buildPlan(model, options);
  const started = performance.now();
  const total = plan.trajectories * plan.steps;
  const progress = startProgress(
    { label: `simulate ${model.kind} (${plan.method})`, total },
    options.progress,
  );
  let done = 0;
  const onTrajectories = (n: number) => {
    done += n;
    progress.update(done * plan.steps);
  };
  const needsModel = plan.method === "markov" || plan.method === "overdamped" ||
    plan.noiseFollowsParticle;
  const transferable = (!needsModel || plan.recipe !== undefined) &&
    options.potential.spec.kind !== "custom";
  const requested = options.workers === undefined
    ? (typeof navigator !== "undefined" ? navigator.hardwareConcurrency : 1)
    : positiveInteger("workers", options.workers, 0);
  const count = transferable && total >= 2e5
    ? Math.min(requested, plan.blocks)
    : 0;
  let parts: BlockSums[];
  try {
    parts = count > 0
      ? await runOnWorkers(plan, count, onTrajectories, options.signal)
      : await runOnMainThread(
        plan,
        model,
        options.potential,
        onTrajectories,
        options.signal,
      );
  } catch (e) {
    progress.finish(e instanceof Error ? `failed: ${e.message}` : "failed");
    throw e;
  }
  const sums = emptySums(plan, 0);
  for (const p of parts) addSums(sums, p);
  const ms = performance.now() - started;
  progress.finish(
    `${plan.trajectories} trajectories in ${(ms / 1000).toFixed(1)} s`,
  );
  return new SimulationResult(plan, sums, { milliseconds: ms, workers: count });
}

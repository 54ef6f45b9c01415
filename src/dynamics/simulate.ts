/**
 * {@linkcode simulate}: ensembles of Brownian-particle trajectories under a
 * {@linkcode LangevinModel}, by four methods, seeded, on worker threads, with
 * streamed statistics.
 *
 * @module
 */
import { type ProgressFactory, startProgress } from "../progress.ts";
import type { RandomGenerator } from "../random/mod.ts";
import type { LangevinModel } from "./model.ts";
import type { Potential } from "./potentials.ts";
import { addSums, type BlockSums, emptySums } from "./_plan.ts";
import { buildPlan, positiveInteger } from "./_build_plan.ts";
import { checkZeroPointLeakage } from "./_step_bounds.ts";
import { runOnMainThread, runOnWorkers } from "./_dispatch.ts";
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
  /**
   * Random numbers: trajectory i draws from
   * `randomStream(seed, i, { generator })`, on the main thread and in every
   * worker. `generator` defaults to the library default, `"xoshiro128**"`;
   * pass `"threefry4x32-20"` to reproduce runs made before it became the
   * default (see {@linkcode RandomGenerator}).
   */
  readonly random?: { readonly generator?: RandomGenerator };
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
   * Number of worker threads (0 = run on the main thread). Default
   * `navigator.hardwareConcurrency`. Workers are kept in a pool after the
   * run and reused by later calls (they start at once then); an idle pool
   * does not keep the process alive. The main thread is used anyway when
   * the model (needed by "markov", "overdamped" and gCLm-I) has no
   * `recipe`, when the potential is `custom`, or for tiny runs
   * (< 2·10⁵ trajectory-steps). Until every worker has started, the main
   * thread computes blocks of trajectories too. Results do not depend on it.
   */
  readonly workers?: number;
  /** Progress: true/undefined = default sink, false = none, or a factory. */
  readonly progress?: boolean | ProgressFactory;
  /** Cancels the run; the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/**
 * Simulates an ensemble of independent trajectories of a particle under a
 * {@linkcode LangevinModel} and returns streamed ensemble statistics.
 *
 * Trajectory i uses only the random stream
 * `randomStream(seed, i, random)`, and partial sums are formed per fixed
 * block of trajectories and added in block order, so the result is
 * bit-identical for any number of workers.
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
 *   Speed: when the model states its fields as data
 *   ({@linkcode LangevinModel.forms}: a constant Γ and a constant, linear or
 *   tabulated T — every built-in model does), the potential is harmonic,
 *   free or a box, and the blocks hold at least 8 trajectories (⌈N/64⌉
 *   each, so N ≥ 449), sixteen trajectories at a time run in a
 *   compiled WebAssembly SIMD kernel, normals included, that performs the
 *   JavaScript kernel's IEEE operations in the same order: the results are
 *   identical to the last bit, ≈ 2× faster. Steps it cannot finish (a
 *   trajectory leaving the domain, a flight longer than the box) are redone
 *   by the JavaScript kernel. Anything else (other potentials, a
 *   position-dependent Γ as in gCLm-II, another `random.generator`) runs the
 *   JavaScript kernels; `timing.kernel` of the result says which ran.
 * - `"overdamped"`: Euler–Maruyama (weak order 1) for the Itô form of
 *   dX = F/(MΓ) dt + √(2D) ∘_α dW, D(X) = k_BT(X)/(MΓ(X)), i.e. drift
 *   F/(MΓ) + α D'(X) with α = 0 (Itô), ½ (Stratonovich), 1 (anti-Itô); or
 *   `"small-mass"`: the limit M → 0 of the inertial equation (Hottovy,
 *   McDaniel, Volpe & Wehr, Commun. Math. Phys. 336, 1259 (2015)), drift
 *   F/(MΓ) − k_BT Γ'/(MΓ²), which is Itô for constant Γ and anti-Itô for
 *   constant T. Walls reflect the position; in "gle" and "explicit-bath"
 *   a flight longer than the box is folded back by repeated reflection
 *   (the velocity flips once per wall crossed). Quantum noise and hard
 *   walls do not mix well: both "gle" and Wigner "explicit-bath" are
 *   classical trajectories driven by zero-point noise, exact for linear
 *   dynamics only; each wall reflection mixes frequencies, and the particle
 *   takes up the zero-point energy ħω/2 of the fast bath modes (zero-point
 *   energy leakage, known from quantum-thermal-bath and truncated-Wigner
 *   dynamics; Brieuc et al., J. Chem. Theory Comput. 12, 5688
 *   (2016), arXiv:1611.08221; Mangaud et al., ibid. (2019)). In a box of
 *   width 1 with Drude γ = 2, ω_c = 10, T = 0.05 both methods give M⟨v²⟩ ≈ 6 instead of the FDT's ≈ 1.4 (a box that narrow
 *   is also below the thermal de Broglie length, where no trajectory
 *   method applies). The integrators count reflections, and a quantum run
 *   whose wall-collision rate exceeds 0.01 per velocity-relaxation time
 *   1/Γ throws a RangeError after the run (the excess was measured
 *   ≈ 3·ν/Γ relative, growing with ħω_c/2k_BT).
 * - `"gle"`: memory friction by Markovian embedding of
 *   γ(t) = Σ_i a_i e^{−r_i t} (exact for Drude: one auxiliary OU variable
 *   per bath), integrated like BAOAB with the auxiliary variables updated
 *   exactly at fixed V. Classical noise is embedded (each term an OU force
 *   with ⟨ξξ⟩ = M a_i k_BT e^{−r_i t}). With noise following the particle
 *   (gCLm-I, physics.md §6: the noise at time t has the statistics of
 *   T(X(t))) the memory friction and the noise are separate variables: a
 *   reference OU noise ξ_ref at k_BT = 1 is integrated exactly and read
 *   out as ξ(t) = √(k_BT(X(t)))·ξ_ref(t) at the particle's current
 *   position, so a particle at rest at X feels the kernel
 *   M k_BT(X) γ(t) and a moving one the same readout-time noise as the
 *   explicit bath's rescaled modes (not noise injected at the temperatures
 *   it passed through during the last 1/ω_c). Quantum
 *   noise of symmetric spectrum ħJ(ω)coth(ħω/2k_BT) is generated per
 *   trajectory by FFT filtering of white noise on a periodic grid of length
 *   L ≥ 2(steps + 1): ξ = IFFT(FFT(z)·√(S(ω_m)/dt))/L, whose covariance is
 *   exactly Σ_m S(ω_m)(Δω/2π) cos(ω_m t): the Riemann sum of K(t) with
 *   Δω = 2π/(L dt), band-limited to |ω| < π/dt (the spectrum above the
 *   Nyquist frequency, where the particle does not respond, is dropped; this
 *   is what keeps the Drude noise, whose K(0) diverges, finite). For T(X(t))
 *   the noise is generated at node temperatures from the same white noise
 *   and interpolated linearly in T at the current T(X(t)) at each step
 *   (readout time, as classically; error O(ΔT²)).
 *   The particle samples the auxiliary variables once per step, so the step
 *   must resolve the memory: `simulate` requires r_i·dt ≤ 0.5 for every
 *   rate (ω_c·dt for Drude) and throws a RangeError otherwise (measured:
 *   gCLm-I in a trap, γ = 2, ω_c = 200, k_BT_kin about 30% high at
 *   ω_c·dt = 2, 10% at 1, within errors at 0.5).
 * - `"explicit-bath"`: the particle plus discretized modes of every bath,
 *   H = P²/2M + V + Σ_jk [p²/2m + (mω²/2)(x − c u_j(X − y_j)/(mω²))²],
 *   integrated by the symplectic Strang splitting "drift X by dt/2; exact
 *   flow of V + H_bath at fixed X over dt (modes rotate exactly about their
 *   displaced centres, P receives the exact time integral of the force);
 *   drift X by dt/2": second order, with no step limit from the mode
 *   frequencies themselves. The step is limited by the stiffness the baths
 *   add to the particle, κ = sup_X Σ_jk u'_j(X)² c_jk²/(M m_jk ω_jk²)
 *   (= γ_N(0), γω_c for a Drude bath): the splitting is unstable from
 *   dt·√κ = 2 on, and resonances of the frozen-X flow with fast modes
 *   (ω_k dt near multiples of π; the impulse method's resonance) make its
 *   linear step map grow by 1e-4 to 1e-3 per step from dt·√κ ≈ 0.3 on
 *   (eigenvalues of the one-step map, 60–1000 Drude modes), which heats
 *   the particle (γ = 30, ω_c = 300, dt = 0.01: k_BT_kin ≈ 1.5–2 T).
 *   `simulate` therefore requires dt·√κ ≤ 0.2 (measured growth ≤ 1e-5 per
 *   step there, none for ≤ 100 modes) and throws a RangeError naming the
 *   largest admissible dt otherwise.
 *   Initial modes are thermal around X(0) at the bath's temperature,
 *   classical or Wigner (physics.md §4). For gCLm-I the modes are split into
 *   a free thermal part, whose force is rescaled by
 *   √(θ(ω_k,T(X))/θ(ω_k,T_ref)), and a response part started at rest, so
 *   the friction stays the ordinary γ(t) — but only while the N modes
 *   reproduce it. The agent pumps energy in at T(X); the response modes
 *   take it up as friction, and once the discretized γ_N(t) departs from
 *   γ(t) (after about 2π/(ω₂ − ω₁), the two lowest mode frequencies;
 *   ≈ 4N/ω_c for equal-reorganization Drude modes) they give it back: the
 *   particle heats and its kinetic temperature stops following T(X)
 *   (γ = 10, ω_c = 100, 60 modes in a trap with T from 0.6 to 2.4:
 *   k_BT_kin ≈ 1.6 everywhere after 20 time units, rising with the run,
 *   whatever dt). `simulate` therefore rejects driven explicit-bath runs
 *   longer than 2π/(ω₂ − ω₁); with enough modes it agrees with "gle"
 *   (γ = 2, ω_c = 20, tanh step 1 → 2, t = 30: two-sample χ² = 327 for 16
 *   bins with 100 modes, 16 with 150, 7 with 400).
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
      ? await runOnWorkers(
        plan,
        model,
        options.potential,
        count,
        onTrajectories,
        options.signal,
      )
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
  checkZeroPointLeakage(plan, sums, model.friction(plan.initialPosition));
  const ms = performance.now() - started;
  progress.finish(
    `${plan.trajectories} trajectories in ${(ms / 1000).toFixed(1)} s`,
  );
  return new SimulationResult(plan, sums, { milliseconds: ms, workers: count });
}

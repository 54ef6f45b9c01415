/**
 * The structural contract between the models layer (`models.standard`,
 * `models.gclm1`, `models.gclm2`) and {@linkcode simulate}: everything every
 * integration method needs to know about a particle coupled to heat baths.
 *
 * `simulate` never imports the models layer (data flows one way); any object
 * of this shape can be simulated, including a user's own model.
 *
 * Conventions (physics.md §0): ħ = k_B = 1, Hänggi–Ingold spectral densities,
 * lengths in units of the user's choice, times in 1/ω_ref, energies and
 * temperatures in ħω_ref.
 *
 * @module
 */
import type { Description } from "../describe.ts";
import type { SpectralDensity } from "../spectral/types.ts";

/** Which of the library's models an object represents. */
export type ModelKind = "standard" | "gclm1" | "gclm2";

/**
 * How bath j couples to the particle: through u(X − y_j), with X the
 * particle position and y_j the bath's site. Data only, so that it can be
 * sent to a worker thread.
 *
 * - `"linear"`: u(z) = z (the standard Caldeira–Leggett coupling c_k X).
 * - `"gaussian"`: u'(z) = exp(−z²/(4σ²)), u(z) = σ√π erf(z/(2σ))
 *   (physics.md §6, gCLm-II), σ = `width` > 0 in length units.
 */
export type FormFactorSpec =
  | { readonly kind: "linear" }
  | { readonly kind: "gaussian"; readonly width: number };

/**
 * One harmonic heat bath of the environment (physics.md §4, §6).
 *
 * The Hamiltonian term is
 * Σ_k [p_k²/2m_k + (m_k ω_k²/2)(x_k − c_k u(X − y)/(m_k ω_k²))²],
 * with the c_k, m_k, ω_k of a discretization of `density`.
 */
export interface BathComponent {
  /** The bath's spectral density J_j(ω) (Hänggi–Ingold; its `mass` is the particle mass M). */
  readonly density: SpectralDensity;
  /**
   * Temperature T_j ≥ 0 of the bath's initial (thermal) state, in ħω_ref.
   * When the model's `noiseFollowsParticle` is true this is the reference
   * temperature T_ref of the driven bath (gCLm-I) and the local temperature
   * is the model's `temperature(X)`.
   */
  readonly temperature: number;
  /** Site y_j (length units); 0 for a linear coupling. */
  readonly site: number;
  /** The form factor u (see {@linkcode FormFactorSpec}). */
  readonly formFactor: FormFactorSpec;
}

/**
 * How a worker rebuilds a model: it runs
 * `(await import(module))[exportName](data)`, which must return an object
 * equivalent to the original. `data` must be structured-cloneable (plain
 * numbers, strings, arrays, objects, typed arrays).
 *
 * A model without a recipe still simulates, on the main thread only (see
 * {@linkcode simulate}'s `workers` option).
 */
export interface ModelRecipe {
  /** Absolute URL of an ES module, usually the factory module's `import.meta.url`. */
  readonly module: string;
  /** Name of the module's export to call with `data`. */
  readonly exportName: string;
  /** Structured-cloneable arguments. */
  readonly data: unknown;
}

/**
 * A coefficient field, Γ(x) or T(x), in closed form as data:
 *
 * - `"constant"`: f(x) = `value`;
 * - `"linear"`: f(x) = `value` + `gradient` · (x − `at`), evaluated in
 *   exactly that order of operations;
 * - `"hermite"`: the piecewise-cubic Hermite interpolant of n + 1 `values`
 *   f_i and `slopes` f′_i at the uniform nodes lo + i·h, h = (hi − lo)/n:
 *   with u = (x − lo)·(n/(hi − lo)), cell i = ⌊u⌋ clamped to [0, n − 1] and
 *   t = u − i, f(x) = (2t³ − 3t² + 1) f_i + (t³ − 2t² + t) h f′_i +
 *   (−2t³ + 3t²) f_{i+1} + (t³ − t²) h f′_{i+1}, left to right (the
 *   tables the models build for their fields).
 *
 * A model that states its fields this way (see
 * {@linkcode LangevinModel.forms}) lets `simulate` run the `"markov"`
 * method in its compiled WebAssembly kernel.
 */
export type FieldForm =
  | { readonly kind: "constant"; readonly value: number }
  | {
    readonly kind: "linear";
    readonly value: number;
    readonly gradient: number;
    readonly at: number;
  }
  | {
    readonly kind: "hermite";
    readonly lo: number;
    readonly hi: number;
    readonly values: Float64Array;
    readonly slopes: Float64Array;
  };

/**
 * A particle of mass M in an environment of harmonic heat baths, as every
 * integration method of {@linkcode simulate} consumes it.
 *
 * Units: positions in length units L, times in 1/ω_ref, temperatures in
 * ħω_ref (k_B = 1), friction rates in ω_ref.
 *
 * **Ohmic–Markov reduction** (methods `"markov"` and `"overdamped"`,
 * physics.md §6):
 *
 *     M dV = −V'(X) dt − M Γ(X) V dt + √(2 M Γ(X) k_B T(X)) dW
 *
 * so `friction(x)` = Γ(x) and `temperature(x)` = T(x) are the position-
 * dependent friction rate and the temperature of the noise at position x
 * (for gCLm-II the effective temperature T_eff(x) = Σ_j T_j u'_j² / Σ_j u'_j²;
 * for gCLm-I the profile T(x); for the standard model the bath temperature).
 *
 * **Memory and explicit baths** (methods `"gle"` and `"explicit-bath"`):
 * `baths` lists the environment's baths; a bath with a `"linear"` form
 * factor and site 0 is the standard coupling. When `noiseFollowsParticle`
 * is true (gCLm-I) the noise of every bath is that of temperature
 * `temperature(X(t))` at the particle's current position, while the
 * friction (the bath's response) stays the ordinary γ(t): in an explicit bath
 * the thermal part of mode k's force on the particle is rescaled by
 * √(θ(ω_k, T(X))/θ(ω_k, T_ref)), θ(ω, T) = (ħω/2) coth(ħω/2k_BT)
 * (classically √(T(X)/T_ref)), with T_ref the bath's `temperature`.
 *
 * @example
 * ```ts
 * import type { LangevinModel } from "./model.ts";
 * // A minimal hand-written model: Γ = 1, T(x) = 1 + 0.1 x, no baths.
 * const m: LangevinModel = {
 *   kind: "standard", mass: 1, baths: [], noiseFollowsParticle: false,
 *   domain: [-5, 5],
 *   friction: () => 1, frictionGradient: () => 0,
 *   temperature: (x) => 1 + 0.1 * x, temperatureGradient: () => 0.1,
 *   describe: () => ({ title: "toy" }),
 * };
 * if (m.temperature(1) !== 1.1) throw new Error("T(1) = 1.1");
 * ```
 */
export interface LangevinModel {
  /** Which model this is. */
  readonly kind: ModelKind;
  /** Particle mass M (> 0); 1 in natural units. */
  readonly mass: number;
  /**
   * The environment's baths (at least one for `"gle"` and
   * `"explicit-bath"`; may be empty for a model that only has a Markov
   * reduction). Standard and gCLm-I: one linear bath; gCLm-II: one bath per
   * site with a localized form factor.
   */
  readonly baths: readonly BathComponent[];
  /**
   * gCLm-I: the noise has the temperature T(X(t)) of the particle's current
   * position (semiclassical by construction). False for the standard model
   * and gCLm-II, where each bath has its own fixed temperature.
   */
  readonly noiseFollowsParticle: boolean;
  /**
   * Where the model is defined (the temperature profile's domain), [lo, hi],
   * possibly infinite. A trajectory that leaves it stops the simulation with
   * a RangeError naming the trajectory and time.
   */
  readonly domain: readonly [number, number];
  /** Ohmic–Markov friction rate Γ(x) > 0 (ω_ref) at position x. */
  friction(x: number): number;
  /** dΓ/dx (ω_ref / L). */
  frictionGradient(x: number): number;
  /** Noise temperature T(x) ≥ 0 (ħω_ref) seen by the particle at x. */
  temperature(x: number): number;
  /** dT/dx (ħω_ref / L). */
  temperatureGradient(x: number): number;
  /**
   * Optional closed forms of `friction` and `temperature`. When both are
   * given (a constant friction; any form of temperature), `simulate`'s
   * `"markov"` method with a harmonic, free or box potential runs in its
   * compiled WebAssembly kernel (ensembles of 449 trajectories or more),
   * about twice as fast, with the same results to the last bit. They must be the very functions the closures
   * compute: `simulate` compares them at a few points of the domain and
   * throws a RangeError if they differ.
   */
  readonly forms?: {
    readonly friction?: FieldForm;
    readonly temperature?: FieldForm;
  };
  /**
   * How to rebuild the model inside a worker thread. Without it the model runs
   * on the main thread (results are identical, only slower).
   */
  readonly recipe?: ModelRecipe;
  /** Data-only description for rich display. */
  describe(): Description;
}

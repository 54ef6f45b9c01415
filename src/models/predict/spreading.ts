/**
 * Spreading of a free overdamped particle in a linear temperature profile.
 *
 * @module
 */
import { finite, nonNegative, positive, record } from "../../_validate.ts";
import { type Convention, conventionAlpha } from "./convention.ts";

/** Options of {@linkcode freeSpreading}. */
export interface FreeSpreadingOptions {
  /** Temperature T₀ > 0 at the starting point x₀ (ħω_ref). */
  readonly temperature: number;
  /** Gradient g = dT/dx (ħω_ref / L). */
  readonly gradient: number;
  /** Friction rate Γ > 0, constant (ω_ref). */
  readonly friction: number;
  /** Particle mass M > 0. Default 1. */
  readonly mass?: number;
  /** Convention; `"small-mass"` is Itô (constant friction). */
  readonly convention: Convention;
  /** Times t ≥ 0 (1/ω_ref). */
  readonly times: ArrayLike<number>;
}

/** Cumulants of the spreading packet over time. */
export interface FreeSpreadingPrediction {
  /** The times (1/ω_ref). */
  readonly times: Float64Array;
  /** ⟨X⟩ − x₀ = α D₁ t (L). */
  readonly meanShift: Float64Array;
  /** Var X = 2D₀t + α D₁² t² (L²). */
  readonly variance: Float64Array;
  /** Third cumulant 6D₁(D₀t² + αD₁²t³/3) (L³). */
  readonly thirdCumulant: Float64Array;
  /** Skewness κ₃/Var^{3/2} (0 at t = 0 by continuity). */
  readonly skewness: Float64Array;
}

/**
 * Mean, variance and skewness of a free overdamped particle started at x₀ in
 * T(x) = T₀ + g(x − x₀) with constant friction: D(x) = D₀ + D₁(x − x₀),
 * D₀ = k_BT₀/(MΓ), D₁ = k_Bg/(MΓ). The mean stays put in Itô while the
 * packet is skewed toward the hot side (physics.md §7).
 *
 * ## Method
 * The α-equation has Itô drift αD₁ (a constant) and noise √(2D(X)); with D
 * linear the moment equations close: d⟨Y²⟩/dt = 2⟨D⟩, d⟨Y³⟩/dt = 6D₁⟨Y²⟩
 * for Y = X − ⟨X⟩ (Itô's lemma), integrated exactly. Valid while the packet
 * stays away from T = 0 (k_BT₀ ≫ g·√Var).
 *
 * @example Itô: no drift, variance 2D₀t, skewness (3/√2) D₁ √t /√D₀
 * ```ts
 * import { freeSpreading } from "./spreading.ts";
 * const s = freeSpreading({ temperature: 1, gradient: 0.1, friction: 1, convention: "ito", times: [2] });
 * if (s.meanShift[0] !== 0 || Math.abs(s.variance[0] - 4) > 1e-15) throw new Error("2D₀t");
 * if (Math.abs(s.skewness[0] - 3 / Math.SQRT2 * 0.1 * Math.SQRT2) > 1e-15) throw new Error("skew");
 * ```
 */
export function freeSpreading(
  options: FreeSpreadingOptions,
): FreeSpreadingPrediction {
  const what = "compute free spreading in a gradient";
  record(what, "options", options);
  const t0 = positive(what, "temperature", options.temperature);
  const g = finite(what, "gradient", options.gradient);
  const gamma = positive(what, "friction", options.friction);
  const m = positive(what, "mass", options.mass ?? 1);
  const alpha = conventionAlpha(options.convention, what) ?? 0;
  const d0 = t0 / (m * gamma);
  const d1 = g / (m * gamma);
  const n = options.times.length;
  const times = new Float64Array(n);
  const meanShift = new Float64Array(n);
  const variance = new Float64Array(n);
  const thirdCumulant = new Float64Array(n);
  const skewness = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = nonNegative(what, `times[${i}]`, options.times[i]);
    times[i] = t;
    meanShift[i] = alpha * d1 * t;
    variance[i] = 2 * d0 * t + alpha * d1 * d1 * t * t;
    thirdCumulant[i] = 6 * d1 * (d0 * t * t + alpha * d1 * d1 * t * t * t / 3);
    skewness[i] = t === 0 ? 0 : thirdCumulant[i] / Math.pow(variance[i], 1.5);
  }
  return { times, meanShift, variance, thirdCumulant, skewness };
}

/**
 * A harmonic trap with a linear temperature profile: the exact Gamma law.
 *
 * @module
 */
import { finite, positive, record } from "../../_validate.ts";
import { type Convention, conventionAlpha } from "./convention.ts";

/** Options of {@linkcode trapLinear}. */
export interface TrapLinearOptions {
  /** Trap frequency ω₀ > 0 (ω_ref); V = ½Mω₀²x². */
  readonly frequency: number;
  /** Temperature T₀ > 0 at the trap centre x = 0 (ħω_ref). */
  readonly temperature: number;
  /** Gradient g = dT/dx (ħω_ref / L), any sign; g = 0 gives the Gaussian. */
  readonly gradient: number;
  /** Particle mass M > 0. Default 1. */
  readonly mass?: number;
  /**
   * The convention (constant friction); `"small-mass"` is Itô (α = 0), as
   * derived by `smallMassConvention`.
   */
  readonly convention: Convention;
}

/** The stationary law of a trapped particle in a linear temperature profile. */
export interface TrapLinearPrediction {
  /** ⟨X⟩ = α g/(Mω₀²) (L); 0 in the small-mass limit (Itô). */
  readonly meanPosition: number;
  /** Var X = (k + α)(g/(Mω₀²))² = T₀/(Mω₀²) + α g²/(Mω₀²)² (L²). */
  readonly variance: number;
  /** Mode (α − 1) g/(Mω₀²) (L): −k_B g/(Mω₀²) in Itô. */
  readonly mode: number;
  /** Skewness 2 sign(g)/√(k + α): 2g√(k_B/(Mω₀²T₀)) in Itô. */
  readonly skewness: number;
  /** Shape k + α of the Gamma law of T(X) = T₀ + gX, k = Mω₀²T₀/g² (Infinity for g = 0). */
  readonly shape: number;
  /** Where T(x) = 0, the edge of the support (−∞ or +∞ for g = 0). */
  readonly edge: number;
}

/**
 * Exact stationary law of an overdamped particle in V = ½Mω₀²x² with
 * constant friction and T(x) = T₀ + g x (physics.md §7): T(X) is Gamma
 * distributed.
 *
 * ## Method
 * P ∝ T^{α−1} exp(−∫Mω₀²x/T dx) = y^{k+α−1} e^{−y Mω₀²/g²} in y = T₀ + g x,
 * with k = Mω₀²T₀/g²: a Gamma law of shape k + α and scale g²/(Mω₀²). Its
 * mean, variance, mode and skewness give the fields (mode valid for
 * k + α ≥ 1; below, the density peaks at the edge T = 0).
 *
 * @example physics.md §7: mode −g/(Mω₀²), skewness 2g/√(Mω₀²T₀)
 * ```ts
 * import { trapLinear } from "./trap.ts";
 * const p = trapLinear({ frequency: 1, temperature: 1, gradient: 0.2, convention: "ito" });
 * if (Math.abs(p.mode + 0.2) > 1e-15 || Math.abs(p.skewness - 0.4) > 1e-15) throw new Error("Gamma law");
 * if (p.meanPosition !== 0) throw new Error("⟨X⟩ = 0 in Itô");
 * ```
 */
export function trapLinear(options: TrapLinearOptions): TrapLinearPrediction {
  const what = "compute the trap prediction";
  record(what, "options", options);
  const w = positive(what, "frequency", options.frequency);
  const t0 = positive(what, "temperature", options.temperature);
  const g = finite(what, "gradient", options.gradient);
  const m = positive(what, "mass", options.mass ?? 1);
  const alpha = conventionAlpha(options.convention, what) ?? 0;
  const k2 = m * w * w;
  if (g === 0) {
    return {
      meanPosition: 0,
      variance: t0 / k2,
      mode: 0,
      skewness: 0,
      shape: Infinity,
      edge: -Infinity,
    };
  }
  const k = k2 * t0 / (g * g);
  const scale = g / k2;
  const shape = k + alpha;
  return {
    meanPosition: alpha * scale,
    variance: shape * scale * scale,
    mode: shape >= 1 ? (alpha - 1) * scale : -t0 / g,
    skewness: 2 * Math.sign(g) / Math.sqrt(shape),
    shape,
    edge: -t0 / g,
  };
}

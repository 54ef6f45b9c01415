/**
 * The mean position of a free particle in a box with a linear temperature
 * profile, in any convention.
 *
 * @module
 */
import { integrate } from "../../quadrature/mod.ts";
import { positive, record } from "../../_validate.ts";
import { type Convention, conventionAlpha } from "./convention.ts";

/** Options of {@linkcode boxMeanPosition}. */
export interface BoxMeanOptions {
  /** Temperature T_c > 0 at the left (cold) wall (ħω_ref). */
  readonly cold: number;
  /** Temperature T_h > 0 at the right wall (ħω_ref); may be < `cold`. */
  readonly hot: number;
  /**
   * The convention; `"small-mass"` (constant friction) is Itô, α = 0, as
   * derived by `smallMassConvention`.
   */
  readonly convention: Convention;
}

/**
 * ⟨x⟩/L of the stationary density of a free particle with constant friction
 * in a box [0, L] whose temperature rises linearly from T_c to T_h = T_c(1 + a),
 * measured from the cold wall (dimensionless). P ∝ T^{α−1} (physics.md §7).
 *
 * ## Method
 * Itô (α = 0): the closed form 1/ln(1 + a) − 1/a, with its Taylor series
 * ½ − a/12 + a²/24 − 19a³/720 + 3a⁴/160 for |a| < 1e-3 (truncation error
 * < 0.015 a⁵ < 2e-17) to avoid cancellation. α = 1: exactly ½. Other α:
 * ∫₀¹ u (1 + au)^{α−1} du / ∫₀¹ (1 + au)^{α−1} du by adaptive Gauss–Kronrod
 * quadrature (relative tolerance 1e-13).
 *
 * @example physics.md §7, T_h/T_c = 2
 * ```ts
 * import { boxMeanPosition } from "./box.ts";
 * const ito = boxMeanPosition({ cold: 1, hot: 2, convention: "ito" });
 * const strat = boxMeanPosition({ cold: 1, hot: 2, convention: "stratonovich" });
 * if (Math.abs(ito - 0.442695040888963) > 1e-14) throw new Error("Itô");
 * if (Math.abs(strat - 0.471404520791032) > 1e-13) throw new Error("Stratonovich");
 * ```
 */
export function boxMeanPosition(options: BoxMeanOptions): number {
  const what = "compute the box mean position";
  record(what, "options", options);
  const tc = positive(what, "cold", options.cold);
  const th = positive(what, "hot", options.hot);
  const bare = conventionAlpha(options.convention, what);
  const alpha = bare ?? 0;
  const a = th / tc - 1;
  if (alpha === 1 || a === 0) return 0.5;
  if (alpha === 0) {
    if (Math.abs(a) < 1e-3) {
      return 0.5 + a * (-1 / 12 + a * (1 / 24 + a * (-19 / 720 + a * 3 / 160)));
    }
    return 1 / Math.log1p(a) - 1 / a;
  }
  const opts = { relTol: 1e-13, absTol: 0 };
  const num = integrate((u) => u * Math.pow(1 + a * u, alpha - 1), 0, 1, opts);
  const den = integrate((u) => Math.pow(1 + a * u, alpha - 1), 0, 1, opts);
  return num.value / den.value;
}

/**
 * What the analytic predictions need from a model: its Ohmic–Markov
 * reduction.
 *
 * @module
 */
import type { LangevinModel } from "../../dynamics/model.ts";

/**
 * The Ohmic–Markov reduction of a model (physics.md §6): mass M, friction
 * rate Γ(x), noise temperature T(x) (for gCLm-II the effective temperature
 * T_eff(x)), their gradients, and the domain where they are defined. Every
 * {@linkcode LangevinModel} (so `models.standard`, `models.gclm1`,
 * `models.gclm2`, and a user's own model) is one.
 *
 * Units: Γ in ω_ref, T in ħω_ref (k_B = 1), positions in L.
 *
 * @example
 * ```ts
 * import type { ReducedModel } from "./reduced_model.ts";
 * const m: ReducedModel = {
 *   mass: 1, domain: [0, 1],
 *   friction: () => 2, frictionGradient: () => 0,
 *   temperature: (x) => 1 + x, temperatureGradient: () => 1,
 * };
 * if (m.temperature(1) !== 2) throw new Error("T(1) = 2");
 * ```
 */
export type ReducedModel = Pick<
  LangevinModel,
  | "mass"
  | "domain"
  | "friction"
  | "frictionGradient"
  | "temperature"
  | "temperatureGradient"
>;

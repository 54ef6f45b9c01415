/**
 * Thermophoretic transport coefficients of a model's overdamped equation:
 * diffusion, thermal diffusion, Soret coefficient and drift velocity.
 *
 * @module
 */
import type { Potential } from "../../dynamics/potentials.ts";
import { record } from "../../_validate.ts";
import { type Convention, conventionAlpha } from "./convention.ts";
import type { ReducedModel } from "./reduced_model.ts";
import { smallMassConvention } from "./small_mass.ts";

/** Options of {@linkcode thermophoresis}. */
export interface ThermophoresisOptions {
  /** The convention (required; `"small-mass"` derives it from the model). */
  readonly convention: Convention;
  /** External potential for the drift velocity. Default: none (F = 0). */
  readonly potential?: Potential;
}

/** Position-resolved transport coefficients (all functions of x in L). */
export interface ThermophoresisPrediction {
  /** α used (0 = Itô). */
  readonly alpha: number;
  /** D(x) = k_BT/(MΓ) (L² ω_ref). */
  diffusion(x: number): number;
  /** D_T(x) = (1 − α) k_B/(MΓ) (L² ω_ref / ħω_ref), so that the flux has −D_T T' P. */
  thermalDiffusion(x: number): number;
  /** Soret coefficient S_T = D_T/D = (1 − α)/T (1/ħω_ref); 1/T for small mass. */
  soretCoefficient(x: number): number;
  /**
   * The drift left in the flux J = F P/(MΓ) − D P' − D_T T' P + v_Γ P by a
   * position-dependent friction: v_Γ = E + (1 − α) k_BTΓ'/(MΓ²) (L ω_ref);
   * 0 in the small-mass limit.
   */
  frictionDrift(x: number): number;
  /**
   * Mean velocity of particles at x, the Itô drift F/(MΓ) + αD' + E (L ω_ref),
   * so that d⟨X⟩/dt = ⟨driftVelocity(X)⟩. Free particle, small mass:
   * −k_BTΓ'/(MΓ²); zero for constant friction in Itô.
   */
  driftVelocity(x: number): number;
}

/**
 * Thermophoretic transport coefficients of the model's overdamped equation
 * in a convention.
 *
 * ## Method
 * The α-equation (plus the extra drift E of the small-mass limit) has the
 * Fokker–Planck flux J = [F/(MΓ) + αD' + E] P − (DP)' with D = k_BT/(MΓ).
 * Expanding D' = k_BT'/(MΓ) − k_BTΓ'/(MΓ²) separates J into diffusion,
 * thermal diffusion D_T = (1 − α)k_B/(MΓ) and a friction-gradient drift
 * (Hottovy–Volpe–Wehr, EPL 99, 60002 (2012) for the small-mass limit;
 * physics.md §7 for S_T = 1/T).
 *
 * @example Soret coefficient 1/T in the small-mass limit
 * ```ts
 * import { thermophoresis } from "./thermophoresis.ts";
 * const model = {
 *   mass: 1, domain: [0, 2] as const,
 *   friction: (x: number) => 1 + x, frictionGradient: () => 1,
 *   temperature: (x: number) => 1 + x, temperatureGradient: () => 1,
 * };
 * const th = thermophoresis(model, { convention: "small-mass" });
 * if (Math.abs(th.soretCoefficient(1) - 0.5) > 1e-15) throw new Error("1/T");
 * if (Math.abs(th.driftVelocity(1) + 2 / 4) > 1e-15) throw new Error("−TΓ'/Γ²");
 * if (Math.abs(th.frictionDrift(1)) > 1e-15) throw new Error("no net friction drift in J");
 * ```
 */
export function thermophoresis(
  model: ReducedModel,
  options: ThermophoresisOptions,
): ThermophoresisPrediction {
  const what = "compute thermophoretic coefficients";
  record(what, "options", options);
  const bare = conventionAlpha(options.convention, what);
  let alpha: number;
  let extra: (x: number) => number;
  if (bare === undefined) {
    const limit = smallMassConvention(model);
    alpha = limit.alpha;
    extra = limit.extraDrift;
  } else {
    alpha = bare;
    extra = () => 0;
  }
  const m = model.mass;
  const potential = options.potential;
  const force = potential ? (x: number) => potential.force(x) : () => 0;
  const diffusion = (x: number) =>
    model.temperature(x) / (m * model.friction(x));
  const diffusionSlope = (x: number) => {
    const g = model.friction(x);
    return model.temperatureGradient(x) / (m * g) -
      model.temperature(x) * model.frictionGradient(x) / (m * g * g);
  };
  return {
    alpha,
    diffusion,
    thermalDiffusion: (x) => (1 - alpha) / (m * model.friction(x)),
    soretCoefficient: (x) => (1 - alpha) / model.temperature(x),
    frictionDrift: (x) => {
      const g = model.friction(x);
      return extra(x) +
        (1 - alpha) * model.temperature(x) * model.frictionGradient(x) /
          (m * g * g);
    },
    driftVelocity: (x) =>
      force(x) / (m * model.friction(x)) + alpha * diffusionSlope(x) +
      extra(x),
  };
}

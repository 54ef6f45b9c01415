/**
 * Rebuilding a model's Ohmic–Markov reduction from plain data inside a Web
 * Worker (see `LangevinModel.recipe`).
 *
 * @module
 */
import type { LangevinModel } from "../dynamics/model.ts";
import { fieldOf, formOf, type ReductionData } from "./_reduction.ts";

/**
 * Rebuilds the Ohmic–Markov reduction of a model from its recipe data: the
 * same Γ(x), T(x) and gradients as the original, evaluated by the same
 * code, so simulations give bit-identical results on workers. The rebuilt
 * model has no `baths` (workers receive the baths' data in the simulation
 * plan) and is not meant for users: call `models.standard`, `models.gclm1`
 * or `models.gclm2`.
 *
 * @param data The `recipe.data` of a model built by this module.
 * @returns A LangevinModel with the same reduction.
 *
 * @example
 * ```ts
 * import { rebuildModel } from "./recipe.ts";
 * const m = rebuildModel({
 *   kind: "standard", title: "toy", mass: 1, domain: [-Infinity, Infinity], noiseFollowsParticle: false,
 *   friction: { kind: "constant", value: 2 }, temperature: { kind: "constant", value: 0.5 },
 * });
 * if (m.friction(3) !== 2 || m.temperature(-1) !== 0.5) throw new Error("constant fields");
 * ```
 */
export function rebuildModel(data: ReductionData): LangevinModel {
  const g = fieldOf(data.friction);
  const t = fieldOf(data.temperature);
  return {
    kind: data.kind,
    mass: data.mass,
    baths: [],
    noiseFollowsParticle: data.noiseFollowsParticle,
    domain: data.domain,
    friction: g.at,
    frictionGradient: g.slope,
    temperature: t.at,
    temperatureGradient: t.slope,
    forms: {
      friction: formOf(data.friction),
      temperature: formOf(data.temperature),
    },
    describe: () => ({ title: `${data.title} (rebuilt reduction)` }),
  };
}

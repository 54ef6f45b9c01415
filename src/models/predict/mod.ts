/**
 * Analytic predictions for thermophoresis (physics.md §7), exported from the
 * root module as `predict`: stationary densities of a model in a potential
 * under an explicit stochastic convention, the convention its small-mass
 * limit selects (derived), box and trap closed forms, free spreading, and
 * Soret coefficients.
 *
 * | function | what |
 * |---|---|
 * | {@linkcode stationary} | P(x), ⟨X⟩, variance, skewness, mode, by quadrature |
 * | {@linkcode smallMassConvention} | α and extra drift of the M → 0 limit, derived |
 * | {@linkcode boxMeanPosition} | ⟨x⟩/L in a box with linear T |
 * | {@linkcode trapLinear} | exact Gamma law in a harmonic trap with linear T |
 * | {@linkcode freeSpreading} | cumulants of a free packet in linear T |
 * | {@linkcode thermophoresis} | D, D_T, S_T, drift velocity |
 *
 * @example
 * ```ts
 * import { boxMeanPosition, trapLinear } from "./mod.ts";
 * if (Math.abs(boxMeanPosition({ cold: 1, hot: 2, convention: "anti-ito" }) - 0.5) > 0) throw new Error("½");
 * if (trapLinear({ frequency: 1, temperature: 1, gradient: 0.2, convention: "ito" }).mode !== -0.2) throw new Error("mode");
 * ```
 *
 * @module
 */
export { type Convention, conventionAlpha } from "./convention.ts";
export type { ReducedModel } from "./reduced_model.ts";
export {
  stationary,
  type StationaryOptions,
  type StationaryPrediction,
} from "./stationary.ts";
export {
  smallMassConvention,
  type SmallMassLimit,
  type SmallMassOptions,
} from "./small_mass.ts";
export { type BoxMeanOptions, boxMeanPosition } from "./box.ts";
export {
  trapLinear,
  type TrapLinearOptions,
  type TrapLinearPrediction,
} from "./trap.ts";
export {
  freeSpreading,
  type FreeSpreadingOptions,
  type FreeSpreadingPrediction,
} from "./spreading.ts";
export {
  thermophoresis,
  type ThermophoresisOptions,
  type ThermophoresisPrediction,
} from "./thermophoresis.ts";

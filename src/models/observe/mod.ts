/**
 * Observables of simulation runs compared with the models' predictions:
 * stationary density with χ², drift velocity, Soret exponent, local kinetic
 * temperature, heat currents between local baths.
 *
 * @example
 * ```ts
 * import { driftVelocity } from "./mod.ts";
 * const d = driftVelocity({ times: new Float64Array([0, 2]), meanPosition: new Float64Array([0, 1]), meanPositionError: new Float64Array([0, 0]) });
 * if (d.velocity !== 0.5) throw new Error("0.5");
 * ```
 *
 * @module
 */
export { type DensityFit, densityFit } from "./density_fit.ts";
export {
  type DriftEstimate,
  type DriftOptions,
  driftVelocity,
} from "./drift.ts";
export {
  type SoretEstimate,
  soretEstimate,
  type SoretOptions,
} from "./soret.ts";
export {
  type KineticTemperatureProfile,
  kineticTemperatureProfile,
} from "./kinetic_temperature.ts";
export { type HeatCurrents, heatCurrents } from "./heat_currents.ts";
export {
  type SideFraction,
  sideFraction,
  type SideFractionOptions,
} from "./side_fraction.ts";
export {
  type SampleFit,
  sampleFit,
  type SampleFitOptions,
} from "./sample_fit.ts";

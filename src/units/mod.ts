/**
 * Units: the natural-units convention (ħ = k_B = M = 1), CODATA 2018
 * constants, and converters between reduced units and kelvin, rad/s, Hz,
 * cm⁻¹, meV, joules, seconds (and metres, kilograms given a reference mass).
 *
 * @example
 * ```ts
 * import { reducedUnits } from "./mod.ts";
 * const u = reducedUnits({ referenceWavenumber: 100 }); // ω_ref = 2πc·100 cm⁻¹
 * const T = u.temperature.fromKelvin(300);
 * if (Math.abs(u.temperature.toKelvin(T) - 300) > 1e-12) throw new Error("round trip");
 * ```
 *
 * @module
 */
export {
  ATOMIC_MASS_UNIT,
  AVOGADRO,
  BOLTZMANN,
  CODATA_2018,
  ELECTRON_MASS,
  ELECTRON_VOLT,
  ELEMENTARY_CHARGE,
  type PhysicalConstant,
  PLANCK,
  REDUCED_PLANCK,
  SPEED_OF_LIGHT,
} from "./constants.ts";
export { HBAR, K_B, MASS } from "./natural.ts";
export {
  type EnergyConverter,
  type FrequencyConverter,
  type LengthConverter,
  type MassConverter,
  ReducedUnits,
  reducedUnits,
  type ReducedUnitsOptions,
  type TemperatureConverter,
  type TimeConverter,
} from "./reduced.ts";

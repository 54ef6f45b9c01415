/**
 * The contract shared by `standard`, `gclm1` and `gclm2`.
 *
 * @module
 */
import type { Description } from "../describe.ts";
import type { LangevinModel } from "../dynamics/model.ts";
import type { SpectralDensity } from "../spectral/types.ts";
import type { TemperatureProfile } from "../thermal/types.ts";

/** Quantum or classical statistics of the noise. */
export type Statistics = "quantum" | "classical";

/**
 * The noise a particle at rest at X feels: symmetric kernel K_X(t) and its
 * spectrum (physics.md §0, §6). For the standard model and gCLm-I it is one
 * bath's kernel at T(X); for gCLm-II the weighted sum
 * Σ_j u'(X − y_j)² K_j(t) of the local baths' kernels.
 */
export interface LocalNoise {
  /** The (effective) temperature of the noise at X, k_BT (ħω_ref). */
  readonly temperature: number;
  /** How K is computed (the noise kernel's method, or a sum of them). */
  readonly method: string;
  /** K_X(t) (force²); throws a RangeError where it diverges (Drude K(0)). */
  symmetric(t: number): number;
  /** K_X over many times. */
  evaluate(ts: Float64Array, out?: Float64Array): Float64Array;
  /** S_sym,X(ω) = Σ weights · ħJ(|ω|) coth(ħ|ω|/2k_BT_j) (force² · time). */
  symmetricSpectrum(omega: number): number;
  /** Data-only description. */
  describe(): Description;
}

/** Options of `localNoise`. */
export interface LocalNoiseOptions {
  /** `"quantum"` (default): ħJ coth(ħω/2k_BT); `"classical"`: 2k_BT J/ω. */
  readonly statistics?: Statistics;
}

/**
 * A Brownian particle coupled to harmonic baths, with everything
 * `simulate` needs ({@linkcode LangevinModel}) plus the reductions that
 * `predict` and the notebooks use.
 *
 * Units: ħ = k_B = 1; Γ in ω_ref, T in ħω_ref, positions in L.
 */
export interface ThermalModel extends LangevinModel {
  /** The spectral density of the (each local) bath. */
  readonly density: SpectralDensity;
  /** The temperature profile (undefined for the standard model). */
  readonly profile: TemperatureProfile | undefined;
  /** Markov friction rate of one bath, γ = γ̂(0) (ω_ref). */
  readonly gamma: number;
  /** Ohmic–Markov friction Γ(X) (ω_ref); same as `friction`. */
  friction(x: number): number;
  /** The noise temperature of the Markov reduction, T(X) or T_eff(X); same as `temperature`. */
  effectiveTemperature(x: number): number;
  /** The noise felt at position X (quantum by default). */
  localNoise(x: number, options?: LocalNoiseOptions): LocalNoise;
}

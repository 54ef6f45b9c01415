/**
 * The noise-kernel contract: one bath at one temperature seen three ways,
 * K(t) and D(t) in time, S(ω) in frequency (physics.md §0).
 *
 * @module
 */
import type { Description } from "../describe.ts";
import type { SpectralDensity } from "../spectral/types.ts";

/** How a kernel's K(t) is computed. */
export type NoiseKernelMethod =
  | "drude-matsubara"
  | "drude-ei"
  | "exponential-trigamma"
  | "exponential-hurwitz"
  | "exponential-zero-temperature"
  | "strict-ohmic"
  | "classical"
  | "quadrature";

/** A kernel value with its estimated absolute error and provenance. */
export interface KernelValue {
  /** The value (force² units: M²·length²/time⁴ in natural units). */
  readonly value: number;
  /** Estimated absolute error of `value` (a few ulps for closed forms). */
  readonly error: number;
  /** The method that produced it. */
  readonly method: NoiseKernelMethod;
}

/** Complex correlation ⟨ξ(t)ξ(0)⟩ = K(t) − i D(t). */
export interface CorrelationValue {
  /** Real part, K(t). */
  readonly re: number;
  /** Imaginary part, −D(t). */
  readonly im: number;
}

/** Options of `noiseKernel`. */
export interface NoiseKernelOptions {
  /** Bath temperature k_BT ≥ 0 (energy units, natural units ħω_ref). 0 is allowed. */
  readonly temperature: number;
  /** Reduced Planck constant ħ > 0 (default 1, natural units). */
  readonly hbar?: number;
}

/**
 * The noise of a harmonic bath at temperature T: symmetric kernel K(t),
 * dissipation kernel D(t), and the spectra.
 */
export interface NoiseKernel {
  /** The bath's spectral density (undefined for the strict-Ohmic kernel, which has none). */
  readonly density: SpectralDensity | undefined;
  /** Temperature k_BT ≥ 0. */
  readonly temperature: number;
  /** ħ used in the formulas. */
  readonly hbar: number;
  /** How K(t) is computed. */
  readonly method: NoiseKernelMethod;
  /** K(t) = ½⟨{ξ(t), ξ(0)}⟩, even in t; throws a RangeError where it diverges. */
  symmetric(t: number): number;
  /** K(t) with an error estimate and the method. */
  symmetricWithError(t: number): KernelValue;
  /** D(t) = (ħ/π)∫J(ω) sin ωt dω, odd in t, temperature independent. */
  dissipation(t: number): number;
  /** ⟨ξ(t)ξ(0)⟩ = K(t) − i D(t). */
  correlation(t: number): CorrelationValue;
  /** S(ω) = ∫dt e^{iωt}⟨ξ(t)ξ(0)⟩ = ħ J_odd(ω)[coth(ħω/2k_BT) + 1] (non-symmetrized). */
  spectrum(omega: number): number;
  /** S_sym(ω) = ħ J(|ω|) coth(ħ|ω|/2k_BT). */
  symmetricSpectrum(omega: number): number;
  /** K over many times (into `out` if given), fast, no allocation per point. */
  evaluate(ts: Float64Array, out?: Float64Array): Float64Array;
  /** The classical kernel of the same bath, K_cl(t) = M k_BT γ(t), D = 0. */
  classical(): NoiseKernel;
  /** The kernel of the same bath at T = 0. */
  zeroTemperature(): NoiseKernel;
  /**
   * Data-only description for rich display (implementations also have
   * `[Symbol.for("Jupyter.display")]()`, which renders it).
   */
  describe(): Description;
}

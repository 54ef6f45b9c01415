/**
 * The spectral-density contract every later layer (bath, noise,
 * equilibrium, fdt, dynamics, models) programs against.
 *
 * Conventions: Hänggi–Ingold, ħ = k_B = 1, J(ω) = (π/2) Σ c²/(mω) δ(ω − ω_k),
 * J(ω) = 0 for ω ≤ 0, γ(t) = (2/(Mπ)) ∫₀^∞ J(ω)/ω cos ωt dω.
 *
 * @module
 */
import type { Description } from "../describe.ts";

/** Cutoff functions of the Ohmic family. */
export type CutoffKind = "exponential" | "drude" | "gaussian" | "sharp";

/**
 * What a density is, so that consumers can dispatch to closed forms
 * (e.g. the Drude Matsubara kernel) and fall back to quadrature otherwise.
 */
export type DensitySpec =
  | {
    /** J(ω) = M γ ω_c (ω/ω_c)^s f(ω/ω_c). */
    readonly kind: "ohmic";
    readonly gamma: number;
    readonly cutoff: CutoffKind;
    readonly cutoffFrequency: number;
    readonly exponent: number;
    readonly mass: number;
  }
  | {
    /** J(ω) = λ² Γ ω / ((ω₀² − ω²)² + Γ² ω²) (QuTiP's form). */
    readonly kind: "underdamped";
    readonly coupling: number;
    readonly frequency: number;
    readonly width: number;
    readonly mass: number;
  }
  | {
    /** Interpolated table. */
    readonly kind: "tabulated";
    readonly mass: number;
  }
  | {
    /** Σ of the terms (same mass). */
    readonly kind: "sum";
    readonly terms: readonly SpectralDensity[];
    readonly mass: number;
  }
  | {
    /** A user-supplied function. */
    readonly kind: "custom";
    readonly mass: number;
  };

/** A damping-kernel value with its error estimate and provenance. */
export interface KernelEstimate {
  /** γ(t) (1/time; per unit mass). */
  readonly value: number;
  /** Estimated absolute error of `value` (a few ulps for closed forms). */
  readonly error: number;
  /** How it was computed, e.g. `"closed form"`, `"quadrature (Fourier)"`. */
  readonly method: string;
}

/** A spectral density J(ω) with its damping kernel and reorganization energy. */
export interface SpectralDensity {
  /** What family this is (for closed-form dispatch). */
  readonly spec: DensitySpec;
  /** Particle mass M the density refers to (default 1). */
  readonly mass: number;
  /** λ = (1/π) ∫₀^∞ J(ω)/ω dω = M γ(0)/2. */
  readonly reorganizationEnergy: number;
  /**
   * A frequency beyond which J(ω)/ω is negligible relative to its bulk
   * (≤ 1e-16 of λ in the tail), for quadrature and discretization.
   */
  readonly frequencyScale: number;
  /** J(ω); 0 for ω ≤ 0. */
  at(omega: number): number;
  /** Damping kernel γ(t), even in t. */
  dampingKernel(t: number): number;
  /** Laplace transform γ̂(z) = ∫₀^∞ γ(t) e^{−zt} dt for real z ≥ 0. */
  laplace(z: number): number;
  /** Data-only description for rich display. */
  describe(): Description;
  /**
   * How `dampingKernel` is computed (`"closed form"` or a quadrature name).
   * Optional: densities built outside `spectral` may omit it.
   */
  readonly kernelMethod?: string;
  /**
   * γ(t) with an error estimate and the method used. Optional: densities
   * built outside `spectral` may omit it.
   */
  dampingKernelEstimate?(t: number): KernelEstimate;
}

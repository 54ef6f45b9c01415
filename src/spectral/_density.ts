/**
 * The one implementation behind every spectral-density builder: argument
 * checks on evaluation, even extension of γ(t), description and display.
 * Builders validate, then hand this class fast closures that may assume
 * ω > 0, t ≥ 0, z ≥ 0 (all finite).
 *
 * @module
 */
import {
  type DescribedParameter,
  type Description,
  displayBundle,
  type MimeBundle,
} from "../describe.ts";
import type { DensitySpec, KernelEstimate, SpectralDensity } from "./types.ts";
import { show } from "../_validate.ts";

/** Everything a builder supplies. */
export interface DensityParts {
  readonly spec: DensitySpec;
  readonly mass: number;
  readonly reorganizationEnergy: number;
  readonly frequencyScale: number;
  /** J(ω) for finite ω > 0. */
  readonly J: (omega: number) => number;
  /** γ(t) with error for finite t ≥ 0. */
  readonly kernel: (t: number) => KernelEstimate;
  /** Fast γ(t) for finite t ≥ 0 (defaults to `kernel(t).value`). */
  readonly gamma?: (t: number) => number;
  /** γ̂(z) for finite z ≥ 0 (may throw with the reason). */
  readonly laplace: (z: number) => number;
  readonly kernelMethod: string;
  readonly title: string;
  readonly formula: string;
  readonly parameters: readonly DescribedParameter[];
  /** Upper end of the J(ω) preview. */
  readonly previewMax: number;
  readonly notes?: readonly string[];
}

/** A validated spectral density (Hänggi–Ingold convention). */
export class Density implements SpectralDensity {
  readonly spec: DensitySpec;
  readonly mass: number;
  readonly reorganizationEnergy: number;
  readonly frequencyScale: number;
  readonly kernelMethod: string;
  readonly #J: (omega: number) => number;
  readonly #kernel: (t: number) => KernelEstimate;
  readonly #gamma: (t: number) => number;
  readonly #laplace: (z: number) => number;
  readonly #parts: DensityParts;

  constructor(parts: DensityParts) {
    this.spec = parts.spec;
    this.mass = parts.mass;
    this.reorganizationEnergy = parts.reorganizationEnergy;
    this.frequencyScale = parts.frequencyScale;
    this.kernelMethod = parts.kernelMethod;
    this.#J = parts.J;
    this.#kernel = parts.kernel;
    const k = parts.kernel;
    this.#gamma = parts.gamma ?? ((t: number) => k(t).value);
    this.#laplace = parts.laplace;
    this.#parts = parts;
  }

  /** J(ω) (energy units, H-I convention); 0 for ω ≤ 0. RangeError for NaN or +∞. */
  at(omega: number): number {
    if (omega > 0 && omega < Infinity) {
      const v = this.#J(omega);
      if (v - v === 0) return v;
      throw new RangeError(
        `Cannot evaluate J(ω) of ${this.#parts.title} at ω = ${omega}: the value ${v} is not representable`,
      );
    }
    if (omega <= 0) return 0;
    throw new RangeError(
      `Cannot evaluate J(ω) of ${this.#parts.title}: \`omega\` must be a finite number, got ${
        show(omega)
      }`,
    );
  }

  /** γ(t) = (2/(Mπ)) ∫₀^∞ J(ω)/ω cos ωt dω, even in t (1/time). */
  dampingKernel(t: number): number {
    if (t - t !== 0) this.#badTime(t);
    return this.#gamma(t < 0 ? -t : t);
  }

  /** γ(t) with its error estimate and method. */
  dampingKernelEstimate(t: number): KernelEstimate {
    if (t - t !== 0) this.#badTime(t);
    return this.#kernel(t < 0 ? -t : t);
  }

  /** γ̂(z) = ∫₀^∞ γ(t) e^{−zt} dt for finite z ≥ 0 (1/time · time = dimensionless·…). */
  laplace(z: number): number {
    if (!(z >= 0 && z < Infinity)) {
      throw new RangeError(
        `Cannot evaluate the Laplace transform γ̂(z) of ${this.#parts.title}: \`z\` must be finite and ≥ 0, got ${
          show(z)
        }`,
      );
    }
    const v = this.#laplace(z);
    if (v - v !== 0) {
      throw new RangeError(
        `Cannot evaluate the Laplace transform γ̂(z) of ${this.#parts.title} at z = ${z}: the value ${v} is not representable`,
      );
    }
    return v;
  }

  #badTime(t: number): never {
    throw new RangeError(
      `Cannot evaluate the damping kernel γ(t) of ${this.#parts.title}: \`t\` must be a finite number, got ${
        show(t)
      }`,
    );
  }

  /** Formula, parameters (with units), λ, kernel method and a J(ω) preview. */
  describe(): Description {
    const n = 200;
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    const top = this.#parts.previewMax;
    for (let i = 0; i < n; i++) {
      x[i] = top * (i + 1) / n;
      y[i] = this.#J(x[i]);
    }
    return {
      title: this.#parts.title,
      formula: this.#parts.formula,
      parameters: [
        ...this.#parts.parameters,
        {
          name: "reorganization energy",
          symbol: "\\lambda",
          value: this.reorganizationEnergy,
          unit: "mass·frequency²",
        },
        { name: "γ(t) computed by", value: this.kernelMethod },
      ],
      preview: {
        x,
        series: [{ name: "J(ω)", y }],
        xLabel: "ω",
        yLabel: "J(ω)",
      },
      notes: [
        "Hänggi–Ingold convention: J(ω) = (π/2) Σ c²/(mω) δ(ω − ω_k); γ(t) = (2/(Mπ)) ∫ J(ω)/ω cos ωt dω.",
        ...(this.#parts.notes ?? []),
      ],
    };
  }

  /** Rich display in Jupyter (delegates to the registered renderer). */
  [Symbol.for("Jupyter.display")](): MimeBundle {
    return displayBundle(this.describe());
  }
}

/** Error estimate attached to closed-form kernels: a few ulps of |γ(0)|. */
export function closedForm(value: number, scale: number): KernelEstimate {
  return { value, error: 8 * Number.EPSILON * scale, method: "closed form" };
}

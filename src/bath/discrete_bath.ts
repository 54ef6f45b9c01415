/**
 * A finite set of harmonic modes standing in for a spectral density.
 *
 * @module
 */
import {
  type Description,
  displayBundle,
  type MimeBundle,
} from "../describe.ts";
import type { SpectralDensity } from "../spectral/types.ts";
import { cothHalf } from "../special/mod.ts";
import { integer, nonNegative, positive, record } from "../_validate.ts";
import { referenceNoiseKernel } from "./_reference_noise.ts";

/** Discretization schemes. */
export type Scheme = "uniform" | "equal-reorganization" | "logarithmic";

/** Options of {@linkcode DiscreteBath.certificate}. */
export interface CertificateOptions {
  /** End of the time window [0, tMax] (time units, > 0). */
  readonly tMax: number;
  /**
   * Temperature T ≥ 0: also compare the symmetric noise kernel K_N with the
   * exact K on (0, tMax] (K(0) may diverge, e.g. Drude, so t = 0 is left out).
   */
  readonly temperature?: number;
  /** Number of equally spaced times (≥ 2, default 101). */
  readonly points?: number;
}

/** How well a discrete bath reproduces its density on [0, tMax]. */
export interface Certificate {
  /** Scheme used. */
  readonly scheme: Scheme;
  /** Number of modes N. */
  readonly modes: number;
  /** 2π/Δω for uniform grids; Infinity where the scheme has no exact period. */
  readonly recurrenceTime: number;
  /** |λ_N − λ|/λ of the final couplings (relative). */
  readonly reorganizationError: number;
  /**
   * |λ_raw − λ|/λ before couplings were rescaled to preserve λ (0 for
   * equal-reorganization, which preserves λ by construction): the weight
   * lost to truncation and quadrature of the grid.
   */
  readonly unscaledReorganizationError: number;
  /** max |γ_N(t) − γ(t)| on the grid (1/time). */
  readonly kernelError: number;
  /** kernelError / γ(0). */
  readonly kernelRelativeError: number;
  /** The error estimate of the reference γ(t) itself (0 for closed forms). */
  readonly kernelReferenceError: number;
  /** max |K_N(t) − K(t)| on (0, tMax] when a temperature was given. */
  readonly noiseKernelError?: number;
  /** noiseKernelError / max |K| on the grid. */
  readonly noiseKernelRelativeError?: number;
  /** End of the time window (time units). */
  readonly tMax: number;
  /** Number of grid times. */
  readonly points: number;
  /** Temperature of the noise-kernel comparison, if one was made. */
  readonly temperature?: number;
  /** Table + notes (the object also renders itself in Jupyter). */
  describe(): Description;
}

/** Everything discretize() computed. */
export interface DiscreteBathParts {
  readonly density: SpectralDensity;
  readonly scheme: Scheme;
  readonly frequencies: Float64Array;
  readonly couplings: Float64Array;
  readonly masses: Float64Array;
  readonly recurrenceTime: number;
  readonly unscaledReorganizationError: number;
  /** A frequency typical of J's structure (the median of Λ(ω)). */
  readonly structureScale: number;
  readonly maxFrequency: number;
  readonly minFrequency: number;
}

/**
 * N modes (ω_k, c_k, m_k) with J_N(ω) = (π/2) Σ c_k²/(m_kω_k) δ(ω − ω_k)
 * (Hänggi–Ingold). Built by {@linkcode discretize}.
 */
export class DiscreteBath {
  /** The density this bath discretizes. */
  readonly density: SpectralDensity;
  /** Scheme used. */
  readonly scheme: Scheme;
  /** ω_k (frequency units), ascending. */
  readonly frequencies: Float64Array;
  /** c_k (mass·frequency² units: force per unit particle displacement). */
  readonly couplings: Float64Array;
  /** m_k (mass units). */
  readonly masses: Float64Array;
  /** Number of modes N. */
  readonly modes: number;
  /** Particle mass M (that of the density). */
  readonly particleMass: number;
  /** 2π/Δω for uniform grids, Infinity otherwise. */
  readonly recurrenceTime: number;
  /** λ_N = ½ Σ c_k²/(m_kω_k²). */
  readonly reorganizationEnergy: number;
  /** Lowest mode frequency (frequency units). */
  readonly minFrequency: number;
  /** Highest mode frequency (frequency units). */
  readonly maxFrequency: number;
  /** Structure frequency of J used for reference quadratures. */
  readonly structureScale: number;
  readonly #unscaled: number;
  /** c_k²/(M m_k ω_k²): γ_N(t) = Σ w_k cos ω_k t. */
  readonly #kernelWeights: Float64Array;

  /** Use {@linkcode discretize}; this constructor takes validated parts. */
  constructor(p: DiscreteBathParts) {
    this.density = p.density;
    this.scheme = p.scheme;
    this.frequencies = p.frequencies;
    this.couplings = p.couplings;
    this.masses = p.masses;
    this.modes = p.frequencies.length;
    this.particleMass = p.density.mass;
    this.recurrenceTime = p.recurrenceTime;
    this.minFrequency = p.minFrequency;
    this.maxFrequency = p.maxFrequency;
    this.structureScale = p.structureScale;
    this.#unscaled = p.unscaledReorganizationError;
    const n = this.modes;
    const w = new Float64Array(n);
    let lam = 0;
    for (let k = 0; k < n; k++) {
      const c = p.couplings[k], m = p.masses[k], om = p.frequencies[k];
      const r = c * c / (m * om * om);
      lam += r;
      w[k] = r / this.particleMass;
    }
    this.reorganizationEnergy = lam / 2;
    this.#kernelWeights = w;
  }

  /** γ_N(t) = (1/M) Σ c_k²/(m_kω_k²) cos ω_k t (1/time). */
  dampingKernel(t: number): number {
    const w = this.#kernelWeights, f = this.frequencies;
    let s = 0;
    for (let k = 0; k < w.length; k++) s += w[k] * Math.cos(f[k] * t);
    return s;
  }

  /**
   * K_N(t) = Σ (c_k²/(2m_kω_k)) coth(ω_k/2T) cos ω_k t (ħ = k_B = 1), the
   * symmetric noise kernel of the discrete bath at temperature T ≥ 0.
   */
  noiseKernel(t: number, temperature: number): number {
    const T = nonNegative(
      "evaluate the noise kernel of a discrete bath",
      "temperature",
      temperature,
    );
    const f = this.frequencies, c = this.couplings, m = this.masses;
    let s = 0;
    for (let k = 0; k < f.length; k++) {
      const coth = T === 0 ? 1 : cothHalf(f[k] / T);
      s += c[k] * c[k] / (2 * m[k] * f[k]) * coth * Math.cos(f[k] * t);
    }
    return s;
  }

  /**
   * Compares the discrete bath with its density on [0, tMax]: recurrence
   * time, reorganization error, max |γ_N − γ| and, given a temperature,
   * max |K_N − K| (reference K by oscillatory quadrature of physics.md §0).
   *
   * @example
   * ```ts
   * import { discretize } from "./discretize.ts";
   * import { ohmic } from "../spectral/ohmic.ts";
   * const B = discretize(ohmic({ gamma: 0.5, cutoff: { kind: "drude", frequency: 5 } }), { modes: 400, scheme: "equal-reorganization" });
   * const c = B.certificate({ tMax: 2 });
   * if (!(c.reorganizationError < 1e-12 && c.kernelRelativeError < 0.05)) throw new Error(JSON.stringify(c));
   * ```
   */
  certificate(options: CertificateOptions): Certificate {
    const what = "certify a discrete bath";
    const o = record(what, "options", options);
    const tMax = positive(what, "tMax", o.tMax);
    const points = o.points === undefined
      ? 101
      : integer(what, "points", o.points, 2, 1e6);
    const T = o.temperature === undefined
      ? undefined
      : nonNegative(what, "temperature", o.temperature);
    const J = this.density;
    const lam = J.reorganizationEnergy;
    const g0 = 2 * lam / J.mass;
    let kErr = 0, kRef = 0;
    for (let i = 0; i < points; i++) {
      const t = tMax * i / (points - 1);
      const ref = J.dampingKernelEstimate
        ? J.dampingKernelEstimate(t)
        : { value: J.dampingKernel(t), error: 0 };
      kErr = Math.max(kErr, Math.abs(this.dampingKernel(t) - ref.value));
      kRef = Math.max(kRef, ref.error);
    }
    let nErr: number | undefined, nRel: number | undefined;
    if (T !== undefined) {
      let e = 0, top = 0;
      for (let i = 1; i < points; i++) {
        const t = tMax * i / (points - 1);
        const ref = referenceNoiseKernel(J, T, t, this.structureScale).value;
        e = Math.max(e, Math.abs(this.noiseKernel(t, T) - ref));
        top = Math.max(top, Math.abs(ref));
      }
      nErr = e;
      nRel = top > 0 ? e / top : e;
    }
    const scheme = this.scheme, modes = this.modes;
    const recurrenceTime = this.recurrenceTime;
    const reorganizationError = Math.abs(this.reorganizationEnergy - lam) / lam;
    const unscaled = this.#unscaled;
    return {
      scheme,
      modes,
      recurrenceTime,
      reorganizationError,
      unscaledReorganizationError: unscaled,
      kernelError: kErr,
      kernelRelativeError: kErr / g0,
      kernelReferenceError: kRef,
      noiseKernelError: nErr,
      noiseKernelRelativeError: nRel,
      tMax,
      points,
      temperature: T,
      describe(): Description {
        const rows: (string | number)[][] = [
          ["recurrence time", recurrenceTime],
          ["relative reorganization error |λ_N − λ|/λ", reorganizationError],
          ["… before rescaling the couplings", unscaled],
          [`max |γ_N − γ| on [0, ${tMax}]`, kErr],
          ["… relative to γ(0)", kErr / g0],
        ];
        if (nErr !== undefined) {
          rows.push([`max |K_N − K| on (0, ${tMax}] at T = ${T}`, nErr]);
          rows.push(["… relative to max |K|", nRel ?? 0]);
        }
        return {
          title: `Discretization certificate (${scheme}, ${modes} modes)`,
          table: { columns: ["quantity", "value"], rows },
          notes: [
            "γ from the density's closed form or its error-estimated quadrature; K by oscillatory quadrature of (1/π)∫J coth(ω/2T) cos ωt dω.",
          ],
        };
      },
      [Symbol.for("Jupyter.display")](): MimeBundle {
        return displayBundle(this.describe());
      },
    };
  }

  /** Parameters, and a preview of γ_N(t) against γ(t). */
  describe(): Description {
    const n = 200;
    const tEnd = Math.min(
      Number.isFinite(this.recurrenceTime)
        ? 1.2 * this.recurrenceTime
        : Infinity,
      10 / this.structureScale,
    );
    const x = new Float64Array(n),
      yN = new Float64Array(n),
      y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = tEnd * i / (n - 1);
      yN[i] = this.dampingKernel(x[i]);
      y[i] = this.density.dampingKernel(x[i]);
    }
    return {
      title: `Discrete bath: ${this.modes} modes (${this.scheme})`,
      formula:
        "J_N(\\omega) = \\frac{\\pi}{2}\\sum_k \\frac{c_k^2}{m_k\\omega_k}\\,\\delta(\\omega - \\omega_k)",
      parameters: [
        { name: "modes", symbol: "N", value: this.modes },
        { name: "scheme", value: this.scheme },
        {
          name: "lowest frequency",
          value: this.minFrequency,
          unit: "frequency",
        },
        {
          name: "highest frequency",
          value: this.maxFrequency,
          unit: "frequency",
        },
        {
          name: "recurrence time",
          value: Number.isFinite(this.recurrenceTime)
            ? this.recurrenceTime
            : "none (∞)",
          unit: "time",
        },
        {
          name: "reorganization energy",
          symbol: "\\lambda_N",
          value: this.reorganizationEnergy,
          unit: "mass·frequency²",
        },
        { name: "density", value: this.density.describe().title },
      ],
      preview: {
        x,
        series: [{ name: "γ_N(t)", y: yN }, { name: "γ(t)", y }],
        xLabel: "t",
        yLabel: "damping kernel",
      },
    };
  }

  /** Rich display in Jupyter (delegates to the registered renderer). */
  [Symbol.for("Jupyter.display")](): MimeBundle {
    return displayBundle(this.describe());
  }
}

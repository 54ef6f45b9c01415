/**
 * Equilibrium of a damped harmonic oscillator and of a free particle
 * coupled to a harmonic bath (physics.md §3).
 *
 * @module
 */
import {
  type Description,
  displayBundle,
  type MimeBundle,
} from "../describe.ts";
import { cothHalf } from "../special/mod.ts";
import { integrate, integrateFourier } from "../quadrature/mod.ts";
import type { SpectralDensity } from "../spectral/types.ts";
import { characteristicFrequency } from "../noise/mod.ts";
import { matsubaraSum } from "./_matsubara.ts";

/** Options of {@linkcode oscillator}. */
export interface OscillatorOptions {
  /** The bath's spectral density J(ω) (it fixes the mass M = `density.mass`). */
  readonly density: SpectralDensity;
  /** Bare oscillator frequency ω₀ > 0 (frequency units). */
  readonly frequency: number;
  /** Temperature k_BT ≥ 0 (0 allowed). */
  readonly temperature: number;
  /** Particle mass M; must equal `density.mass` if given (default `density.mass`). */
  readonly mass?: number;
  /** ħ > 0 (default 1). */
  readonly hbar?: number;
}

/** Options of {@linkcode freeParticle}. */
export interface FreeParticleOptions {
  /** The bath's spectral density J(ω) (it fixes the mass M). */
  readonly density: SpectralDensity;
  /** Temperature k_BT ≥ 0 (0 allowed). */
  readonly temperature: number;
  /** ħ > 0 (default 1). */
  readonly hbar?: number;
}

/** A complex number {re, im} (for χ(ω)). */
export interface ComplexValue {
  /** Real part. */
  readonly re: number;
  /** Imaginary part. */
  readonly im: number;
}

/** A moment with its estimated absolute error. */
export interface MomentValue {
  /** The value. */
  readonly value: number;
  /** Estimated absolute error. */
  readonly error: number;
}

/** Equilibrium state of a damped harmonic oscillator. */
export interface EquilibriumOscillator {
  /** The density. */
  readonly density: SpectralDensity;
  /** ω₀. */
  readonly frequency: number;
  /** k_BT. */
  readonly temperature: number;
  /** M. */
  readonly mass: number;
  /** ħ. */
  readonly hbar: number;
  /** ⟨q²⟩ (length²). */
  readonly positionVariance: number;
  /** ⟨p²⟩ (momentum²). */
  readonly momentumVariance: number;
  /** ⟨q²⟩ with its error estimate. */
  readonly positionVarianceWithError: MomentValue;
  /** ⟨p²⟩ with its error estimate. */
  readonly momentumVarianceWithError: MomentValue;
  /** χ(ω) = 1/(M[ω₀² − ω² − iωγ̃(ω)]). */
  susceptibility(omega: number): ComplexValue;
  /** ½⟨{q(t), q(0)}⟩ = (ħ/π)∫₀^∞ coth(ħω/2k_BT) Im χ(ω) cos ωt dω. */
  positionCorrelation(t: number): number;
  /** Data-only description for rich display. */
  describe(): Description;
}

/** Equilibrium state of a free damped particle. */
export interface EquilibriumFreeParticle {
  /** The density. */
  readonly density: SpectralDensity;
  /** k_BT. */
  readonly temperature: number;
  /** M. */
  readonly mass: number;
  /** ħ. */
  readonly hbar: number;
  /** ⟨p²⟩ (momentum²). */
  readonly momentumVariance: number;
  /** ⟨p²⟩ with its error estimate. */
  readonly momentumVarianceWithError: MomentValue;
  /** Data-only description for rich display. */
  describe(): Description;
}

function fail(doing: string, rule: string): never {
  throw new RangeError(`Cannot ${doing}: ${rule}`);
}

function checkDensity(doing: string, J: unknown): SpectralDensity {
  const d = J as SpectralDensity;
  if (
    typeof J !== "object" || J === null || typeof d.laplace !== "function" ||
    typeof d.at !== "function"
  ) {
    throw new TypeError(
      `Cannot ${doing}: \`density\` must be a SpectralDensity (spectral.ohmic, …), but got ${typeof J}`,
    );
  }
  return d;
}

function checkT(doing: string, T: unknown): number {
  if (typeof T !== "number" || !(T >= 0) || !Number.isFinite(T)) {
    fail(doing, `\`temperature\` must be finite and ≥ 0, but got ${String(T)}`);
  }
  return T;
}

function checkHbar(doing: string, h: unknown): number {
  if (h === undefined) return 1;
  if (typeof h !== "number" || !(h > 0) || !Number.isFinite(h)) {
    fail(doing, `\`hbar\` must be finite and > 0, but got ${String(h)}`);
  }
  return h;
}

/**
 * Im γ̃(ω) = ∫₀^∞ γ(t) sin ωt dt: closed form for Drude s = 1, otherwise the
 * Kramers–Kronig form (2ω/(Mπ)) P∫₀^∞ (J(ν)/ν)/(ω² − ν²) dν, made regular by
 * subtracting J(ω)/ω (P∫₀^∞ dν/(ω² − ν²) = 0) and integrated adaptively.
 */
function imGammaTilde(
  J: SpectralDensity,
  scale: number,
): (w: number) => number {
  const s = J.spec;
  if (s.kind === "ohmic" && s.cutoff === "drude" && s.exponent === 1) {
    const g = s.gamma, wc = s.cutoffFrequency;
    return (w) => (g * wc * w) / (wc * wc + w * w);
  }
  const M = J.mass;
  return (w) => {
    if (w === 0) return 0;
    const fw = J.at(w) / w;
    const r = integrate(
      (v) => (J.at(v) / v - fw) / ((w - v) * (w + v)),
      0,
      Infinity,
      {
        points: [w, scale],
        relTol: 1e-11,
        absTol: 1e-15 * (fw + (2 * J.reorganizationEnergy) / (M * scale)) /
          scale,
        onFailure: "flag",
      },
    );
    return ((2 * w) / (M * Math.PI)) * r.value;
  };
}

/** Large-ν sum/integral summands and their scale. */
function summands(J: SpectralDensity, w0: number) {
  const w02 = w0 * w0;
  const g = (nu: number) => 1 / (w02 + nu * nu + nu * J.laplace(nu));
  const p = (nu: number) => {
    const a = w02 + nu * J.laplace(nu);
    return a / (a + nu * nu);
  };
  // ν γ̂(ν) → γ(0) = 2λ/M at large ν: √γ(0) is the frequency where the
  // friction term stops mattering (γ̂(0) itself may diverge, e.g. sub-Ohmic)
  const scale = Math.max(
    w0,
    characteristicFrequency(J),
    Math.sqrt((2 * J.reorganizationEnergy) / J.mass),
  );
  return { g, p, scale };
}

function zeroTIntegral(
  F: (nu: number) => number,
  scale: number,
  w0: number,
): { value: number; error: number } {
  const pts = [w0, scale, 10 * scale].filter((x) => x > 0);
  const r = integrate(F, 0, Infinity, {
    relTol: 1e-13,
    absTol: 1e-300,
    points: pts,
    onFailure: "flag",
  });
  return { value: r.value, error: r.error };
}

class Oscillator implements EquilibriumOscillator {
  readonly density: SpectralDensity;
  readonly frequency: number;
  readonly temperature: number;
  readonly mass: number;
  readonly hbar: number;
  readonly positionVarianceWithError: MomentValue;
  readonly momentumVarianceWithError: MomentValue;
  readonly #imG: (w: number) => number;
  readonly #scale: number;

  constructor(J: SpectralDensity, w0: number, T: number, hbar: number) {
    this.density = J;
    this.frequency = w0;
    this.temperature = T;
    this.mass = J.mass;
    this.hbar = hbar;
    const M = J.mass;
    const { g, p, scale } = summands(J, w0);
    this.#scale = scale;
    this.#imG = imGammaTilde(J, scale);
    if (T === 0) {
      const q = zeroTIntegral(g, scale, w0), pp = zeroTIntegral(p, scale, w0);
      const cq = hbar / (Math.PI * M), cp = (M * hbar) / Math.PI;
      this.positionVarianceWithError = {
        value: cq * q.value,
        error: cq * q.error,
      };
      this.momentumVarianceWithError = {
        value: cp * pp.value,
        error: cp * pp.error,
      };
    } else {
      const u = (2 * Math.PI * T) / hbar;
      const q = matsubaraSum(g, 1 / (w0 * w0), u, scale);
      const pp = matsubaraSum(p, 1, u, scale);
      this.positionVarianceWithError = {
        value: (T / M) * q.value,
        error: (T / M) * q.error,
      };
      this.momentumVarianceWithError = {
        value: M * T * pp.value,
        error: M * T * pp.error,
      };
    }
  }

  get positionVariance(): number {
    return this.positionVarianceWithError.value;
  }

  get momentumVariance(): number {
    return this.momentumVarianceWithError.value;
  }

  susceptibility(omega: number): ComplexValue {
    if (!Number.isFinite(omega)) {
      fail("evaluate χ(ω)", `ω must be finite, but ω = ${omega}`);
    }
    const M = this.mass, w = Math.abs(omega), J = this.density;
    // χ(0) = 1/(Mω₀²): ω γ̃(ω) → 0 even where γ̃(0) diverges (sub-Ohmic)
    if (w === 0) return { re: 1 / (M * this.frequency ** 2), im: 0 };
    const re = J.at(w) / (M * w);
    const im = this.#imG(w);
    // D = ω₀² − ω² − iω(re + i·im) = (ω₀² − ω² + ω·im) − iω·re
    const dr = this.frequency ** 2 - w * w + w * im, di = -w * re;
    const d2 = dr * dr + di * di;
    const sign = omega < 0 ? -1 : 1; // χ(−ω) = χ(ω)*
    return { re: dr / (M * d2), im: (sign * -di) / (M * d2) };
  }

  positionCorrelation(t: number): number {
    if (!Number.isFinite(t)) {
      fail("evaluate ½⟨{q(t), q(0)}⟩", `t must be finite, but t = ${t}`);
    }
    const T = this.temperature, h = this.hbar;
    const f = (w: number) => {
      const c = T === 0 ? 1 : cothHalf((h * w) / T);
      return c * this.susceptibility(w).im;
    };
    const r = integrateFourier(f, t, {
      kind: "cos",
      scale: Math.max(this.frequency, 1e-300),
      relTol: 1e-9,
      absTol: 1e-13 * this.positionVariance,
    });
    return (h / Math.PI) * r.value;
  }

  describe(): Description {
    return {
      title: "Damped harmonic oscillator in equilibrium",
      formula: String
        .raw`\langle q^2\rangle=\frac{k_BT}{M}\sum_{n\in\mathbb Z}\frac{1}{\omega_0^2+\nu_n^2+|\nu_n|\hat\gamma(|\nu_n|)}`,
      parameters: [
        { name: "frequency", symbol: "\\omega_0", value: this.frequency },
        { name: "temperature", symbol: "k_BT", value: this.temperature },
        { name: "mass", symbol: "M", value: this.mass },
        { name: "density", value: this.density.describe().title },
        { name: "⟨q²⟩", value: this.positionVariance },
        { name: "⟨p²⟩", value: this.momentumVariance },
        {
          name: "⟨q²⟩ / (ħ/2Mω₀)",
          value: this.positionVariance /
            (this.hbar / (2 * this.mass * this.frequency)),
        },
      ],
      notes: [
        this.temperature === 0
          ? "T = 0: (ħ/πM)∫₀^∞ dν/(ω₀² + ν² + νγ̂(ν)) by adaptive quadrature."
          : "Matsubara sums with the 1/ν² tail summed by Euler–Maclaurin (src/equilibrium/_matsubara.ts).",
      ],
    };
  }

  [Symbol.for("Jupyter.display")](): MimeBundle {
    return displayBundle(this.describe());
  }
}

class FreeParticle implements EquilibriumFreeParticle {
  readonly density: SpectralDensity;
  readonly temperature: number;
  readonly mass: number;
  readonly hbar: number;
  readonly momentumVarianceWithError: MomentValue;

  constructor(J: SpectralDensity, T: number, hbar: number) {
    this.density = J;
    this.temperature = T;
    this.mass = J.mass;
    this.hbar = hbar;
    const M = J.mass;
    const { p, scale } = summands(J, 0);
    if (T === 0) {
      const r = zeroTIntegral(p, scale, 0);
      const c = (M * hbar) / Math.PI;
      this.momentumVarianceWithError = {
        value: c * r.value,
        error: c * r.error,
      };
    } else {
      const r = matsubaraSum(p, 1, (2 * Math.PI * T) / hbar, scale);
      this.momentumVarianceWithError = {
        value: M * T * r.value,
        error: M * T * r.error,
      };
    }
  }

  get momentumVariance(): number {
    return this.momentumVarianceWithError.value;
  }

  describe(): Description {
    return {
      title: "Free damped particle in equilibrium",
      formula: String
        .raw`\langle p^2\rangle=Mk_BT\sum_{n\in\mathbb Z}\frac{|\nu_n|\hat\gamma(|\nu_n|)}{\nu_n^2+|\nu_n|\hat\gamma(|\nu_n|)}`,
      parameters: [
        { name: "temperature", symbol: "k_BT", value: this.temperature },
        { name: "mass", symbol: "M", value: this.mass },
        { name: "density", value: this.density.describe().title },
        { name: "⟨p²⟩", value: this.momentumVariance },
        {
          name: "⟨p²⟩ / (M k_BT)",
          value: this.temperature > 0
            ? this.momentumVariance / (this.mass * this.temperature)
            : "∞",
        },
      ],
      notes: ["The n = 0 term is the limit 1 (γ̂(0) > 0)."],
    };
  }

  [Symbol.for("Jupyter.display")](): MimeBundle {
    return displayBundle(this.describe());
  }
}

/**
 * The equilibrium state of a harmonic oscillator V = Mω₀²q²/2 coupled to a
 * bath with density J at temperature k_BT (physics.md §3, Hänggi–Ingold):
 * ⟨q²⟩ = (k_BT/M) Σ_{n∈ℤ} 1/(ω₀² + ν_n² + |ν_n|γ̂(|ν_n|)),
 * ⟨p²⟩ = M k_BT Σ_{n∈ℤ} (ω₀² + |ν_n|γ̂)/(ω₀² + ν_n² + |ν_n|γ̂),
 * ν_n = 2πn k_BT/ħ; at T = 0 the sums become (ħ/π)∫₀^∞ dν. Also the
 * susceptibility χ(ω) and the symmetrized correlation ½⟨{q(t), q(0)}⟩.
 *
 * Units: ω₀, k_BT/ħ in frequency units; ⟨q²⟩ in ħ/(Mω_ref), ⟨p²⟩ in ħMω_ref.
 *
 * ## Method
 * Matsubara sums with the 1/n² tail summed by Euler–Maclaurin (exact to
 * ~1e-13 relative also at k_BT = 1e-3 ħω₀, where a naive partial sum is off
 * in the 5th digit); T = 0 by adaptive Gauss–Kronrod quadrature; χ(ω) from
 * Re γ̃ = J/(Mω) and Im γ̃ = ∫γ(t) sin ωt dt (closed form for Drude,
 * otherwise its Kramers–Kronig form (2ω/Mπ) P∫(J(ν)/ν)/(ω² − ν²) dν with the
 * pole subtracted, by adaptive quadrature); the correlation by the FDT integral with
 * oscillatory quadrature. Source: Grabert, Schramm & Ingold, Phys. Rep.
 * 168, 115 (1988), §5; Weiss, "Quantum Dissipative Systems" (2012) §6.
 *
 * @param options Density, ω₀, k_BT, optional mass check and ħ.
 * @returns The equilibrium state.
 *
 * @example physics.md §8: ω₀ = 1, Drude γ = 0.5, ω_c = 20, k_BT = 0.05
 * ```ts
 * import { oscillator } from "./oscillator.ts";
 * import { ohmic } from "../spectral/mod.ts";
 * const J = ohmic({ gamma: 0.5, cutoff: { kind: "drude", frequency: 20 } });
 * const eq = oscillator({ density: J, frequency: 1, temperature: 0.05 });
 * if (Math.abs(eq.positionVariance - 0.438547385887) > 1e-11) throw new Error(String(eq.positionVariance));
 * if (!(eq.positionVariance < 0.5)) throw new Error("damping squeezes ⟨q²⟩ below ħ/2Mω₀");
 * ```
 */
export function oscillator(options: OscillatorOptions): EquilibriumOscillator {
  const doing = "compute the equilibrium of a damped oscillator";
  if (typeof options !== "object" || options === null) {
    throw new TypeError(
      `Cannot ${doing}: options { density, frequency, temperature } are required`,
    );
  }
  const J = checkDensity(doing, options.density);
  const w0 = options.frequency;
  if (typeof w0 !== "number" || !(w0 > 0) || !Number.isFinite(w0)) {
    fail(
      doing,
      `\`frequency\` ω₀ must be finite and > 0 (use freeParticle for ω₀ = 0), but got ${
        String(w0)
      }`,
    );
  }
  const T = checkT(doing, options.temperature);
  const hbar = checkHbar(doing, options.hbar);
  if (options.mass !== undefined && options.mass !== J.mass) {
    fail(
      doing,
      `\`mass\` must equal the density's mass ${J.mass} (J(ω) carries M), but got ${options.mass}`,
    );
  }
  return new Oscillator(J, w0, T, hbar);
}

/**
 * The equilibrium momentum spread of a free particle (ω₀ = 0) coupled to a
 * bath: ⟨p²⟩ = M k_BT Σ_{n∈ℤ} |ν_n|γ̂(|ν_n|)/(ν_n² + |ν_n|γ̂(|ν_n|)) (the n = 0
 * term is 1), → M k_BT classically and (Mħ/π)∫₀^∞ γ̂/(ν + γ̂) dν at T = 0.
 * ⟨q²⟩ does not exist (the particle diffuses).
 *
 * ## Method
 * As {@linkcode oscillator}: Matsubara sum with an Euler–Maclaurin tail, or
 * quadrature at T = 0. It needs γ̂ to decay (γ(0) finite); for a strict
 * Ohmic bath ⟨p²⟩ diverges logarithmically.
 *
 * @param options Density, k_BT, ħ.
 * @returns The equilibrium state.
 *
 * @example physics.md §8: Drude γ = 1, ω_c = 10, k_BT = 0.1
 * ```ts
 * import { freeParticle } from "./oscillator.ts";
 * import { ohmic } from "../spectral/mod.ts";
 * const J = ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 10 } });
 * const p2 = freeParticle({ density: J, temperature: 0.1 }).momentumVariance;
 * if (Math.abs(p2 - 0.858120615614) > 1e-11) throw new Error(String(p2));
 * ```
 */
export function freeParticle(
  options: FreeParticleOptions,
): EquilibriumFreeParticle {
  const doing = "compute the equilibrium of a free damped particle";
  if (typeof options !== "object" || options === null) {
    throw new TypeError(
      `Cannot ${doing}: options { density, temperature } are required`,
    );
  }
  const J = checkDensity(doing, options.density);
  const T = checkT(doing, options.temperature);
  const hbar = checkHbar(doing, options.hbar);
  return new FreeParticle(J, T, hbar);
}

/**
 * `noiseKernel(J, { temperature })`: the quantum noise of a harmonic bath.
 *
 * @module
 */
import {
  type Description,
  displayBundle,
  type MimeBundle,
} from "../describe.ts";
import { bose } from "../special/mod.ts";
import type { SpectralDensity } from "../spectral/types.ts";
import {
  classicalEngine,
  drudeEngine,
  drudeZeroEngine,
  type Engine,
  exponentialEngine,
  quadratureEngine,
  strictOhmicEngine,
} from "./_engines.ts";
import type {
  CorrelationValue,
  KernelValue,
  NoiseKernel,
  NoiseKernelMethod,
  NoiseKernelOptions,
} from "./types.ts";

const WHAT = "Cannot build a noise kernel";

function checkTemperature(doing: string, T: unknown): number {
  if (typeof T !== "number") {
    throw new TypeError(
      `${doing}: \`temperature\` must be a number (k_BT ≥ 0), but got ${typeof T}`,
    );
  }
  if (!(T >= 0) || !Number.isFinite(T)) {
    throw new RangeError(
      `${doing}: \`temperature\` must be finite and ≥ 0, but got ${T}`,
    );
  }
  return T;
}

function checkHbar(doing: string, h: unknown): number {
  if (h === undefined) return 1;
  if (typeof h !== "number" || !(h > 0) || !Number.isFinite(h)) {
    throw new RangeError(
      `${doing}: \`hbar\` must be a finite number > 0, but got ${String(h)}`,
    );
  }
  return h;
}

function checkTime(doing: string, t: number): void {
  if (!Number.isFinite(t)) {
    throw new RangeError(`${doing}: t must be finite, but t = ${t}`);
  }
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toPrecision(6);
}

class Kernel implements NoiseKernel {
  readonly density: SpectralDensity | undefined;
  readonly temperature: number;
  readonly hbar: number;
  readonly method: NoiseKernelMethod;
  readonly #engine: Engine;
  readonly #title: string;
  readonly #parameters: Description["parameters"];

  constructor(
    density: SpectralDensity | undefined,
    temperature: number,
    hbar: number,
    engine: Engine,
    title: string,
    parameters: Description["parameters"],
  ) {
    this.density = density;
    this.temperature = temperature;
    this.hbar = hbar;
    this.method = engine.method;
    this.#engine = engine;
    this.#title = title;
    this.#parameters = parameters;
  }

  symmetric(t: number): number {
    checkTime("Cannot evaluate the noise kernel K(t)", t);
    const a = Math.abs(t);
    return a === 0 ? this.#engine.k0() : this.#engine.k(a);
  }

  symmetricWithError(t: number): KernelValue {
    checkTime("Cannot evaluate the noise kernel K(t)", t);
    const a = Math.abs(t);
    if (a === 0) {
      const v = this.#engine.k0();
      return { value: v, error: 1e-13 * Math.abs(v), method: this.method };
    }
    const r = this.#engine.kWithError(a);
    return { value: r.value, error: r.error, method: this.method };
  }

  dissipation(t: number): number {
    checkTime("Cannot evaluate the dissipation kernel D(t)", t);
    if (t === 0) return 0;
    return t > 0 ? this.#engine.d(t) : -this.#engine.d(-t);
  }

  correlation(t: number): CorrelationValue {
    return { re: this.symmetric(t), im: -this.dissipation(t) };
  }

  spectrum(omega: number): number {
    checkTime("Cannot evaluate the noise spectrum S(ω)", omega);
    const e = this.#engine, T = this.temperature, h = this.hbar;
    if (!e.quantum) return this.symmetricSpectrum(omega);
    if (omega === 0) return T === 0 ? 0 : 2 * T * e.jOverOmegaAtZero();
    const a = Math.abs(omega);
    if (T === 0) return omega > 0 ? 2 * h * e.j(a) : 0;
    const n = bose((h * a) / T);
    return omega > 0 ? 2 * h * e.j(a) * (1 + n) : 2 * h * e.j(a) * n;
  }

  symmetricSpectrum(omega: number): number {
    checkTime("Cannot evaluate the noise spectrum S_sym(ω)", omega);
    const e = this.#engine, T = this.temperature, h = this.hbar;
    if (omega === 0) return T === 0 ? 0 : 2 * T * e.jOverOmegaAtZero();
    const a = Math.abs(omega);
    if (!e.quantum) return (2 * T * e.j(a)) / a;
    if (T === 0) return h * e.j(a);
    return h * e.j(a) * (1 + 2 * bose((h * a) / T));
  }

  evaluate(ts: Float64Array, out?: Float64Array): Float64Array {
    if (!(ts instanceof Float64Array)) {
      throw new TypeError(
        "Cannot evaluate the noise kernel over times: `ts` must be a Float64Array",
      );
    }
    const res = out ?? new Float64Array(ts.length);
    if (res.length < ts.length) {
      throw new RangeError(
        `Cannot evaluate the noise kernel over times: \`out\` has length ${res.length} < ${ts.length}`,
      );
    }
    const e = this.#engine;
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i];
      const a = t < 0 ? -t : t;
      if (!(a > 0)) {
        if (a === 0) res[i] = e.k0();
        else checkTime("Cannot evaluate the noise kernel K(t)", t);
      } else if (a === Infinity) {
        checkTime("Cannot evaluate the noise kernel K(t)", t);
      } else {
        res[i] = e.k(a);
      }
    }
    return res;
  }

  classical(): NoiseKernel {
    if (!this.density) {
      throw new RangeError(
        "Cannot build the classical kernel of a strict-Ohmic bath: M k_BT γ(t) = 2Mγk_BT δ(t) is white noise, not a function",
      );
    }
    return new Kernel(
      this.density,
      this.temperature,
      this.hbar,
      classicalEngine(this.density, this.temperature),
      "Classical noise kernel",
      this.#parameters,
    );
  }

  zeroTemperature(): NoiseKernel {
    if (!this.density) {
      return strictOhmic({
        gamma: this.#strictGamma(),
        temperature: 0,
        hbar: this.hbar,
      });
    }
    return noiseKernel(this.density, { temperature: 0, hbar: this.hbar });
  }

  #strictGamma(): number {
    for (const p of this.#parameters ?? []) {
      if (p.name === "Mγ" && typeof p.value === "number") return p.value;
    }
    return NaN;
  }

  describe(): Description {
    const e = this.#engine;
    const w = e.scale;
    const n = 80;
    const x = new Float64Array(n),
      k = new Float64Array(n),
      d = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = (8 * (i + 1)) / (n * w);
      k[i] = e.k(x[i]);
      d[i] = e.quantum ? e.d(x[i]) : 0;
    }
    return {
      title: this.#title,
      formula: e.formula,
      parameters: [
        { name: "temperature", symbol: "k_BT", value: this.temperature },
        { name: "ħ", symbol: "\\hbar", value: this.hbar },
        ...(this.#parameters ?? []),
        { name: "method", value: this.method },
      ],
      preview: {
        x,
        series: [{ name: "K(t)", y: k }, { name: "D(t)", y: d }],
        xLabel: "t",
        yLabel: "kernel",
      },
      notes: [e.note],
    };
  }

  [Symbol.for("Jupyter.display")](): MimeBundle {
    return displayBundle(this.describe());
  }
}

function densityParameters(J: SpectralDensity): Description["parameters"] {
  const s = J.spec;
  if (s.kind === "ohmic") {
    return [
      { name: "density", value: `Ohmic, ${s.cutoff} cutoff` },
      { name: "friction", symbol: "\\gamma", value: s.gamma },
      {
        name: "cutoff frequency",
        symbol: "\\omega_c",
        value: s.cutoffFrequency,
      },
      { name: "exponent", symbol: "s", value: s.exponent },
      { name: "mass", symbol: "M", value: s.mass },
    ];
  }
  return [{ name: "density", value: J.describe().title }];
}

function pick(J: SpectralDensity, T: number, hbar: number): Engine {
  const s = J.spec;
  if (s.kind === "ohmic") {
    const Mg = s.mass * s.gamma;
    if (s.cutoff === "drude" && s.exponent === 1) {
      return T === 0
        ? drudeZeroEngine(J, Mg, s.cutoffFrequency, hbar)
        : drudeEngine(J, Mg, s.cutoffFrequency, T, hbar);
    }
    if (s.cutoff === "exponential") {
      return exponentialEngine(J, Mg, s.cutoffFrequency, s.exponent, T, hbar);
    }
  }
  return quadratureEngine(J, T, hbar);
}

function isDensity(J: unknown): J is SpectralDensity {
  return typeof J === "object" && J !== null &&
    typeof (J as SpectralDensity).at === "function" &&
    typeof (J as SpectralDensity).spec === "object" &&
    typeof (J as SpectralDensity).dampingKernel === "function";
}

function build(J: SpectralDensity, options: NoiseKernelOptions): NoiseKernel {
  if (!isDensity(J)) {
    throw new TypeError(
      `${WHAT}: \`J\` must be a SpectralDensity (from spectral.ohmic, spectral.custom, …), but got ${typeof J}`,
    );
  }
  if (typeof options !== "object" || options === null) {
    throw new TypeError(
      `${WHAT}: options { temperature } are required, but got ${
        String(options)
      }`,
    );
  }
  const T = checkTemperature(WHAT, options.temperature);
  const hbar = checkHbar(WHAT, options.hbar);
  const engine = pick(J, T, hbar);
  const title = T === 0
    ? "Quantum noise kernel at T = 0"
    : `Quantum noise kernel at k_BT = ${fmt(T)}`;
  return new Kernel(J, T, hbar, engine, title, densityParameters(J));
}

/** Options of {@linkcode noiseKernel.strictOhmic}. */
export interface StrictOhmicOptions {
  /** Friction coefficient γ > 0 (1/time); J(ω) = Mγω for all ω > 0. */
  readonly gamma: number;
  /** Temperature k_BT ≥ 0. */
  readonly temperature: number;
  /** Particle mass M > 0 (default 1). */
  readonly mass?: number;
  /** ħ > 0 (default 1). */
  readonly hbar?: number;
}

function strictOhmic(options: StrictOhmicOptions): NoiseKernel {
  const doing = "Cannot build a strict-Ohmic noise kernel";
  if (typeof options !== "object" || options === null) {
    throw new TypeError(
      `${doing}: options { gamma, temperature } are required`,
    );
  }
  const g = options.gamma;
  if (typeof g !== "number" || !(g > 0) || !Number.isFinite(g)) {
    throw new RangeError(
      `${doing}: \`gamma\` must be finite and > 0, but got ${String(g)}`,
    );
  }
  const M = options.mass ?? 1;
  if (typeof M !== "number" || !(M > 0) || !Number.isFinite(M)) {
    throw new RangeError(
      `${doing}: \`mass\` must be finite and > 0, but got ${String(M)}`,
    );
  }
  const T = checkTemperature(doing, options.temperature);
  const hbar = checkHbar(doing, options.hbar);
  return new Kernel(
    undefined,
    T,
    hbar,
    strictOhmicEngine(M * g, T, hbar),
    "Strict-Ohmic quantum noise kernel (no cutoff)",
    [
      { name: "Mγ", value: M * g },
      { name: "friction", symbol: "\\gamma", value: g },
      { name: "mass", symbol: "M", value: M },
    ],
  );
}

/** The `noiseKernel` builder: a function with the strict-Ohmic variant attached. */
export interface NoiseKernelBuilder {
  /** The noise kernel of density J at temperature T (see {@linkcode noiseKernel}). */
  (J: SpectralDensity, options: NoiseKernelOptions): NoiseKernel;
  /**
   * The kernel of the strict Ohmic density J(ω) = Mγω (no cutoff):
   * K(τ) = −(ħMγ/π)(πk_BT/ħ)²/sinh²(πk_BTτ/ħ) for τ ≠ 0 (physics.md §2),
   * −ħMγ/(πτ²) at T = 0; D(τ) = 0 for τ ≠ 0 (it is −ħMγ δ′(τ)); K(0) throws.
   */
  strictOhmic(options: StrictOhmicOptions): NoiseKernel;
}

/**
 * The noise of a harmonic bath with spectral density J at temperature
 * k_BT (physics.md §0, Hänggi–Ingold convention, ħ = k_B = 1 by default):
 * K(t) = ½⟨{ξ(t), ξ(0)}⟩ = (ħ/π)∫₀^∞ J(ω) coth(ħω/2k_BT) cos ωt dω,
 * D(t) = (ħ/π)∫₀^∞ J(ω) sin ωt dω, ⟨ξ(t)ξ(0)⟩ = K − iD, and the spectra
 * S(ω) = ħJ_odd(ω)[coth(ħω/2k_BT) + 1] (detailed balance
 * S(−ω) = e^{−ħω/k_BT}S(ω)) and S_sym(ω) = ħJ(|ω|)coth(ħ|ω|/2k_BT).
 *
 * Units: t in 1/ω_ref, ω in ω_ref, K and D in M·(length/time²)² natural
 * units. `temperature` ≥ 0 (0 allowed), `hbar` defaults to 1.
 *
 * ## Method
 * Chosen from `J.spec` and reported in `method`:
 * - Drude s = 1, T > 0: `"drude-matsubara"`, the Matsubara series of
 *   physics.md §2 with the resonance ω_c = ν_n combined analytically with
 *   the cot term and the slowly decaying tail summed by Euler–Maclaurin
 *   (src/noise/_drude.ts); T = 0: `"drude-ei"` (exponential integrals).
 *   K(0) diverges logarithmically and throws a RangeError.
 * - Exponential cutoff, s = 1: `"exponential-trigamma"`; any s > 0:
 *   `"exponential-hurwitz"`, K = (ħMγω_c^{1−s}/π)Γ(s+1)
 *   Re[(1/ω_c − it)^{−s−1} + 2(ħβ)^{−s−1}ζ(s+1, 1 + (1/ω_c − it)/ħβ)],
 *   derived by expanding coth = 1 + 2Σe^{−nβħω} (src/noise/_exponential.ts);
 *   T = 0: `"exponential-zero-temperature"`, the rational/power closed form.
 * - Everything else: `"quadrature"`, oscillatory Fourier quadrature
 *   (`quadrature.integrateFourier`) to 1e-10 relative, with its error
 *   estimate in `symmetricWithError(t)`.
 * - `noiseKernel.strictOhmic`: the sinh⁻² closed form (no cutoff).
 * Accuracy against mpmath (tests/fixtures/noise_reference.py): closed forms
 * ≤ 1e-13 relative for t ∈ [1e-3, 1e3]/ω_c, k_BT ∈ [1e-3, 1e3]ħω_c, T = 0,
 * and ≤ 1e-12 of the kernel's scale absolute at its sign change.
 * Sources: Weiss, "Quantum Dissipative Systems" (2012) §6; Hänggi & Ingold,
 * Chaos 15, 026105 (2005); Grabert, Schramm & Ingold, Phys. Rep. 168, 115 (1988).
 *
 * @example physics.md §8 checks
 * ```ts
 * import { noiseKernel } from "./kernel.ts";
 * import { ohmic } from "../spectral/mod.ts";
 * const J = ohmic({ gamma: 0.5, cutoff: { kind: "drude", frequency: 5 } });
 * const K = noiseKernel(J, { temperature: 1 });
 * if (K.method !== "drude-matsubara") throw new Error(K.method);
 * if (Math.abs(K.symmetric(0.1) - 1.75083467737) > 1e-11) throw new Error("Drude K(0.1)");
 * const E = noiseKernel(ohmic({ gamma: 0.5, cutoff: { kind: "exponential", frequency: 5 } }), { temperature: 0 });
 * if (Math.abs(E.symmetric(0) - 3.9788735773) > 1e-10) throw new Error("exponential K₀(0)");
 * // detailed balance S(−ω) = e^{−ħω/k_BT} S(ω)
 * if (Math.abs(K.spectrum(-2) - Math.exp(-2) * K.spectrum(2)) > 1e-14) throw new Error("detailed balance");
 * ```
 *
 * @example The strict-Ohmic kernel is the ω_c → ∞ limit of the Drude kernel
 * ```ts
 * import { noiseKernel } from "./kernel.ts";
 * import { ohmic } from "../spectral/mod.ts";
 * const strict = noiseKernel.strictOhmic({ gamma: 1, temperature: 1 });
 * const drude = noiseKernel(ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 1e4 } }), { temperature: 1 });
 * if (Math.abs(drude.symmetric(1) / strict.symmetric(1) - 1) > 1e-3) throw new Error("ω_c → ∞");
 * ```
 */
export const noiseKernel: NoiseKernelBuilder = Object.assign(build, {
  strictOhmic,
});

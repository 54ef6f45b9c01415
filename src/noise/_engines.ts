/**
 * The computational engines behind a noise kernel: one per closed form, the
 * classical limit, and oscillatory quadrature for everything else. Each
 * knows K(t) for t > 0, K(0) (or why it diverges), D(t) for t > 0 and J(ω).
 *
 * @module
 */
import { cothHalf, gammaReal } from "../special/mod.ts";
import { integrateFourier } from "../quadrature/mod.ts";
import type { SpectralDensity } from "../spectral/types.ts";
import type { NoiseKernelMethod } from "./types.ts";
import { characteristicFrequency } from "./characteristic_frequency.ts";
import { drudeBracket, drudeZeroT } from "./_drude.ts";
import {
  exponentialDissipation,
  exponentialThermal,
  exponentialZeroT,
} from "./_exponential.ts";

/** Internal engine contract (validated inputs only). */
export interface Engine {
  readonly method: NoiseKernelMethod;
  /** LaTeX formula of K(t) for display. */
  readonly formula: string;
  /** One-line statement of the method and its accuracy. */
  readonly note: string;
  /** Characteristic frequency (for previews and quadrature scales). */
  readonly scale: number;
  /** Whether ħ is kept (false for the classical kernel). */
  readonly quantum: boolean;
  /** K(t), t > 0. */
  k(t: number): number;
  /** Estimated absolute error of K(t), t > 0 (calls k again for quadrature). */
  kWithError(t: number): { value: number; error: number };
  /** K(0), or throws a RangeError saying why it diverges. */
  k0(): number;
  /** D(t), t > 0. */
  d(t: number): number;
  /** J(ω) for ω > 0. */
  j(omega: number): number;
  /** lim_{ω→0} J(ω)/ω (= M γ̂(0)); may throw if it diverges. */
  jOverOmegaAtZero(): number;
}

const EPS = 2.220446049250313e-16;

function divergentAtZero(what: string, why: string): never {
  throw new RangeError(
    `Cannot evaluate the ${what} noise kernel K(t) at t = 0: K(0) = (ħ/π)∫J(ω)coth(ħω/2k_BT)dω diverges (${why}); evaluate it at t ≠ 0`,
  );
}

/** Drude (s = 1) at T > 0, Matsubara series. */
export function drudeEngine(
  J: SpectralDensity,
  Mg: number,
  wc: number,
  T: number,
  hbar: number,
): Engine {
  const pre = (hbar * Mg * wc * wc) / Math.PI;
  const tauPerT = (2 * Math.PI * T) / hbar;
  const x = (hbar * wc) / (2 * Math.PI * T);
  const out = new Float64Array(2);
  const dPre = (hbar * Mg * wc * wc) / 2;
  return {
    method: "drude-matsubara",
    formula: String
      .raw`K(t)=\frac{\hbar M\gamma\omega_c^2}{2}\cot\frac{\beta\hbar\omega_c}{2}e^{-\omega_c t}-\frac{2M\gamma\omega_c^2}{\beta}\sum_{n\ge1}\frac{\nu_n e^{-\nu_n t}}{\omega_c^2-\nu_n^2}`,
    note:
      "Matsubara series with the resonant term ω_c = ν_n combined analytically and the tail summed by Euler–Maclaurin; ≲ 1e-14 relative (mpmath tables).",
    scale: wc,
    quantum: true,
    k(t) {
      drudeBracket(tauPerT * t, x, out);
      return pre * out[0];
    },
    kWithError(t) {
      drudeBracket(tauPerT * t, x, out);
      return { value: pre * out[0], error: 64 * EPS * pre * out[1] };
    },
    k0() {
      return divergentAtZero(
        "Drude",
        "J(ω) ~ Mγω_c²/ω at large ω, so K(t) ~ −(ħMγω_c²/π) ln(ω_c t) as t → 0",
      );
    },
    d(t) {
      return dPre * Math.exp(-wc * t);
    },
    j: (w) => J.at(w),
    jOverOmegaAtZero: () => Mg,
  };
}

/** Drude at T = 0 (exponential integrals). */
export function drudeZeroEngine(
  J: SpectralDensity,
  Mg: number,
  wc: number,
  hbar: number,
): Engine {
  const pre = (hbar * Mg * wc * wc) / Math.PI;
  const dPre = (hbar * Mg * wc * wc) / 2;
  return {
    method: "drude-ei",
    formula: String
      .raw`K_0(t)=-\frac{\hbar M\gamma\omega_c^2}{2\pi}\left[e^{-\omega_c t}\mathrm{Ei}(\omega_c t)+e^{\omega_c t}\mathrm{Ei}(-\omega_c t)\right]`,
    note:
      "T = 0 closed form in exponential integrals (asymptotic series for ω_c t ≥ 40); ≲ 1e-12 relative.",
    scale: wc,
    quantum: true,
    k: (t) => pre * drudeZeroT(wc * t),
    kWithError(t) {
      const v = pre * drudeZeroT(wc * t);
      return {
        value: v,
        error: 1e-13 * pre * (1 / (wc * t) + Math.abs(v / pre)),
      };
    },
    k0: () =>
      divergentAtZero(
        "Drude",
        "J(ω) ~ Mγω_c²/ω at large ω, so K₀(t) ~ −(ħMγω_c²/π) ln(ω_c t) as t → 0",
      ),
    d: (t) => dPre * Math.exp(-wc * t),
    j: (w) => J.at(w),
    jOverOmegaAtZero: () => Mg,
  };
}

/** Exponential cutoff, any s > 0, any T ≥ 0. */
export function exponentialEngine(
  J: SpectralDensity,
  Mg: number,
  wc: number,
  s: number,
  T: number,
  hbar: number,
): Engine {
  const pre = (hbar * Mg * wc * wc * gammaReal(s + 1)) / Math.PI;
  const theta = T > 0 ? (hbar * wc) / T : Infinity;
  const method: NoiseKernelMethod = T === 0
    ? "exponential-zero-temperature"
    : s === 1
    ? "exponential-trigamma"
    : "exponential-hurwitz";
  const k = T === 0
    ? (t: number) => pre * exponentialZeroT(s, wc * t)
    : (t: number) => pre * exponentialThermal(s, wc * t, theta);
  const formula = T === 0
    ? String
      .raw`K_0(t)=\frac{\hbar M\gamma\omega_c^2}{\pi}\Gamma(s+1)\,\mathrm{Re}\,(1-i\omega_c t)^{-s-1}`
    : s === 1
    ? String
      .raw`K(t)=\frac{\hbar M\gamma}{\pi}\mathrm{Re}\left[\frac{2}{(\hbar\beta)^2}\psi'(z)-\left(\tfrac{1}{\omega_c}-it\right)^{-2}\right],\ z=\frac{1/\omega_c-it}{\hbar\beta}`
    : String
      .raw`K(t)=\frac{\hbar M\gamma\omega_c^{1-s}}{\pi}\Gamma(s+1)\,\mathrm{Re}\left[\frac{2\zeta(s+1,z)}{(\hbar\beta)^{s+1}}-\left(\tfrac{1}{\omega_c}-it\right)^{-s-1}\right],\ z=\frac{1/\omega_c-it}{\hbar\beta}`;
  return {
    method,
    formula,
    note: T === 0
      ? "T = 0 closed form; a few ulps."
      : "Closed form with the complex trigamma / Hurwitz zeta function (derivation in src/noise/_exponential.ts); ≲ 1e-13 relative (mpmath tables).",
    scale: wc,
    quantum: true,
    k,
    kWithError(t) {
      const v = k(t);
      return {
        value: v,
        error: 1e-13 *
          Math.max(
            Math.abs(v),
            pre * Math.pow(1 + wc * wc * t * t, -(s + 1) / 2),
          ),
      };
    },
    k0: () => k(0),
    d: (t) => pre * exponentialDissipation(s, wc * t),
    j: (w) => J.at(w),
    jOverOmegaAtZero: () => {
      if (s < 1) {
        throw new RangeError(
          `Cannot evaluate the noise spectrum at ω = 0: J(ω)/ω ~ ω^{s−1} diverges for a sub-Ohmic density (s = ${s})`,
        );
      }
      return s === 1 ? Mg : 0;
    },
  };
}

/** Strict Ohmic J(ω) = Mγω (no cutoff). */
export function strictOhmicEngine(
  Mg: number,
  T: number,
  hbar: number,
): Engine {
  const pre = (hbar * Mg) / Math.PI;
  const a = (Math.PI * T) / hbar;
  return {
    method: "strict-ohmic",
    formula: T === 0
      ? String.raw`K_0(\tau)=-\frac{\hbar M\gamma}{\pi\tau^2}`
      : String
        .raw`K(\tau)=-\frac{\hbar M\gamma}{\pi}\left(\frac{\pi}{\hbar\beta}\right)^2\sinh^{-2}\frac{\pi\tau}{\hbar\beta}`,
    note:
      "Closed form for J(ω) = Mγω without cutoff (the ω_c → ∞ limit of the Drude kernel at τ ≠ 0); a few ulps.",
    scale: T > 0 ? (2 * Math.PI * T) / hbar : 1,
    quantum: true,
    k(t) {
      if (T === 0) return -pre / (t * t);
      // 1/sinh²(y) = 4e^{−2y}/(1 − e^{−2y})², overflow-free for every y > 0
      const y = a * t;
      const e = Math.exp(-2 * y), d = -Math.expm1(-2 * y);
      return -pre * a * a * 4 * e / (d * d);
    },
    kWithError(t) {
      const v = this.k(t);
      return { value: v, error: 8 * EPS * Math.abs(v) };
    },
    k0: () =>
      divergentAtZero(
        "strict-Ohmic",
        "J(ω) = Mγω grows without bound; K(τ) ~ −ħMγ/(πτ²) as τ → 0",
      ),
    d: () => 0,
    j: (w) => Mg * w,
    jOverOmegaAtZero: () => Mg,
  };
}

/** Classical kernel K_cl(t) = M k_BT γ(t), D = 0. */
export function classicalEngine(J: SpectralDensity, T: number): Engine {
  const MT = J.mass * T;
  const est = J.dampingKernelEstimate;
  return {
    method: "classical",
    formula: String.raw`K_{\mathrm{cl}}(t)=M k_B T\,\gamma(t)`,
    note: `ħ → 0 limit of K(t); γ(t) by ${
      J.kernelMethod ?? "the density's dampingKernel"
    }.`,
    scale: characteristicFrequency(J),
    quantum: false,
    k: (t) => MT * J.dampingKernel(t),
    kWithError(t) {
      if (est) {
        const e = est.call(J, t);
        return { value: MT * e.value, error: MT * e.error };
      }
      const v = MT * J.dampingKernel(t);
      return { value: v, error: 4 * EPS * Math.abs(v) };
    },
    k0: () => MT * J.dampingKernel(0),
    d: () => 0,
    j: (w) => J.at(w),
    jOverOmegaAtZero: () => J.mass * J.laplace(0),
  };
}

/** Any density: oscillatory Fourier quadrature of the defining integrals. */
export function quadratureEngine(
  J: SpectralDensity,
  T: number,
  hbar: number,
): Engine {
  const scale = characteristicFrequency(J);
  const f = T > 0
    ? (w: number) => J.at(w) * cothHalf((hbar * w) / T)
    : (w: number) => J.at(w);
  // absolute floor: 1e-12 of the natural size of K, (ħ/π)·λ·(ω_scale + 2T/ħ)
  // (the contract's absolute accuracy near zeros of K)
  const absTol = 1e-12 * (hbar / Math.PI) * J.reorganizationEnergy *
    (scale + (2 * T) / hbar);
  // D's tolerance must not depend on T, so that D is the same number at
  // every temperature (it is the same integral)
  const absTolD = 1e-12 * (hbar / Math.PI) * J.reorganizationEnergy * scale;
  const run = (t: number, kind: "cos" | "sin", flag: boolean) =>
    integrateFourier(kind === "cos" ? f : (w: number) => J.at(w), t, {
      kind,
      scale,
      relTol: 1e-10,
      absTol: kind === "cos" ? absTol : absTolD,
      onFailure: flag ? "flag" : "throw",
    });
  return {
    method: "quadrature",
    formula: String
      .raw`K(t)=\frac{\hbar}{\pi}\int_0^\infty d\omega\,J(\omega)\coth\frac{\hbar\omega}{2k_BT}\cos\omega t`,
    note:
      "Oscillatory Fourier quadrature (Gauss–Kronrod on half-periods + Wynn ε extrapolation of the tail), target 1e-10 relative; the estimate is in symmetricWithError(t).error.",
    scale,
    quantum: true,
    k: (t) => (hbar / Math.PI) * run(t, "cos", false).value,
    kWithError(t) {
      const r = run(t, "cos", true);
      return {
        value: (hbar / Math.PI) * r.value,
        error: (hbar / Math.PI) * r.error,
      };
    },
    k0: () => (hbar / Math.PI) * run(0, "cos", false).value,
    d: (t) => (hbar / Math.PI) * run(t, "sin", false).value,
    j: (w) => J.at(w),
    jOverOmegaAtZero: () => J.mass * J.laplace(0),
  };
}

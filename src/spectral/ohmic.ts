/**
 * The Ohmic family J(ω) = M γ ω_c (ω/ω_c)^s f(ω/ω_c) with exponential,
 * Drude, Gaussian and sharp cutoffs.
 *
 * @module
 */
import { cexp, cmul, complex, e1, gammaReal } from "../special/mod.ts";
import type { DescribedParameter } from "../describe.ts";
import type { CutoffKind, KernelEstimate, SpectralDensity } from "./types.ts";
import { closedForm, Density } from "./_density.ts";
import { numericKernel, numericLaplace } from "./_numeric.ts";
import { oneOf, positive, rangeError, record } from "../_validate.ts";

/** The cutoff of an Ohmic density. */
export interface Cutoff {
  /** `"exponential"` e^{−x}, `"drude"` 1/(1 + x²), `"gaussian"` e^{−x²}, `"sharp"` Θ(1 − x). */
  readonly kind: CutoffKind;
  /** Cutoff frequency ω_c > 0 (frequency units). */
  readonly frequency: number;
}

/** Options of {@linkcode ohmic}. */
export interface OhmicOptions {
  /** Friction coefficient γ > 0 (1/time): J(ω) ≈ M γ ω at small ω when s = 1. */
  readonly gamma: number;
  /** Cutoff function and frequency. */
  readonly cutoff: Cutoff;
  /**
   * Exponent s > 0 (default 1): s < 1 sub-Ohmic, s > 1 super-Ohmic. The
   * Drude cutoff needs s < 2 (otherwise λ diverges), and in practice
   * s ≲ 1.94: closer to 2 its J/ω ~ ω^{s−3} tail holds 1e-16 of λ only
   * beyond ω ~ 10^{308}ω_c, and the builder throws a RangeError.
   */
  readonly exponent?: number;
  /** Particle mass M > 0 (default 1). */
  readonly mass?: number;
}

const WHAT = "build an Ohmic spectral density";
const TAIL = 1e-16;
const LN_TAIL = Math.log(TAIL);
const SQRT_PI = Math.sqrt(Math.PI);

/**
 * Smallest X (on a 1/8 grid) with Γ(a, X)/Γ(a) ≤ 1e-16, using the bound
 * Γ(a, X) ≤ X^{a−1} e^{−X} · X/(X − a + 1) for X > a − 1.
 */
function gammaTail(a: number, lnGammaA: number): number {
  let x = Math.max(1, a);
  for (;;) {
    const bound = (a - 1) * Math.log(x) - x +
      Math.log(x / Math.max(x - a + 1, 1e-300)) * (a > 1 ? 1 : 0) - lnGammaA;
    if (bound <= LN_TAIL) return x;
    x += 0.125;
  }
}

/**
 * An Ohmic-family spectral density (physics.md §1):
 * J(ω) = M γ ω_c (ω/ω_c)^s f(ω/ω_c).
 *
 * | cutoff | f(x) | λ | γ(t) |
 * |---|---|---|---|
 * | exponential | e^{−x} | MγΓ(s)ω_c/π | (2γ/π)Γ(s)ω_c Re[(1 − iω_c t)^{−s}] |
 * | drude | 1/(1 + x²) | Mγω_c/(2 sin(πs/2)) | s = 1: γω_c e^{−ω_c t}; else quadrature |
 * | gaussian | e^{−x²} | MγΓ(s/2)ω_c/(2π) | s = 1: (γω_c/√π) e^{−ω_c²t²/4}; else quadrature |
 * | sharp | Θ(1 − x) | Mγω_c/(πs) | s = 1: (2γ/π) sin(ω_c t)/t; else quadrature |
 *
 * Laplace transforms γ̂(z), z ≥ 0: Drude (any s)
 * γ ζ(1 − ζ^{s−2})/((ζ² − 1) sin(πs/2)), ζ = z/ω_c (γω_c/(ω_c + z) at s = 1);
 * exponential s = 1: (2γ/π) Im[e^{−iζ} E₁(−iζ)] (the auxiliary function
 * f(ζ) = ∫₀^∞ e^{−ζy}/(1 + y²) dy = Ci(ζ) sin ζ − (Si(ζ) − π/2) cos ζ of
 * the sine and cosine integrals, written through E₁, DLMF 6.2.17);
 * sharp s = 1: (2γ/π) arctan(ω_c/z); γ̂(0) = γ for s = 1, 0 for s > 1, and
 * a RangeError for s < 1 (∫γ dt diverges); others by quadrature of
 * (2/(Mπ)) ∫ J(ω)/ω · z/(z² + ω²) dω.
 *
 * ## Method
 * Closed forms: ∫₀^∞ x^{s−1}e^{−x}cos(ux)dx = Γ(s) Re(1 − iu)^{−s}
 * = Γ(s)(1 + u²)^{−s/2} cos(s·arctan u) (Gradshteyn–Ryzhik 3.944.6);
 * ∫₀^∞ x^{s−1}/(a² + x²) dx = a^{s−2}π/(2 sin(πs/2)) (G–R 3.241.2) with
 * partial fractions for the Drude Laplace transform (evaluated through
 * expm1 near ζ = 1). Otherwise γ(t) by oscillatory Fourier quadrature with
 * an error estimate (`dampingKernelEstimate`).
 *
 * @example
 * ```ts
 * import { ohmic } from "./ohmic.ts";
 * const J = ohmic({ gamma: 0.5, cutoff: { kind: "drude", frequency: 5 } });
 * if (Math.abs(J.reorganizationEnergy - 1.25) > 1e-15) throw new Error("λ = Mγω_c/2");
 * if (Math.abs(J.dampingKernel(0.3) - 2.5 * Math.exp(-1.5)) > 1e-15) throw new Error("γ(t)");
 * if (Math.abs(J.laplace(0) - 0.5) > 1e-15) throw new Error("γ̂(0) = γ");
 * ```
 */
export function ohmic(options: OhmicOptions): SpectralDensity {
  const o = record(WHAT, "options", options);
  const gamma = positive(WHAT, "gamma", o.gamma);
  const c = record(WHAT, "cutoff", o.cutoff);
  const kind = oneOf(
    WHAT,
    "cutoff.kind",
    c.kind,
    [
      "exponential",
      "drude",
      "gaussian",
      "sharp",
    ] as const,
  );
  const wc = positive(WHAT, "cutoff.frequency", c.frequency);
  const s = o.exponent === undefined
    ? 1
    : positive(WHAT, "exponent", o.exponent);
  const mass = o.mass === undefined ? 1 : positive(WHAT, "mass", o.mass);
  if (kind === "drude" && !(s < 2)) {
    throw rangeError(
      WHAT,
      `\`exponent\` must be < 2 for a Drude cutoff (J/ω ~ ω^{s−3} must be integrable), got ${s}`,
    );
  }
  const ohmicOne = s === 1;
  const Mg = mass * gamma;
  const Mgw = Mg * wc;
  const inv = 1 / wc;
  let J: (w: number) => number;
  let jOverOmega: (w: number) => number;
  let lambda: number;
  let scale: number;
  let top: number;
  let gammaClosed: ((t: number) => number) | undefined;
  let laplaceClosed: ((z: number) => number) | undefined;
  let f: string;
  let kernelFormula: string;
  let previewMax: number;
  switch (kind) {
    case "exponential": {
      const g = gammaReal(s);
      lambda = Mgw * g / Math.PI;
      const A = 2 * gamma * g * wc / Math.PI;
      // Written as Mγω_c · x^s e^{−x}, x = ω/ω_c: x e^{−x} ≤ 1/e never
      // overflows, and x = ∞ (ω/ω_c beyond the doubles) is the zero tail,
      // not ∞·0 = NaN.
      J = ohmicOne
        ? (w) => {
          const x = w * inv;
          return x === Infinity ? 0 : Mgw * (x * Math.exp(-x));
        }
        : (w) => {
          const x = w * inv;
          return x === Infinity ? 0 : Mgw * Math.exp(s * Math.log(x) - x);
        };
      jOverOmega = (w) => {
        const x = w * inv;
        return x === Infinity ? 0 : Mg * Math.exp((s - 1) * Math.log(x) - x);
      };
      gammaClosed = ohmicOne
        ? (t) => {
          const u = wc * t;
          return A / (1 + u * u);
        }
        : (t) => {
          const u = wc * t;
          // (1 + u²)^{−s/2}, as u^{−s}(1 + u^{−2})^{−s/2} beyond u = 1 so that
          // u² cannot overflow: γ(t) ~ t^{−s} stays nonzero up to t ~ 1e308.
          const m = u <= 1
            ? Math.exp(-0.5 * s * Math.log1p(u * u))
            : Math.exp(-s * Math.log(u) - 0.5 * s * Math.log1p(1 / (u * u)));
          return A * m * Math.cos(s * Math.atan(u));
        };
      if (ohmicOne) {
        // γ̂(z) = (2γ/π) ∫₀^∞ e^{−ζy}/(1 + y²) dy = (2γ/π) Im[e^{−iζ} E₁(−iζ)], ζ = z/ω_c.
        laplaceClosed = (z) => {
          const w = complex(0, -z * inv);
          return 2 * gamma / Math.PI * cmul(cexp(w), e1(w)).im;
        };
      }
      scale = wc * gammaTail(s, Math.log(g));
      top = scale;
      f = "e^{-\\omega/\\omega_c}";
      kernelFormula =
        "\\gamma(t) = \\frac{2\\gamma}{\\pi}\\Gamma(s)\\,\\omega_c\\,\\mathrm{Re}(1 - i\\omega_c t)^{-s}";
      previewMax = wc * Math.max(8, 3 * s);
      break;
    }
    case "drude": {
      const sinHalf = Math.sin(Math.PI * s / 2);
      lambda = Mgw / (2 * sinHalf);
      // Mγω_c x/(1 + x²) as Mγω_c/(x + 1/x) beyond x = 1: no ∞/∞ at huge ω.
      J = ohmicOne
        ? (w) => {
          const x = w * inv;
          return x <= 1 ? Mgw * x / (1 + x * x) : Mgw / (x + 1 / x);
        }
        : (w) => {
          const x = w * inv;
          return x <= 1
            ? Mgw * Math.pow(x, s) / (1 + x * x)
            : Mgw * Math.pow(x, s - 2) / (1 + 1 / (x * x));
        };
      jOverOmega = (w) => {
        const x = w * inv;
        return x <= 1
          ? Mg * Math.pow(x, s - 1) / (1 + x * x)
          : Mg * Math.pow(x, s - 3) / (1 + 1 / (x * x));
      };
      if (ohmicOne) {
        const A = gamma * wc;
        gammaClosed = (t) => A * Math.exp(-wc * t);
      }
      laplaceClosed = (z) => {
        if (z === 0) return s === 1 ? gamma : s > 1 ? 0 : Infinity;
        if (ohmicOne) return gamma * wc / (wc + z);
        const e = Math.log(z * inv);
        if (e === 0) return gamma * (2 - s) / (2 * sinHalf);
        // ζ(1 − ζ^{s−2})/(ζ² − 1) = ζ^{s−1}(1 − ζ^{2−s})/(1 − ζ²) (ζ < 1)
        // = ζ^{−1}(1 − ζ^{s−2})/(1 − ζ^{−2}) (ζ > 1), with e = ln ζ: every
        // 1 − ζ^a through expm1 (no cancellation near ζ = 1 or s = 2), and no
        // intermediate power that overflows when the result does not.
        return e < 0
          ? gamma * Math.exp((s - 1) * e) * Math.expm1((2 - s) * e) /
            (Math.expm1(2 * e) * sinHalf)
          : gamma * Math.exp(-e) * Math.expm1((s - 2) * e) /
            (Math.expm1(-2 * e) * sinHalf);
      };
      scale = wc *
        Math.pow(TAIL * (2 - s) * Math.PI / (2 * sinHalf), 1 / (s - 2));
      top = Infinity;
      f = "\\frac{1}{1 + \\omega^2/\\omega_c^2}";
      kernelFormula = ohmicOne
        ? "\\gamma(t) = \\gamma\\,\\omega_c\\,e^{-\\omega_c |t|}"
        : "\\gamma(t)\\ \\text{by Fourier quadrature}";
      previewMax = 10 * wc;
      break;
    }
    case "gaussian": {
      const g = gammaReal(s / 2);
      lambda = Mgw * g / (2 * Math.PI);
      J = ohmicOne
        ? (w) => {
          const x = w * inv;
          return x === Infinity ? 0 : Mgw * (x * Math.exp(-x * x));
        }
        : (w) => {
          const x = w * inv;
          return x === Infinity ? 0 : Mgw * Math.exp(s * Math.log(x) - x * x);
        };
      jOverOmega = (w) => {
        const x = w * inv;
        return x === Infinity
          ? 0
          : Mg * Math.exp((s - 1) * Math.log(x) - x * x);
      };
      if (ohmicOne) {
        const A = gamma * wc / SQRT_PI;
        gammaClosed = (t) => {
          const u = wc * t;
          return A * Math.exp(-0.25 * u * u);
        };
      }
      scale = wc * Math.sqrt(gammaTail(s / 2, Math.log(g)));
      top = scale;
      f = "e^{-\\omega^2/\\omega_c^2}";
      kernelFormula = ohmicOne
        ? "\\gamma(t) = \\frac{\\gamma\\,\\omega_c}{\\sqrt{\\pi}}\\,e^{-\\omega_c^2 t^2/4}"
        : "\\gamma(t)\\ \\text{by Fourier quadrature}";
      previewMax = 4 * wc;
      break;
    }
    case "sharp": {
      lambda = Mgw / (Math.PI * s);
      J = ohmicOne
        ? (w) => (w <= wc ? Mg * w : 0)
        : (w) => (w <= wc ? Mgw * Math.pow(w * inv, s) : 0);
      jOverOmega = (w) => (w <= wc ? Mg * Math.pow(w * inv, s - 1) : 0);
      if (ohmicOne) {
        const A = 2 * gamma * wc / Math.PI;
        gammaClosed = (t) => {
          const u = wc * t;
          return u === 0 ? A : A * Math.sin(u) / u;
        };
        laplaceClosed = (z) => 2 * gamma / Math.PI * Math.atan2(wc, z);
      }
      scale = wc;
      top = wc;
      f = "\\Theta(1 - \\omega/\\omega_c)";
      kernelFormula = ohmicOne
        ? "\\gamma(t) = \\frac{2\\gamma}{\\pi}\\frac{\\sin \\omega_c t}{t}"
        : "\\gamma(t)\\ \\text{by Fourier quadrature}";
      previewMax = 1.5 * wc;
      break;
    }
  }
  if (!Number.isFinite(lambda) || !(lambda > 0)) {
    throw rangeError(
      WHAT,
      `the reorganization energy λ must be finite and > 0, got λ = ${lambda} (γ = ${gamma}, ω_c = ${wc}, s = ${s}, M = ${mass})`,
    );
  }
  if (!(scale > 0 && scale < Infinity)) {
    // Drude with s → 2: J/ω ~ ω^{s−3} decays so slowly that the frequency
    // beyond which it carries ≤ 1e-16 of λ (what quadratures and
    // discretizations rely on) is not a double.
    throw rangeError(
      WHAT,
      `the frequency beyond which J(ω)/ω carries ≤ 1e-16 of λ must be a finite number, but for the ${kind} cutoff with s = ${s} (ω_c = ${wc}) it is ${scale}${
        kind === "drude"
          ? " (the tail decays as ω^{s−3}: use s ≲ 1.94, or another cutoff)"
          : ""
      }`,
    );
  }
  const gamma0 = 2 * lambda / mass;
  const kernel: (t: number) => KernelEstimate = gammaClosed === undefined
    ? (t) =>
      t === 0
        ? closedForm(gamma0, gamma0)
        : numericKernel(jOverOmega, t, mass, wc, gamma0)
    : ((gc) => (t: number) => closedForm(gc(t), gamma0))(gammaClosed);
  const laplaceAtZero = (): number => {
    if (s < 1) {
      throw new RangeError(
        `Cannot evaluate γ̂(0) = ∫₀^∞ γ(t) dt of a sub-Ohmic density (s = ${s} < 1): it diverges`,
      );
    }
    return s === 1 ? gamma : 0;
  };
  const laplace = (z: number): number => {
    if (z === 0) return laplaceAtZero();
    if (laplaceClosed !== undefined) return laplaceClosed(z);
    return numericLaplace(jOverOmega, z, mass, top, gamma0);
  };
  const parameters: DescribedParameter[] = [
    { name: "friction", symbol: "\\gamma", value: gamma, unit: "1/time" },
    {
      name: "cutoff frequency",
      symbol: "\\omega_c",
      value: wc,
      unit: "frequency",
    },
    { name: "cutoff", value: kind },
    { name: "exponent", symbol: "s", value: s },
    { name: "mass", symbol: "M", value: mass, unit: "mass" },
  ];
  return new Density({
    spec: {
      kind: "ohmic",
      gamma,
      cutoff: kind,
      cutoffFrequency: wc,
      exponent: s,
      mass,
    },
    mass,
    reorganizationEnergy: lambda,
    frequencyScale: scale,
    J,
    kernel,
    gamma: gammaClosed,
    laplace,
    kernelMethod: gammaClosed === undefined
      ? "quadrature (oscillatory Fourier)"
      : "closed form",
    title: `Ohmic spectral density (${kind} cutoff${
      ohmicOne ? "" : `, s = ${s}`
    })`,
    formula:
      `J(\\omega) = M\\gamma\\,\\omega_c\\left(\\frac{\\omega}{\\omega_c}\\right)^{${s}} ${f}`,
    parameters,
    previewMax,
    notes: [`Damping kernel: $${kernelFormula}$.`],
  });
}

/**
 * Discretization of a spectral density into N harmonic modes.
 *
 * @module
 */
import type { SpectralDensity } from "../spectral/types.ts";
import {
  integer,
  oneOf,
  positive,
  rangeError,
  record,
  typeError,
} from "../_validate.ts";
import { Cumulative } from "./_cumulative.ts";
import { DiscreteBath, type Scheme } from "./discrete_bath.ts";

/** Options of {@linkcode discretize}. */
export interface DiscretizeOptions {
  /** Number of modes N (integer, 1 … 10⁷). */
  readonly modes: number;
  /** `"equal-reorganization"` (default), `"uniform"` or `"logarithmic"`. */
  readonly scheme?: Scheme;
  /**
   * Highest frequency of the uniform and logarithmic grids (frequency
   * units). Default: the ω below which J/ω carries all but 1e-3 of λ.
   */
  readonly maxFrequency?: number;
  /**
   * Lowest frequency of the logarithmic grid. Default: the ω below which
   * J/ω carries 1e-3 of λ.
   */
  readonly minFrequency?: number;
  /** Mode mass m_k in [1e-150, 1e150] (mass units, default 1; J_N does not depend on it). */
  readonly mass?: number;
  /**
   * Rescale the couplings of the uniform and logarithmic grids by one common
   * factor so that λ_N = λ exactly (default true); the certificate reports
   * the error before rescaling.
   */
  readonly preserveReorganization?: boolean;
}

const WHAT = "discretize a spectral density";
const TAIL_FRACTION = 1e-3;

/**
 * N modes whose J_N = (π/2) Σ c_k²/(m_kω_k) δ(ω − ω_k) reproduces J in
 * ∫ J(ω) g(ω) dω ≈ (π/2) Σ c_k²/(m_kω_k) g(ω_k) (physics.md §4).
 *
 * | scheme | ω_k | c_k | recurrence |
 * |---|---|---|---|
 * | uniform | kΔω, Δω = ω_max/N | √((2/π) m_k ω_k J(ω_k) Δω) | 2π/Δω |
 * | equal-reorganization | Λ(ω_k) = ((k − ½)/N) λ | ω_k √(2 m_k λ/N) | none (∞) |
 * | logarithmic | geometric from ω_min to ω_max, step Δ in ln ω | ω_k √((2/π) m_k J(ω_k) Δ) | none (∞) |
 *
 * Λ(ω) = (1/π)∫₀^ω J/ω' is the cumulative reorganization energy. Closed
 * forms: exponential s = 1, ω_k = −ω_c ln(1 − (k − ½)/N); Drude s = 1,
 * ω_k = ω_c tan((π/2)(k − ½)/N); sharp, ω_k = ω_c ((k − ½)/N)^{1/s}.
 * Any other J: numerical inversion of a tabulated Λ (see `## Method`).
 * Equal-reorganization modes each carry λ/N, so λ_N = λ by construction
 * and γ_N(0) = γ(0).
 *
 * ## Method
 * Λ(ω) is tabulated on 16 panels per decade below the density's
 * `frequencyScale` (until the rest is < 1e-9 λ; panels with sharp structure
 * halved until a 10-point rule resolves them) by adaptive Gauss–Kronrod,
 * and inverted by binary search plus Newton steps safeguarded by bisection,
 * with 10-point Gauss–Legendre partial integrals (a few tens of evaluations
 * of J per mode: 10⁴ modes cost a few ×10⁵ evaluations). See
 * `_cumulative.ts`. References: I. R. Craig and D. E. Manolopoulos,
 * J. Chem. Phys. 122, 084106 (2005) (equal-λ modes); H. Wang and M. Thoss,
 * J. Chem. Phys. 119, 1289 (2003) (logarithmic grids).
 *
 * @example
 * ```ts
 * import { discretize } from "./discretize.ts";
 * import { ohmic } from "../spectral/ohmic.ts";
 * const J = ohmic({ gamma: 0.5, cutoff: { kind: "drude", frequency: 5 } });
 * const B = discretize(J, { modes: 200, scheme: "equal-reorganization" });
 * if (B.frequencies.length !== 200 || B.recurrenceTime !== Infinity) throw new Error("shape");
 * if (Math.abs(B.reorganizationEnergy - J.reorganizationEnergy) > 1e-13) throw new Error("λ_N = λ");
 * ```
 */
export function discretize(
  density: SpectralDensity,
  options: DiscretizeOptions,
): DiscreteBath {
  if (
    typeof density !== "object" || density === null ||
    typeof density.at !== "function" ||
    !(density.reorganizationEnergy > 0)
  ) {
    throw typeError(
      WHAT,
      "`density` must be a SpectralDensity (from `spectral`)",
    );
  }
  const o = record(WHAT, "options", options);
  const n = integer(WHAT, "modes", o.modes, 1, 1e7);
  const scheme: Scheme = o.scheme === undefined
    ? "equal-reorganization"
    : oneOf(
      WHAT,
      "scheme",
      o.scheme,
      ["uniform", "equal-reorganization", "logarithmic"] as const,
    );
  const m = o.mass === undefined ? 1 : positive(WHAT, "mass", o.mass);
  if (!(m >= 1e-150 && m <= 1e150)) {
    throw rangeError(WHAT, `\`mass\` must lie in [1e-150, 1e150], got ${m}`);
  }
  const preserve = o.preserveReorganization === undefined
    ? true
    : o.preserveReorganization;
  if (typeof preserve !== "boolean") {
    throw typeError(WHAT, "`preserveReorganization` must be a boolean");
  }
  const J = density;
  const lambda = J.reorganizationEnergy;
  const w = new Float64Array(n);
  const c = new Float64Array(n);
  const masses = new Float64Array(n).fill(m);
  let cumulative: Cumulative | undefined;
  const cum = () => (cumulative ??= new Cumulative(J));
  const closed = closedQuantile(J);
  const quantile = (q: number) => closed ? closed(q) : cum().quantile(q);
  let recurrence = Infinity;
  let unscaled = 0;
  let wMin: number, wMax: number;
  if (scheme === "equal-reorganization") {
    const k2 = 2 * m * lambda / n;
    for (let k = 0; k < n; k++) {
      w[k] = quantile((k + 0.5) / n);
      c[k] = w[k] * Math.sqrt(k2);
    }
    wMin = w[0];
    wMax = w[n - 1];
  } else {
    wMax = o.maxFrequency === undefined
      ? quantile(1 - TAIL_FRACTION)
      : positive(WHAT, "maxFrequency", o.maxFrequency);
    if (scheme === "uniform") {
      const dw = wMax / n;
      recurrence = 2 * Math.PI / dw;
      wMin = dw;
      for (let k = 0; k < n; k++) {
        w[k] = (k + 1) * dw;
        c[k] = Math.sqrt((2 / Math.PI) * m * w[k] * J.at(w[k]) * dw);
      }
    } else {
      wMin = o.minFrequency === undefined
        ? quantile(TAIL_FRACTION)
        : positive(WHAT, "minFrequency", o.minFrequency);
      if (!(wMin < wMax) && n > 1) {
        throw rangeError(
          WHAT,
          `\`minFrequency\` (${wMin}) must be below \`maxFrequency\` (${wMax})`,
        );
      }
      const step = n > 1
        ? Math.log(wMax / wMin) / (n - 1)
        : Math.log(wMax / wMin) || 1;
      for (let k = 0; k < n; k++) {
        w[k] = n > 1 ? wMin * Math.exp(k * step) : wMin;
        c[k] = w[k] * Math.sqrt((2 / Math.PI) * m * J.at(w[k]) * step);
      }
    }
    let raw = 0;
    for (let k = 0; k < n; k++) raw += c[k] * c[k] / (m * w[k] * w[k]);
    raw /= 2;
    unscaled = Math.abs(raw - lambda) / lambda;
    if (!(raw > 0)) {
      throw rangeError(
        WHAT,
        `J vanishes at every grid frequency (${scheme}, ω from ${wMin} to ${wMax}); choose another range`,
      );
    }
    if (preserve) {
      const f = Math.sqrt(lambda / raw);
      for (let k = 0; k < n; k++) c[k] *= f;
    }
  }
  for (let k = 0; k < n; k++) {
    if (!(w[k] > 0) || !Number.isFinite(w[k]) || !Number.isFinite(c[k])) {
      throw rangeError(
        WHAT,
        `mode ${k} is not computable: ω = ${w[k]}, c = ${c[k]}`,
      );
    }
  }
  const B = new DiscreteBath({
    density: J,
    scheme,
    frequencies: w,
    couplings: c,
    masses,
    recurrenceTime: recurrence,
    unscaledReorganizationError: unscaled,
    structureScale: quantile(0.5),
    minFrequency: wMin,
    maxFrequency: wMax,
  });
  if (
    preserve &&
    !(Math.abs(B.reorganizationEnergy - lambda) <= 1e-10 * lambda)
  ) {
    throw rangeError(
      WHAT,
      `λ_N = ${B.reorganizationEnergy} does not reproduce λ = ${lambda} (modes under- or overflow at this mass/frequency range)`,
    );
  }
  return B;
}

/** Closed-form quantiles of Λ(ω)/λ where physics.md §4 gives them. */
function closedQuantile(
  J: SpectralDensity,
): ((q: number) => number) | undefined {
  const s = J.spec;
  if (s.kind !== "ohmic") return undefined;
  const wc = s.cutoffFrequency;
  if (s.cutoff === "exponential" && s.exponent === 1) {
    return (q) => -wc * Math.log1p(-q);
  }
  if (s.cutoff === "drude" && s.exponent === 1) {
    return (q) => wc * Math.tan(Math.PI / 2 * q);
  }
  if (s.cutoff === "sharp") {
    const inv = 1 / s.exponent;
    return (q) => wc * Math.pow(q, inv);
  }
  return undefined;
}

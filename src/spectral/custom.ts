/**
 * Spectral densities from a user function.
 *
 * @module
 */
import type { DescribedParameter } from "../describe.ts";
import type { SpectralDensity } from "./types.ts";
import { closedForm, Density } from "./_density.ts";
import { numericKernel, numericLambda, numericLaplace } from "./_numeric.ts";
import { positive, rangeError, record, show, typeError } from "../_validate.ts";

/** Options of {@linkcode custom}. */
export interface CustomDensityOptions {
  /** J(ω) for ω > 0, ≥ 0 and finite, Hänggi–Ingold convention (mass·frequency²). */
  readonly at: (omega: number) => number;
  /** Particle mass M > 0 (default 1). */
  readonly mass?: number;
  /**
   * Frequency beyond which ∫J/ω is below 1e-16 of its total. Default:
   * estimated on a logarithmic grid 1e-8 … 1e12 (20 points per decade);
   * pass it for densities with structure finer than that grid.
   */
  readonly frequencyScale?: number;
  /** λ if known in closed form; default (1/π)∫₀^scale J/ω by quadrature. */
  readonly reorganizationEnergy?: number;
  /** γ(t) if known in closed form; default oscillatory Fourier quadrature. */
  readonly dampingKernel?: (t: number) => number;
  /** γ̂(z) if known; default quadrature (γ̂(0) from the small-ω limit of J/(Mω)). */
  readonly laplace?: (z: number) => number;
  /** Display name; default `"user density"`. */
  readonly name?: string;
  /** LaTeX formula for display; default `"J(\\omega)"`. */
  readonly formula?: string;
  /** Parameter rows for display. */
  readonly parameters?: readonly DescribedParameter[];
}

const WHAT = "build a spectral density from a function";
const TAIL = 1e-16;

/**
 * Wraps a user-supplied J(ω) as a {@linkcode SpectralDensity}, filling in
 * whatever is not supplied (λ, γ(t), γ̂(z), the frequency scale) by
 * quadrature. J is checked to be finite and ≥ 0 on a dense grid at build
 * time and at every later evaluation (a RangeError, never a NaN).
 *
 * @example
 * ```ts
 * import { custom } from "./custom.ts";
 * // Exponential-cutoff Ohmic, γ = 1, ω_c = 1, written by hand: λ = 1/π.
 * const J = custom({ at: (w) => w * Math.exp(-w), frequencyScale: 40 });
 * if (Math.abs(J.reorganizationEnergy - 1 / Math.PI) > 1e-10) throw new Error("λ");
 * if (Math.abs(J.dampingKernel(1) - 1 / Math.PI) > 1e-8) throw new Error("γ(1) = (2/π)/(1 + 1)");
 * ```
 */
export function custom(options: CustomDensityOptions): SpectralDensity {
  const o = record(WHAT, "options", options);
  if (typeof o.at !== "function") {
    throw typeError(
      WHAT,
      `\`at\` must be a function ω → J(ω), got ${show(o.at)}`,
    );
  }
  const user = o.at as (w: number) => unknown;
  const name = o.name === undefined ? "user density" : String(o.name);
  const mass = o.mass === undefined ? 1 : positive(WHAT, "mass", o.mass);
  const probe = (w: number, doing: string): number => {
    const j = user(w);
    if (typeof j !== "number" || !(j >= 0) || !Number.isFinite(j)) {
      throw rangeError(
        doing,
        `J(ω) must be a finite number ≥ 0, but J(${w}) = ${show(j)}`,
      );
    }
    return j;
  };
  let scale: number;
  if (o.frequencyScale !== undefined) {
    scale = positive(WHAT, "frequencyScale", o.frequencyScale);
  } else {
    const perDecade = 20, lo = -8, hi = 12;
    const m = (hi - lo) * perDecade + 1;
    const js = new Float64Array(m);
    let total = 0;
    for (let i = 0; i < m; i++) {
      js[i] = probe(Math.pow(10, lo + i / perDecade), WHAT);
      total += js[i];
    }
    if (!(total > 0)) {
      throw rangeError(
        WHAT,
        "J(ω) is 0 everywhere on 1e-8 … 1e12; nothing to build",
      );
    }
    let tail = 0, k = m - 1;
    while (k > 0 && tail + js[k] <= TAIL * total) tail += js[k--];
    if (k >= m - 2) {
      throw rangeError(
        WHAT,
        "J(ω) has not decayed by ω = 1e12 (∫J/ω beyond is > 1e-16 of the total); pass `frequencyScale`",
      );
    }
    scale = Math.pow(10, lo + (k + 1) / perDecade);
  }
  for (let i = 1; i <= 2000; i++) probe(scale * i / 2000, WHAT);
  const doing = `evaluate J(ω) of "${name}"`;
  const J = (w: number) => probe(w, doing);
  const jOverOmega = (w: number) => probe(w, doing) / w;
  const lambda = o.reorganizationEnergy === undefined
    ? numericLambda(jOverOmega, scale).value
    : positive(WHAT, "reorganizationEnergy", o.reorganizationEnergy);
  if (!(lambda > 0) || !Number.isFinite(lambda)) {
    throw rangeError(WHAT, `λ must be finite and > 0, got ${lambda}`);
  }
  const gamma0 = 2 * lambda / mass;
  let kernelMethod = "quadrature (oscillatory Fourier)";
  let kernel = (t: number) =>
    t === 0
      ? closedForm(gamma0, gamma0)
      : numericKernel(jOverOmega, t, mass, scale, gamma0);
  if (o.dampingKernel !== undefined) {
    if (typeof o.dampingKernel !== "function") {
      throw typeError(
        WHAT,
        `\`dampingKernel\` must be a function, got ${show(o.dampingKernel)}`,
      );
    }
    const g = o.dampingKernel as (t: number) => unknown;
    kernelMethod = "user closed form";
    kernel = (t: number) => {
      const v = g(t);
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw rangeError(
          `evaluate γ(t) of "${name}"`,
          `γ(t) must be finite, but γ(${t}) = ${show(v)}`,
        );
      }
      return {
        value: v,
        error: 8 * Number.EPSILON * gamma0,
        method: kernelMethod,
      };
    };
  }
  let laplace: (z: number) => number;
  if (o.laplace !== undefined) {
    if (typeof o.laplace !== "function") {
      throw typeError(
        WHAT,
        `\`laplace\` must be a function, got ${show(o.laplace)}`,
      );
    }
    const L = o.laplace as (z: number) => unknown;
    laplace = (z) => {
      const v = L(z);
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw rangeError(
          `evaluate γ̂(z) of "${name}"`,
          `γ̂(z) must be finite, but γ̂(${z}) = ${show(v)}`,
        );
      }
      return v;
    };
  } else {
    laplace = (z) => {
      if (z > 0) return numericLaplace(jOverOmega, z, mass, scale, gamma0);
      // γ̂(0) = lim_{ω→0} J(ω)/(Mω): accept it only if it has settled.
      const e = 1e-9 * scale;
      const r1 = jOverOmega(e), r2 = jOverOmega(e / 10);
      if (
        !(Math.abs(r1 - r2) <= 1e-6 * Math.abs(r2) + 1e-10 * lambda / scale)
      ) {
        throw rangeError(
          `evaluate γ̂(0) of "${name}"`,
          `J(ω)/(Mω) has no settled limit as ω → 0 (${r1 / mass} at ω = ${e}, ${
            r2 / mass
          } at ω = ${e / 10}); ∫γ dt may diverge`,
        );
      }
      return r2 / mass;
    };
  }
  return new Density({
    spec: { kind: "custom", mass },
    mass,
    reorganizationEnergy: lambda,
    frequencyScale: scale,
    J,
    kernel,
    laplace,
    kernelMethod,
    title: `Spectral density: ${name}`,
    formula: o.formula === undefined ? "J(\\omega)" : String(o.formula),
    parameters: [
      ...((o.parameters as readonly DescribedParameter[] | undefined) ?? []),
      { name: "frequency scale", value: scale, unit: "frequency" },
      { name: "mass", symbol: "M", value: mass, unit: "mass" },
    ],
    previewMax: scale,
  });
}

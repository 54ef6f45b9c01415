/**
 * Spectral densities interpolated from a table.
 *
 * @module
 */
import type { SpectralDensity } from "./types.ts";
import { closedForm, Density } from "./_density.ts";
import { numericKernel, numericLaplace } from "./_numeric.ts";
import { integrate } from "../quadrature/mod.ts";
import { finite, oneOf, positive, rangeError, record } from "../_validate.ts";
import { Interpolant, readTable } from "../interpolate/mod.ts";

/** Options of {@linkcode tabulated}. */
export interface TabulatedDensityOptions {
  /**
   * Frequencies ω_i ≥ 0, strictly increasing. If ω₀ > 0 the point (0, 0) is
   * prepended (J vanishes at ω = 0).
   */
  readonly omega: ArrayLike<number>;
  /** J(ω_i) ≥ 0 in the Hänggi–Ingold convention (mass·frequency²); J(0) must be 0. */
  readonly values: ArrayLike<number>;
  /** `"monotone-cubic"` (default; C¹, never negative, no overshoot) or `"linear"`. */
  readonly interpolation?: "linear" | "monotone-cubic";
  /**
   * Beyond the last point: `"zero"` (default; J = 0, a hard cutoff) or
   * `"power-law"`: J(ω) = J_L (ω/ω_L)^{−p}, with p = `tailExponent` or, by
   * default, the log-log slope of the last two points (p must be > 0).
   */
  readonly tail?: "zero" | "power-law";
  /** Decay exponent p > 0 of a power-law tail. */
  readonly tailExponent?: number;
  /** Particle mass M > 0 (default 1). */
  readonly mass?: number;
}

const WHAT = "build a tabulated spectral density";
const TAIL = 1e-16;

/**
 * J(ω) interpolated through a table, e.g. from a spectroscopy experiment or
 * a molecular-dynamics estimate.
 *
 * Interpolation: monotone cubic (Fritsch–Butland / PCHIP slopes), so J ≥ 0
 * everywhere and no spurious peaks. Below the first point: interpolation
 * from (0, 0). Tail: zero, or a power law J_L (ω/ω_L)^{−p}.
 *
 * ## Method
 * λ = (1/π)∫J/ω by adaptive Gauss–Kronrod on each table interval plus the
 * exact tail J_L/(πp); γ(t) by oscillatory Fourier quadrature (error
 * estimate in `dampingKernelEstimate`); γ̂(z) by adaptive quadrature, with
 * γ̂(0) = lim J(ω)/(Mω) = J'(0)/M from the interpolant.
 *
 * @example
 * ```ts
 * import { tabulated } from "./tabulated.ts";
 * const J = tabulated({ omega: [0, 1, 2, 3], values: [0, 1, 2, 3], interpolation: "linear" });
 * // J = ω on [0, 3], zero beyond: λ = (1/π)·3.
 * if (Math.abs(J.reorganizationEnergy - 3 / Math.PI) > 1e-12) throw new Error("λ");
 * if (J.at(4) !== 0) throw new Error("zero tail");
 * ```
 */
export function tabulated(options: TabulatedDensityOptions): SpectralDensity {
  const o = record(WHAT, "options", options);
  const table = readTable(WHAT, o, "omega", 1);
  let w = table.x;
  let v = table.y;
  const scheme = table.scheme;
  const tail = o.tail === undefined
    ? "zero"
    : oneOf(WHAT, "tail", o.tail, ["zero", "power-law"] as const);
  const mass = o.mass === undefined ? 1 : positive(WHAT, "mass", o.mass);
  for (let i = 0; i < w.length; i++) {
    if (!(w[i] >= 0)) {
      throw rangeError(WHAT, `\`omega[${i}]\` must be ≥ 0, got ${w[i]}`);
    }
    if (i > 0 && !(w[i] > w[i - 1])) {
      throw rangeError(
        WHAT,
        `\`omega\` must be strictly increasing, but omega[${i - 1}] = ${
          w[i - 1]
        } and omega[${i}] = ${w[i]}`,
      );
    }
    if (!(v[i] >= 0)) {
      throw rangeError(
        WHAT,
        `\`values[${i}]\` = J(${w[i]}) must be ≥ 0, got ${v[i]}`,
      );
    }
  }
  if (w[0] === 0 && v[0] !== 0) {
    throw rangeError(
      WHAT,
      `J(0) must be 0 (J/ω must stay integrable), got values[0] = ${v[0]}`,
    );
  }
  if (w[0] > 0) {
    const w2 = new Float64Array(w.length + 1),
      v2 = new Float64Array(v.length + 1);
    w2.set(w, 1);
    v2.set(v, 1);
    w = w2;
    v = v2;
  }
  const n = w.length;
  for (let i = 1; i < n; i++) {
    if (!Number.isFinite((v[i] - v[i - 1]) / (w[i] - w[i - 1]))) {
      throw rangeError(
        WHAT,
        `the slope between omega[${i - 1}] and omega[${i}] overflows`,
      );
    }
  }
  const f = new Interpolant(w, v, scheme);
  const wL = w[n - 1], jL = v[n - 1];
  let p = 0;
  if (tail === "power-law") {
    if (o.tailExponent !== undefined) {
      p = positive(WHAT, "tailExponent", o.tailExponent);
    } else {
      if (n < 3 || !(v[n - 2] > 0) || !(jL > 0)) {
        throw rangeError(
          WHAT,
          'a fitted power-law tail needs the last two values > 0; pass `tailExponent` or use tail: "zero"',
        );
      }
      p = -Math.log(jL / v[n - 2]) / Math.log(wL / w[n - 2]);
      if (!(p > 0) || !Number.isFinite(p)) {
        throw rangeError(
          WHAT,
          `the fitted tail exponent p must be > 0 (J must decay), got p = ${
            finite(WHAT, "fitted tail exponent", p)
          }; pass \`tailExponent\` or use tail: "zero"`,
        );
      }
    }
  }
  const J = tail === "zero"
    ? (x: number) => (x <= wL ? f.value(x) : 0)
    : (x: number) => (x <= wL ? f.value(x) : jL * Math.pow(x / wL, -p));
  const jOverOmega = (x: number) => J(x) / x;
  let sum = 0;
  for (let i = 0; i < n - 1; i++) {
    if (v[i] === 0 && v[i + 1] === 0) continue;
    sum += integrate(jOverOmega, w[i], w[i + 1], {
      relTol: 1e-12,
      absTol: 0,
      maxSubdivisions: 200,
    }).value;
  }
  const tailIntegral = tail === "power-law" ? jL / p : 0;
  const lambda = (sum + tailIntegral) / Math.PI;
  if (!(lambda > 0) || !Number.isFinite(lambda)) {
    throw rangeError(
      WHAT,
      `λ = (1/π)∫J/ω dω must be finite and > 0, got ${lambda} (are all values 0?)`,
    );
  }
  const scale = tail === "zero"
    ? wL
    : wL * Math.max(1, Math.pow(jL / (p * TAIL * Math.PI * lambda), 1 / p));
  const top = tail === "zero" ? wL : Infinity;
  const gamma0 = 2 * lambda / mass;
  const slope0 = scheme === "linear" ? v[1] / w[1] : f.d[0];
  return new Density({
    spec: { kind: "tabulated", mass },
    mass,
    reorganizationEnergy: lambda,
    frequencyScale: Number.isFinite(scale) ? scale : Number.MAX_VALUE,
    J,
    kernel: (t) =>
      t === 0
        ? closedForm(gamma0, gamma0)
        : numericKernel(jOverOmega, t, mass, wL, gamma0),
    laplace: (z) =>
      z === 0
        ? slope0 / mass
        : numericLaplace(jOverOmega, z, mass, top, gamma0),
    kernelMethod: "quadrature (oscillatory Fourier)",
    title: "Tabulated spectral density",
    formula: "J(\\omega) = \\text{interpolated table } (\\omega_i, J_i)",
    parameters: [
      { name: "points", value: n },
      { name: "interpolation", value: scheme },
      {
        name: "tail",
        value: tail === "zero" ? "zero beyond ω_L" : `power law, p = ${p}`,
      },
      {
        name: "last frequency",
        symbol: "\\omega_L",
        value: wL,
        unit: "frequency",
      },
      { name: "mass", symbol: "M", value: mass, unit: "mass" },
    ],
    previewMax: tail === "zero" ? wL : 1.5 * wL,
  });
}

/**
 * The underdamped (Brownian-oscillator) spectral density.
 *
 * @module
 */
import type { SpectralDensity } from "./types.ts";
import { closedForm, Density } from "./_density.ts";
import { positive, rangeError, record } from "../_validate.ts";

/** Options of {@linkcode underdamped}. */
export interface UnderdampedOptions {
  /** Coupling λ_c > 0 (QuTiP's `lam`; units mass^{1/2}·frequency², so that J has units mass·frequency²). */
  readonly coupling: number;
  /** Resonance frequency ω₀ > 0. */
  readonly frequency: number;
  /** Width Γ > 0 (frequency units; QuTiP's `gamma`). */
  readonly width: number;
  /** Particle mass M > 0 (default 1). */
  readonly mass?: number;
}

const WHAT = "build an underdamped spectral density";
const TAIL = 1e-16;

/**
 * J(ω) = λ_c² Γ ω / ((ω₀² − ω²)² + Γ²ω²), QuTiP's form (physics.md §1).
 *
 * Closed forms: λ = λ_c²/(2ω₀²); γ(t) = (λ_c²/(Mω₀²)) e^{−Γt/2}[cos ω₁t +
 * (Γ/2ω₁) sin ω₁t], ω₁ = √(ω₀² − Γ²/4), for Γ < 2ω₀, and by ω₁ → iκ,
 * κ = √(Γ²/4 − ω₀²), for Γ > 2ω₀ (at Γ = 2ω₀ both give (1 + Γt/2)e^{−Γt/2});
 * γ̂(z) = (λ_c²/(Mω₀²)) (z + Γ)/(z² + Γz + ω₀²) on both branches.
 *
 * ## Method
 * The kernel is the Laplace-domain partial-fraction inversion of γ̂(z). On
 * the overdamped branch e^{−Γt/2}cosh κt is evaluated as
 * ½(e^{−(Γ/2−κ)t} + e^{−(Γ/2+κ)t}) with Γ/2 − κ = ω₀²/(Γ/2 + κ) (no
 * cancellation, no overflow), and sin(ω₁t)/ω₁, sinh(κt)/κ stay accurate
 * near critical damping.
 *
 * @example
 * ```ts
 * import { underdamped } from "./underdamped.ts";
 * const J = underdamped({ coupling: 0.8, frequency: 2, width: 0.6 });
 * if (Math.abs(J.reorganizationEnergy - 0.08) > 1e-16) throw new Error("λ = λ_c²/(2ω₀²)");
 * if (Math.abs(J.dampingKernel(0) - 0.16) > 1e-16) throw new Error("γ(0) = 2λ/M");
 * ```
 */
export function underdamped(options: UnderdampedOptions): SpectralDensity {
  const o = record(WHAT, "options", options);
  const lc = positive(WHAT, "coupling", o.coupling);
  const w0 = positive(WHAT, "frequency", o.frequency);
  const G = positive(WHAT, "width", o.width);
  const mass = o.mass === undefined ? 1 : positive(WHAT, "mass", o.mass);
  const l2 = lc * lc;
  const w02 = w0 * w0;
  const lambda = l2 / (2 * w02);
  const A = l2 / (mass * w02);
  const scale = Math.cbrt(2 * w02 * G / (3 * Math.PI * TAIL));
  if (
    !Number.isFinite(lambda) || !(lambda > 0) || !Number.isFinite(A) ||
    !(A > 0) || !Number.isFinite(scale) || !Number.isFinite(l2 * G) ||
    !Number.isFinite(G * G)
  ) {
    throw rangeError(
      WHAT,
      `λ = λ_c²/(2ω₀²) and γ(0) = λ_c²/(Mω₀²) must be finite and > 0, got λ = ${lambda} (coupling ${lc}, frequency ${w0}, width ${G}, mass ${mass})`,
    );
  }
  const h = G / 2;
  const q = w02 - h * h;
  let gamma: (t: number) => number;
  if (q > 0) {
    const w1 = Math.sqrt(q);
    gamma = (t) => {
      const e = Math.exp(-h * t);
      if (e === 0) return 0;
      const a = w1 * t;
      const sinc = a === 0 ? t : Math.sin(a) / w1;
      return A * e * (Math.cos(a) + h * sinc);
    };
  } else if (q < 0) {
    const k = Math.sqrt(-q);
    const slow = w02 / (h + k); // Γ/2 − κ without cancellation
    const fast = h + k;
    gamma = (t) => {
      const a = k * t;
      if (a < 1) {
        const e = Math.exp(-h * t);
        const sinhc = a === 0 ? t : Math.sinh(a) / k;
        return A * e * (Math.cosh(a) + h * sinhc);
      }
      const es = Math.exp(-slow * t), ef = Math.exp(-fast * t);
      return A * (0.5 * (es + ef) + h * (es - ef) / (2 * k));
    };
  } else {
    gamma = (t) => A * Math.exp(-h * t) * (1 + h * t);
  }
  return new Density({
    spec: { kind: "underdamped", coupling: lc, frequency: w0, width: G, mass },
    mass,
    reorganizationEnergy: lambda,
    frequencyScale: Math.max(scale, 2 * w0),
    // Above ω₀ the same ratio divided through by ω⁴: (λ_c²Γ/ω³)/((ω₀²/ω² − 1)²
    // + Γ²/ω²), so huge ω underflows to the true tail 0 instead of ∞/∞.
    J: (w) => {
      if (w <= w0) {
        const d = w02 - w * w;
        return l2 * (G * w / (d * d + G * G * w * w));
      }
      const u = w02 / w / w - 1, v = G / w;
      return l2 * (v / w / w) / (u * u + v * v);
    },
    kernel: (t) => closedForm(gamma(t), A),
    gamma,
    // (z + Γ)/(z² + Γz + ω₀²), divided through by z above ω₀ (no ∞/∞).
    laplace: (z) => {
      const r = z <= w0
        ? (z + G) / (z * z + G * z + w02)
        : (1 + G / z) / (z + G + w02 / z);
      const v = A * r;
      if (!Number.isFinite(v)) {
        throw new RangeError(
          `Cannot evaluate the Laplace transform γ̂(${z}) of an underdamped spectral density: λ_c²(z + Γ)/(Mω₀²(z² + Γz + ω₀²)) = ${v} is not representable (coupling ${lc}, frequency ${w0}, width ${G}, mass ${mass})`,
        );
      }
      return v;
    },
    kernelMethod: "closed form",
    title: `Underdamped spectral density (${
      q > 0 ? "underdamped" : q < 0 ? "overdamped" : "critical"
    } kernel)`,
    formula:
      "J(\\omega) = \\frac{\\lambda_c^2\\,\\Gamma\\,\\omega}{(\\omega_0^2 - \\omega^2)^2 + \\Gamma^2\\omega^2}",
    parameters: [
      {
        name: "coupling",
        symbol: "\\lambda_c",
        value: lc,
        unit: "mass^{1/2}·frequency²",
      },
      { name: "resonance", symbol: "\\omega_0", value: w0, unit: "frequency" },
      { name: "width", symbol: "\\Gamma", value: G, unit: "frequency" },
      { name: "mass", symbol: "M", value: mass, unit: "mass" },
    ],
    previewMax: 2 * w0 + 4 * G,
    notes: [
      "Damping kernel: $\\gamma(t) = \\frac{\\lambda_c^2}{M\\omega_0^2}e^{-\\Gamma t/2}\\left[\\cos\\omega_1 t + \\frac{\\Gamma}{2\\omega_1}\\sin\\omega_1 t\\right]$, $\\omega_1 = \\sqrt{\\omega_0^2 - \\Gamma^2/4}$.",
    ],
  });
}

/**
 * The integrands shared by `quadrature_bench.ts` (Deno.bench) and
 * `quadrature_timing.ts` (timings read by `quadrature_compare.py`, which
 * times scipy.integrate.quad on the same cases). Keep the three in sync: the
 * Python script mirrors these ids, integrands and limits.
 *
 * @module
 */
import {
  integrate,
  integrateFourier,
  type QuadratureResult,
} from "../src/quadrature/mod.ts";

/** One benchmark case: id, what it computes, the call, the closed form. */
export interface QuadratureCase {
  /** Identifier shared with the Python script. */
  readonly id: string;
  /** Human description. */
  readonly label: string;
  /** Runs the integral with the default tolerances (1e-12 abs, 1e-10 rel). */
  readonly run: () => QuadratureResult;
  /** Closed-form value. */
  readonly exact: number;
}

const ci1 = 0.343377961556427; // ∫₀^∞ cos ω/(1+ω) dω, mpmath (see tests/fixtures/quadrature_fourier_reference.json)

/** The benchmark cases. */
export const CASES: readonly QuadratureCase[] = [
  {
    id: "gauss_R",
    label: "∫ e^{−x²} over ℝ",
    run: () => integrate((x) => Math.exp(-x * x), -Infinity, Infinity),
    exact: Math.sqrt(Math.PI),
  },
  {
    id: "invsqrt_01",
    label: "∫₀¹ x^{−1/2}",
    run: () => integrate((x) => 1 / Math.sqrt(x), 0, 1),
    exact: 2,
  },
  {
    id: "lorentz_0inf",
    label: "∫₀^∞ 1/(1+x²)",
    run: () => integrate((x) => 1 / (1 + x * x), 0, Infinity),
    exact: Math.PI / 2,
  },
  {
    id: "osc_finite",
    label: "∫₀¹⁰ e^{−x} cos 50x",
    run: () => integrate((x) => Math.exp(-x) * Math.cos(50 * x), 0, 10),
    exact: ((1 - Math.exp(-10) * Math.cos(500)) +
      50 * Math.exp(-10) * Math.sin(500)) / 2501,
  },
  {
    id: "exp_cos_t1",
    label: "∫₀^∞ e^{−ω} cos ωt, t = 1",
    run: () => integrateFourier((w) => Math.exp(-w), 1),
    exact: 0.5,
  },
  {
    id: "exp_cos_t100",
    label: "∫₀^∞ e^{−ω} cos ωt, t = 100",
    run: () => integrateFourier((w) => Math.exp(-w), 100),
    exact: 1 / (1 + 1e4),
  },
  {
    id: "inv1p_cos_t1",
    label: "∫₀^∞ cos ωt/(1+ω), t = 1",
    run: () => integrateFourier((w) => 1 / (1 + w), 1),
    exact: ci1,
  },
  {
    id: "wlorentz_sin_t10",
    label: "∫₀^∞ ω sin ωt/(1+ω²), t = 10",
    run: () => integrateFourier((w) => w / (1 + w * w), 10, { kind: "sin" }),
    exact: (Math.PI / 2) * Math.exp(-10),
  },
];

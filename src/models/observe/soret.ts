/**
 * The Soret coefficient from a stationary histogram.
 *
 * @module
 */
import type { Potential } from "../../dynamics/potentials.ts";
import type { SimulationResult } from "../../dynamics/result.ts";
import { integrate } from "../../quadrature/mod.ts";
import { chiSquareSurvival } from "../_chi_square.ts";
import type { ReducedModel } from "../predict/reduced_model.ts";

/** Options of {@linkcode soretEstimate}. */
export interface SoretOptions {
  /** The model whose (effective) temperature T(x) the run felt. */
  readonly model: Pick<ReducedModel, "temperature">;
  /** The external potential of the run. Default: none (box or free). */
  readonly potential?: Potential;
}

/** A measured Soret exponent. */
export interface SoretEstimate {
  /**
   * The Soret exponent s in P ∝ T^{−s} exp(−∫V'/k_BT), so that the local
   * Soret coefficient is S_T(x) = s/T(x) (ideal, Itô: s = 1; convention α:
   * 1 − α).
   */
  readonly exponent: number;
  /** Standard error of the exponent (weighted least squares, bins independent). */
  readonly error: number;
  /** S_T(x) = s/T(x) (1/ħω_ref). */
  soretCoefficient(x: number): number;
  /** χ² of the straight-line fit of ln P against ln T, and its dof and p-value. */
  readonly chiSquare: number;
  /** Bins used − 2. */
  readonly degreesOfFreedom: number;
  /** p-value of the fit. */
  readonly pValue: number;
}

/**
 * Estimates the Soret exponent s (S_T = s/T) from the stationary histogram
 * of a run: the weighted straight-line fit of
 * ln P(x) + ∫^x V'/k_BT = c − s ln T(x) over the histogram bins.
 *
 * ## Method
 * Zero flux with J = −D P' − D_T T' P + F P/(MΓ) gives
 * d ln P/dx = −S_T T' + F/k_BT; with S_T = s/T this integrates to the line
 * above (physics.md §7). Each bin with density ρ > 0 and standard error σ
 * enters with weight (ρ/σ)² (the variance of ln ρ to first order). The
 * error of s is the weighted-least-squares standard error, taking bins as
 * independent.
 *
 * @example
 * ```ts
 * import { soretEstimate } from "./soret.ts";
 * // An exact 1/T histogram with T = 1 + x on three bins.
 * const c = [0.25, 0.5, 0.75];
 * const run = { histogram: { edges: new Float64Array([0.125, 0.375, 0.625, 0.875]), centers: new Float64Array(c),
 *   density: new Float64Array(c.map((x) => 1 / (1 + x))), standardError: new Float64Array([0.01, 0.01, 0.01]), outside: 0 } };
 * const s = soretEstimate(run, { model: { temperature: (x: number) => 1 + x } });
 * if (Math.abs(s.exponent - 1) > 1e-12) throw new Error("s = 1");
 * ```
 */
export function soretEstimate(
  run: Pick<SimulationResult, "histogram">,
  options: SoretOptions,
): SoretEstimate {
  const h = run.histogram;
  if (!h) {
    throw new RangeError(
      "Cannot estimate the Soret coefficient: the run has no position histogram (pass `record: { histogram }` to simulate)",
    );
  }
  const T = (x: number) => options.model.temperature(x);
  const potential = options.potential;
  const B = h.centers.length;
  const ref = h.centers[0];
  let sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0, used = 0;
  const xs: number[] = [], ys: number[] = [], ws: number[] = [];
  for (let b = 0; b < B; b++) {
    const rho = h.density[b], se = h.standardError[b];
    if (!(rho > 0 && se > 0)) continue;
    const x = h.centers[b];
    let y = Math.log(rho);
    if (potential) {
      y -= integrate((u) => potential.force(u) / T(u), ref, x).value;
    }
    const lx = Math.log(T(x));
    const w = (rho / se) * (rho / se);
    xs.push(lx);
    ys.push(y);
    ws.push(w);
    sw += w;
    sx += w * lx;
    sy += w * y;
    sxx += w * lx * lx;
    sxy += w * lx * y;
    used++;
  }
  const det = sw * sxx - sx * sx;
  if (used < 3 || !(det > 0)) {
    throw new RangeError(
      `Cannot estimate the Soret coefficient: need at least 3 occupied bins spanning different temperatures, got ${used}`,
    );
  }
  const slope = (sw * sxy - sx * sy) / det;
  const intercept = (sxx * sy - sx * sxy) / det;
  let chi2 = 0;
  for (let i = 0; i < used; i++) {
    const r = ys[i] - intercept - slope * xs[i];
    chi2 += ws[i] * r * r;
  }
  const s = -slope;
  const dof = used - 2;
  return {
    exponent: s,
    error: Math.sqrt(sw / det),
    soretCoefficient: (x: number) => s / T(x),
    chiSquare: chi2,
    degreesOfFreedom: dof,
    pValue: dof > 0 ? chiSquareSurvival(chi2, dof) : NaN,
  };
}

/**
 * Shape-preserving (monotone) piecewise-cubic Hermite interpolation, shared
 * by tabulated temperature profiles and tabulated spectral densities.
 *
 * ## Method
 * Node slopes by the Fritsch–Butland weighted harmonic mean (the PCHIP rule:
 * F. N. Fritsch and J. Butland, SIAM J. Sci. Stat. Comput. 5, 300 (1984);
 * Fritsch & Carlson, SIAM J. Numer. Anal. 17, 238 (1980)), zero at local
 * extrema, and the one-sided three-point rule at the ends, limited to keep
 * monotonicity. On every interval the interpolant is monotone between the two
 * node values, so it never leaves [min(yᵢ, yᵢ₊₁), max(yᵢ, yᵢ₊₁)]: positive
 * data give a positive interpolant, which is what the callers' positivity
 * guarantees rest on.
 *
 * @module
 */

/** Interpolation scheme for tables. */
export type Interpolation = "linear" | "monotone-cubic";

/**
 * An interpolant through a validated table, with precomputed node slopes.
 * The constructor does not validate (callers are builders that already
 * did); evaluation allocates nothing.
 *
 * @example
 * ```ts
 * import { Interpolant } from "./monotone_cubic.ts";
 * const f = new Interpolant(
 *   new Float64Array([0, 1, 2, 3]),
 *   new Float64Array([0, 1, 1, 2]),
 *   "monotone-cubic",
 * );
 * // Shape preserving: flat data stay flat, no overshoot between nodes.
 * if (f.value(1.5) !== 1 || f.slope(1.5) !== 0) throw new Error("flat piece");
 * const v = f.value(2.5);
 * if (!(v > 1 && v < 2)) throw new Error("stays between node values");
 * ```
 */
export class Interpolant {
  /** Nodes x_i, strictly increasing and finite. */
  readonly x: Float64Array;
  /** Values y_i at the nodes, finite. */
  readonly y: Float64Array;
  /** Node slopes dy/dx (for linear: unused). */
  readonly d: Float64Array;
  /** Whether the scheme is `"monotone-cubic"` (else linear). */
  readonly cubic: boolean;

  /**
   * `x` strictly increasing with finite spacings; `y` finite; same length
   * ≥ 2; every divided difference finite. Not checked.
   */
  constructor(x: Float64Array, y: Float64Array, scheme: Interpolation) {
    this.x = x;
    this.y = y;
    this.cubic = scheme === "monotone-cubic";
    this.d = this.cubic ? pchipSlopes(x, y) : new Float64Array(x.length);
  }

  /** Index i with x[i] ≤ t ≤ x[i+1] (t inside the table). */
  interval(t: number): number {
    const x = this.x;
    let lo = 0, hi = x.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (x[mid] <= t) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  /** Interpolated value at t ∈ [x₀, x_last]. */
  value(t: number): number {
    const i = this.interval(t);
    const x0 = this.x[i], h = this.x[i + 1] - x0;
    const y0 = this.y[i], y1 = this.y[i + 1];
    const s = (t - x0) / h;
    if (!this.cubic) return y0 + (y1 - y0) * s;
    const u = 1 - s;
    return (1 + 2 * s) * u * u * y0 + s * u * u * h * this.d[i] +
      s * s * (3 - 2 * s) * y1 - s * s * u * h * this.d[i + 1];
  }

  /** Derivative at t (right-sided at interior nodes). */
  slope(t: number): number {
    const i = this.interval(t);
    const x0 = this.x[i], h = this.x[i + 1] - x0;
    const y0 = this.y[i], y1 = this.y[i + 1];
    if (!this.cubic) return (y1 - y0) / h;
    const s = (t - x0) / h;
    return (6 * s * s - 6 * s) * (y0 - y1) / h +
      (3 * s * s - 4 * s + 1) * this.d[i] + (3 * s * s - 2 * s) * this.d[i + 1];
  }
}

function pchipSlopes(x: Float64Array, y: Float64Array): Float64Array {
  const n = x.length;
  const d = new Float64Array(n);
  const h = new Float64Array(n - 1);
  const del = new Float64Array(n - 1);
  for (let k = 0; k < n - 1; k++) {
    h[k] = x[k + 1] - x[k];
    del[k] = (y[k + 1] - y[k]) / h[k];
  }
  if (n === 2) {
    d[0] = d[1] = del[0];
    return d;
  }
  for (let k = 1; k < n - 1; k++) {
    const a = del[k - 1], b = del[k];
    if (a * b <= 0 || a === 0 || b === 0) {
      d[k] = 0;
    } else {
      const w1 = 2 * h[k] + h[k - 1], w2 = h[k] + 2 * h[k - 1];
      d[k] = (w1 + w2) / (w1 / a + w2 / b);
    }
  }
  d[0] = endSlope(h[0], h[1], del[0], del[1]);
  d[n - 1] = endSlope(h[n - 2], h[n - 3], del[n - 2], del[n - 3]);
  return d;
}

function endSlope(h0: number, h1: number, d0: number, d1: number): number {
  let s = ((2 * h0 + h1) * d0 - h0 * d1) / (h0 + h1);
  if (Math.sign(s) !== Math.sign(d0)) s = 0;
  else if (Math.sign(d0) !== Math.sign(d1) && Math.abs(s) > 3 * Math.abs(d0)) {
    s = 3 * d0;
  }
  return s;
}

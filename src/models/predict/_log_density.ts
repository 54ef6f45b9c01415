/**
 * An unnormalized log-density ln w(x) = ℓ(x) − ∫_{x_ref}^{x} g(y) dy on a
 * finite interval, tabulated at panel nodes so that each evaluation costs
 * one short adaptive quadrature, plus normalized moments and probabilities
 * by panel-wise adaptive quadrature.
 *
 * @module
 */
import { integrate } from "../../quadrature/mod.ts";

/** Quadrature tolerances used throughout (relative, absolute floor). */
const REL = 1e-12;

/**
 * ∫ₐᵇ f by adaptive Gauss–Kronrod. A tolerance missed only because roundoff
 * stopped the bisection (tables of piecewise cubics do that near 1e-13) is
 * accepted when the estimated error is still below 1e-9 of max(1, |value|);
 * anything worse throws, naming the interval.
 */
export function quad(
  f: (x: number) => number,
  a: number,
  b: number,
  absTol: number,
): number {
  const r = integrate(f, a, b, {
    relTol: REL,
    absTol,
    maxSubdivisions: 200,
    onFailure: "flag",
  });
  if (!r.converged && !(r.error <= 1e-9 * Math.max(1, Math.abs(r.value)))) {
    throw new RangeError(
      `Cannot compute the stationary density: the quadrature over [${a}, ${b}] did not converge (estimated error ${r.error}, value ${r.value})`,
    );
  }
  return r.value;
}

/** How far below its maximum ln w may fall before we cut the interval. */
export const LOG_CUT = 60;

/** A tabulated log-density on [lo, hi]. */
export class LogDensity {
  readonly lo: number;
  readonly hi: number;
  readonly nodes: Float64Array;
  readonly #psi: Float64Array;
  readonly #local: (x: number) => number;
  readonly #g: ((x: number) => number) | undefined;
  #shift = 0;

  /**
   * @param local ℓ(x), the local part.
   * @param g the integrand of the cumulative part (undefined: none).
   * @param lo left end (finite).
   * @param hi right end (finite, > lo).
   * @param panels number of panels of the table.
   */
  constructor(
    local: (x: number) => number,
    g: ((x: number) => number) | undefined,
    lo: number,
    hi: number,
    panels: number,
  ) {
    this.lo = lo;
    this.hi = hi;
    this.#local = local;
    this.#g = g;
    this.nodes = new Float64Array(panels + 1);
    this.#psi = new Float64Array(panels + 1);
    for (let i = 0; i <= panels; i++) {
      this.nodes[i] = i === panels ? hi : lo + (hi - lo) * i / panels;
    }
    if (g) {
      for (let i = 1; i <= panels; i++) {
        this.#psi[i] = this.#psi[i - 1] -
          quad(g, this.nodes[i - 1], this.nodes[i], 1e-14);
      }
    }
    let max = -Infinity;
    for (let i = 0; i <= panels; i++) {
      max = Math.max(max, this.logWeight(this.nodes[i]));
    }
    this.#shift = max;
  }

  /** ln w(x), shifted so that its maximum over the nodes is 0. */
  logWeight(x: number): number {
    let psi = 0;
    if (this.#g) {
      const n = this.nodes.length - 1;
      let i = Math.round((x - this.lo) / (this.hi - this.lo) * n);
      i = Math.min(n, Math.max(0, i));
      psi = this.#psi[i];
      const xi = this.nodes[i];
      if (x !== xi) {
        psi -= quad(this.#g, xi, x, 1e-14);
      }
    }
    return this.#local(x) + psi - this.#shift;
  }

  /** w(x) = exp(ln w(x)). */
  weight(x: number): number {
    return Math.exp(this.logWeight(x));
  }

  /** ∫ f(x) w(x) dx over [a, b] ⊂ [lo, hi], panel by panel. */
  integrateWeighted(f: (x: number) => number, a: number, b: number): number {
    const nodes = this.nodes;
    let sum = 0;
    for (let i = 0; i + 1 < nodes.length; i++) {
      const p = Math.max(a, nodes[i]);
      const q = Math.min(b, nodes[i + 1]);
      if (!(q > p)) continue;
      sum += quad(
        (x) => f(x) * this.weight(x),
        p,
        q,
        1e-15 * (this.hi - this.lo),
      );
    }
    return sum;
  }
}

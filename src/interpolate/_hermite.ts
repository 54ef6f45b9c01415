/**
 * Cubic Hermite tables of a smooth function on a uniform grid, from values
 * and exact derivatives at the nodes: plain data (so a worker thread can
 * rebuild the same function bit for bit) and O(1) evaluation without
 * allocation.
 *
 * @module
 */

/** The data of a table (structured-cloneable). */
export interface HermiteData {
  /** Left end of the grid. */
  readonly lo: number;
  /** Right end of the grid. */
  readonly hi: number;
  /** f at the nodes. */
  readonly values: Float64Array;
  /** f' at the nodes. */
  readonly slopes: Float64Array;
}

/** Samples f and f' at n + 1 uniform nodes of [lo, hi]. */
export function tabulate(
  f: (x: number) => number,
  fp: (x: number) => number,
  lo: number,
  hi: number,
  n: number,
): HermiteData {
  const values = new Float64Array(n + 1);
  const slopes = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const x = i === n ? hi : lo + (hi - lo) * i / n;
    values[i] = f(x);
    slopes[i] = fp(x);
  }
  return { lo, hi, values, slopes };
}

/** A cubic Hermite interpolant with its derivative. */
export class HermiteTable {
  readonly #lo: number;
  readonly #h: number;
  readonly #inv: number;
  readonly #n: number;
  readonly #v: Float64Array;
  readonly #s: Float64Array;

  constructor(d: HermiteData) {
    this.#n = d.values.length - 1;
    this.#lo = d.lo;
    this.#h = (d.hi - d.lo) / this.#n;
    this.#inv = this.#n / (d.hi - d.lo);
    this.#v = d.values;
    this.#s = d.slopes;
  }

  #cell(x: number): number {
    const i = Math.floor((x - this.#lo) * this.#inv);
    return i < 0 ? 0 : i >= this.#n ? this.#n - 1 : i;
  }

  /** The interpolant at x (x inside [lo, hi]; the caller checks). */
  at(x: number): number {
    const i = this.#cell(x);
    const h = this.#h;
    const t = (x - this.#lo) * this.#inv - i;
    const t2 = t * t, t3 = t2 * t;
    return (2 * t3 - 3 * t2 + 1) * this.#v[i] +
      (t3 - 2 * t2 + t) * h * this.#s[i] +
      (-2 * t3 + 3 * t2) * this.#v[i + 1] +
      (t3 - t2) * h * this.#s[i + 1];
  }

  /** Its derivative at x. */
  slope(x: number): number {
    const i = this.#cell(x);
    const t = (x - this.#lo) * this.#inv - i;
    const t2 = t * t;
    return (6 * t2 - 6 * t) * this.#inv * this.#v[i] +
      (3 * t2 - 4 * t + 1) * this.#s[i] +
      (-6 * t2 + 6 * t) * this.#inv * this.#v[i + 1] +
      (3 * t2 - 2 * t) * this.#s[i + 1];
  }
}

/**
 * Wynn's ε-algorithm for accelerating the partial sums of a slowly
 * convergent (typically alternating) series (private).
 *
 * Wynn, "On a device for computing the e_m(S_n) transformation", MTAC 10,
 * 91 (1956); used on Fourier-integral cycle sums by QUADPACK's QAWF
 * (Piessens et al. 1983, §2.2.4). Never copies the QUADPACK code: this is
 * the plain rhombus rule on a sliding window of partial sums.
 *
 * @module
 */

/** Number of most recent partial sums fed to the ε table. */
export const WYNN_WINDOW = 21;

/**
 * The highest even-column ε entry built from `sums[from..to)` (the most
 * recent partial sums). `a` and `b` are scratch arrays of length ≥ the window.
 * If two entries of a column coincide the sequence is stationary there and
 * the last even entry reached is returned.
 */
export function wynnEpsilon(
  sums: Float64Array,
  from: number,
  to: number,
  a: Float64Array,
  b: Float64Array,
): number {
  const m = to - from;
  // a = column k−1, b = column k; column −1 is zero, column 0 the sums.
  for (let j = 0; j < m; j++) {
    a[j] = 0;
    b[j] = sums[from + j];
  }
  let best = b[m - 1];
  let prev = a;
  let cur = b;
  for (let k = 1; k < m; k++) {
    const len = m - k;
    // New column overwrites `prev` (column k−2 is no longer needed after
    // entry j has been read, since entry j of the new column uses prev[j+1]).
    for (let j = 0; j < len; j++) {
      const d = cur[j + 1] - cur[j];
      if (d === 0 || !Number.isFinite(1 / d)) return best;
      prev[j] = prev[j + 1] + 1 / d;
    }
    const t = prev;
    prev = cur;
    cur = t;
    if ((k & 1) === 0) {
      const v = cur[len - 1];
      if (!Number.isFinite(v)) return best;
      best = v;
    }
  }
  return best;
}

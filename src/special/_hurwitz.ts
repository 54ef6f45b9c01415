/**
 * Scalar core of the Hurwitz zeta function ζ(s, a) = Σ_{k≥0} (a + k)^{−s}
 * (principal powers) for real s > 1, by Euler–Maclaurin summation. Inputs
 * are assumed validated; the result goes into out[0..1].
 *
 * ## Method
 * Sum N terms directly, with N the smallest shift such that w = a + N has
 * Re w ≥ 0 and |w| ≥ R(s), then add the Euler–Maclaurin tail
 *   w^{1−s}/(s−1) + w^{−s}/2 + Σ_{j≥1} B_{2j}/(2j)! · (s)_{2j−1} · w^{−s−2j+1}.
 * With Re w ≥ 0 the remainder after the j-th term is bounded by the size of
 * the next term, which decreases like ((s+2j)/(2π|w|))²; we stop when a term
 * falls below 2⁻⁵⁸ of the running total (at most 30 terms).
 * Source: DLMF §2.10(i) (Euler–Maclaurin formula) and §25.11(iii).
 *
 * @module
 */
import { BERNOULLI_EVEN } from "./_bernoulli.ts";
import { powIntInto } from "./_elementary.ts";

/** Radius beyond which the Euler–Maclaurin tail needs ≲ 20 terms. */
export function hurwitzRadius(s: number): number {
  return 10 + 0.7 * s;
}

/** Shift N so that a + N satisfies the tail conditions (may be large). */
export function hurwitzShift(s: number, x: number, y: number): number {
  const r = hurwitzRadius(s);
  let n = x < 0 ? Math.ceil(-x) : 0;
  const xs = x + n;
  if (xs * xs + y * y < r * r) {
    n += Math.max(0, Math.ceil(Math.sqrt(r * r - y * y) - xs));
  }
  return n;
}

/** Writes w^{−s} into out[0..1] (principal branch; integer s by powering). */
export function powNeg(
  s: number,
  x: number,
  y: number,
  out: Float64Array,
): void {
  if (y === 0 && x > 0) {
    out[0] = Math.pow(x, -s);
    out[1] = 0;
    return;
  }
  if (Number.isInteger(s) && s <= 64) {
    // w^{−s} = (1/w)^s by binary powering: a few roundings, no log/exp.
    const d = x * x + y * y;
    let br = x / d, bi = -y / d;
    if (!Number.isFinite(d) || d === 0) {
      const h = Math.hypot(x, y);
      br = x / h / h;
      bi = -y / h / h;
    }
    powIntInto(br, bi, s, out);
    return;
  }
  const m = Math.pow(Math.hypot(x, y), -s);
  const ph = -s * Math.atan2(y, x);
  out[0] = m * Math.cos(ph);
  out[1] = m * Math.sin(ph);
}

const scratch = new Float64Array(2);

/**
 * ζ(s, x + iy) into out[0..1]; caller guarantees s > 1 finite and that a is
 * not a pole; N = hurwitzShift(s, x, y) terms are summed directly.
 */
export function hurwitzCore(
  s: number,
  x: number,
  y: number,
  out: Float64Array,
): void {
  const n = hurwitzShift(s, x, y);
  let sr = 0, si = 0;
  // Sum from the far end so the small terms are added first.
  for (let k = n - 1; k >= 0; k--) {
    powNeg(s, x + k, y, scratch);
    sr += scratch[0];
    si += scratch[1];
  }
  const wr = x + n, wi = y;
  powNeg(s, wr, wi, scratch);
  const pr = scratch[0], pi = scratch[1]; // w^{−s}
  // 1/w, t = 1/w²
  const h = wr * wr + wi * wi;
  const ir = wr / h, ii = -wi / h;
  const tr = ir * ir - ii * ii, ti = 2 * ir * ii;
  // Tail terms, all multiplied by w^{−s}: w/(s−1) + 1/2 + (1/w) Σ_j B_{2j} f_j t^{j−1}
  let er = 0, ei = 0; // Σ_j B_{2j} f_j t^{j−1}
  let f = s / 2; // (s)_{2j−1}/(2j)!, j = 1
  let gr = 1, gi = 0; // t^{j−1}
  const lead = Math.hypot(wr, wi) / (s - 1);
  for (let j = 1; j <= 30; j++) {
    const c = BERNOULLI_EVEN[j] * f;
    const ur = c * gr, ui = c * gi;
    er += ur;
    ei += ui;
    if (Math.hypot(ur, ui) <= 3.5e-18 * lead * Math.hypot(wr, wi)) break;
    const g = gr * tr - gi * ti;
    gi = gr * ti + gi * tr;
    gr = g;
    f *= (s + 2 * j - 1) * (s + 2 * j) / ((2 * j + 1) * (2 * j + 2));
  }
  // bracket = w/(s−1) + 1/2 + (1/w)·E
  const br = wr / (s - 1) + 0.5 + (ir * er - ii * ei);
  const bi = wi / (s - 1) + (ir * ei + ii * er);
  out[0] = sr + (pr * br - pi * bi);
  out[1] = si + (pr * bi + pi * br);
}

/**
 * Scalar cores of ψ, ψ′ and ψ⁽ᵐ⁾ (no validation, no allocation); the public
 * wrappers and their documentation are in `polygamma.ts`.
 *
 * @module
 */
import { BERNOULLI_EVEN } from "./_bernoulli.ts";
import { cotCsc2Pi, logAbs } from "./_elementary.ts";
import { hurwitzCore } from "./_hurwitz.ts";

/** |z| beyond which the asymptotic series is used directly (11 terms). */
export const R = 12;
const R2 = R * R;
export const NTERMS = 11;

// ψ′: ψ′(z) ~ 1/z + 1/(2z²) + Σ_{k≥1} B_{2k} z^{−2k−1}
export const TRI = new Float64Array(NTERMS);
// ψ: ψ(z) ~ ln z − 1/(2z) − Σ_{k≥1} B_{2k}/(2k) z^{−2k}
export const DI = new Float64Array(NTERMS);
for (let k = 1; k <= NTERMS; k++) {
  TRI[k - 1] = BERNOULLI_EVEN[k];
  DI[k - 1] = BERNOULLI_EVEN[k] / (2 * k);
}

const buf2 = new Float64Array(4);
const inv = new Float64Array(2);

/** 1/(x + iy) by Smith's algorithm (no overflow/underflow of |z|²). */
export function invInto(x: number, y: number, out: Float64Array): void {
  if (Math.abs(x) >= Math.abs(y)) {
    const r = y / x, den = x + y * r;
    out[0] = 1 / den;
    out[1] = -r / den;
  } else {
    const r = x / y, den = x * r + y;
    out[0] = r / den;
    out[1] = -1 / den;
  }
}

/** ψ′(x + iy) into out[0..1] for Re z ≥ 0 (no validation). */
export function trigammaRight(x: number, y: number, out: Float64Array): void {
  let sr = 0, si = 0;
  if (x * x + y * y < R2) {
    const n = Math.ceil(Math.sqrt(R2 - y * y) - x);
    for (let k = n - 1; k >= 1; k--) {
      // 1/(w²) = conj(w)²/|w|⁴
      const a = x + k;
      const d = a * a + y * y;
      const d2 = d * d;
      sr += (a * a - y * y) / d2;
      si -= 2 * a * y / d2;
    }
    // k = 0 by Smith's division: |z|² may underflow for tiny z.
    invInto(x, y, inv);
    const vr = inv[0], vi = inv[1];
    sr += vr * vr - vi * vi;
    si += 2 * vr * vi;
    x += n;
  }
  // Smith division for 1/z (no overflow for huge |z|).
  let ir: number, ii: number;
  if (Math.abs(x) >= Math.abs(y)) {
    const r = y / x, den = x + y * r;
    ir = 1 / den;
    ii = -r / den;
  } else {
    const r = x / y, den = x * r + y;
    ir = r / den;
    ii = -1 / den;
  }
  const tr = ir * ir - ii * ii, ti = 2 * ir * ii;
  let pr = TRI[NTERMS - 1], pi = 0;
  for (let k = NTERMS - 2; k >= 0; k--) {
    const u = pr * tr - pi * ti + TRI[k];
    pi = pr * ti + pi * tr;
    pr = u;
  }
  // ψ′ = 1/z + t/2 + (1/z)·t·P(t)
  const qr = tr * pr - ti * pi, qi = tr * pi + ti * pr;
  out[0] = sr + ir + 0.5 * tr + (ir * qr - ii * qi);
  out[1] = si + ii + 0.5 * ti + (ir * qi + ii * qr);
}

/** ψ(x + iy) into out[0..1] for Re z ≥ 0 (no validation). */
export function digammaRight(x: number, y: number, out: Float64Array): void {
  let sr = 0, si = 0;
  if (x * x + y * y < R2) {
    const n = Math.ceil(Math.sqrt(R2 - y * y) - x);
    for (let k = n - 1; k >= 1; k--) {
      const a = x + k;
      const d = a * a + y * y;
      sr -= a / d;
      si += y / d;
    }
    invInto(x, y, inv);
    sr -= inv[0];
    si -= inv[1];
    x += n;
  }
  let ir: number, ii: number;
  if (Math.abs(x) >= Math.abs(y)) {
    const r = y / x, den = x + y * r;
    ir = 1 / den;
    ii = -r / den;
  } else {
    const r = x / y, den = x * r + y;
    ir = r / den;
    ii = -1 / den;
  }
  const tr = ir * ir - ii * ii, ti = 2 * ir * ii;
  let pr = DI[NTERMS - 1], pi = 0;
  for (let k = NTERMS - 2; k >= 0; k--) {
    const u = pr * tr - pi * ti + DI[k];
    pi = pr * ti + pi * tr;
    pr = u;
  }
  // ψ = ln z − 1/(2z) − t·P(t)
  const qr = tr * pr - ti * pi, qi = tr * pi + ti * pr;
  out[0] = sr + logAbs(x, y) - 0.5 * ir - qr;
  out[1] = si + Math.atan2(y, x) - 0.5 * ii - qi;
}

/**
 * Coefficients of Q_m, where dᵐ/dzᵐ cot(πz) = πᵐ csc²(πz) Q_m(cot πz)
 * for m ≥ 1: Q₁ = −1, Q_{k+1}(u) = −[2u Q_k(u) + (1 + u²) Q_k′(u)].
 */
function cotDerivativePoly(m: number): Float64Array {
  let q = new Float64Array([-1]);
  for (let k = 1; k < m; k++) {
    const next = new Float64Array(q.length + 1);
    for (let i = 0; i < q.length; i++) {
      next[i + 1] -= 2 * q[i]; // −2u·q_i u^i
      if (i >= 1) {
        next[i - 1] -= i * q[i]; // −i q_i u^{i−1}
        next[i + 1] -= i * q[i]; // −u²·i q_i u^{i−1}
      }
    }
    q = next;
  }
  return q;
}

const POLY_CACHE: Float64Array[] = [];

/**
 * For −DIRECT_LEFT ≤ Re z < 0, ψ⁽ᵐ⁾ (m ≥ 2) sums the series directly: the
 * reflection formula's cot-derivative polynomial Q_m cancels badly for
 * large m; further left the reflection is used (the direct sum would be long).
 */
export const DIRECT_LEFT = 10000;

/** m! as a double (exact up to 22!). */
export function factorial(m: number): number {
  let f = 1;
  for (let k = 2; k <= m; k++) f *= k;
  return f;
}

/** ψ⁽ᵐ⁾(x + iy), m ≥ 2, into out[0..1]; z validated by the caller. */
export function polygammaInto(
  m: number,
  x: number,
  y: number,
  out: Float64Array,
): void {
  const sign = m % 2 === 1 ? 1 : -1; // (−1)^{m+1}
  const fm = sign * factorial(m);
  if (x >= -DIRECT_LEFT) {
    hurwitzCore(m + 1, x, y, out);
    out[0] *= fm;
    out[1] *= fm;
    return;
  }
  let q = POLY_CACHE[m];
  if (q === undefined) {
    q = cotDerivativePoly(m);
    POLY_CACHE[m] = q;
  }
  cotCsc2Pi(x, y, buf2);
  const cr = buf2[0], ci = buf2[1], s2r = buf2[2], s2i = buf2[3];
  let pr = q[q.length - 1], pi = 0;
  for (let i = q.length - 2; i >= 0; i--) {
    const u = pr * cr - pi * ci + q[i];
    pi = pr * ci + pi * cr;
    pr = u;
  }
  const scale = Math.pow(Math.PI, m + 1);
  const rr = scale * (s2r * pr - s2i * pi);
  const ri = scale * (s2r * pi + s2i * pr);
  hurwitzCore(m + 1, 1 - x, -y, out);
  const refl = (m % 2 === 0 ? 1 : -1) * fm; // (−1)^m · (−1)^{m+1} m! for ψ⁽ᵐ⁾(1−z)
  out[0] = refl * out[0] - rr;
  out[1] = refl * out[1] - ri;
}

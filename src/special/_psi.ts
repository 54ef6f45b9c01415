/**
 * Scalar cores of ψ, ψ′ and ψ⁽ᵐ⁾ (no validation, no allocation); the public
 * wrappers and their documentation are in `polygamma.ts`.
 *
 * @module
 */
import { BERNOULLI_EVEN } from "./_bernoulli.ts";
import { cotCsc2Pi, expm12piiz, logAbs } from "./_elementary.ts";
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

/** The positive zero of ψ, x₀ = ROOT_HI + ROOT_LO (mpmath findroot, 50 digits). */
const ROOT_HI = 1.4616321449683622;
const ROOT_LO = 9.549995429965697e-17;
/** Radius of the Taylor expansion about x₀ (the pole at 0 is 1.46 away). */
export const ROOT_R = 0.2;
/** ψ(x₀ + h) = Σ_{k≥1} c_k hᵏ, c_k = (−1)^{k+1} ζ(k+1, x₀); (0.2/1.46)^22 < 1e-19. */
const ROOT_N = 22;
const ROOT_C = new Float64Array(ROOT_N + 1);
{
  const o = new Float64Array(2);
  for (let k = 1; k <= ROOT_N; k++) {
    hurwitzCore(k + 1, ROOT_HI, 0, o);
    ROOT_C[k] = (k % 2 === 1 ? 1 : -1) * o[0];
  }
}

/**
 * ψ(x + iy) for |z − x₀| < ROOT_R by the Taylor series about the zero x₀,
 * so that ψ keeps its relative accuracy next to the zero.
 */
export function digammaNearRoot(x: number, y: number, out: Float64Array): void {
  const hr = (x - ROOT_HI) - ROOT_LO, hi = y;
  let pr = ROOT_C[ROOT_N], pi = 0;
  for (let k = ROOT_N - 1; k >= 1; k--) {
    const u = pr * hr - pi * hi + ROOT_C[k];
    pi = pr * hi + pi * hr;
    pr = u;
  }
  out[0] = pr * hr - pi * hi;
  out[1] = pr * hi + pi * hr;
}

/** True if x + iy is within ROOT_R of the zero of ψ. */
export function nearRoot(x: number, y: number): boolean {
  const d = x - ROOT_HI;
  return d * d + y * y < ROOT_R * ROOT_R;
}
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
  if (nearRoot(x, y)) {
    digammaNearRoot(x, y, out);
    return;
  }
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
 * For −DIRECT_LEFT ≤ Re z < 0, ψ⁽ᵐ⁾ (m ≥ 2) may sum the series directly
 * (when its estimated rounding error is below the reflection formula's);
 * further left only the reflection is used (the direct sum would be long).
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
  const s = m + 1;
  if (x >= 0) {
    hurwitzCore(s, x, y, out);
    out[0] *= fm;
    out[1] *= fm;
    return;
  }
  // Left half plane: the reflection formula and the direct series each lose
  // accuracy where their terms cancel. Estimate both rounding errors (in
  // units of 2⁻⁵³ and of m!) and use the smaller.
  const scale = Math.pow(Math.PI, s);
  let rr: number, ri: number, ra: number;
  if (Math.abs(y) >= 1) {
    // π dᵐ/dzᵐ cot(πz) = −2π(2π)ᵐ i^{m+1} Σ_{n≥1} nᵐ qⁿ, q = e^{2πiz}
    // (Im z > 0; conjugate below): |q| ≤ e^{−2π}, no cancellation, while
    // Q_m(cot πz) would cancel catastrophically near cot = ∓i.
    expm12piiz(x, Math.abs(y), buf2);
    const qr = buf2[2], qi = buf2[3];
    const qa = Math.hypot(qr, qi);
    const peak = m / (2 * Math.PI * Math.abs(y));
    let tr = qr, ti = qi, sr = 0, si = 0;
    for (let n = 1; n < 400; n++) {
      const w = Math.pow(n, m);
      sr += w * tr;
      si += w * ti;
      if (n > peak && w * qa ** n <= 1e-18 * Math.hypot(sr, si)) break;
      const u = tr * qr - ti * qi;
      ti = tr * qi + ti * qr;
      tr = u;
    }
    // multiply by −2π(2π)ᵐ i^{m+1}
    const f = -2 * Math.PI * Math.pow(2 * Math.PI, m);
    const k = (m + 1) % 4; // i^k
    const [ur, ui] = k === 0
      ? [sr, si]
      : k === 1
      ? [-si, sr]
      : k === 2
      ? [-sr, -si]
      : [si, -sr];
    rr = f * ur;
    ri = f * ui;
    if (y < 0) ri = -ri;
    ra = Math.hypot(rr, ri);
  } else {
    let q = POLY_CACHE[m];
    if (q === undefined) {
      q = cotDerivativePoly(m);
      POLY_CACHE[m] = q;
    }
    cotCsc2Pi(x, y, buf2);
    const cr = buf2[0], ci = buf2[1], s2r = buf2[2], s2i = buf2[3];
    const cabs = Math.hypot(cr, ci);
    let pr = q[q.length - 1], pi = 0, pa = Math.abs(q[q.length - 1]);
    for (let i = q.length - 2; i >= 0; i--) {
      const u = pr * cr - pi * ci + q[i];
      pi = pr * ci + pi * cr;
      pr = u;
      pa = pa * cabs + Math.abs(q[i]);
    }
    rr = scale * (s2r * pr - s2i * pi);
    ri = scale * (s2r * pi + s2i * pr);
    ra = scale * Math.hypot(s2r, s2i) * pa;
  }
  hurwitzCore(s, 1 - x, -y, out);
  const ar = out[0], ai = out[1];
  // Error scale of the reflection, in units of m!: |ψ⁽ᵐ⁾(1−z)| plus the
  // reflection term (π^{m+1}|csc²|·Σ|q_i||c|^i on the polynomial path).
  const errRefl = Math.hypot(ar, ai) + ra / Math.abs(fm);
  let direct = x >= -DIRECT_LEFT;
  if (direct) {
    // Error scale of the direct series: Σ|z+k|^{−s} over the terms summed
    // before Re(z+k) ≥ 1 (afterwards no cancellation happens).
    let l1 = 0;
    const y2 = y * y;
    for (let k = 0; x + k < 1; k++) {
      const a = x + k;
      l1 += Math.pow(a * a + y2, -0.5 * s);
    }
    direct = l1 < errRefl;
  }
  if (direct) {
    hurwitzCore(s, x, y, out);
    out[0] *= fm;
    out[1] *= fm;
    return;
  }
  const refl = (m % 2 === 0 ? 1 : -1) * fm; // (−1)^m · (−1)^{m+1} m! for ψ⁽ᵐ⁾(1−z)
  out[0] = refl * ar - rr;
  out[1] = refl * ai - ri;
}

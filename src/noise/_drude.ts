/**
 * Scalar core of the Drude (Lorentzian-cutoff Ohmic) noise kernel,
 * J(ω) = M γ ω ω_c²/(ω_c² + ω²), in dimensionless variables.
 *
 * With τ = 2πk_BT t/ħ and x = ħω_c/(2πk_BT) (so ν_n = nω_c/x, ω_c t = xτ)
 * the Matsubara form of physics.md §2 reads K(t) = (ħMγω_c²/π)·B(τ, x),
 *
 *   B(τ, x) = (π/2) cot(πx) e^{−xτ} + ½ Σ_{n≥1} e^{−nτ} [1/(n−x) + 1/(n+x)].
 *
 * ## Method
 * - Resonance. The cot term and the n = m term (m = round(x) ≥ 1, ε = x − m)
 *   are each singular at ε = 0; together
 *   ½e^{−mτ}[(π cot πε − 1/ε) e^{−ετ} + (e^{−ετ} − 1)/ε], with
 *   π cot πε − 1/ε = −2 Σ_{j≥1} ζ(2j) ε^{2j−1} (|ε| ≤ ½, DLMF 4.19.6) and
 *   (e^{−ετ} − 1)/ε = expm1(−ετ)/ε, is regular and summed without
 *   cancellation for every ε, including ε = 0 exactly.
 * - τ ≥ ½: the series is summed directly; for n > x its terms are
 *   positive and decreasing, and the sum is stopped when the geometric
 *   bound e^{−nτ}/(1−e^{−τ})·2n/(n²−x²) on the rest is below 2⁻⁵⁶ of the
 *   sum of the magnitudes of everything added so far.
 * - τ < ½: the terms n < N = max(⌈x⌉, m) + 12 are summed directly and the
 *   slowly decaying tail (terms ~ e^{−nτ}/n, the −ln(1 − e^{−τ}) behaviour)
 *   analytically, by the Euler–Maclaurin formula applied to
 *   g(y) = e^{−τy}[1/(y−x) + 1/(y+x)] on [N, ∞):
 *   Σ_{n≥N} g(n) = ∫_N^∞ g + g(N)/2 − Σ_{k=1}^{8} B_{2k}/(2k)! g^{(2k−1)}(N),
 *   with ∫_N^∞ e^{−τy}/(y−a) dy = e^{−τa} E₁(τ(N−a)) (evaluated as
 *   e^{−τN}·[e^{z}E₁(z)] so nothing overflows) and the derivatives by
 *   Leibniz' rule, g_a^{(m)}(y) = (−1)^m e^{−τy} Σ_i C(m,i) τ^{m−i} i!/(y−a)^{i+1}.
 *   The remainder is bounded by 2ζ(16)/(2π)^{16}·∫|g^{(16)}|; with
 *   N − x ≥ 12 and τ < ½ this is below 1e-17 of g(N)/τ, i.e. well below
 *   the rounding error of the sum (DLMF 2.10.1).
 * - T = 0: K₀ = (ħMγω_c²/π)·(−½)[e^{−u}Ei(u) + e^{u}Ei(−u)], u = ω_c t
 *   (physics.md §2); for u ≥ 40 the two exponentially large/small parts
 *   cancel to 2/u², so the asymptotic series −Σ_{k odd} k!/u^{k+1}
 *   (DLMF 6.12.2) is used instead, truncated at its smallest term
 *   (error ≲ e^{−u} relative).
 *
 * Sources: U. Weiss, "Quantum Dissipative Systems", 4th ed. (2012), §6.2
 * (Matsubara form of the Drude kernel); DLMF §2.10, §6.
 *
 * @module
 */
import { e1Real, ei } from "../special/mod.ts";

/** Even Bernoulli numbers B_{2k}/(2k)!, k = 1..8. */
const EM = new Float64Array([
  1 / 12,
  -1 / 720,
  1 / 30240,
  -1 / 1209600,
  1 / 47900160,
  -691 / 1307674368000,
  1 / 74724249600,
  -3617 / 10670622842880000,
]);

/** ζ(2j), j = 1..30. */
const ZETA_EVEN: Float64Array = (() => {
  const z = new Float64Array(31);
  const p2 = Math.PI * Math.PI;
  z[1] = p2 / 6;
  z[2] = (p2 * p2) / 90;
  z[3] = (p2 * p2 * p2) / 945;
  z[4] = (p2 * p2 * p2 * p2) / 9450;
  z[5] = (p2 * p2 * p2 * p2 * p2) / 93555;
  for (let j = 6; j <= 30; j++) {
    // 1 + Σ_{k≥2} k^{−2j}; 40^{−12} ≈ 6e-20 bounds the omitted tail.
    let s = 0;
    for (let k = 40; k >= 2; k--) s += Math.pow(k, -2 * j);
    z[j] = 1 + s;
  }
  return z;
})();

let lastEps = NaN, lastCot = NaN;

/**
 * π cot(πε) − 1/ε for |ε| ≤ ½, by its ζ-series (no cancellation). ε is
 * fixed for a kernel (it depends on ω_c and T only), so the last value is
 * memoized.
 */
export function cotMinusPole(eps: number): number {
  if (eps === lastEps) return lastCot;
  lastCot = cotMinusPoleSeries(eps);
  lastEps = eps;
  return lastCot;
}

function cotMinusPoleSeries(eps: number): number {
  const e2 = eps * eps;
  let p = eps, s = 0;
  for (let j = 1; j <= 30; j++) {
    const term = ZETA_EVEN[j] * p;
    s += term;
    if (Math.abs(term) <= 1e-18 * Math.abs(s)) break;
    p *= e2;
  }
  return -2 * s;
}

/** e^{z} E₁(z) for z > 0 (no overflow/underflow for any z). */
function scaledE1(z: number): number {
  if (z < 600) return Math.exp(z) * e1Real(z);
  // Asymptotic series 1/z Σ (−1)^k k!/z^k, truncated at 8 terms (error < 8!/600^9).
  const iz = 1 / z;
  let s = 1, term = 1;
  for (let k = 1; k <= 8; k++) {
    term *= -k * iz;
    s += term;
  }
  return s * iz;
}

/** Terms summed directly past max(x, m) before the Euler–Maclaurin tail. */
const EM_GAP = 12;
/** τ below which the tail is summed by Euler–Maclaurin. */
const TAU_EM = 0.5;

/**
 * Σ_{i=0}^{m} C(m,i) τ^{m−i} i!/d^{i+1}: |g_a^{(m)}(y)| e^{τy}, d = y − a.
 */
function leibniz(m: number, tau: number, d: number): number {
  // Summed from i = m down (term_{i−1}/term_i = τd/(m−i+1)), so nothing
  // underflows when τ is tiny.
  let term = 1 / d;
  for (let k = 1; k <= m; k++) term *= k / d;
  let s = term;
  const r = tau * d;
  for (let i = m; i > 0; i--) {
    term *= r / (m - i + 1);
    s += term;
  }
  return s;
}

/**
 * B(τ, x) for τ > 0, x > 0, and the sum of the magnitudes of its parts
 * (an error scale) in out[0], out[1].
 */
export function drudeBracket(tau: number, x: number, out: Float64Array): void {
  const m = Math.round(x);
  let res: number;
  if (m >= 1) {
    const eps = x - m;
    const ex = Math.exp(-x * tau);
    // (e^{−xτ} − e^{−mτ})/ε: through expm1 when |ετ| < 1 (no cancellation),
    // as a plain difference otherwise (the two differ by a factor ≥ e), so
    // nothing overflows when e^{−mτ} underflows.
    const et = eps * tau;
    const lin = eps === 0
      ? -tau * Math.exp(-m * tau)
      : Math.abs(et) < 1
      ? (Math.exp(-m * tau) * Math.expm1(-et)) / eps
      : (ex - Math.exp(-m * tau)) / eps;
    res = 0.5 * (cotMinusPole(eps) * ex + lin);
  } else {
    res = (Math.PI / 2) * Math.exp(-x * tau) / Math.tan(Math.PI * x);
  }
  let s = 0, mag = Math.abs(res);
  const q = Math.exp(-tau);
  if (tau >= TAU_EM) {
    let e = 1;
    const nMin = Math.ceil(x * Math.SQRT2) + 1;
    for (let n = 1; n < 100000; n++) {
      e *= q;
      // the 1/(n−x) part of n = m is in the resonant pair already
      const term = n === m ? e / (n + x) : (2 * n * e) / ((n - x) * (n + x));
      s += term;
      mag += Math.abs(term);
      if (n >= nMin && term / (1 - q) <= 1.4e-17 * mag) break;
    }
  } else {
    const nEnd = Math.max(Math.ceil(x), m) + EM_GAP;
    let e = 1;
    for (let n = 1; n < nEnd; n++) {
      e *= q;
      // the 1/(n−x) part of n = m is in the resonant pair already
      const term = n === m ? e / (n + x) : (2 * n * e) / ((n - x) * (n + x));
      s += term;
      mag += Math.abs(term);
    }
    const N = nEnd;
    const eN = Math.exp(-tau * N);
    const dm = N - x, dp = N + x;
    let tail = eN * (scaledE1(tau * dm) + scaledE1(tau * dp));
    tail += 0.5 * eN * (1 / dm + 1 / dp);
    for (let k = 1; k <= 8; k++) {
      const mm = 2 * k - 1;
      // g^{(2k−1)} = −e^{−τN}[leibniz(dm) + leibniz(dp)] (odd order)
      const d = -eN * (leibniz(mm, tau, dm) + leibniz(mm, tau, dp));
      const c = EM[k - 1] * d;
      tail -= c;
      // the corrections decrease geometrically here (N − x ≥ 12, τ < ½)
      if (Math.abs(c) <= 1e-18 * Math.abs(tail)) break;
    }
    s += tail;
    mag += Math.abs(tail);
  }
  out[0] = res + 0.5 * s;
  out[1] = mag;
}

/**
 * (−½)[e^{−u}Ei(u) + e^{u}Ei(−u)] for u > 0: the T = 0 Drude kernel in
 * units of ħMγω_c²/π.
 */
export function drudeZeroT(u: number): number {
  if (u >= 40) {
    // −Σ_{k odd} k!/u^{k+1}, truncated at the smallest term.
    const iu2 = 1 / (u * u);
    let term = iu2, s = iu2; // k = 1: 1!/u²
    for (let k = 3; k < u; k += 2) {
      const next = term * (k - 1) * k * iu2;
      if (next >= term) break;
      term = next;
      s += term;
      if (term < 1e-18 * s) break;
    }
    return -s;
  }
  return -0.5 * (Math.exp(-u) * ei(u) + Math.exp(u) * ei(-u));
}

/**
 * Exponential integrals: Ei(x) for real x and E₁(z) for complex z.
 *
 * @module
 */
import type { Complex } from "./complex.ts";
import { logAbs } from "./_elementary.ts";
import { fmt } from "./_errors.ts";

/** Euler–Mascheroni constant γ (DLMF 5.2.3). */
const EULER = 0.5772156649015329;
/** The positive zero of Ei, x₀ = X0_HI + X0_LO (mpmath findroot, 50 digits). */
const X0_HI = 0.3725074107813666;
const X0_LO = 1.3140183414386028e-17;
const EPS = 2 ** -53;

/**
 * Taylor coefficients of Ei about its zero x₀:
 * Ei(x₀ + h) = (e^{x₀}/x₀) Σ_{n≥0} c_n h^{n+1}/(n+1), where
 * e^h/(1 + h/x₀) = Σ c_n hⁿ, i.e. c_n = −c_{n−1}/x₀ + 1/n!.
 */
const TAYLOR_N = 34;
const TAYLOR = new Float64Array(TAYLOR_N);
{
  let c = 1, f = 1;
  TAYLOR[0] = 1;
  for (let n = 1; n < TAYLOR_N; n++) {
    f /= n;
    c = -c / X0_HI + f;
    TAYLOR[n] = c / (n + 1);
  }
}
const TAYLOR_SCALE = Math.exp(X0_HI) / X0_HI;

/** E₁(x) for real x > 0 (no validation); 0 once e^{−x} underflows. */
function e1Positive(x: number): number {
  if (x <= 1) {
    // −γ − ln x − Σ_{k≥1} (−x)^k/(k·k!)
    let t = 1, s = 0;
    for (let k = 1; k < 60; k++) {
      t *= -x / k;
      const u = t / k;
      s += u;
      if (Math.abs(u) < EPS * 0.1 * Math.abs(s)) break;
    }
    return -EULER - Math.log(x) - s;
  }
  if (x > 745) return 0;
  // Modified Lentz on e^x E₁(x) = 1/(x+1− 1²/(x+3− 2²/(x+5− …)))
  const tiny = 1e-300;
  let b = x + 1, c = 1 / tiny, d = 1 / b, h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * i;
    b += 2;
    d = 1 / (an * d + b);
    c = b + an / c;
    const del = c * d;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h * Math.exp(-x);
}

/** Ei(x) for real x > 0 (no validation; may return Infinity). */
function eiPositive(x: number): number {
  const h = (x - X0_HI) - X0_LO;
  if (Math.abs(h) < 0.1) {
    let p = TAYLOR[TAYLOR_N - 1];
    for (let n = TAYLOR_N - 2; n >= 0; n--) p = p * h + TAYLOR[n];
    return TAYLOR_SCALE * h * p;
  }
  if (x <= 40) {
    // γ + ln x + Σ_{k≥1} x^k/(k·k!), all terms positive
    let t = 1, s = 0;
    for (let k = 1; k < 200; k++) {
      t *= x / k;
      const u = t / k;
      s += u;
      if (u < EPS * 0.1 * s) break;
    }
    return EULER + Math.log(x) + s;
  }
  // e^x/x Σ k!/x^k, truncated before the terms grow (error ≲ e^{−x}√(2πx)).
  let t = 1, s = 1;
  for (let k = 1; k < x; k++) {
    const next = t * k / x;
    if (next < EPS * 0.1 * s) break;
    t = next;
    s += t;
  }
  const half = Math.exp(0.5 * x);
  return half * (half / x * s);
}

/**
 * Exponential integral Ei(x) = −PV∫_{−x}^∞ e^{−t}/t dt for real x ≠ 0
 * (Cauchy principal value for x > 0; Ei(x) = −E₁(−x) for x < 0).
 *
 * Throws a RangeError at x = 0 (logarithmic singularity), for non-finite x,
 * and for x > 716.35 where Ei(x) overflows a double. Underflows to 0 for
 * x < −745. Accuracy: ≤ 1e-13 relative everywhere, including near the zero
 * x₀ = 0.37250741078136663446… (checked against mpmath).
 *
 * ## Method
 * |x − x₀| < 0.1: Taylor series about the zero (x₀ stored in double-double),
 * from Ei′(x) = eˣ/x. 0 < x ≤ 40: the convergent series γ + ln x + Σ xᵏ/(k·k!)
 * (DLMF 6.6.1; positive terms). x > 40: the asymptotic series
 * eˣ/x Σ k!/xᵏ (DLMF 6.12.2), truncated at its smallest term, error below
 * e^{−x}√(2πx) < 1e-16 relative. x < 0: −E₁(−x), see {@link e1Real}.
 *
 * @param x Real argument, non-zero.
 * @returns Ei(x).
 *
 * @example
 * ```ts
 * import { ei } from "./mod.ts";
 * // Ei(1) = 1.8951178163559367555 (A&S Table 5.1; DLMF 6.2.5)
 * if (Math.abs(ei(1) - 1.8951178163559367555) > 4e-16) throw new Error("Ei(1)");
 * ```
 */
export function ei(x: number): number {
  if (!Number.isFinite(x) || x === 0) {
    throw new RangeError(
      `Cannot evaluate the exponential integral Ei(x): x must be finite and non-zero, but x = ${x}`,
    );
  }
  if (x < 0) return -e1Positive(-x);
  const v = eiPositive(x);
  if (!Number.isFinite(v)) {
    throw new RangeError(
      `Cannot evaluate the exponential integral Ei(x): the result must be representable as a double (x ≤ 716.35), but x = ${x} overflows`,
    );
  }
  return v;
}

/**
 * Exponential integral E₁(x) = ∫_x^∞ e^{−t}/t dt for real x > 0.
 *
 * Throws a RangeError for x ≤ 0 (E₁ has a logarithmic singularity at 0 and is
 * complex for x < 0: use {@link e1} or −{@link ei}(−x)) and for non-finite x.
 * Underflows to 0 for x > 745. Accuracy ≤ 1e-13 relative.
 *
 * ## Method
 * x ≤ 1: the series −γ − ln x − Σ (−x)ᵏ/(k·k!) (DLMF 6.6.2). x > 1: the
 * continued fraction e^{−x}/(x+1− 1/(x+3− 4/(x+5− …))) (DLMF 6.9.1, even
 * contraction) by the modified Lentz algorithm, stopped when a factor is
 * within 2⁻⁵³ of 1.
 *
 * @param x Real argument, x > 0.
 * @returns E₁(x).
 *
 * @example
 * ```ts
 * import { e1Real } from "./mod.ts";
 * // E₁(1) = 0.21938393439552027368 (A&S Table 5.1)
 * if (Math.abs(e1Real(1) - 0.21938393439552027368) > 1e-15) throw new Error("E₁(1)"); // ≈ 5 ulp
 * ```
 */
export function e1Real(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) {
    throw new RangeError(
      `Cannot evaluate the exponential integral E₁(x): x must be finite and > 0 (use e1 for complex or negative arguments), but x = ${x}`,
    );
  }
  return e1Positive(x);
}

/**
 * Exponential integral E₁(z) = ∫_z^∞ e^{−t}/t dt for complex z ≠ 0,
 * principal branch cut along the negative real axis; on the axis itself
 * (Im z = ±0) the value from above is returned, E₁(−x) = −Ei(x) − iπ, as
 * mpmath does.
 *
 * Throws a RangeError at z = 0, for non-finite z, and where |E₁(z)| overflows
 * (Re z < −709 or so). Accuracy: ≤ 1e-13 relative to |E₁(z)| (mpmath tables).
 *
 * ## Method
 * Power series −γ − ln z − Σ (−z)ᵏ/(k·k!) (DLMF 6.6.2) where |z| ≤ 2, and,
 * for Re z < 0, where |z| + Re z ≤ 2 (near the negative axis, where its terms
 * do not cancel by more than e²). Re z ≤ −40: the asymptotic series
 * e^{−z}/z Σ (−1)ᵏ k!/zᵏ (DLMF 6.12.1) truncated at its smallest term
 * (relative error ≲ e^{−|z|}√(2π|z|)), plus −iπ·sgn(Im z) within |Im z| < 1
 * (there the branch-cut constant is not negligible in the imaginary part).
 * Elsewhere the continued fraction of {@link e1Real} in complex arithmetic
 * (modified Lentz), which converges in the whole cut plane.
 *
 * @param z Complex argument, non-zero.
 * @returns E₁(z).
 *
 * @example
 * ```ts
 * import { complex, e1 } from "./mod.ts";
 * // E₁(−1 + 0i) = −Ei(1) − iπ (DLMF 6.2.6)
 * const w = e1(complex(-1, 0));
 * if (Math.abs(w.re + 1.8951178163559367555) > 1e-15 || Math.abs(w.im + Math.PI) > 1e-15) throw new Error("E₁(−1)");
 * ```
 */
export function e1(z: Complex): Complex {
  const x = z.re, y = z.im;
  if (!Number.isFinite(x) || !Number.isFinite(y) || (x === 0 && y === 0)) {
    throw new RangeError(
      `Cannot evaluate the exponential integral E₁(z): z must be finite and non-zero, but z = ${
        fmt(x, y)
      }`,
    );
  }
  const r = Math.hypot(x, y);
  let re: number, im: number;
  if (r <= 2 || (x < 0 && x > -40 && r + x <= 2)) {
    // −γ − ln z − Σ_{k≥1} (−z)^k/(k·k!)
    let tr = 1, ti = 0, sr = 0, si = 0;
    for (let k = 1; k < 400; k++) {
      const a = -(tr * x - ti * y) / k;
      ti = -(tr * y + ti * x) / k;
      tr = a;
      const ur = tr / k, ui = ti / k;
      sr += ur;
      si += ui;
      if (Math.hypot(ur, ui) < EPS * 0.1 * Math.hypot(sr, si)) break;
    }
    re = -EULER - logAbs(x, y) - sr;
    im = -Math.atan2(y, x) - si;
  } else if (x <= -40) {
    // e^{−z}/z Σ_{k≥0} (−1)^k k!/z^k
    const ir = x / (r * r), ii = -y / (r * r); // 1/z
    let tr = 1, ti = 0, sr = 1, si = 0;
    let prev = 1;
    for (let k = 1; k < 2 * r; k++) {
      const a = -k * (tr * ir - ti * ii);
      const b = -k * (tr * ii + ti * ir);
      const m = Math.hypot(a, b);
      if (m > prev || m < EPS * 0.1 * Math.hypot(sr, si)) break;
      prev = m;
      tr = a;
      ti = b;
      sr += tr;
      si += ti;
    }
    // e^{−z}/z = exp(−x − ln|z|) · e^{−i(y + arg z)}
    const mag = Math.exp(-x - Math.log(r));
    const ph = -y - Math.atan2(y, x);
    const fr = mag * Math.cos(ph), fi = mag * Math.sin(ph);
    re = fr * sr - fi * si;
    im = fr * si + fi * sr;
    if (Math.abs(y) < 1) im += y < 0 || Object.is(y, -0) ? Math.PI : -Math.PI;
  } else {
    // Modified Lentz for e^{z}E₁(z) = 1/(z+1− 1/(z+3− 4/(z+5− …)))
    let br = x + 1;
    const bi = y;
    let cr = 1e300, ci = 0;
    let m = br * br + bi * bi;
    let dr = br / m, di = -bi / m;
    let hr = dr, hi = di;
    let converged = false;
    for (let i = 1; i < 20000; i++) {
      const an = -i * i;
      br += 2;
      // d = 1/(an·d + b)
      const qr = an * dr + br, qi = an * di + bi;
      m = qr * qr + qi * qi;
      dr = qr / m;
      di = -qi / m;
      // c = b + an/c
      m = cr * cr + ci * ci;
      cr = br + an * cr / m;
      ci = bi - an * ci / m;
      const er = cr * dr - ci * di, eim = cr * di + ci * dr;
      const t = hr * er - hi * eim;
      hi = hr * eim + hi * er;
      hr = t;
      if (Math.abs(er - 1) + Math.abs(eim) < EPS) {
        converged = true;
        break;
      }
    }
    if (!converged) {
      throw new RangeError(
        `Cannot evaluate the exponential integral E₁(z): the continued fraction did not converge in 20000 steps at z = ${
          fmt(x, y)
        }`,
      );
    }
    const mag = Math.exp(-x);
    const fr = mag * Math.cos(y), fi = -mag * Math.sin(y);
    re = fr * hr - fi * hi;
    im = fr * hi + fi * hr;
  }
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    throw new RangeError(
      `Cannot evaluate the exponential integral E₁(z): the result must be representable as a double, but it overflows at z = ${
        fmt(x, y)
      }`,
    );
  }
  return { re, im };
}

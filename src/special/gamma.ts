/**
 * The gamma function and its logarithm, for complex and real arguments.
 *
 * @module
 */
import type { Complex } from "./complex.ts";
import { BERNOULLI_EVEN } from "./_bernoulli.ts";
import { expm12piiz, logAbs, sinPi } from "./_elementary.ts";
import { hurwitzCore } from "./_hurwitz.ts";
import { checkArg as check, failArg as fail } from "./_errors.ts";

const EULER = 0.5772156649015329;
const LN_PI = 1.1447298858494002;
const HALF_LN_2PI = 0.9189385332046728;
const SQRT_2PI = 2.5066282746310002;
/** Stirling series is used for |z| ≥ R with NS Bernoulli terms. */
const R = 10;
const NS = 11;
/** Stirling coefficients B_{2k}/(2k(2k−1)), k = 1 … NS. */
const STIRLING = new Float64Array(NS);
for (let k = 1; k <= NS; k++) {
  STIRLING[k - 1] = BERNOULLI_EVEN[k] / (2 * k * (2 * k - 1));
}
/** Radius of the Taylor expansions about z = 1 and z = 2. */
const TAYLOR_R = 0.2;
/**
 * lnΓ(1+ε) = −γε + Σ_{k≥2} (−1)^k ζ(k)/k · εᵏ (DLMF 5.7.3); coefficients
 * ζ(k)/k from the Hurwitz core at a = 1. Used for |ε| ≤ ½ on the real line,
 * where 0.5^{NT}/NT < 1e-20.
 */
const NT = 60;
const TAYLOR = new Float64Array(NT + 1);
{
  const out = new Float64Array(2);
  TAYLOR[1] = -EULER;
  for (let k = 2; k <= NT; k++) {
    hurwitzCore(k, 1, 0, out);
    TAYLOR[k] = (k % 2 === 0 ? 1 : -1) * out[0] / k;
  }
}
/** Terms needed for |ε| < 0.2: 0.2^{27}/27 < 1e-20. */
const NT_COMPLEX = 27;
const scratch = new Float64Array(4);

/** lnΓ(1 + e) for real |e| ≤ ½ (Taylor, NT terms). */
function lgTaylorReal(e: number): number {
  let p = TAYLOR[NT];
  for (let k = NT - 1; k >= 1; k--) p = p * e + TAYLOR[k];
  return p * e;
}

/** lnΓ(1 + e) for complex e = er + i·ei with |e| < 0.2 (Taylor). */
function lgTaylor1(er: number, ei: number, out: Float64Array): void {
  let pr = TAYLOR[NT_COMPLEX], pi = 0;
  for (let k = NT_COMPLEX - 1; k >= 1; k--) {
    const u = pr * er - pi * ei + TAYLOR[k];
    pi = pr * ei + pi * er;
    pr = u;
  }
  out[0] = pr * er - pi * ei;
  out[1] = pr * ei + pi * er;
}

/** Principal lnΓ(x + iy) for x ≥ 0.5 (no validation). */
function lgRight(x: number, y: number, out: Float64Array): void {
  // Near the zeros of lnΓ at 1 and 2: Taylor series, relative accuracy.
  const d1 = Math.hypot(x - 1, y);
  if (d1 < TAYLOR_R) {
    lgTaylor1(x - 1, y, out);
    return;
  }
  if (Math.hypot(x - 2, y) < TAYLOR_R) {
    lgTaylor1(x - 2, y, out);
    // lnΓ(2 + e) = lnΓ(1 + e) + ln(1 + e)
    out[0] += logAbs(x - 1, y);
    out[1] += Math.atan2(y, x - 1);
    return;
  }
  let sr = 0, si = 0;
  if (x * x + y * y < R * R) {
    const n = Math.ceil(Math.sqrt(R * R - y * y) - x);
    // lnΓ(z) = lnΓ(z + n) − Σ ln(z + k); each Re(z + k) > 0, so the sum of
    // principal logs is the principal log of the product's continuation.
    // Σ_k ln(z+k) = ln|P| + i(arg P + 2π·w) with P = Π_{k≥1}(z+k) (|P| ≤ 15ⁿ)
    // plus the k = 0 term separately (|z| may be tiny). Each factor turns P
    // by less than π/2 in the sense of sgn y, so the winding number w counts
    // the crossings of the negative real axis: no atan2 per factor.
    let pr = 1, pim = 0, wind = 0;
    for (let k = 1; k < n; k++) {
      const a = x + k;
      const nr = pr * a - pim * y, ni = pr * y + pim * a;
      if (nr < 0) {
        if (y > 0 && pim >= 0 && ni < 0) wind++;
        else if (y < 0 && pim < 0 && ni >= 0) wind--;
      }
      pr = nr;
      pim = ni;
    }
    sr = -0.5 * Math.log(pr * pr + pim * pim) - logAbs(x, y);
    si = -(Math.atan2(pim, pr) + 2 * Math.PI * wind) - Math.atan2(y, x);
    x += n;
  }
  // (z − ½) ln z − z + ½ ln 2π + Σ B_{2k}/(2k(2k−1)) z^{1−2k}
  const lr = logAbs(x, y), li = Math.atan2(y, x);
  const h = x * x + y * y;
  const ir = x / h, ii = -y / h;
  const tr = ir * ir - ii * ii, ti = 2 * ir * ii;
  let pr = STIRLING[NS - 1], pi = 0;
  for (let k = NS - 2; k >= 0; k--) {
    const u = pr * tr - pi * ti + STIRLING[k];
    pi = pr * ti + pi * tr;
    pr = u;
  }
  const qr = ir * pr - ii * pi, qi = ir * pi + ii * pr;
  out[0] = sr + ((x - 0.5) * lr - y * li) - x + HALF_LN_2PI + qr;
  out[1] = si + ((x - 0.5) * li + y * lr) - y + qi;
}

/** Principal lnΓ(x + iy) for any non-pole z (no validation). */
function lgAny(x: number, y: number, out: Float64Array): void {
  if (x >= 0.5) {
    lgRight(x, y, out);
    return;
  }
  const flip = y < 0;
  const ya = flip ? -y : y;
  // lnΓ(z) = ln π − ln sin(πz) − lnΓ(1 − z) in the closed upper half plane,
  // ln sin(πz) = −iπz + ln(−E) − ln 2 + iπ/2 with E = e^{2πiz} − 1.
  expm12piiz(x, ya, out);
  const er = -out[0], ei = -out[1];
  const lsr = Math.PI * ya + logAbs(er, ei) - Math.LN2;
  const lsi = -Math.PI * x + Math.atan2(ei, er) + Math.PI / 2;
  lgRight(1 - x, -ya, out);
  out[0] = LN_PI - lsr - out[0];
  out[1] = -lsi - out[1];
  if (flip) out[1] = -out[1];
}

/**
 * Principal branch of the log-gamma function lnΓ(z) for complex z: the
 * analytic continuation of the real ln Γ(x), x > 0, to the plane cut along
 * the negative real axis (so Im lnΓ is not reduced modulo 2π). On the cut
 * (Im z = 0, z < 0) the limit from above is returned, as in mpmath.
 *
 * Throws a RangeError at the poles z = 0, −1, −2, … and for non-finite z.
 * Accuracy: ≤ 1e-13 relative (mpmath tables), including near the zeros
 * z = 1 and z = 2.
 *
 * ## Method
 * Re z ≥ ½: Taylor series lnΓ(1+ε) = −γε + Σ (−1)ᵏζ(k)εᵏ/k (DLMF 5.7.3)
 * within 0.2 of 1 and of 2 (with lnΓ(2+ε) = lnΓ(1+ε) + ln(1+ε)); otherwise
 * the recurrence lnΓ(z) = lnΓ(z+n) − Σ ln(z+k) to |z+n| ≥ 10 and Stirling's
 * series with 11 Bernoulli terms (DLMF 5.11.1), truncation error < 1e-20.
 * Re z < ½: the reflection formula lnΓ(z) = ln π − ln sin(πz) − lnΓ(1−z)
 * (DLMF 5.5.3), with the branch of ln sin(πz) continuous in the upper half
 * plane, −iπz + ln(1 − e^{2πiz}) − ln 2 + iπ/2, which makes the result the
 * principal lnΓ (D. E. G. Hare, "Computing the principal branch of
 * log-Gamma", J. Algorithms 25 (1997) 221–236); conjugate symmetry below the
 * axis.
 *
 * @param z Complex argument.
 * @returns lnΓ(z), principal branch.
 *
 * @example
 * ```ts
 * import { complex, logGamma } from "./mod.ts";
 * // lnΓ(½) = ½ ln π (DLMF 5.4.6)
 * const w = logGamma(complex(0.5, 0));
 * if (Math.abs(w.re - 0.5 * Math.log(Math.PI)) > 1e-15 || w.im !== 0) throw new Error("lnΓ(½)");
 * ```
 */
export function logGamma(z: Complex): Complex {
  check("the log-gamma function lnΓ(z)", z.re, z.im);
  lgAny(z.re, z.im, scratch);
  return { re: scratch[0], im: scratch[1] };
}

/**
 * The gamma function Γ(z) for complex z.
 *
 * Throws a RangeError at the poles z = 0, −1, −2, …, for non-finite z, and
 * where |Γ(z)| overflows a double (Re lnΓ(z) > 709.78); underflows to 0.
 * Accuracy: relative error ≲ 1e-13 for |z| ≤ 50; in general
 * ≈ 2⁻⁵³·|lnΓ(z)| (the exponential amplifies the absolute error of lnΓ).
 *
 * ## Method
 * exp(lnΓ(z)) with {@link logGamma}; real z uses {@link gammaReal}.
 *
 * @param z Complex argument.
 * @returns Γ(z).
 *
 * @example
 * ```ts
 * import { complex, gamma } from "./mod.ts";
 * // |Γ(iy)|² = π/(y sinh πy) (DLMF 5.4.3)
 * const g = gamma(complex(0, 1));
 * const expected = Math.PI / Math.sinh(Math.PI);
 * if (Math.abs(g.re * g.re + g.im * g.im - expected) > 1e-15) throw new Error("|Γ(i)|²");
 * ```
 */
export function gamma(z: Complex): Complex {
  const x = z.re, y = z.im;
  check("the gamma function Γ(z)", x, y);
  if (y === 0) return { re: gammaReal(x), im: 0 };
  lgAny(x, y, scratch);
  if (scratch[0] > 709.782712893384) {
    fail(
      "the gamma function Γ(z)",
      "|Γ(z)| must be representable as a double (Re lnΓ(z) ≤ 709.78)",
      x,
      y,
    );
  }
  const m = Math.exp(scratch[0]);
  return { re: m * Math.cos(scratch[1]), im: m * Math.sin(scratch[1]) };
}

/** Γ(x) for real x ≥ 10 by Stirling (may return Infinity). */
function gammaStirling(x: number): number {
  const t = 1 / (x * x);
  let p = STIRLING[NS - 1];
  for (let k = NS - 2; k >= 0; k--) p = p * t + STIRLING[k];
  const s = p / x;
  // x^{x−½} e^{−x} split in two halves so it cannot overflow early.
  const h = Math.pow(x, 0.5 * x - 0.25);
  return SQRT_2PI * (h * Math.exp(-x)) * h * Math.exp(s);
}

/** Γ(x) for real non-pole x; Infinity on overflow (no validation). */
function gammaAny(x: number): number {
  if (x >= 10) return gammaStirling(x);
  if (x >= 0.5) {
    // Γ(x) = (x−1)(x−2)…(x−n)·Γ(x−n) with x − n ∈ [½, 3/2), where
    // Γ = exp(lnΓ(1+ε)) from the Taylor series: a few ulps in all.
    let p = 1;
    while (x >= 1.5) {
      x -= 1;
      p *= x;
    }
    return p * Math.exp(lgTaylorReal(x - 1));
  }
  if (x > 0) return gammaAny(x + 1) / x;
  // Reflection Γ(x) = π / (sin(πx) Γ(1 − x))
  const s = sinPi(x);
  const g = gammaAny(1 - x);
  if (Number.isFinite(g)) return Math.PI / (s * g);
  const l = LN_PI - Math.log(Math.abs(s)) - logGammaPositive(1 - x);
  return (s < 0 ? -1 : 1) * Math.exp(l);
}

/**
 * The gamma function Γ(x) for real x.
 *
 * Throws a RangeError at x = 0, −1, −2, …, for non-finite x, and for
 * x > 171.62 where Γ(x) overflows a double. Underflows to ±0 for very
 * negative x. Accuracy ≲ 1e-14 relative (mpmath tables).
 *
 * ## Method
 * x ≥ 10: Stirling's formula Γ(x) = √(2π) x^{x−½} e^{−x} e^{S(x)} with the
 * 11-term Bernoulli series S (DLMF 5.11.3), the power split in two halves.
 * ½ ≤ x < 10: exp of the Taylor series of lnΓ about 1 (DLMF 5.7.3) on
 * [½, 3/2), then the recurrence Γ(x+1) = xΓ(x) upwards. 0 < x < ½: Γ(x) = Γ(x+1)/x. x < 0: the
 * reflection Γ(x) = π/(sin(πx) Γ(1−x)) with sin(πx) reduced exactly.
 *
 * @param x Real argument.
 * @returns Γ(x).
 *
 * @example
 * ```ts
 * import { gammaReal } from "./mod.ts";
 * // Γ(½) = √π (DLMF 5.4.6); Γ(5) = 4! = 24
 * if (Math.abs(gammaReal(0.5) - Math.sqrt(Math.PI)) > 4e-16) throw new Error("Γ(½)");
 * if (Math.abs(gammaReal(5) - 24) > 24 * 4e-16) throw new Error("Γ(5)");
 * ```
 */
export function gammaReal(x: number): number {
  check("the gamma function Γ(x)", x, 0, "x");
  const g = gammaAny(x);
  if (!Number.isFinite(g)) {
    fail(
      "the gamma function Γ(x)",
      "Γ(x) must be representable as a double (x ≤ 171.62)",
      x,
      0,
      "x",
    );
  }
  return g;
}

/** ln Γ(x) for x > 0 (no validation; Infinity for x ≳ 2.5e305). */
function logGammaPositive(x: number): number {
  if (Math.abs(x - 1) <= 0.5) return lgTaylorReal(x - 1);
  if (Math.abs(x - 2) <= 0.5) return lgTaylorReal(x - 2) + Math.log1p(x - 2);
  if (x < 0.5) return logGammaPositive(x + 1) - Math.log(x);
  if (x < 10) return Math.log(gammaAny(x));
  const t = 1 / (x * x);
  let p = STIRLING[NS - 1];
  for (let k = NS - 2; k >= 0; k--) p = p * t + STIRLING[k];
  return (x - 0.5) * Math.log(x) - x + HALF_LN_2PI + p / x;
}

/**
 * ln|Γ(x)| for real x (the real part of the principal lnΓ).
 *
 * Throws a RangeError at x = 0, −1, −2, …, for non-finite x, and for
 * x > 2.5e305 where the result overflows. Accuracy ≤ 1e-13 relative
 * (absolute ≲ 1e-15 near the zeros of ln|Γ| on the negative axis).
 *
 * ## Method
 * Taylor series about 1 and 2 for |x − 1|, |x − 2| ≤ ½ (DLMF 5.7.3), ln of
 * {@link gammaReal} elsewhere on
 * [½, 10), lnΓ(x+1) − ln x below ½, Stirling's series above 10, and the
 * reflection ln|Γ(x)| = ln π − ln|sin πx| − lnΓ(1−x) for x < 0.
 *
 * @param x Real argument.
 * @returns ln|Γ(x)|.
 *
 * @example
 * ```ts
 * import { logGammaReal } from "./mod.ts";
 * // ln Γ(10) = ln 362880
 * if (Math.abs(logGammaReal(10) - Math.log(362880)) > 1e-14) throw new Error("lnΓ(10)");
 * ```
 */
export function logGammaReal(x: number): number {
  check("the log-gamma function ln|Γ(x)|", x, 0, "x");
  let v: number;
  if (x > 0) v = logGammaPositive(x);
  else {
    v = LN_PI - Math.log(Math.abs(sinPi(x))) - logGammaPositive(1 - x);
  }
  if (!Number.isFinite(v)) {
    fail(
      "the log-gamma function ln|Γ(x)|",
      "the result must be representable as a double (x ≤ 2.5e305)",
      x,
      0,
      "x",
    );
  }
  return v;
}

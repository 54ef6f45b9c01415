/**
 * Digamma ψ(z) = Γ′(z)/Γ(z), trigamma ψ′(z), and the polygamma functions
 * ψ⁽ᵐ⁾(z) for complex z, plus fast real versions.
 *
 * @module
 */
import type { Complex } from "./complex.ts";
import {
  DI,
  digammaNearRoot,
  digammaRight,
  nearRoot,
  NTERMS,
  polygammaInto,
  R,
  TRI,
  trigammaRight,
} from "./_psi.ts";
import { cotCsc2Pi, cotPi, sinPi } from "./_elementary.ts";
import { checkArg as check, failArg as fail } from "./_errors.ts";

/** Throws if the result in `buf` overflowed (|z| below ~1e-154 for ψ′). */
function overflow(what: string, x: number, y: number, v = "z"): void {
  if (!Number.isFinite(buf[0]) || !Number.isFinite(buf[1])) {
    fail(
      what,
      "the result must be representable as a double, but it overflows",
      x,
      y,
      v,
    );
  }
}

const buf = new Float64Array(4);
const buf2 = new Float64Array(4);

/**
 * Writes ψ′(x + iy) into `out[0]` (real part) and `out[1]` (imaginary part)
 * without allocating: the hot-path form of {@link trigamma} for inner loops
 * such as the exponential-cutoff noise kernel. Performs no validation: `z`
 * must be finite and not a pole (0, −1, −2, …); otherwise the result is
 * meaningless.
 *
 * @param x Real part of z.
 * @param y Imaginary part of z.
 * @param out Receives Re ψ′(z), Im ψ′(z) at indices 0 and 1.
 *
 * @example
 * ```ts
 * import { trigammaInto } from "./polygamma.ts";
 * const out = new Float64Array(2);
 * trigammaInto(1, 0, out); // ψ′(1) = π²/6
 * if (Math.abs(out[0] - Math.PI ** 2 / 6) > 4e-16) throw new Error("ψ′(1)");
 * ```
 */
export function trigammaInto(x: number, y: number, out: Float64Array): void {
  if (x >= 0) {
    trigammaRight(x, y, out);
    return;
  }
  // Reflection: ψ′(z) = −ψ′(1 − z) + π² csc²(πz)
  cotCsc2Pi(x, y, buf2);
  const cr = buf2[2], ci = buf2[3];
  trigammaRight(1 - x, -y, out);
  const p2 = Math.PI * Math.PI;
  out[0] = p2 * cr - out[0];
  out[1] = p2 * ci - out[1];
}

/**
 * Trigamma function ψ′(z) = d²/dz² ln Γ(z) for complex z.
 *
 * Throws a RangeError at the poles z = 0, −1, −2, … and for non-finite z.
 * Accuracy: ≤ 1e-13 relative to |ψ′(z)| (checked against mpmath), except near
 * the complex zeros of ψ′ in the left half plane, where the error is
 * ≲ 1e-15·|ψ′(1 − z)| absolute.
 *
 * ## Method
 * For Re z < 0 the reflection ψ′(z) = −ψ′(1−z) + π² csc²(πz), with πz
 * reduced exactly modulo π. For Re z ≥ 0, the recurrence
 * ψ′(z) = ψ′(z+1) + 1/z² lifts |z| to ≥ 12, where the asymptotic series
 * ψ′(z) ~ 1/z + 1/(2z²) + Σ_{k=1}^{11} B_{2k} z^{−2k−1} (DLMF 5.15.8) is
 * summed; its truncation error there is below 1e-20 relative.
 *
 * @param z Complex argument.
 * @returns ψ′(z).
 *
 * @example
 * ```ts
 * import { complex, trigamma } from "./mod.ts";
 * const w = trigamma(complex(0.5, 0)); // ψ′(½) = π²/2 (DLMF 5.15.3)
 * if (Math.abs(w.re - Math.PI ** 2 / 2) > 1e-15 * Math.PI ** 2) throw new Error("ψ′(½)");
 * ```
 */
export function trigamma(z: Complex): Complex {
  check("the trigamma function ψ′(z)", z.re, z.im);
  trigammaInto(z.re, z.im, buf);
  overflow("the trigamma function ψ′(z)", z.re, z.im);
  return { re: buf[0], im: buf[1] };
}

/**
 * Digamma function ψ(z) = Γ′(z)/Γ(z) for complex z.
 *
 * Throws a RangeError at the poles z = 0, −1, −2, … and for non-finite z.
 * Accuracy: ≤ 1e-13 relative (mpmath tables), including next to the positive
 * zero x₀ = 1.4616…; near the zeros on the negative axis (one in each
 * interval (−n−1, −n)) the error is ≲ 1e-15·(1 + |ln|z||) absolute.
 *
 * ## Method
 * For Re z < 0 the reflection ψ(z) = ψ(1−z) − π cot(πz) (DLMF 5.5.4) with
 * πz reduced exactly; for Re z ≥ 0 the recurrence ψ(z) = ψ(z+1) − 1/z
 * (DLMF 5.5.2) up to |z| ≥ 12, then ψ(z) ~ ln z − 1/(2z) − Σ_{k=1}^{11}
 * B_{2k}/(2k z^{2k}) (DLMF 5.11.2), truncation error below 1e-20. Within
 * 0.2 of x₀ (stored in double-double), the Taylor series
 * ψ(x₀ + h) = Σ_{k≥1} (−1)^{k+1} ζ(k+1, x₀) hᵏ (DLMF 5.15.1, 25.11.12).
 *
 * @param z Complex argument.
 * @returns ψ(z).
 *
 * @example
 * ```ts
 * import { complex, digamma } from "./mod.ts";
 * const EULER_GAMMA = 0.5772156649015329; // DLMF 5.2.3
 * if (Math.abs(digamma(complex(1, 0)).re + EULER_GAMMA) > 1e-15) throw new Error("ψ(1) = −γ");
 * ```
 */
export function digamma(z: Complex): Complex {
  const x = z.re, y = z.im;
  check("the digamma function ψ(z)", x, y);
  if (x >= 0) {
    digammaRight(x, y, buf);
    overflow("the digamma function ψ(z)", x, y);
    return { re: buf[0], im: buf[1] };
  }
  cotCsc2Pi(x, y, buf2);
  const cr = buf2[0], ci = buf2[1];
  digammaRight(1 - x, -y, buf);
  return { re: buf[0] - Math.PI * cr, im: buf[1] - Math.PI * ci };
}

/** Largest order accepted by {@link polygamma}. */
export const POLYGAMMA_MAX_ORDER = 100;

/**
 * Polygamma function ψ⁽ᵐ⁾(z) = d^{m+1}/dz^{m+1} ln Γ(z) for integer
 * order 0 ≤ m ≤ 100 and complex z (m = 0 is digamma, m = 1 trigamma).
 *
 * Throws a RangeError for a non-integer or out-of-range m, at the poles
 * z = 0, −1, −2, …, for non-finite z, and when the result overflows a double.
 *
 * ## Method
 * For m ≥ 2 and Re z ≥ 0, ψ⁽ᵐ⁾(z) = (−1)^{m+1} m! ζ(m+1, z) (DLMF 25.11.12)
 * with the Euler–Maclaurin Hurwitz zeta of this module. For Re z < 0 either
 * that series, whose first terms are summed directly (for Re z ≥ −10⁴), or
 * the m-th derivative of the reflection formula,
 * ψ⁽ᵐ⁾(z) = (−1)ᵐ ψ⁽ᵐ⁾(1−z) − π^{m+1} csc²(πz) Q_m(cot πz),
 * where dᵐ cot(πz)/dzᵐ = πᵐ csc²(πz) Q_m(cot πz) and
 * Q_{k+1}(u) = −[2u Q_k + (1+u²) Q_k′], Q₁ = −1. Both cancel somewhere (the
 * series near Re z = −n − ½, the reflection where |Q_m| is large); the
 * function estimates both rounding errors (Σ|z+k|^{−m−1} against
 * |ψ⁽ᵐ⁾(1−z)| + π^{m+1}|csc²(πz)| Σ|q_i||cot πz|ⁱ) and uses the smaller.
 * Where both cancel, the error is ≲ 1e-14 times the smaller of these sums
 * (times m!) rather than relative to the result.
 *
 * @param m Order, an integer in [0, 100].
 * @param z Complex argument.
 * @returns ψ⁽ᵐ⁾(z).
 *
 * @example
 * ```ts
 * import { complex, polygamma } from "./mod.ts";
 * // ψ″(1) = −2ζ(3), Apéry's constant ζ(3) = 1.2020569031595942854 (OEIS A002117)
 * const w = polygamma(2, complex(1, 0));
 * if (Math.abs(w.re + 2 * 1.2020569031595942854) > 1e-14) throw new Error("ψ″(1)");
 * ```
 */
export function polygamma(m: number, z: Complex): Complex {
  if (!Number.isInteger(m) || m < 0 || m > POLYGAMMA_MAX_ORDER) {
    throw new RangeError(
      `Cannot evaluate the polygamma function ψ⁽ᵐ⁾(z): the order m must be an integer in [0, ${POLYGAMMA_MAX_ORDER}], but m = ${m}`,
    );
  }
  if (m === 0) return digamma(z);
  if (m === 1) return trigamma(z);
  const x = z.re, y = z.im;
  check(`the polygamma function ψ⁽${m}⁾(z)`, x, y);
  polygammaInto(m, x, y, buf);
  if (!Number.isFinite(buf[0]) || !Number.isFinite(buf[1])) {
    fail(
      `the polygamma function ψ⁽${m}⁾(z)`,
      "the result must be representable as a double, but it overflows",
      x,
      y,
    );
  }
  return { re: buf[0], im: buf[1] };
}

/**
 * Digamma ψ(x) for real x (fast path; no complex arithmetic).
 *
 * Throws a RangeError at x = 0, −1, −2, … and for non-finite x.
 *
 * ## Method
 * As {@link digamma}: reflection ψ(x) = ψ(1−x) − π cot(πx) for x < 0,
 * recurrence to x ≥ 12 and the asymptotic series with 11 Bernoulli terms.
 *
 * @param x Real argument.
 * @returns ψ(x).
 *
 * @example
 * ```ts
 * import { digammaReal } from "./mod.ts";
 * // ψ(½) = −γ − 2 ln 2 (DLMF 5.4.13)
 * const expected = -0.5772156649015329 - 2 * Math.LN2;
 * if (Math.abs(digammaReal(0.5) - expected) > 1e-15) throw new Error("ψ(½)");
 * ```
 */
export function digammaReal(x: number): number {
  const x0 = x;
  buf[1] = 0;
  check("the digamma function ψ(x)", x, 0, "x");
  if (nearRoot(x, 0)) {
    digammaNearRoot(x, 0, buf);
    return buf[0];
  }
  let refl = 0;
  if (x < 0) {
    refl = -Math.PI * cotPi(x);
    x = 1 - x;
  }
  let s = 0;
  if (x < R) {
    const n = Math.ceil(R - x);
    for (let k = n - 1; k >= 0; k--) s -= 1 / (x + k);
    x += n;
  }
  const t = 1 / (x * x);
  let p = DI[NTERMS - 1];
  for (let k = NTERMS - 2; k >= 0; k--) p = p * t + DI[k];
  buf[0] = refl + s + Math.log(x) - 0.5 / x - t * p;
  overflow("the digamma function ψ(x)", x0, 0, "x");
  return buf[0];
}

/**
 * Trigamma ψ′(x) for real x (fast path; no complex arithmetic).
 *
 * Throws a RangeError at x = 0, −1, −2, … and for non-finite x.
 *
 * ## Method
 * As {@link trigamma}: reflection ψ′(x) = −ψ′(1−x) + π²/sin²(πx) for x < 0,
 * recurrence to x ≥ 12, asymptotic series with 11 Bernoulli terms.
 *
 * @param x Real argument.
 * @returns ψ′(x).
 *
 * @example
 * ```ts
 * import { trigammaReal } from "./mod.ts";
 * // ψ′(1) = π²/6 (DLMF 5.15.2)
 * if (Math.abs(trigammaReal(1) - Math.PI ** 2 / 6) > 4e-16) throw new Error("ψ′(1)");
 * ```
 */
export function trigammaReal(x: number): number {
  const x0 = x;
  buf[1] = 0;
  check("the trigamma function ψ′(x)", x, 0, "x");
  let refl = 0, sign = 1;
  if (x < 0) {
    const sp = sinPi(x);
    refl = Math.PI * Math.PI / (sp * sp);
    sign = -1;
    x = 1 - x;
  }
  let s = 0;
  if (x < R) {
    const n = Math.ceil(R - x);
    for (let k = n - 1; k >= 0; k--) s += 1 / ((x + k) * (x + k));
    x += n;
  }
  const i = 1 / x, t = i * i;
  let p = TRI[NTERMS - 1];
  for (let k = NTERMS - 2; k >= 0; k--) p = p * t + TRI[k];
  buf[0] = refl + sign * (s + i + 0.5 * t + i * t * p);
  overflow("the trigamma function ψ′(x)", x0, 0, "x");
  return buf[0];
}

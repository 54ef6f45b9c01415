/**
 * The Hurwitz zeta function ζ(s, a) for real s > 1 and complex a, and the
 * Riemann zeta function ζ(s) for real s > 1.
 *
 * @module
 */
import type { Complex } from "./complex.ts";
import { hurwitzCore, hurwitzShift } from "./_hurwitz.ts";
import { polygammaInto } from "./_psi.ts";
import { trigammaInto } from "./polygamma.ts";
import { fmt } from "./_errors.ts";

const out = new Float64Array(2);
/** Largest number of directly summed terms for non-integer s, Re a < 0. */
const MAX_SHIFT = 100000;

/**
 * Hurwitz zeta function ζ(s, a) = Σ_{k≥0} (a + k)^{−s} for real s > 1 and
 * complex a, with principal powers (as mpmath's `zeta(s, a)`).
 *
 * Domain: a must not be 0, −1, −2, … (poles). For non-integer s, a must also
 * be off the negative real axis (the branch cut of (a + k)^{−s}) and
 * Re a ≥ −10⁵. Everything else throws a RangeError, as do s ≤ 1, non-finite
 * inputs, and results that overflow. Accuracy ≤ 1e-13 relative (mpmath
 * tables).
 *
 * ## Method
 * Euler–Maclaurin summation (DLMF 2.10.1, 25.11.5 style): the first N terms
 * directly, N chosen so that w = a + N has Re w ≥ 0 and |w| ≥ 10 + 0.7 s,
 * then w^{1−s}/(s−1) + w^{−s}/2 + Σ_j B_{2j}/(2j)! (s)_{2j−1} w^{−s−2j+1},
 * stopped when a term is below 2⁻⁵⁸ of the tail; with Re w ≥ 0 the
 * remainder is smaller than the first omitted term. For integer s ≤ 101
 * and Re a < 0, ζ(s, a) = (−1)^s ψ^{(s−1)}(a)/(s−1)! by {@link polygamma},
 * which picks between this series and the reflection formula.
 *
 * @param s Real exponent, s > 1.
 * @param a Complex shift, not a pole.
 * @returns ζ(s, a).
 *
 * @example
 * ```ts
 * import { complex, hurwitzZeta } from "./mod.ts";
 * // ζ(2, ½) = π²/2 (DLMF 25.11.11: ζ(s, ½) = (2ˢ − 1) ζ(s))
 * const w = hurwitzZeta(2, complex(0.5, 0));
 * if (Math.abs(w.re - Math.PI ** 2 / 2) > 1e-14) throw new Error("ζ(2, ½)");
 * ```
 */
export function hurwitzZeta(s: number, a: Complex): Complex {
  const x = a.re, y = a.im;
  const what = "the Hurwitz zeta function ζ(s, a)";
  if (!(s > 1) || !Number.isFinite(s)) {
    throw new RangeError(
      `Cannot evaluate ${what}: s must be a finite real number > 1, but s = ${s}`,
    );
  }
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    throw new RangeError(
      `Cannot evaluate ${what}: a must be finite, but a = ${fmt(x, y)}`,
    );
  }
  const integer = Number.isInteger(s);
  if (y === 0 && x <= 0) {
    if (Number.isInteger(x)) {
      throw new RangeError(
        `Cannot evaluate ${what}: a must not be a pole (0, −1, −2, …), but a = ${x}`,
      );
    }
    if (!integer) {
      throw new RangeError(
        `Cannot evaluate ${what}: for non-integer s, a must be off the negative real axis (branch cut of (a+k)^{−s}), but s = ${s}, a = ${x}`,
      );
    }
  }
  if (x < 0 && integer && s <= 101) {
    const m = s - 1;
    if (m === 1) trigammaInto(x, y, out);
    else polygammaInto(m, x, y, out);
    let f = 1;
    for (let k = 2; k <= m; k++) f *= k;
    const sign = s % 2 === 0 ? 1 : -1;
    out[0] *= sign / f;
    out[1] *= sign / f;
  } else {
    if (hurwitzShift(s, x, y) > MAX_SHIFT) {
      throw new RangeError(
        `Cannot evaluate ${what}: Re a must be ≥ −${MAX_SHIFT} for non-integer s, but a = ${
          fmt(x, y)
        }`,
      );
    }
    hurwitzCore(s, x, y, out);
  }
  if (!Number.isFinite(out[0]) || !Number.isFinite(out[1])) {
    throw new RangeError(
      `Cannot evaluate ${what}: the result must be representable as a double, but it overflows at s = ${s}, a = ${
        fmt(x, y)
      }`,
    );
  }
  return { re: out[0], im: out[1] };
}

/**
 * Riemann zeta function ζ(s) = Σ_{n≥1} n^{−s} for real s > 1.
 *
 * Throws a RangeError for s ≤ 1 (pole at 1; the continuation is not
 * implemented) and non-finite s. Accuracy ≤ 1e-14 relative.
 *
 * ## Method
 * ζ(s) = ζ(s, 1), see {@link hurwitzZeta}.
 *
 * @param s Real exponent, s > 1.
 * @returns ζ(s).
 *
 * @example
 * ```ts
 * import { riemannZeta } from "./mod.ts";
 * // ζ(2) = π²/6 (DLMF 25.6.1)
 * if (Math.abs(riemannZeta(2) - Math.PI ** 2 / 6) > 1e-15) throw new Error("ζ(2)");
 * ```
 */
export function riemannZeta(s: number): number {
  if (!(s > 1) || !Number.isFinite(s)) {
    throw new RangeError(
      `Cannot evaluate the Riemann zeta function ζ(s): s must be a finite real number > 1, but s = ${s}`,
    );
  }
  hurwitzCore(s, 1, 0, out);
  return out[0];
}

/**
 * A small immutable complex-number type and the elementary functions the
 * special functions of this module are built from.
 *
 * Every helper returns a fresh frozen-shape `{ re, im }` object (one small
 * allocation, which V8 usually removes by escape analysis in hot loops). The
 * special functions themselves work on scalar pairs internally.
 *
 * Branch cuts follow the usual principal conventions (and those of C99
 * `<complex.h>`, mpmath and numpy): `clog`, `csqrt` and `cpow` are cut along
 * the negative real axis, with `arg z ∈ (−π, π]`.
 *
 * @module
 */
import { logAbs, powIntInto } from "./_elementary.ts";

/** A complex number `re + i·im`. Both parts are plain IEEE doubles. */
export interface Complex {
  /** Real part. */
  readonly re: number;
  /** Imaginary part. */
  readonly im: number;
}

/**
 * Builds the complex number `re + i·im`.
 *
 * @param re Real part.
 * @param im Imaginary part (default 0).
 * @returns The complex number.
 *
 * @example
 * ```ts
 * import { complex } from "./complex.ts";
 * const z = complex(1, -2);
 * if (z.re !== 1 || z.im !== -2) throw new Error("complex(1, -2)");
 * ```
 */
export function complex(re: number, im = 0): Complex {
  return { re, im };
}

/**
 * Sum `a + b`.
 *
 * @example
 * ```ts
 * import { cadd, complex } from "./complex.ts";
 * const s = cadd(complex(1, 2), complex(3, -5));
 * if (s.re !== 4 || s.im !== -3) throw new Error("(1+2i)+(3−5i) = 4−3i");
 * ```
 */
export function cadd(a: Complex, b: Complex): Complex {
  return { re: a.re + b.re, im: a.im + b.im };
}

/**
 * Difference `a − b`.
 *
 * @example
 * ```ts
 * import { complex, csub } from "./complex.ts";
 * const d = csub(complex(1, 2), complex(3, -5));
 * if (d.re !== -2 || d.im !== 7) throw new Error("(1+2i)−(3−5i) = −2+7i");
 * ```
 */
export function csub(a: Complex, b: Complex): Complex {
  return { re: a.re - b.re, im: a.im - b.im };
}

/**
 * Product `a · b`.
 *
 * @example
 * ```ts
 * import { cmul, complex } from "./complex.ts";
 * const p = cmul(complex(1, 2), complex(3, 4));
 * if (p.re !== -5 || p.im !== 10) throw new Error("(1+2i)(3+4i) = −5+10i");
 * ```
 */
export function cmul(a: Complex, b: Complex): Complex {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

/**
 * Quotient `a / b` by Smith's algorithm (no overflow for large `|b|`).
 * Dividing by zero throws a RangeError.
 *
 * @example
 * ```ts
 * import { cdiv, complex } from "./complex.ts";
 * const q = cdiv(complex(-5, 10), complex(3, 4));
 * if (Math.abs(q.re - 1) > 1e-15 || Math.abs(q.im - 2) > 1e-15) throw new Error("(−5+10i)/(3+4i) = 1+2i");
 * ```
 */
export function cdiv(a: Complex, b: Complex): Complex {
  const c = b.re, d = b.im;
  if (c === 0 && d === 0) {
    throw new RangeError(
      `Cannot divide complex numbers: the divisor must be non-zero, but it is 0 (dividend ${a.re} + ${a.im}i)`,
    );
  }
  if (Math.abs(c) >= Math.abs(d)) {
    const r = d / c, den = c + d * r;
    return { re: (a.re + a.im * r) / den, im: (a.im - a.re * r) / den };
  }
  const r = c / d, den = c * r + d;
  return { re: (a.re * r + a.im) / den, im: (a.im * r - a.re) / den };
}

/**
 * Scales `z` by the real factor `s`.
 *
 * @example
 * ```ts
 * import { complex, cscale } from "./complex.ts";
 * const w = cscale(complex(1, -2), 3);
 * if (w.re !== 3 || w.im !== -6) throw new Error("3(1−2i) = 3−6i");
 * ```
 */
export function cscale(z: Complex, s: number): Complex {
  return { re: z.re * s, im: z.im * s };
}

/**
 * Negation `−z`.
 *
 * @example
 * ```ts
 * import { cneg, complex } from "./complex.ts";
 * if (cneg(complex(1, -2)).im !== 2) throw new Error("−(1−2i) = −1+2i");
 * ```
 */
export function cneg(z: Complex): Complex {
  return { re: -z.re, im: -z.im };
}

/**
 * Complex conjugate `z̄`.
 *
 * @example
 * ```ts
 * import { cconj, complex } from "./complex.ts";
 * if (cconj(complex(1, 2)).im !== -2) throw new Error("conj(1+2i) = 1−2i");
 * ```
 */
export function cconj(z: Complex): Complex {
  return { re: z.re, im: -z.im };
}

/**
 * Modulus `|z|`, computed without overflow or underflow (`Math.hypot`).
 *
 * @example
 * ```ts
 * import { cabs, complex } from "./complex.ts";
 * if (Math.abs(cabs(complex(3e200, 4e200)) - 5e200) > 1e185) throw new Error("|3+4i|·1e200 = 5e200");
 * ```
 */
export function cabs(z: Complex): number {
  return Math.hypot(z.re, z.im);
}

/**
 * Principal argument `arg z ∈ (−π, π]` (radians); `arg(−x + 0i) = π`,
 * `arg(−x − 0i) = −π` as in IEEE `atan2`.
 *
 * @example
 * ```ts
 * import { carg, complex } from "./complex.ts";
 * if (carg(complex(-1, 0)) !== Math.PI) throw new Error("arg(−1) = π");
 * ```
 */
export function carg(z: Complex): number {
  return Math.atan2(z.im, z.re);
}

/**
 * Exponential `e^z`.
 *
 * @example
 * ```ts
 * import { cexp, complex } from "./complex.ts";
 * const w = cexp(complex(0, Math.PI));
 * if (Math.abs(w.re + 1) > 1e-15 || Math.abs(w.im) > 1e-15) throw new Error("e^{iπ} = −1");
 * ```
 */
export function cexp(z: Complex): Complex {
  const r = Math.exp(z.re);
  if (z.im === 0) return { re: r, im: z.im };
  return { re: r * Math.cos(z.im), im: r * Math.sin(z.im) };
}

/**
 * Principal logarithm `ln|z| + i·arg z`, cut along the negative real axis.
 * `clog(0)` throws a RangeError.
 *
 * ## Method
 * Near `|z| = 1` the real part is `½·log1p((x−1)(x+1) + y²)` to keep relative
 * accuracy of `ln|z|` when it is close to zero.
 *
 * @example
 * ```ts
 * import { clog, complex } from "./complex.ts";
 * const w = clog(complex(-1, 0));
 * if (w.re !== 0 || w.im !== Math.PI) throw new Error("ln(−1) = iπ");
 * ```
 */
export function clog(z: Complex): Complex {
  const x = z.re, y = z.im;
  if (x === 0 && y === 0) {
    throw new RangeError(
      "Cannot take the complex logarithm: the argument must be non-zero, but z = 0",
    );
  }
  return { re: logAbs(x, y), im: Math.atan2(y, x) };
}

/**
 * Principal square root, `Re √z ≥ 0`, cut along the negative real axis.
 *
 * @example
 * ```ts
 * import { complex, csqrt } from "./complex.ts";
 * const w = csqrt(complex(-4, 0));
 * if (w.re !== 0 || w.im !== 2) throw new Error("√(−4) = 2i");
 * ```
 */
export function csqrt(z: Complex): Complex {
  const x = z.re, y = z.im;
  if (x === 0 && y === 0) return { re: 0, im: y };
  const t = Math.sqrt(0.5 * (Math.abs(x) + Math.hypot(x, y)));
  if (x >= 0) return { re: t, im: y / (2 * t) };
  return { re: Math.abs(y) / (2 * t), im: y < 0 || Object.is(y, -0) ? -t : t };
}

/**
 * Principal power `z^w = exp(w·ln z)` for a complex or real exponent `w`.
 * `0^w` is 0 for `Re w > 0`, 1 for `w = 0`, and throws a RangeError otherwise.
 *
 * @example
 * ```ts
 * import { complex, cpow } from "./complex.ts";
 * const a = cpow(complex(0, 1), 2);             // i² = −1
 * const b = cpow(complex(0, 1), complex(0, 1)); // iⁱ = e^{−π/2}
 * if (Math.abs(a.re + 1) > 1e-15 || Math.abs(b.re - Math.exp(-Math.PI / 2)) > 1e-15) throw new Error("cpow");
 * ```
 */
export function cpow(z: Complex, w: Complex | number): Complex {
  const wr = typeof w === "number" ? w : w.re;
  const wi = typeof w === "number" ? 0 : w.im;
  if (z.re === 0 && z.im === 0) {
    if (wr === 0 && wi === 0) return { re: 1, im: 0 };
    if (wr > 0) return { re: 0, im: 0 };
    throw new RangeError(
      `Cannot raise 0 to a complex power: the exponent must have a positive real part, but w = ${wr} + ${wi}i`,
    );
  }
  if (wi === 0 && Number.isInteger(wr) && Math.abs(wr) <= 64) {
    return cpowInt(z.re, z.im, wr);
  }
  const lr = logAbs(z.re, z.im), li = Math.atan2(z.im, z.re);
  const er = wr * lr - wi * li, ei = wr * li + wi * lr;
  const m = Math.exp(er);
  return { re: m * Math.cos(ei), im: m * Math.sin(ei) };
}

const powBuf = new Float64Array(2);

/** z^n for a small integer n by binary powering (exact branch, fewer roundings). */
function cpowInt(x: number, y: number, n: number): Complex {
  powIntInto(x, y, Math.abs(n), powBuf);
  const rr = powBuf[0], ri = powBuf[1];
  return n >= 0
    ? { re: rr, im: ri }
    : cdiv({ re: 1, im: 0 }, { re: rr, im: ri });
}

/**
 * Sine `sin z`.
 *
 * @example
 * ```ts
 * import { complex, csin } from "./complex.ts";
 * const w = csin(complex(0, 1)); // i·sinh 1
 * if (w.re !== 0 || Math.abs(w.im - Math.sinh(1)) > 1e-15) throw new Error("sin(i) = i sinh 1");
 * ```
 */
export function csin(z: Complex): Complex {
  return {
    re: Math.sin(z.re) * Math.cosh(z.im),
    im: Math.cos(z.re) * Math.sinh(z.im),
  };
}

/**
 * Cosine `cos z`.
 *
 * @example
 * ```ts
 * import { ccos, complex } from "./complex.ts";
 * const w = ccos(complex(0, 1)); // cosh 1
 * if (Math.abs(w.re - Math.cosh(1)) > 1e-15) throw new Error("cos(i) = cosh 1");
 * ```
 */
export function ccos(z: Complex): Complex {
  return {
    re: Math.cos(z.re) * Math.cosh(z.im),
    im: -Math.sin(z.re) * Math.sinh(z.im),
  };
}

/**
 * Tangent `tan z`, stable for large `|Im z|` (tends to `±i` without overflow).
 *
 * ## Method
 * `tan(x+iy) = (sin 2x + i sinh 2y)/(cos 2x + cosh 2y)`; for `|y| > 20` the
 * imaginary part is `±1` to double precision and the real part is
 * `4 sin x cos x · e^{−2|y|}`.
 *
 * @example
 * ```ts
 * import { complex, ctan } from "./complex.ts";
 * const w = ctan(complex(0, 1000));
 * if (w.re !== 0 || w.im !== 1) throw new Error("tan(1000i) = i");
 * ```
 */
export function ctan(z: Complex): Complex {
  const x = z.re, y = z.im;
  if (Math.abs(y) > 20) {
    const e = Math.exp(-2 * Math.abs(y));
    return { re: 4 * Math.sin(x) * Math.cos(x) * e, im: y > 0 ? 1 : -1 };
  }
  const den = Math.cos(2 * x) + Math.cosh(2 * y);
  return { re: Math.sin(2 * x) / den, im: Math.sinh(2 * y) / den };
}

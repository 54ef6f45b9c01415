/**
 * Scalar building blocks shared by the special functions (not exported from
 * the module): accurate ln|z|, complex expm1, and trigonometric functions of
 * πz with the argument reduced exactly modulo 1, and integer powers of z.
 *
 * Results that are complex are written into a caller-owned `Float64Array`
 * (`out[0]` real, `out[1]` imaginary) so inner loops allocate nothing.
 *
 * @module
 */

/** ln|x + iy|, relatively accurate where |z| ≈ 1 (log1p of |z|² − 1). */
export function logAbs(x: number, y: number): number {
  const ax = Math.abs(x), ay = Math.abs(y);
  const big = ax > ay ? ax : ay, small = ax > ay ? ay : ax;
  if (big > 0.5 && big < 2) {
    return 0.5 * Math.log1p((big - 1) * (big + 1) + small * small);
  }
  return Math.log(Math.hypot(x, y));
}

/** sin(πr) for |r| ≤ ½ with the reduction to [−¼, ¼] done exactly. */
function sinPiSmall(r: number): number {
  const a = Math.abs(r);
  if (a <= 0.25) return Math.sin(Math.PI * r);
  const c = Math.cos(Math.PI * (0.5 - a)); // 0.5 − a is exact (Sterbenz)
  return r < 0 ? -c : c;
}

/** cos(πr) for |r| ≤ ½ with the reduction to [−¼, ¼] done exactly. */
function cosPiSmall(r: number): number {
  const a = Math.abs(r);
  if (a <= 0.25) return Math.cos(Math.PI * r);
  return Math.sin(Math.PI * (0.5 - a));
}

/** sin(πx) for real x with exact argument reduction (sinpi). */
export function sinPi(x: number): number {
  const n = Math.round(x);
  const s = sinPiSmall(x - n);
  return Math.abs(n) % 2 === 1 ? -s : s;
}

/** cos(πx) for real x with exact argument reduction (cospi). */
export function cosPi(x: number): number {
  const n = Math.round(x);
  const c = cosPiSmall(x - n);
  return Math.abs(n) % 2 === 1 ? -c : c;
}

/**
 * For z = x + iy with y ≥ 0, writes E = e^{2πiz} − 1 into out[0..1] and
 * q = e^{2πiz} into out[2..3], both with full relative accuracy: the angle
 * 2πx is reduced exactly (sinpi/cospi of 2(x − round x)), and
 * Re E = expm1(−2πy)·cos 2πx − 2 sin²πx, Im E = e^{−2πy} sin 2πx.
 * Then cot(πz) = i(2 + E)/E, csc²(πz) = −4q/E², and
 * ln sin(πz) = −iπz + ln(−E) − ln 2 + iπ/2 on the branch continuous in the
 * upper half plane (Re(−E) = 1 − Re q ≥ 0 there).
 */
export function expm12piiz(x: number, y: number, out: Float64Array): void {
  const r = x - Math.round(x);
  const t = 2 * r;
  const a = -2 * Math.PI * y;
  const c = cosPi(t), s = sinPi(t), h = sinPiSmall(r);
  const ea = Math.exp(a);
  out[0] = Math.expm1(a) * c - 2 * h * h;
  out[1] = ea * s;
  out[2] = ea * c;
  out[3] = ea * s;
}

/**
 * Writes cot(πz) into out[0..1] and csc²(πz) into out[2..3], stable for all
 * z off the integers: relative accuracy near the poles (exact reduction
 * x − round(x)) and near the zeros of cot (no 1 − cos cancellation), and no
 * overflow for large |Im z| (exponential form beyond |Im z| = 20).
 * Precondition: z is not an integer.
 */
export function cotCsc2Pi(x: number, y: number, out: Float64Array): void {
  const flip = y < 0;
  const ya = flip ? -y : y;
  let cr: number, ci: number, sr: number, si: number;
  if (ya < 20) {
    // cot(πz) = (sin 2πx − i sinh 2πy)/(cosh 2πy − cos 2πx), where the
    // denominator is 2 sinh²(πy) + 2 sin²(πx): no cancellation anywhere.
    const r = x - Math.round(x);
    const sx = sinPiSmall(r), cx = cosPiSmall(r);
    const sh = Math.sinh(Math.PI * ya), ch = Math.cosh(Math.PI * ya);
    const den = 2 * (sh * sh + sx * sx);
    cr = 2 * sx * cx / den;
    ci = -2 * sh * ch / den;
    // csc²(πz) = 1/sin²(πz), sin(πz) = ±(sin πr cosh πy + i cos πr sinh πy)
    const a = sx * ch, b = cx * sh;
    const s2r = a * a - b * b, s2i = 2 * a * b;
    const m = s2r * s2r + s2i * s2i;
    sr = s2r / m;
    si = -s2i / m;
  } else {
    // |e^{2πiz}| < e^{−125}: E = e^{2πiz} − 1 ≈ −1 carries no cancellation.
    expm12piiz(x, ya, out);
    const er = out[0], ei = out[1], qr = out[2], qi = out[3];
    const d = er * er + ei * ei;
    // cot = i(2 + E)/E = i(2 + E)·conj(E)/|E|²
    const nr = (2 + er) * er + ei * ei;
    const ni = ei * er - (2 + er) * ei;
    cr = -ni / d;
    ci = nr / d;
    // csc² = −4q/E² = −4q·conj(E)²/|E|⁴
    const e2r = er * er - ei * ei, e2i = -2 * er * ei;
    const m = d * d;
    sr = -4 * (qr * e2r - qi * e2i) / m;
    si = -4 * (qr * e2i + qi * e2r) / m;
  }
  if (flip) {
    ci = -ci;
    si = -si;
  }
  if (cr === 0) cr = 0;
  if (sr === 0) sr = 0;
  out[0] = cr;
  out[1] = ci;
  out[2] = sr;
  out[3] = si;
}

/** True if x + iy is 0, −1, −2, … (a pole of Γ and of every polygamma). */
export function isNonPositiveInteger(x: number, y: number): boolean {
  return y === 0 && x <= 0 && Number.isInteger(x);
}

/** cot(πx) for real non-integer x with exact argument reduction. */
export function cotPi(x: number): number {
  const r = x - Math.round(x);
  return cosPiSmall(r) / sinPiSmall(r);
}

/**
 * (x + iy)ⁿ for an integer n ≥ 0 by binary powering (a few roundings, no
 * log/exp) into out[0..1].
 */
export function powIntInto(
  x: number,
  y: number,
  n: number,
  out: Float64Array,
): void {
  let rr = 1, ri = 0, br = x, bi = y, k = n;
  while (k > 0) {
    if (k & 1) {
      const t = rr * br - ri * bi;
      ri = rr * bi + ri * br;
      rr = t;
    }
    k >>= 1;
    if (k > 0) {
      const t = br * br - bi * bi;
      bi = 2 * br * bi;
      br = t;
    }
  }
  out[0] = rr;
  out[1] = ri;
}

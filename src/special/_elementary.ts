/**
 * Scalar building blocks shared by the special functions (not exported from
 * the module): accurate ln|z|, complex expm1, and trigonometric functions of
 * πz with the argument reduced exactly modulo 1.
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

/**
 * e^{a+ib} − 1 with relative accuracy for small |a + ib|:
 * Re = expm1(a)·cos b − 2 sin²(b/2), Im = e^a sin b.
 */
export function expm1Parts(a: number, b: number, out: Float64Array): void {
  const s = Math.sin(0.5 * b);
  out[0] = Math.expm1(a) * Math.cos(b) - 2 * s * s;
  out[1] = Math.exp(a) * Math.sin(b);
}

/**
 * For z = x + iy with y ≥ 0 and x already reduced to [−½, ½], writes
 * e^{2πiz} − 1 (call it E) into `out`. Then, with q = 1 + E = e^{2πiz}:
 *   cot(πz) = i(2 + E)/E,  csc²(πz) = −4q/E²,  ln sin(πz) = −iπz + ln(−E) − ln 2 + iπ/2
 * (the last on the branch continuous in the upper half plane, since
 * Re(−E) = 1 − Re q ≥ 0 there).
 */
export function expm12piiz(xr: number, y: number, out: Float64Array): void {
  expm1Parts(-2 * Math.PI * y, 2 * Math.PI * xr, out);
}

/**
 * Writes cot(πz) into out[0..1] and csc²(πz) into out[2..3], stable for all
 * z off the integers (no overflow for large |Im z|, full relative accuracy
 * near the poles thanks to the exact reduction x − round(x)).
 * Precondition: z is not an integer.
 */
export function cotCsc2Pi(x: number, y: number, out: Float64Array): void {
  const flip = y < 0;
  const ya = flip ? -y : y;
  const xr = x - Math.round(x);
  expm12piiz(xr, ya, out);
  const er = out[0], ei = out[1];
  const d = er * er + ei * ei;
  // cot = i(2 + E)/E = i(2 + E)·conj(E)/|E|²
  const nr = (2 + er) * er + ei * ei; // Re[(2+E) conj E]
  const ni = ei * er - (2 + er) * ei; // Im[(2+E) conj E]
  let cr = -ni / d, ci = nr / d;
  // csc² = −4(1 + E)/E²
  const e2r = er * er - ei * ei, e2i = 2 * er * ei;
  const m = e2r * e2r + e2i * e2i;
  const qr = 1 + er, qi = ei;
  let sr = -4 * (qr * e2r + qi * e2i) / m;
  let si = -4 * (qi * e2r - qr * e2i) / m;
  if (flip) {
    ci = -ci;
    si = -si;
  }
  if (Object.is(cr, -0)) cr = 0;
  if (Object.is(sr, -0)) sr = 0;
  out[0] = cr;
  out[1] = ci;
  out[2] = sr;
  out[3] = si;
}

/** True if x + iy is 0, −1, −2, … (a pole of Γ and of every polygamma). */
export function isNonPositiveInteger(x: number, y: number): boolean {
  return y === 0 && x <= 0 && Number.isInteger(x);
}

/** sin(πx) for real x with exact argument reduction (sinpi). */
export function sinPi(x: number): number {
  const n = Math.round(x);
  const r = x - n;
  const s = Math.sin(Math.PI * r);
  return (n & 1) === 0 || Math.abs(n) > 2 ** 52 ? s : -s;
}

/** cot(πx) for real non-integer x with exact argument reduction. */
export function cotPi(x: number): number {
  const r = x - Math.round(x);
  return 1 / Math.tan(Math.PI * r);
}

/**
 * The globally adaptive Gauss–Kronrod 10/21 engine (private): a max-heap of
 * intervals keyed on their error estimates; the worst interval is bisected
 * until the summed error meets the tolerance, the bisection budget runs out,
 * or floating-point resolution stops further progress.
 *
 * @module
 */
import {
  GAUSS_WEIGHTS,
  KRONROD_NODES,
  KRONROD_WEIGHTS,
} from "./_gauss_kronrod_21.ts";
import { fmt } from "./_options.ts";

const EPS = Number.EPSILON;
const TINY = Number.MIN_VALUE;
/** Intervals narrower than this many ulps of their position are not split. */
const MIN_WIDTH_ULPS = 1e4;
/** Absolute floor on interval width (keeps 1/t² of the infinite maps finite). */
const MIN_WIDTH_ABS = 1e-150;
/** Consecutive non-improving bisections that signal a roundoff limit. */
const ROUNDOFF_STRIKES = 8;

/** Why the engine stopped. */
export type StopReason = "converged" | "limit" | "roundoff" | "resolution";

/** Outcome of one adaptive run. */
export interface AdaptiveOutcome {
  value: number;
  error: number;
  evaluations: number;
  converged: boolean;
  reason: StopReason;
  subdivisions: number;
}

/**
 * Applies the 21-point Kronrod rule (and the embedded 10-point Gauss rule)
 * on [a, b]; writes value, error estimate into `out[0]`, `out[1]`. `fv` is a
 * scratch array of length 21.
 *
 * The error estimate is the QUADPACK heuristic (Piessens, de Doncker-Kapenga,
 * Überhuber, Kahaner, "QUADPACK", Springer 1983, §2.2.1):
 * err = I|f−mean| · min(1, (200|K−G| / I|f−mean|)^{3/2}), floored at
 * 50·ε·I|f|.
 */
export function kronrod21(
  f: (x: number) => number,
  a: number,
  b: number,
  fv: Float64Array,
  out: Float64Array,
): void {
  const c = 0.5 * (a + b);
  const h = 0.5 * (b - a);
  const fc = f(c);
  if (fc - fc !== 0) nonFinite(fc, c);
  fv[20] = fc;
  let resK = fc * KRONROD_WEIGHTS[10];
  let resG = 0;
  let resAbs = Math.abs(resK);
  for (let i = 0; i < 10; i++) {
    const dx = h * KRONROD_NODES[i];
    const x1 = c - dx;
    const x2 = c + dx;
    const f1 = f(x1);
    if (f1 - f1 !== 0) nonFinite(f1, x1);
    const f2 = f(x2);
    if (f2 - f2 !== 0) nonFinite(f2, x2);
    fv[2 * i] = f1;
    fv[2 * i + 1] = f2;
    const w = KRONROD_WEIGHTS[i];
    resK += w * (f1 + f2);
    resAbs += w * (Math.abs(f1) + Math.abs(f2));
    if ((i & 1) === 1) resG += GAUSS_WEIGHTS[(i - 1) >> 1] * (f1 + f2);
  }
  const mean = 0.5 * resK;
  let resAsc = KRONROD_WEIGHTS[10] * Math.abs(fc - mean);
  for (let i = 0; i < 10; i++) {
    resAsc += KRONROD_WEIGHTS[i] *
      (Math.abs(fv[2 * i] - mean) + Math.abs(fv[2 * i + 1] - mean));
  }
  const ah = Math.abs(h);
  resAbs *= ah;
  resAsc *= ah;
  let err = Math.abs((resK - resG) * h);
  if (resAsc !== 0 && err !== 0) {
    err = resAsc * Math.min(1, Math.pow(200 * err / resAsc, 1.5));
  }
  if (resAbs > TINY / (50 * EPS)) err = Math.max(50 * EPS * resAbs, err);
  out[0] = resK * h;
  out[1] = err;
}

function nonFinite(v: number, x: number): never {
  throw new RangeError(
    `Cannot integrate: the integrand is not finite at x = ${fmt(x)} (got ${
      String(v)
    }); an integrable singularity must sit at an endpoint, where no node is placed`,
  );
}

/** One piece of the first partition: an integrand on [a, b] (a < b, finite). */
export interface Part {
  readonly f: (x: number) => number;
  readonly a: number;
  readonly b: number;
}

/**
 * Globally adaptive integration of the sum of the parts' integrals. Each
 * interval remembers which part (integrand) it belongs to, so infinite tails
 * under a change of variable and plain finite pieces share one error budget.
 */
export function adaptive(
  parts: readonly Part[],
  absTol: number,
  relTol: number,
  maxSubdivisions: number,
): AdaptiveOutcome {
  const fv = new Float64Array(21);
  const out = new Float64Array(2);
  const nInit = parts.length;
  let cap = Math.max(16, 2 * nInit);
  let lo = new Float64Array(cap);
  let hi = new Float64Array(cap);
  let val = new Float64Array(cap);
  let err = new Float64Array(cap);
  let heap = new Int32Array(cap);
  let part = new Int32Array(cap);
  let n = 0;
  let sumV = 0;
  let sumE = 0;
  let evaluations = 0;

  const siftUp = (pos: number): void => {
    const id = heap[pos];
    const e = err[id];
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      if (err[heap[parent]] >= e) break;
      heap[pos] = heap[parent];
      pos = parent;
    }
    heap[pos] = id;
  };
  const siftDown = (pos: number): void => {
    const id = heap[pos];
    const e = err[id];
    for (;;) {
      let child = 2 * pos + 1;
      if (child >= n) break;
      if (child + 1 < n && err[heap[child + 1]] > err[heap[child]]) child++;
      if (err[heap[child]] <= e) break;
      heap[pos] = heap[child];
      pos = child;
    }
    heap[pos] = id;
  };
  const grow = (): void => {
    cap *= 2;
    const g = (x: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => {
      const y = new Float64Array(cap);
      y.set(x);
      return y;
    };
    lo = g(lo);
    hi = g(hi);
    val = g(val);
    err = g(err);
    const h2 = new Int32Array(cap);
    h2.set(heap);
    heap = h2;
    const p2 = new Int32Array(cap);
    p2.set(part);
    part = p2;
  };
  const push = (k: number): void => {
    if (n === cap) grow();
    const x0 = parts[k].a;
    const x1 = parts[k].b;
    kronrod21(parts[k].f, x0, x1, fv, out);
    part[n] = k;
    evaluations += 21;
    lo[n] = x0;
    hi[n] = x1;
    val[n] = out[0];
    err[n] = out[1];
    sumV += out[0];
    sumE += out[1];
    heap[n] = n;
    n++;
    siftUp(n - 1);
  };

  for (let k = 0; k < parts.length; k++) push(k);

  let subdivisions = 0;
  let strikes = 0;
  let reason: StopReason = "limit";
  for (;;) {
    let tol = Math.max(absTol, relTol * Math.abs(sumV));
    if (sumE <= tol) {
      // The running sums drift; confirm on freshly summed values.
      sumV = 0;
      sumE = 0;
      for (let i = 0; i < n; i++) {
        sumV += val[i];
        sumE += err[i];
      }
      tol = Math.max(absTol, relTol * Math.abs(sumV));
      if (sumE <= tol) {
        reason = "converged";
        break;
      }
    }
    if (subdivisions >= maxSubdivisions) {
      reason = "limit";
      break;
    }
    const id = heap[0];
    const x0 = lo[id];
    const x1 = hi[id];
    const width = x1 - x0;
    if (
      width <= MIN_WIDTH_ULPS * EPS * Math.max(Math.abs(x0), Math.abs(x1)) ||
      width <= MIN_WIDTH_ABS
    ) {
      reason = "resolution";
      break;
    }
    const mid = 0.5 * (x0 + x1);
    const f = parts[part[id]].f;
    const oldV = val[id];
    const oldE = err[id];
    kronrod21(f, x0, mid, fv, out);
    const v1 = out[0];
    const e1 = out[1];
    kronrod21(f, mid, x1, fv, out);
    const v2 = out[0];
    const e2 = out[1];
    evaluations += 42;
    subdivisions++;
    // Left half replaces the parent in place; right half is appended.
    hi[id] = mid;
    val[id] = v1;
    err[id] = e1;
    siftDown(0);
    if (n === cap) grow();
    lo[n] = mid;
    hi[n] = x1;
    val[n] = v2;
    err[n] = e2;
    part[n] = part[id];
    heap[n] = n;
    n++;
    siftUp(n - 1);
    sumV += v1 + v2 - oldV;
    sumE += e1 + e2 - oldE;
    // Bisection that leaves the value unchanged but does not shrink the
    // error means the estimate sits at the roundoff floor.
    if (
      e1 + e2 >= 0.99 * oldE &&
      Math.abs(v1 + v2 - oldV) <= 1e-5 * Math.abs(v1 + v2)
    ) {
      strikes++;
      if (strikes >= ROUNDOFF_STRIKES) {
        reason = "roundoff";
        break;
      }
    } else strikes = 0;
  }
  if (reason !== "converged") {
    sumV = 0;
    sumE = 0;
    for (let i = 0; i < n; i++) {
      sumV += val[i];
      sumE += err[i];
    }
  }
  const converged = sumE <= Math.max(absTol, relTol * Math.abs(sumV));
  return {
    value: sumV,
    error: sumE,
    evaluations,
    converged,
    reason: converged ? "converged" : reason,
    subdivisions,
  };
}

/** A sentence explaining a stop reason, for error messages. */
export function explainStop(
  reason: StopReason,
  maxSubdivisions: number,
): string {
  switch (reason) {
    case "limit":
      return `the bisection budget \`maxSubdivisions\` = ${maxSubdivisions} ran out`;
    case "roundoff":
      return "roundoff stopped further bisections from reducing the error";
    case "resolution":
      return "the worst interval became too narrow to split in double precision";
    default:
      return "the tolerance was met";
  }
}

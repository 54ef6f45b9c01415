/**
 * Globally adaptive Gauss–Kronrod quadrature on finite, semi-infinite and
 * infinite intervals.
 *
 * @module
 */
import { adaptive, explainStop, type Part } from "./_adaptive.ts";
import { fmt, requireFunction, resolveOptions } from "./_options.ts";
import {
  QuadratureError,
  type QuadratureOptions,
  type QuadratureResult,
} from "./result.ts";

const DOING = "Cannot integrate";

/** Options of {@linkcode integrate}: the shared tolerances plus breakpoints. */
export interface IntegrateOptions extends QuadratureOptions {
  /**
   * Points inside the range where f has a kink, a narrow peak or an
   * integrable singularity (same units as x; default none). The first
   * partition is split there, so nothing there is stepped over, and a
   * singularity at a point becomes an endpoint singularity (f is never
   * evaluated exactly at a breakpoint). Points outside (a, b) are ignored.
   */
  readonly points?: readonly number[];
}
const METHOD = "adaptive Gauss–Kronrod 10/21";

/**
 * ∫ₐᵇ f(x) dx by globally adaptive Gauss–Kronrod quadrature, with an error
 * estimate. `a` and `b` may be ±Infinity; `a > b` gives minus the integral
 * over [b, a]. Integrable singularities at the endpoints (x^{−1/2}, log x)
 * are handled; f is never evaluated at an endpoint.
 *
 * Units: the result has the units of f times those of x.
 *
 * ## Method
 * The 21-point Kronrod extension of the 10-point Gauss rule on each
 * interval; the interval with the largest error estimate is bisected (a
 * max-heap), until the summed error estimate is ≤ max(absTol, relTol·|I|).
 * Error estimate per interval: the QUADPACK heuristic on |K₂₁ − G₁₀|
 * (Piessens et al., "QUADPACK", Springer 1983, §2.2), floored at 50ε·∫|f|.
 * Infinite tails are mapped onto (0, 1]: x = A + (1 − t)/t on [A, ∞),
 * x = B − (1 − t)/t on (−∞, B], with the anchors A, B the outermost of the
 * finite limit, the user's `points` and 0 (the map of QUADPACK's QAGI); the
 * tails and the finite part share one heap and one error budget. Node values and weights come from the committed
 * mpmath generator `tests/fixtures/quadrature_kronrod_nodes.py`.
 *
 * Limits: a singularity at a *non-zero* endpoint c can only be approached to
 * ~1e4 ulps of c, so e.g. (1 − x)^{−1/2} on [0, 1] stops near 1e-6 absolute
 * accuracy (and reports it); move such a singularity to 0 by a change of
 * variable. Interior singularities and narrow features far from the origin
 * of an infinite range (say a peak of width 0.01 at x = 50) belong in
 * `options.points`; without them the first rules can step over the feature
 * and report a wrong value with a small error, as every quadrature can.
 *
 * @param f Integrand; must return a finite number at every interior point
 *   (a non-finite value throws a RangeError naming x).
 * @param a Lower limit (may be -Infinity).
 * @param b Upper limit (may be +Infinity).
 * @param options Tolerances (absolute 1e-12, relative 1e-10), bisection
 *   budget (1000), failure policy (`"throw"`), breakpoints (none).
 * @returns Value, error estimate, evaluation count, convergence flag.
 * @throws {QuadratureError} if the tolerance is not met and `onFailure` is
 *   `"throw"`.
 *
 * @example Smooth, semi-infinite and singular integrands
 * ```ts
 * import { integrate } from "./mod.ts";
 * const gauss = integrate((x) => Math.exp(-x * x), -Infinity, Infinity);
 * if (Math.abs(gauss.value - Math.sqrt(Math.PI)) > 1e-12) throw new Error("√π");
 * const sing = integrate((x) => 1 / Math.sqrt(x), 0, 1);
 * if (Math.abs(sing.value - 2) > 1e-9 || !sing.converged) throw new Error("∫x^(−1/2) = 2");
 * const split = integrate((x) => 1 / Math.sqrt(Math.abs(x)), -1, 1, { points: [0] });
 * if (Math.abs(split.value - 4) > 1e-9) throw new Error("interior singularity at a point");
 * ```
 *
 * @example A tolerance that is not met is flagged, never returned as fine
 * ```ts
 * import { integrate } from "./mod.ts";
 * const r = integrate((x) => Math.sin(1 / x), 1e-8, 1, { maxSubdivisions: 20, onFailure: "flag" });
 * if (r.converged) throw new Error("cannot converge in 20 bisections");
 * ```
 */
export function integrate(
  f: (x: number) => number,
  a: number,
  b: number,
  options?: IntegrateOptions,
): QuadratureResult {
  requireFunction(DOING, "f", f);
  checkLimit("a", a);
  checkLimit("b", b);
  const o = resolveOptions(DOING, options);
  const points = checkPoints(options?.points);
  if (a === b) {
    if (!Number.isFinite(a)) {
      throw new RangeError(
        `${DOING}: the interval [${a}, ${b}] is empty at infinity; \`a\` and \`b\` must not be the same infinity`,
      );
    }
    return {
      value: 0,
      error: 0,
      evaluations: 0,
      converged: true,
      method: METHOD,
    };
  }
  const sign = a < b ? 1 : -1;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const inside = points.filter((p) => p > lo && p < hi).sort((x, y) => x - y);
  const parts: Part[] = [];
  // Finite part [left, right] in x, split at the points; infinite tails
  // beyond the outermost points (or beyond 0) under x = anchor ± (1 − t)/t.
  const left = lo !== -Infinity
    ? lo
    : inside.length > 0
    ? inside[0]
    : hi === Infinity
    ? 0
    : hi;
  const right = hi !== Infinity
    ? hi
    : inside.length > 0
    ? inside[inside.length - 1]
    : left;
  let method = METHOD;
  if (lo === -Infinity) {
    pushTail(parts, (t) => {
      const s = 1 / t;
      const v = f(left - (s - 1));
      return v === 0 ? 0 : v * s * s;
    });
    method += `, (−∞, ${fmt(left)}] mapped onto (0, 1] by x = ${
      fmt(left)
    } − (1 − t)/t`;
  }
  let x0 = left;
  for (const p of inside) {
    if (p > x0 && p < right) {
      parts.push({ f, a: x0, b: p });
      x0 = p;
    }
  }
  if (right > x0) parts.push({ f, a: x0, b: right });
  if (hi === Infinity) {
    pushTail(parts, (t) => {
      const s = 1 / t;
      const v = f(right + (s - 1));
      return v === 0 ? 0 : v * s * s;
    });
    method += `, [${fmt(right)}, ∞) mapped onto (0, 1] by x = ${
      fmt(right)
    } + (1 − t)/t`;
  }
  const r = adaptive(parts, o.absTol, o.relTol, o.maxSubdivisions);
  const result: QuadratureResult = {
    value: sign * r.value,
    error: r.error,
    evaluations: r.evaluations,
    converged: r.converged,
    method,
  };
  if (!r.converged && o.onFailure === "throw") {
    throw new QuadratureError(
      `${DOING} f over [${fmt(a)}, ${fmt(b)}] to the requested tolerance: ` +
        `estimated error ${fmt(r.error)} > max(absTol = ${
          fmt(o.absTol)
        }, relTol = ${
          fmt(o.relTol)
        } × |value|) after ${r.subdivisions} bisections, because ${
          explainStop(r.reason, o.maxSubdivisions)
        }; partial value ${fmt(result.value)} is in \`error.result\` ` +
        `(pass onFailure: "flag" to get it returned instead)`,
      result,
    );
  }
  return result;
}

/**
 * Adds a mapped tail t ∈ (0, 1] to the partition, pre-split at the images of
 * distances 4^k (k = −2…5) from the anchor, so that features between 1/16 and
 * 1024 units from it are not stepped over by the first rule of the
 * compressed map.
 */
function pushTail(parts: Part[], g: (t: number) => number): void {
  let t0 = 0;
  for (let k = 5; k >= -2; k--) {
    const t1 = 1 / (1 + 4 ** k);
    parts.push({ f: g, a: t0, b: t1 });
    t0 = t1;
  }
  parts.push({ f: g, a: t0, b: 1 });
}

function checkPoints(points: unknown): readonly number[] {
  if (points === undefined) return [];
  if (!Array.isArray(points)) {
    throw new TypeError(
      `${DOING}: \`points\` must be an array of numbers, but got ${typeof points}`,
    );
  }
  for (let i = 0; i < points.length; i++) {
    const p: unknown = points[i];
    if (typeof p !== "number" || !Number.isFinite(p)) {
      throw new RangeError(
        `${DOING}: \`points\` must hold finite numbers, but points[${i}] = ${
          String(p)
        }`,
      );
    }
  }
  return points as number[];
}

function checkLimit(name: string, v: unknown): void {
  if (typeof v !== "number") {
    throw new TypeError(
      `${DOING}: \`${name}\` must be a number, but got ${typeof v}`,
    );
  }
  if (Number.isNaN(v)) {
    throw new RangeError(
      `${DOING}: \`${name}\` must be a finite number or ±Infinity, but got NaN`,
    );
  }
}

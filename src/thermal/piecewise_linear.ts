/**
 * Piecewise-linear temperature profiles through given points.
 *
 * @module
 */
import type { TemperatureProfile } from "./types.ts";
import { finite, oneOf, record, typeError } from "../_validate.ts";
import { type Outside, tableProfile } from "./_table_profile.ts";

/** Options of {@linkcode piecewiseLinear}. */
export interface PiecewiseLinearOptions {
  /**
   * `"error"` (default): the domain is [x_first, x_last] and evaluating
   * outside throws. `"constant"`: the end values extend to ±∞.
   */
  readonly outside?: "error" | "constant";
}

const WHAT = "build a piecewise-linear temperature profile";

/**
 * T(x) through the points [[x₀, T₀], [x₁, T₁], …] (x strictly increasing,
 * T > 0), linear in between. The gradient at an interior node is the slope
 * of the segment to its right (left at the last node).
 *
 * @example
 * ```ts
 * import { piecewiseLinear } from "./piecewise_linear.ts";
 * const T = piecewiseLinear([[0, 1], [1, 2], [2, 1.5]]);
 * if (T.at(0.5) !== 1.5 || T.gradient(1.5) !== -0.5) throw new Error("piecewise");
 * if (T.domain[1] !== 2) throw new Error("domain is the table's span");
 * ```
 */
export function piecewiseLinear(
  points: ReadonlyArray<readonly [number, number]>,
  options: PiecewiseLinearOptions = {},
): TemperatureProfile {
  if (!Array.isArray(points)) {
    throw typeError(WHAT, "`points` must be an array of [x, T] pairs");
  }
  const o = record(WHAT, "options", options);
  const outside: Outside = o.outside === undefined
    ? "error"
    : oneOf(WHAT, "outside", o.outside, ["error", "constant"] as const);
  if (points.length < 2) {
    throw new RangeError(
      `Cannot ${WHAT}: \`points\` must hold at least 2 pairs, got ${points.length}`,
    );
  }
  const x = new Float64Array(points.length);
  const y = new Float64Array(points.length);
  points.forEach((p, i) => {
    if (!Array.isArray(p) || p.length !== 2) {
      throw typeError(WHAT, `\`points[${i}]\` must be a pair [x, T]`);
    }
    x[i] = finite(WHAT, `points[${i}][0]`, p[0]);
    y[i] = finite(WHAT, `points[${i}][1]`, p[1]);
  });
  return tableProfile(
    WHAT,
    "piecewiseLinear",
    x,
    y,
    "linear",
    outside,
    "Piecewise-linear temperature profile",
  );
}

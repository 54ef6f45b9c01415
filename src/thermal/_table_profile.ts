/**
 * Shared construction of table-based profiles (piecewise linear, tabulated).
 *
 * @module
 */
import type { TemperatureProfile } from "./types.ts";
import { Profile } from "./_profile.ts";
import { rangeError } from "../_validate.ts";
import { Interpolant, type Interpolation } from "../interpolate/mod.ts";

/** What happens outside the table. */
export type Outside = "error" | "constant";

/** Validates node values and builds the profile (x, y already finite). */
export function tableProfile(
  what: string,
  kind: string,
  x: Float64Array,
  y: Float64Array,
  scheme: Interpolation,
  outside: Outside,
  title: string,
): TemperatureProfile {
  for (let i = 0; i < x.length; i++) {
    if (!(y[i] > 0)) {
      throw rangeError(
        what,
        `every temperature must be > 0, but T(${x[i]}) = ${y[i]} (entry ${i})`,
      );
    }
    if (i > 0 && !(x[i] > x[i - 1])) {
      throw rangeError(
        what,
        `positions must be strictly increasing, but x[${i - 1}] = ${
          x[i - 1]
        } and x[${i}] = ${x[i]}`,
      );
    }
    if (i > 0 && !Number.isFinite(x[i] - x[i - 1])) {
      // The interpolant divides by the spacing: ∞ would give NaN at the nodes.
      throw rangeError(
        what,
        `the spacing x[${i}] − x[${i - 1}] must be finite, but ${x[i]} − (${
          x[i - 1]
        }) overflows`,
      );
    }
    if (i > 0 && !Number.isFinite((y[i] - y[i - 1]) / (x[i] - x[i - 1]))) {
      throw rangeError(
        what,
        `the slope between x[${i - 1}] = ${x[i - 1]} and x[${i}] = ${
          x[i]
        } overflows`,
      );
    }
  }
  const f = new Interpolant(x, y, scheme);
  const n = x.length;
  const lo = x[0], hi = x[n - 1];
  const value = outside === "constant"
    ? (t: number) => t <= lo ? y[0] : t >= hi ? y[n - 1] : f.value(t)
    : (t: number) => f.value(t);
  const slope = outside === "constant"
    ? (t: number) => t < lo || t > hi ? 0 : f.slope(t)
    : (t: number) => f.slope(t);
  const domain: readonly [number, number] = outside === "constant"
    ? [-Infinity, Infinity]
    : [lo, hi];
  const pad = 0.1 * (hi - lo);
  return new Profile(kind, domain, value, slope, {
    title,
    formula: scheme === "linear"
      ? "T(x) = T_i + \\frac{T_{i+1} - T_i}{x_{i+1} - x_i}(x - x_i),\\quad x_i \\le x \\le x_{i+1}"
      : "T(x) = \\text{monotone cubic Hermite interpolant of } (x_i, T_i)",
    parameters: [
      { name: "nodes", value: n },
      { name: "interpolation", value: scheme },
      { name: "outside the table", value: outside },
      { name: "min T", value: Math.min(...y), unit: "T" },
      { name: "max T", value: Math.max(...y), unit: "T" },
    ],
    window: [lo - pad, hi + pad],
    notes: [
      "Positivity is exact: each interpolating piece is monotone between two positive node values.",
    ],
  });
}

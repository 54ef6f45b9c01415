/**
 * Temperature profiles interpolated from a table.
 *
 * @module
 */
import type { TemperatureProfile } from "./types.ts";
import { oneOf, record } from "../_validate.ts";
import { readTable } from "../interpolate/mod.ts";
import { type Outside, tableProfile } from "./_table_profile.ts";

/** Options of {@linkcode tabulated}. */
export interface TabulatedProfileOptions {
  /** Positions, strictly increasing (length units). */
  readonly x: ArrayLike<number>;
  /** T at each position (> 0). */
  readonly values: ArrayLike<number>;
  /**
   * `"monotone-cubic"` (default; C¹, shape preserving, never overshoots a
   * node value) or `"linear"`.
   */
  readonly interpolation?: "linear" | "monotone-cubic";
  /** `"error"` (default) or `"constant"` end values beyond the table. */
  readonly outside?: "error" | "constant";
}

const WHAT = "build a tabulated temperature profile";

/**
 * T(x) interpolated through measured or computed values.
 *
 * ## Method
 * Monotone piecewise-cubic Hermite interpolation (Fritsch–Butland slopes,
 * as in PCHIP); each piece stays between its two node values, so positivity
 * of the table is positivity of the profile.
 *
 * @example
 * ```ts
 * import { tabulated } from "./tabulated.ts";
 * const T = tabulated({ x: [0, 1, 2, 3], values: [1, 1.5, 2.5, 2.6] });
 * const t = T.at(1.5);
 * if (!(t > 1.5 && t < 2.5)) throw new Error("stays between node values");
 * ```
 */
export function tabulated(
  options: TabulatedProfileOptions,
): TemperatureProfile {
  const o = record(WHAT, "options", options);
  const { x, y, scheme } = readTable(WHAT, o, "x", 2);
  const outside: Outside = o.outside === undefined
    ? "error"
    : oneOf(WHAT, "outside", o.outside, ["error", "constant"] as const);
  return tableProfile(
    WHAT,
    "tabulated",
    x,
    y,
    scheme,
    outside,
    "Tabulated temperature profile",
  );
}

/**
 * Reading the columns of an interpolation table from a builder's options.
 *
 * @module
 */
import { finiteArray, oneOf, rangeError } from "../_validate.ts";
import type { Interpolation } from "./monotone_cubic.ts";

/** The columns of a table and the interpolation scheme to use between them. */
export interface Table {
  /** Abscissae, finite (order not yet checked). */
  readonly x: Float64Array;
  /** Values, finite, same length as `x`. */
  readonly y: Float64Array;
  /** The `interpolation` option, `"monotone-cubic"` by default. */
  readonly scheme: Interpolation;
}

/**
 * Reads `options[xName]` and `options.values` as finite numeric arrays of
 * equal length ≥ `minLength`, and the `interpolation` option (default
 * `"monotone-cubic"`). Errors are those of the builder `what` (TypeError for
 * a wrong type, RangeError for a wrong value), in that order of checks.
 * Ordering, signs and positivity of the columns are the caller's rules.
 *
 * @example
 * ```ts
 * import { readTable } from "./table.ts";
 * const t = readTable("build a table", { x: [0, 1], values: [2, 3] }, "x", 2);
 * if (t.scheme !== "monotone-cubic" || t.y[1] !== 3) throw new Error("read");
 * let message = "";
 * try {
 *   readTable("build a table", { x: [0, 1], values: [2] }, "x", 1);
 * } catch (e) {
 *   message = (e as RangeError).message;
 * }
 * if (!message.includes("same length")) throw new Error(message);
 * ```
 */
export function readTable(
  what: string,
  options: Readonly<Record<string, unknown>>,
  xName: string,
  minLength: number,
): Table {
  const x = finiteArray(what, xName, options[xName], minLength);
  const y = finiteArray(what, "values", options.values, minLength);
  if (x.length !== y.length) {
    throw rangeError(
      what,
      `\`${xName}\` and \`values\` must have the same length, got ${x.length} and ${y.length}`,
    );
  }
  const scheme = options.interpolation === undefined ? "monotone-cubic" : oneOf(
    what,
    "interpolation",
    options.interpolation,
    ["linear", "monotone-cubic"] as const,
  );
  return { x, y, scheme };
}

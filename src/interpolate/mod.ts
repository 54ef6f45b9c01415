/**
 * Interpolation through tables: shape-preserving monotone cubic (PCHIP
 * slopes) or linear, and the reading of a table's columns from a builder's
 * options. First layer (imports only `src/_validate.ts`); used by the
 * tabulated temperature profiles and spectral densities. Internal to the
 * package: not re-exported from the root `mod.ts`.
 *
 * @example
 * ```ts
 * import { Interpolant, readTable } from "./mod.ts";
 * const t = readTable("build a table", { x: [0, 1, 2], values: [1, 2, 4], interpolation: "linear" }, "x", 2);
 * const f = new Interpolant(t.x, t.y, t.scheme);
 * if (f.value(1.5) !== 3) throw new Error("linear between nodes");
 * ```
 *
 * @module
 */
export { Interpolant, type Interpolation } from "./monotone_cubic.ts";
export { readTable, type Table } from "./table.ts";

/**
 * Stochastic-calculus conventions of the overdamped equation.
 *
 * @module
 */
import { show } from "../../_validate.ts";

/**
 * The convention α of the overdamped equation with multiplicative noise
 * (physics.md §7): `"ito"` (α = 0), `"stratonovich"` (α = ½), `"anti-ito"`
 * (α = 1, also called Hänggi–Klimontovich or isothermal), a number α in
 * [0, 1], or `"small-mass"`: the convention *and* the extra drift that the
 * small-mass limit of the model's inertial equation selects, derived by
 * {@linkcode smallMassConvention} (α = 0 for the temperature dependence plus
 * the drift −k_B T Γ'/(M Γ²) for a position-dependent friction).
 */
export type Convention =
  | "ito"
  | "stratonovich"
  | "anti-ito"
  | "small-mass"
  | number;

/**
 * α of a named convention (0, ½, 1; a number is returned unchanged), or
 * `undefined` for `"small-mass"`, which is not a bare α but a derived limit.
 * Throws TypeError / RangeError for anything else, naming `what`.
 *
 * @example
 * ```ts
 * import { conventionAlpha } from "./convention.ts";
 * if (conventionAlpha("stratonovich") !== 0.5 || conventionAlpha(0.3) !== 0.3) throw new Error("α");
 * if (conventionAlpha("small-mass") !== undefined) throw new Error("derived, not a bare α");
 * ```
 */
export function conventionAlpha(
  convention: Convention,
  what = "resolve a stochastic convention",
): number | undefined {
  switch (convention) {
    case "ito":
      return 0;
    case "stratonovich":
      return 0.5;
    case "anti-ito":
      return 1;
    case "small-mass":
      return undefined;
  }
  if (typeof convention === "number") {
    if (!(convention >= 0 && convention <= 1)) {
      throw new RangeError(
        `Cannot ${what}: \`convention\` as a number α must lie in [0, 1], got ${convention}`,
      );
    }
    return convention;
  }
  throw new TypeError(
    `Cannot ${what}: \`convention\` must be "ito", "stratonovich", "anti-ito", "small-mass" or a number in [0, 1], got ${
      show(convention)
    }`,
  );
}

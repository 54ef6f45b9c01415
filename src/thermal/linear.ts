/**
 * The linear temperature profile.
 *
 * @module
 */
import type { TemperatureProfile } from "./types.ts";
import { Profile } from "./_profile.ts";
import {
  domainOf,
  finite,
  positive,
  rangeError,
  record,
} from "../_validate.ts";
import { domainOrAll } from "./_options.ts";

/** Options of {@linkcode linear}. */
export interface LinearOptions {
  /** T(x₀) > 0, in temperature units. */
  readonly value: number;
  /** g = dT/dx, temperature per length unit. */
  readonly gradient: number;
  /** Reference point x₀ (length units); default 0. */
  readonly at?: number;
  /**
   * Domain [lo, hi]. Required and finite when `gradient` ≠ 0 (a linear
   * profile reaches T ≤ 0 on one side of any infinite domain); default
   * (−∞, ∞) when `gradient` = 0.
   */
  readonly domain?: readonly [number, number];
}

const WHAT = "build a linear temperature profile";

/**
 * T(x) = T₀ + g (x − x₀) on a domain where it stays positive.
 *
 * Positivity is checked exactly: a linear function is smallest at an end of
 * the domain, so T(lo) > 0 and T(hi) > 0 suffice.
 *
 * @example
 * ```ts
 * import { linear } from "./linear.ts";
 * const T = linear({ value: 1, gradient: 0.2, at: 0, domain: [-2, 2] });
 * if (Math.abs(T.at(0.5) - 1.1) > 1e-15 || T.gradient(0.5) !== 0.2) throw new Error("linear");
 * let threw = false;
 * try { linear({ value: 1, gradient: 0.6, domain: [-2, 2] }); } catch (e) { threw = e instanceof RangeError; }
 * if (!threw) throw new Error("T(-2) = -0.2 must be rejected");
 * ```
 */
export function linear(options: LinearOptions): TemperatureProfile {
  const o = record(WHAT, "options", options);
  const t0 = positive(WHAT, "value", o.value);
  const g = finite(WHAT, "gradient", o.gradient);
  const x0 = o.at === undefined ? 0 : finite(WHAT, "at", o.at);
  let domain: readonly [number, number];
  if (g === 0) {
    domain = domainOrAll(WHAT, o.domain);
  } else {
    if (o.domain === undefined) {
      throw rangeError(
        WHAT,
        `\`domain\` is required when \`gradient\` ≠ 0 (got gradient ${g}): T(x) would reach 0 at x = ${
          x0 - t0 / g
        }`,
      );
    }
    domain = domainOf(WHAT, o.domain, true);
  }
  const value = (x: number) => t0 + g * (x - x0);
  if (g !== 0) {
    for (const x of domain) {
      const t = value(x);
      if (!(t > 0) || !Number.isFinite(t)) {
        throw rangeError(
          WHAT,
          // 15 significant digits: T(-2) = -0.2, not -0.19999999999999996.
          `\`T(x)\` must stay > 0 and finite on the domain, but T(${x}) = ${
            Number(t.toPrecision(15))
          }`,
        );
      }
    }
  }
  const span = Math.max(1, Math.abs(x0));
  return new Profile(
    "linear",
    domain,
    g === 0 ? () => t0 : value,
    () => g,
    {
      title: "Linear temperature profile",
      formula: "T(x) = T_0 + g\\,(x - x_0)",
      parameters: [
        { name: "temperature at x₀", symbol: "T_0", value: t0, unit: "T" },
        { name: "gradient", symbol: "g", value: g, unit: "T/length" },
        { name: "reference point", symbol: "x_0", value: x0, unit: "length" },
      ],
      window: [x0 - span, x0 + span],
    },
  );
}

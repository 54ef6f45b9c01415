/**
 * Temperature profiles from a user function.
 *
 * @module
 */
import type { TemperatureProfile } from "./types.ts";
import { Profile } from "./_profile.ts";
import {
  domainOf,
  integer,
  rangeError,
  record,
  show,
  typeError,
} from "../_validate.ts";

/** Options of {@linkcode fromFunction}. */
export interface FromFunctionOptions {
  /** T(x), which must be > 0 and finite on the domain. */
  readonly at: (x: number) => number;
  /**
   * dT/dx. Default: a central finite difference with step
   * h = ε^{1/3}·max(|x|, hi − lo) (one-sided within h of an end).
   */
  readonly gradient?: (x: number) => number;
  /** Finite domain [lo, hi] (length units). */
  readonly domain: readonly [number, number];
  /** Display name; default `"user function"`. */
  readonly name?: string;
  /** LaTeX formula for display; default `"T(x)"`. */
  readonly formula?: string;
  /** Number of equally spaced points where positivity is checked at build time; default 4097. */
  readonly checkPoints?: number;
}

const WHAT = "build a temperature profile from a function";
const STEP = Math.cbrt(Number.EPSILON);

/**
 * Wraps a user function T(x) as a profile.
 *
 * Positivity cannot be proved for an arbitrary function. It is checked in
 * two ways: at build time on `checkPoints` equally spaced points including
 * both ends (a dip narrower than the spacing can slip through), and at every
 * evaluation — `at`, `gradient` and `sample` throw a RangeError the moment
 * the function returns a value that is not finite and > 0. So a profile
 * never silently hands back T ≤ 0.
 *
 * @example
 * ```ts
 * import { fromFunction } from "./from_function.ts";
 * const T = fromFunction({ at: (x) => 1 + x * x, domain: [-1, 1] });
 * if (Math.abs(T.gradient(0.5) - 1) > 1e-8) throw new Error("finite-difference gradient");
 * let threw = false;
 * try { fromFunction({ at: (x) => x, domain: [-1, 1] }); } catch (e) { threw = e instanceof RangeError; }
 * if (!threw) throw new Error("T(-1) = -1 must be rejected");
 * ```
 */
export function fromFunction(options: FromFunctionOptions): TemperatureProfile {
  const o = record(WHAT, "options", options);
  const f = o.at;
  if (typeof f !== "function") {
    throw typeError(WHAT, `\`at\` must be a function x → T(x), got ${show(f)}`);
  }
  const g = o.gradient;
  if (g !== undefined && typeof g !== "function") {
    throw typeError(WHAT, `\`gradient\` must be a function, got ${show(g)}`);
  }
  const domain = domainOf(WHAT, o.domain, true);
  const n = o.checkPoints === undefined
    ? 4097
    : integer(WHAT, "checkPoints", o.checkPoints, 2, 1e8);
  const name = o.name === undefined ? "user function" : String(o.name);
  const formula = o.formula === undefined ? "T(x)" : String(o.formula);
  const [lo, hi] = domain;
  const user = f as (x: number) => unknown;
  const checked = (x: number): number => {
    const t = user(x);
    if (typeof t !== "number" || !(t > 0) || !Number.isFinite(t)) {
      throw rangeError(
        `evaluate the temperature profile "${name}"`,
        `\`T(x)\` must be a finite number > 0, but T(${x}) = ${show(t)}`,
      );
    }
    return t;
  };
  for (let i = 0; i < n; i++) {
    const f = i / (n - 1);
    // lo(1 − f) + hi f: no overflow when hi − lo exceeds the doubles.
    const x = i === n - 1 ? hi : lo * (1 - f) + hi * f;
    const t = user(x);
    if (typeof t !== "number" || !(t > 0) || !Number.isFinite(t)) {
      throw rangeError(
        WHAT,
        `\`T(x)\` must be a finite number > 0 on the domain, but T(${x}) = ${
          show(t)
        }`,
      );
    }
  }
  // hi − lo may overflow (domain [−1e308, 1e308]): cap the step's scale so
  // that x ± h and b − a stay finite.
  const width = Math.min(hi - lo, Number.MAX_VALUE / 4);
  const slope = g === undefined
    ? (x: number) => {
      const h = STEP * Math.max(Math.abs(x), width);
      const a = Math.max(lo, x - h), b = Math.min(hi, x + h);
      return (checked(b) - checked(a)) / (b - a);
    }
    : (x: number) => {
      const d = (g as (x: number) => unknown)(x);
      if (typeof d !== "number" || !Number.isFinite(d)) {
        throw rangeError(
          `evaluate the gradient of the temperature profile "${name}"`,
          `\`gradient(x)\` must be a finite number, but T'(${x}) = ${show(d)}`,
        );
      }
      return d;
    };
  return new Profile("function", domain, checked, slope, {
    title: `Temperature profile: ${name}`,
    formula,
    parameters: [
      {
        name: "gradient",
        value: g === undefined ? "finite difference" : "user",
      },
      { name: "positivity checked on", value: `${n} points + every call` },
    ],
    window: domain,
  });
}

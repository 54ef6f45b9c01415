/**
 * The uniform temperature profile.
 *
 * @module
 */
import type { TemperatureProfile } from "./types.ts";
import { Profile } from "./_profile.ts";
import { positive, record } from "../_validate.ts";
import { domainOrAll } from "./_options.ts";

/** Options of {@linkcode uniform}. */
export interface UniformOptions {
  /** Domain [lo, hi] in length units; default (−∞, ∞). */
  readonly domain?: readonly [number, number];
}

const WHAT = "build a uniform temperature profile";

/**
 * T(x) = T₀ everywhere on the domain (the standard Caldeira–Leggett bath).
 *
 * @param value T₀ > 0, in temperature units (k_B = 1).
 * @param options Optional domain (default the whole line).
 * @returns The profile; `gradient(x)` is 0.
 *
 * @example
 * ```ts
 * import { uniform } from "./uniform.ts";
 * const T = uniform(0.5);
 * if (T.at(1e6) !== 0.5 || T.gradient(3) !== 0) throw new Error("uniform");
 * ```
 */
export function uniform(
  value: number,
  options: UniformOptions = {},
): TemperatureProfile {
  const t0 = positive(WHAT, "value", value);
  const o = record(WHAT, "options", options);
  const domain = domainOrAll(WHAT, o.domain);
  return new Profile("uniform", domain, () => t0, () => 0, {
    title: "Uniform temperature",
    formula: "T(x) = T_0",
    parameters: [{ name: "temperature", symbol: "T_0", value: t0, unit: "T" }],
    window: [-1, 1],
  });
}

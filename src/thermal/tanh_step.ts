/**
 * The smooth (tanh) step between two temperatures.
 *
 * @module
 */
import type { TemperatureProfile } from "./types.ts";
import { Profile } from "./_profile.ts";
import { positive, rangeError, record } from "../_validate.ts";
import { centreWidthDomain } from "./_options.ts";

/** Options of {@linkcode tanhStep}. */
export interface TanhStepOptions {
  /** Temperature as x → −∞ (> 0). */
  readonly cold: number;
  /** Temperature as x → +∞ (> 0); may be below `cold` for a step down. */
  readonly hot: number;
  /** Centre x_c of the step (length units); default 0. */
  readonly center?: number;
  /** Width w > 0 of the step (length units): T' peaks at (hot − cold)/(2w). */
  readonly width: number;
  /** Domain; default (−∞, ∞). */
  readonly domain?: readonly [number, number];
}

const WHAT = "build a tanh-step temperature profile";

/**
 * T(x) = T_c + (T_h − T_c)(1 + tanh((x − x_c)/w))/2.
 *
 * Positivity is exact: T lies between `cold` and `hot`, both required > 0.
 *
 * @example
 * ```ts
 * import { tanhStep } from "./tanh_step.ts";
 * const T = tanhStep({ cold: 1, hot: 2, center: 0, width: 0.5 });
 * if (Math.abs(T.at(0) - 1.5) > 1e-15) throw new Error("midpoint");
 * if (Math.abs(T.gradient(0) - 1) > 1e-15) throw new Error("slope (hot − cold)/(2w)");
 * ```
 */
export function tanhStep(options: TanhStepOptions): TemperatureProfile {
  const o = record(WHAT, "options", options);
  const cold = positive(WHAT, "cold", o.cold);
  const hot = positive(WHAT, "hot", o.hot);
  const { center: c, width: w, domain } = centreWidthDomain(WHAT, o);
  const delta = hot - cold;
  const peak = delta / (2 * w);
  if (!Number.isFinite(peak)) {
    throw rangeError(
      WHAT,
      `the peak gradient (hot − cold)/(2·width) must be finite, got ${peak} (width ${w})`,
    );
  }
  // (1 + tanh u)/2 = 1/(1 + e^{−2u}); sech²u = 4e^{−2|u|}/(1 + e^{−2|u|})².
  const value = (x: number) => cold + delta / (1 + Math.exp(-2 * (x - c) / w));
  const slope = (x: number) => {
    const e = Math.exp(-2 * Math.abs(x - c) / w);
    return peak * 4 * e / ((1 + e) * (1 + e));
  };
  return new Profile("tanhStep", domain, value, slope, {
    title: "Tanh step temperature profile",
    formula:
      "T(x) = T_c + \\frac{T_h - T_c}{2}\\left[1 + \\tanh\\frac{x - x_c}{w}\\right]",
    parameters: [
      { name: "cold side (x → −∞)", symbol: "T_c", value: cold, unit: "T" },
      { name: "hot side (x → +∞)", symbol: "T_h", value: hot, unit: "T" },
      { name: "centre", symbol: "x_c", value: c, unit: "length" },
      { name: "width", symbol: "w", value: w, unit: "length" },
    ],
    window: [c - 5 * w, c + 5 * w],
  });
}

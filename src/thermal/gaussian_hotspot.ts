/**
 * A Gaussian hot (or cold) spot on a uniform background.
 *
 * @module
 */
import type { TemperatureProfile } from "./types.ts";
import { Profile } from "./_profile.ts";
import { positive, rangeError, record } from "../_validate.ts";
import { centreWidthDomain } from "./_options.ts";

/** Options of {@linkcode gaussianHotspot}. */
export interface GaussianHotspotOptions {
  /** Background temperature far from the spot (> 0). */
  readonly base: number;
  /** Temperature at the centre (> 0); below `base` gives a cold spot. */
  readonly peak: number;
  /** Centre x_c (length units); default 0. */
  readonly center?: number;
  /** Standard deviation w > 0 of the Gaussian (length units). */
  readonly width: number;
  /** Domain; default (−∞, ∞). */
  readonly domain?: readonly [number, number];
}

const WHAT = "build a Gaussian hot-spot temperature profile";

/**
 * T(x) = T_b + (T_p − T_b) exp(−(x − x_c)²/(2w²)).
 *
 * Positivity is exact: T lies between `base` and `peak`, both required > 0.
 *
 * @example
 * ```ts
 * import { gaussianHotspot } from "./gaussian_hotspot.ts";
 * const T = gaussianHotspot({ base: 1, peak: 3, center: 0, width: 1 });
 * if (T.at(0) !== 3) throw new Error("peak");
 * if (Math.abs(T.gradient(1) + 2 * Math.exp(-0.5)) > 1e-15) throw new Error("slope");
 * ```
 */
export function gaussianHotspot(
  options: GaussianHotspotOptions,
): TemperatureProfile {
  const o = record(WHAT, "options", options);
  const base = positive(WHAT, "base", o.base);
  const peak = positive(WHAT, "peak", o.peak);
  const { center: c, width: w, domain } = centreWidthDomain(WHAT, o);
  const delta = peak - base;
  if (!Number.isFinite(delta / w / w)) {
    throw rangeError(
      WHAT,
      `(peak − base)/width² must be finite (it bounds T'), got width ${w}`,
    );
  }
  const value = (x: number) => {
    const u = (x - c) / w;
    return base + delta * Math.exp(-0.5 * u * u);
  };
  const slope = (x: number) => {
    const u = (x - c) / w;
    const e = Math.exp(-0.5 * u * u);
    return e === 0 ? 0 : -delta * (u / w) * e;
  };
  return new Profile("gaussianHotspot", domain, value, slope, {
    title: "Gaussian hot-spot temperature profile",
    formula:
      "T(x) = T_b + (T_p - T_b)\\,\\exp\\!\\left[-\\frac{(x - x_c)^2}{2w^2}\\right]",
    parameters: [
      { name: "background", symbol: "T_b", value: base, unit: "T" },
      { name: "peak", symbol: "T_p", value: peak, unit: "T" },
      { name: "centre", symbol: "x_c", value: c, unit: "length" },
      { name: "width (std. dev.)", symbol: "w", value: w, unit: "length" },
    ],
    window: [c - 4 * w, c + 4 * w],
  });
}

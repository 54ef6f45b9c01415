/**
 * A temperature profile T(x) over its domain.
 *
 * @module
 */
import type { TemperatureProfile } from "../thermal/types.ts";
import type { Figure, FigureOptions } from "./figure.ts";
import { lines } from "./lines.ts";

/** Options of {@linkcode profile}. */
export interface ProfileOptions extends FigureOptions {
  /** Number of sample points, ≥ 2; default 201. */
  readonly points?: number;
  /**
   * Interval [from, to] to draw, inside the domain; default the profile's
   * domain (required when the domain is infinite).
   */
  readonly range?: readonly [number, number];
  /** Legend name; default `"T(x)"`. */
  readonly name?: string;
}

/**
 * A figure of T(x) sampled on an even grid over the profile's domain.
 *
 * @example
 * ```ts
 * import { profile } from "./profile.ts";
 * const T = {
 *   kind: "linear", domain: [-2, 2] as const,
 *   at: (x: number) => 1 + 0.2 * x, gradient: () => 0.2,
 *   sample: (xs: ArrayLike<number>) => Float64Array.from(xs, (x) => 1 + 0.2 * x),
 *   describe: () => ({ title: "linear" }),
 * };
 * const fig = profile(T, { points: 5 });
 * const layer = fig.panels[0].layers[0];
 * if (layer.kind !== "line" || layer.y[4] !== 1.4) throw new Error("T(2) = 1.4");
 * ```
 */
export function profile(
  T: TemperatureProfile,
  options: ProfileOptions = {},
): Figure {
  const doing = "plot a temperature profile";
  const points = options.points ?? 201;
  if (!Number.isInteger(points) || points < 2) {
    throw new RangeError(
      `Cannot ${doing}: \`points\` must be an integer ≥ 2, got ${points}`,
    );
  }
  const [lo, hi] = options.range ?? T.domain;
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(lo < hi)) {
    throw new RangeError(
      `Cannot ${doing}: the interval to draw must be finite with from < to, got [${lo}, ${hi}]` +
        (options.range ? "" : " (the profile's domain; pass `range`)"),
    );
  }
  const xs = new Float64Array(points);
  for (let i = 0; i < points; i++) xs[i] = lo + ((hi - lo) * i) / (points - 1);
  xs[points - 1] = hi;
  return lines({
    x: xs,
    series: [{ name: options.name ?? "T(x)", y: T.sample(xs) }],
    xLabel: "x",
    yLabel: "temperature T",
    title: options.title ?? `Temperature profile (${T.kind})`,
    width: options.width,
    height: options.height,
    renderer: options.renderer,
  });
}

/**
 * The temperature-profile contract.
 *
 * @module
 */
import type { Description } from "../describe.ts";

/** A temperature profile T(x) > 0 on a closed domain. */
export interface TemperatureProfile {
  /** Family name, e.g. `"linear"`. */
  readonly kind: string;
  /** Domain [lo, hi] (may be infinite). Evaluating outside throws RangeError. */
  readonly domain: readonly [number, number];
  /** T(x), > 0 and finite on the domain. */
  at(x: number): number;
  /** dT/dx at x. */
  gradient(x: number): number;
  /** T over many points. */
  sample(xs: ArrayLike<number>): Float64Array;
  /** Data-only description for rich display. */
  describe(): Description;
}

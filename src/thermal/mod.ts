/**
 * Temperature profiles T(x): the environment's temperature as a function of
 * position (physics.md §5). Exported from the root module as `temperature`.
 *
 * Every profile has `at(x)`, `gradient(x)` (analytic except for user
 * functions without a gradient), `domain`, `sample(xs)` → `Float64Array`,
 * `describe()`, and renders itself in Jupyter. T(x) > 0 and finite on the
 * whole domain is guaranteed at build time — exactly for the families
 * (linear: both ends; tanh step, hot spot: bounded by two positive levels;
 * tables: monotone pieces between positive nodes), by dense sampling plus a
 * check on every call for user functions. Evaluating outside the domain
 * throws a RangeError; T is never silently ≤ 0.
 *
 * | builder | T(x) |
 * |---|---|
 * | `uniform(T₀)` | T₀ |
 * | `linear({ value, gradient, at, domain })` | T₀ + g(x − x₀) |
 * | `tanhStep({ cold, hot, center, width })` | T_c + (T_h − T_c)(1 + tanh((x − x_c)/w))/2 |
 * | `gaussianHotspot({ base, peak, center, width })` | T_b + (T_p − T_b) e^{−(x − x_c)²/2w²} |
 * | `piecewiseLinear([[x, T], …])` | linear between points |
 * | `tabulated({ x, values, interpolation })` | monotone cubic or linear |
 * | `fromFunction({ at, gradient?, domain })` | your function |
 *
 * @example
 * ```ts
 * import * as temperature from "./mod.ts";
 * const T = temperature.tanhStep({ cold: 1, hot: 2, center: 0, width: 0.5 });
 * const ts = T.sample(new Float64Array([-10, 0, 10]));
 * if (!(ts[0] < 1.0001 && ts[1] === 1.5 && ts[2] > 1.9999)) throw new Error("step");
 * ```
 *
 * @module
 */
export type { TemperatureProfile } from "./types.ts";
export { uniform, type UniformOptions } from "./uniform.ts";
export { linear, type LinearOptions } from "./linear.ts";
export { tanhStep, type TanhStepOptions } from "./tanh_step.ts";
export {
  gaussianHotspot,
  type GaussianHotspotOptions,
} from "./gaussian_hotspot.ts";
export {
  piecewiseLinear,
  type PiecewiseLinearOptions,
} from "./piecewise_linear.ts";
export { tabulated, type TabulatedProfileOptions } from "./tabulated.ts";
export { fromFunction, type FromFunctionOptions } from "./from_function.ts";

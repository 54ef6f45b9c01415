/**
 * Numerical integration with honest error estimates: globally adaptive
 * Gauss–Kronrod quadrature on finite and infinite intervals
 * ({@linkcode integrate}) and one-sided Fourier integrals that stay accurate
 * at large t ({@linkcode integrateFourier}).
 *
 * A requested tolerance that is not met is never returned as if it were:
 * the integrators throw {@linkcode QuadratureError} (a RangeError carrying
 * the partial result) or, with `onFailure: "flag"`, return it with
 * `converged: false`.
 *
 * @example
 * ```ts
 * import { integrate } from "./mod.ts";
 * const r = integrate((x) => Math.exp(-x), 0, Infinity);
 * if (Math.abs(r.value - 1) > 1e-12 || !r.converged) throw new Error("∫e^−x = 1");
 * ```
 *
 * @module
 */
export {
  QuadratureError,
  type QuadratureOptions,
  type QuadratureResult,
} from "./result.ts";
export { integrate, type IntegrateOptions } from "./integrate.ts";
export { type FourierOptions, integrateFourier } from "./fourier.ts";
export { gaussLegendre, GaussLegendreRule } from "./gauss_legendre.ts";

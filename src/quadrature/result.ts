/**
 * The result, options and error types shared by every integrator in
 * `quadrature/`.
 *
 * @module
 */

/**
 * What an integrator returns: the value, an estimate of its absolute error,
 * the cost, and whether the requested tolerance was met.
 *
 * @example
 * ```ts
 * import { integrate, type QuadratureResult } from "./mod.ts";
 * const r: QuadratureResult = integrate((x) => x * x, 0, 1);
 * if (!r.converged || Math.abs(r.value - 1 / 3) > r.error + 1e-15) throw new Error("∫x² = 1/3");
 * ```
 */
export interface QuadratureResult {
  /** The estimate of the integral (same units as f·x). */
  readonly value: number;
  /**
   * Estimated absolute error of `value` (≥ 0; same units as `value`). An
   * estimate, not a bound; it is conservative for smooth integrands.
   */
  readonly error: number;
  /** Number of integrand evaluations used. */
  readonly evaluations: number;
  /**
   * True when `error ≤ max(absTol, relTol·|value|)`. Only ever false on a
   * result returned with `onFailure: "flag"` or carried by a
   * {@linkcode QuadratureError}.
   */
  readonly converged: boolean;
  /** Human-readable name of the method used, e.g. `"adaptive Gauss–Kronrod 10/21"`. */
  readonly method: string;
}

/** Tolerances and failure policy of the integrators. */
export interface QuadratureOptions {
  /** Absolute error tolerance (≥ 0, units of the integral). Default `1e-12`. */
  readonly absTol?: number;
  /**
   * Relative error tolerance (≥ 0, dimensionless). Default `1e-10`. The
   * target is `max(absTol, relTol·|value|)`; at least one of the two must be
   * positive.
   */
  readonly relTol?: number;
  /**
   * Maximum number of interval bisections of the adaptive scheme (an integer
   * ≥ 0; each costs 42 evaluations). Default `1000`.
   */
  readonly maxSubdivisions?: number;
  /**
   * What to do when the tolerance is not met: `"throw"` (default) throws a
   * {@linkcode QuadratureError} carrying the partial result; `"flag"` returns
   * the partial result with `converged: false`.
   */
  readonly onFailure?: "throw" | "flag";
}

/**
 * Thrown when a requested tolerance is not met (with `onFailure: "throw"`).
 * `result` is the best estimate reached, with `converged: false` and its
 * honest error estimate.
 *
 * @example
 * ```ts
 * import { integrate, QuadratureError } from "./mod.ts";
 * try {
 *   integrate((x) => Math.sin(1 / x), 1e-6, 1, { maxSubdivisions: 5 });
 *   throw new Error("should not converge with 5 subdivisions");
 * } catch (e) {
 *   if (!(e instanceof QuadratureError) || e.result.converged) throw e;
 *   if (!(e instanceof RangeError)) throw new Error("QuadratureError is a RangeError");
 * }
 * ```
 */
export class QuadratureError extends RangeError {
  /** The partial result (`converged` is false). */
  readonly result: QuadratureResult;

  /**
   * Creates the error.
   *
   * @param message What was being done, the tolerance and the error reached.
   * @param result The partial result.
   */
  constructor(message: string, result: QuadratureResult) {
    super(message);
    this.name = "QuadratureError";
    this.result = result;
  }
}

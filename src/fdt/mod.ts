/**
 * Fluctuation–dissipation verification, usable on any density (physics.md
 * §0): `verify(J, { temperature })` returns a report table; `arbitraries`
 * (fast-check generators with log-uniform physical ranges, every density
 * family, temperature profiles) and `properties` (each identity as a
 * fast-check property named after it) let users test their own baths;
 * `checkProperties` runs the suite and shrinks failures to counterexamples.
 *
 * @example
 * ```ts
 * import { verify } from "./mod.ts";
 * import { ohmic } from "../spectral/mod.ts";
 * const report = verify(ohmic({ gamma: 1, cutoff: { kind: "exponential", frequency: 2 } }), { temperature: 0.3 });
 * if (!report.passed) throw new Error(JSON.stringify(report.checks));
 * ```
 *
 * @module
 */
export {
  type FdtCheck,
  type FdtReport,
  verify,
  type VerifyOptions,
} from "./verify.ts";
export * as arbitraries from "./arbitraries.ts";
export {
  checkProperties,
  type CheckPropertiesOptions,
  type FdtProperty,
  properties,
  type PropertyOutcome,
  type PropertySuiteReport,
} from "./properties.ts";
export type { DensityFamily } from "./arbitraries.ts";

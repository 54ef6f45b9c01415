/**
 * thermoquilt — Brownian motion, classical and quantum, in environments that
 * are not at one temperature.
 *
 * Conventions: natural units ħ = k_B = 1, particle mass M = 1 unless given,
 * Hänggi–Ingold spectral densities (see the README's conventions table).
 *
 * @example
 * ```ts
 * import { temperature } from "./mod.ts";
 * const T = temperature.linear({ value: 1, gradient: 0.2, at: 0, domain: [-2, 2] });
 * if (Math.abs(T.at(0.5) - 1.1) > 1e-15) throw new Error("T(0.5) = 1.1");
 * ```
 *
 * @module
 */
import "./src/plot/register.ts";

export type {
  DescribedParameter,
  DescribedPreview,
  DescribedTable,
  Description,
  MimeBundle,
} from "./src/describe.ts";
export type {
  Progress,
  ProgressFactory,
  ProgressStart,
} from "./src/progress.ts";
export type {
  CutoffKind,
  DensitySpec,
  KernelEstimate,
  SpectralDensity,
} from "./src/spectral/types.ts";
export type { TemperatureProfile } from "./src/thermal/types.ts";
export * as units from "./src/units/mod.ts";
export * as special from "./src/special/mod.ts";
export * as quadrature from "./src/quadrature/mod.ts";
export * as random from "./src/random/mod.ts";
export type { RandomGenerator } from "./src/random/mod.ts";
export * as temperature from "./src/thermal/mod.ts";
export * as spectral from "./src/spectral/mod.ts";
export * as bath from "./src/bath/mod.ts";
export { noiseKernel } from "./src/noise/mod.ts";
export type {
  CorrelationValue,
  KernelValue,
  NoiseKernel,
  NoiseKernelBuilder,
  NoiseKernelMethod,
  NoiseKernelOptions,
  StrictOhmicOptions,
} from "./src/noise/mod.ts";
export * as equilibrium from "./src/equilibrium/mod.ts";
export * as fdt from "./src/fdt/mod.ts";
export * as models from "./src/models/mod.ts";
export * as predict from "./src/models/predict/mod.ts";
export * as plot from "./src/plot/mod.ts";
export { simulate } from "./src/dynamics/mod.ts";
export * as potentials from "./src/dynamics/potentials.ts";
export { SimulationResult } from "./src/dynamics/mod.ts";
export type {
  BathComponent,
  BathObservables,
  Convention,
  DiscreteModes,
  FieldForm,
  FormFactorSpec,
  Histogram,
  KineticTemperature,
  LangevinModel,
  Method,
  ModelKind,
  ModelRecipe,
  Potential,
  PotentialSpec,
  RecordedTrajectory,
  RecordOptions,
  SimulateOptions,
} from "./src/dynamics/mod.ts";

/**
 * thermoquilt `dynamics`: Langevin and system-plus-bath simulations of a
 * Brownian particle, classical and quantum, in environments that need not be
 * at one temperature.
 *
 * - {@linkcode simulate}: ensembles by the methods "markov", "overdamped",
 *   "gle" and "explicit-bath", seeded and parallel.
 * - {@linkcode LangevinModel}: the contract models implement.
 * - `potentials`: free, harmonic, box, double well, custom.
 *
 * @module
 */
export type {
  BathComponent,
  FieldForm,
  FormFactorSpec,
  LangevinModel,
  ModelKind,
  ModelRecipe,
} from "./model.ts";
export * as potentials from "./potentials.ts";
export type { Potential, PotentialSpec } from "./potentials.ts";
export { simulate } from "./simulate.ts";
export type {
  Convention,
  DiscreteModes,
  Method,
  RecordOptions,
  SimulateOptions,
} from "./simulate.ts";
export { SimulationResult } from "./result.ts";
export type {
  BathObservables,
  Histogram,
  KineticTemperature,
  RecordedTrajectory,
} from "./result.ts";

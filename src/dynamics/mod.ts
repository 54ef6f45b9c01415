/**
 * thermoquilt `dynamics`: Langevin and system-plus-bath simulations of a
 * Brownian particle, classical and quantum, in environments that need not be
 * at one temperature.
 *
 * - {@linkcode LangevinModel}: the contract models implement.
 * - `potentials`: free, harmonic, box, double well, custom.
 *
 * @module
 */
export type {
  BathComponent,
  FormFactorSpec,
  LangevinModel,
  ModelKind,
  ModelRecipe,
} from "./model.ts";
export * as potentials from "./potentials.ts";
export type { Potential, PotentialSpec } from "./potentials.ts";

/**
 * The Markov benchmark's model (bench/dynamics_run.ts): Γ = 1, T(x) =
 * 1 + 0.1x on [−9, 9], no baths. A module of its own, importing types only,
 * because pooled worker threads import it as the model's recipe: a recipe
 * module that pulls in the whole library makes every worker's start-up
 * slower (≈ 25 ms measured).
 *
 * @module
 */
import type { LangevinModel } from "../src/dynamics/model.ts";
import type { SpectralDensity } from "../src/spectral/types.ts";

/** Builds the benchmark model (also the workers' recipe target). */
export function benchModel(): LangevinModel {
  return {
    kind: "standard",
    mass: 1,
    baths: [],
    noiseFollowsParticle: false,
    domain: [-9, 9],
    friction: () => 1,
    frictionGradient: () => 0,
    temperature: (x) => 1 + 0.1 * x,
    temperatureGradient: () => 0.1,
    forms: {
      friction: { kind: "constant", value: 1 },
      temperature: { kind: "linear", value: 1, gradient: 0.1, at: 0 },
    },
    recipe: { module: import.meta.url, exportName: "benchModel", data: null },
    describe: () => ({ title: "benchmark model" }),
  };
}

/**
 * The explicit-bath benchmark's model: the same particle with one linear
 * bath of `density` at T = 1 (run on the main thread only: no recipe).
 */
export function benchBathModel(density: SpectralDensity): LangevinModel {
  return {
    ...benchModel(),
    baths: [{
      density,
      temperature: 1,
      site: 0,
      formFactor: { kind: "linear" },
    }],
    recipe: undefined,
  };
}

/**
 * Minimal LangevinModel implementations for the dynamics tests, independent
 * of the models layer: Γ(x) = γ₀ + γ₁x, T(x) = T₀ + g x, optional Drude baths.
 * `toyModel` is also the worker recipe target (the test module rebuilds
 * itself from data). Densities come from the spectral layer.
 *
 * @module
 */
import type { LangevinModel } from "../../src/dynamics/model.ts";
import type { SpectralDensity } from "../../src/spectral/types.ts";
import { ohmic } from "../../src/spectral/mod.ts";

/** Parameters of a toy model (plain data). */
export interface ToyData {
  mass?: number;
  gamma: number;
  gammaSlope?: number;
  temperature: number;
  gradient?: number;
  domain?: [number, number];
  /** Drude baths: one linear bath of this cutoff (standard / gCLm-I). */
  drudeCutoff?: number;
  follows?: boolean;
  /** Replace the linear T by a tanh step from `cold` (x → −∞) to `hot` (x → +∞) of this width. */
  step?: { cold: number; hot: number; width: number };
  /** gCLm-II-like quilt: sites, Gaussian width, temperatures T(y_j) = T₀ + g y_j. */
  quilt?: { sites: number[]; width: number };
}

/** The Drude density J(ω) = Mγω/(1 + ω²/ω_c²) of the spectral layer. */
export function drude(
  gamma: number,
  cutoff: number,
  mass = 1,
): SpectralDensity {
  return ohmic({ gamma, cutoff: { kind: "drude", frequency: cutoff }, mass });
}

/** Builds a toy model from data (the recipe target). */
export function toyModel(d: ToyData): LangevinModel {
  const g0 = d.gamma, g1 = d.gammaSlope ?? 0;
  const T0 = d.temperature, gT = d.gradient ?? 0;
  const M = d.mass ?? 1;
  const st = d.step;
  const T = st
    ? (x: number) =>
      st.cold + 0.5 * (st.hot - st.cold) * (1 + Math.tanh(x / st.width))
    : (x: number) => T0 + gT * x;
  const dT = st
    ? (x: number) =>
      0.5 * (st.hot - st.cold) / (st.width * Math.cosh(x / st.width) ** 2)
    : () => gT;
  const baths: LangevinModel["baths"][number][] = [];
  if (d.quilt) {
    const n = d.quilt.sites.length;
    for (const y of d.quilt.sites) {
      baths.push({
        density: drude(g0 / n, d.drudeCutoff ?? 1e3, M),
        temperature: T(y),
        site: y,
        formFactor: { kind: "gaussian", width: d.quilt.width },
      });
    }
  } else if (d.drudeCutoff !== undefined) {
    baths.push({
      density: drude(g0, d.drudeCutoff, M),
      temperature: T0,
      site: 0,
      formFactor: { kind: "linear" },
    });
  }
  return {
    kind: d.quilt ? "gclm2" : d.follows ? "gclm1" : "standard",
    mass: M,
    baths,
    noiseFollowsParticle: d.follows ?? false,
    domain: d.domain ?? [-Infinity, Infinity],
    friction: (x) => g0 + g1 * x,
    frictionGradient: () => g1,
    temperature: T,
    temperatureGradient: dT,
    recipe: { module: import.meta.url, exportName: "toyModel", data: d },
    describe: () => ({ title: "toy model" }),
  };
}

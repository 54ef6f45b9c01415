/**
 * The standard Caldeira–Leggett model: one bath at one temperature.
 *
 * @module
 */
import { noiseKernel } from "../noise/mod.ts";
import type { SpectralDensity } from "../spectral/types.ts";
import { nonNegative, record } from "../_validate.ts";
import { buildModel, markovRate } from "./_model.ts";
import type { ThermalModel } from "./types.ts";

/** Options of {@linkcode standard}. */
export interface StandardOptions {
  /** The bath's spectral density J(ω) (its `mass` is the particle mass M). */
  readonly density: SpectralDensity;
  /** Bath temperature k_BT ≥ 0 (ħω_ref). */
  readonly temperature: number;
}

/**
 * The standard Caldeira–Leggett model (sCLm): a particle of mass M linearly
 * coupled to one harmonic bath at temperature T (physics.md §0),
 *
 *     H = P²/2M + V(X) + Σ_k [p_k²/2m_k + (m_kω_k²/2)(x_k − c_kX/(m_kω_k²))²]
 *     M Ẍ + M ∫₀^t γ(t − s) Ẋ(s) ds + V'(X) = ξ(t),  ½⟨{ξ(t), ξ(0)}⟩ = K_T(t).
 *
 * Its Ohmic–Markov reduction has Γ = γ̂(0) and T constant. It runs under
 * every `simulate` method.
 *
 * @example
 * ```ts
 * import { standard } from "./standard.ts";
 * import { ohmic } from "../spectral/mod.ts";
 * const m = standard({ density: ohmic({ gamma: 0.5, cutoff: { kind: "drude", frequency: 5 } }), temperature: 1 });
 * if (m.friction(3) !== 0.5 || m.effectiveTemperature(-2) !== 1) throw new Error("Γ = γ, T uniform");
 * if (m.kind !== "standard" || m.noiseFollowsParticle) throw new Error("one fixed bath");
 * ```
 */
export function standard(options: StandardOptions): ThermalModel {
  const what = "build the standard Caldeira–Leggett model";
  record(what, "options", options);
  const gamma = markovRate(what, options.density);
  const t = nonNegative(what, "temperature", options.temperature);
  const density = options.density;
  return buildModel({
    kind: "standard",
    title: "standard Caldeira–Leggett",
    density,
    profile: undefined,
    gamma,
    domain: [-Infinity, Infinity],
    baths: [{
      density,
      temperature: t,
      site: 0,
      formFactor: { kind: "linear" },
    }],
    noiseFollowsParticle: false,
    friction: { at: () => gamma, slope: () => 0, constant: gamma },
    temperature: { at: () => t, slope: () => 0, constant: t },
    localNoise: (_m, _x, o) => {
      const k = noiseKernel(density, { temperature: t });
      return o.statistics === "classical" ? k.classical() : k;
    },
    describe: () => ({
      title: "Standard Caldeira–Leggett model (sCLm)",
      formula: "\\begin{aligned}" +
        "H &= \\frac{P^2}{2M} + V(X) + \\sum_k \\Big[\\frac{p_k^2}{2m_k} + \\frac{m_k\\omega_k^2}{2}\\Big(x_k - \\frac{c_k X}{m_k\\omega_k^2}\\Big)^2\\Big]\\\\" +
        "M\\ddot X &+ M\\int_0^t \\gamma(t-s)\\dot X(s)\\,ds + V'(X) = \\xi(t),\\quad \\tfrac12\\langle\\{\\xi(t),\\xi(0)\\}\\rangle = K_T(t)" +
        "\\end{aligned}",
      parameters: [
        {
          name: "Markov friction",
          symbol: "\\gamma = \\hat\\gamma(0)",
          value: gamma,
          unit: "ω_ref",
        },
        { name: "temperature", symbol: "k_BT", value: t, unit: "ħω_ref" },
        { name: "mass", symbol: "M", value: density.mass },
        { name: "spectral density", value: density.describe().title },
      ],
      notes: [
        "Hänggi–Ingold conventions (physics.md §0); the bath is thermal around X(0), so there is no initial-slip term.",
      ],
    }),
  });
}

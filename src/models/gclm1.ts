/**
 * gCLm-I: a driven bath whose fluctuations follow the temperature at the
 * particle's current position.
 *
 * @module
 */
import { noiseKernel } from "../noise/mod.ts";
import type { SpectralDensity } from "../spectral/types.ts";
import type { TemperatureProfile } from "../thermal/types.ts";
import { positive, record } from "../_validate.ts";
import {
  buildModel,
  markovRate,
  PROVENANCE,
  requireProfile,
} from "./_model.ts";
import type { ThermalModel } from "./types.ts";

/** Options of {@linkcode gclm1}. */
export interface Gclm1Options {
  /** The bath's spectral density J(ω) (its `mass` is the particle mass M). */
  readonly density: SpectralDensity;
  /** The temperature profile T(x) > 0; its domain is the model's domain. */
  readonly profile: TemperatureProfile;
  /**
   * Reference temperature T_ref > 0 (ħω_ref) at which an explicit bath is
   * prepared before its thermal force is rescaled to T(X) (any value gives
   * the same noise; it only sets the initial mode amplitudes). Default:
   * T at the middle of the profile's domain (at 0 if the domain is infinite).
   */
  readonly referenceTemperature?: number;
}

/**
 * gCLm-I, this library's formulation of the seed paper's first idea (see
 * the module notes): one standard bath with ordinary friction γ(t), whose
 * noise an external agent keeps at the temperature of the particle's
 * current position (physics.md §6),
 *
 *     M Ẍ + M ∫₀^t γ(t − s) Ẋ(s) ds + V'(X) = ξ_{T(X(t))}(t).
 *
 * Classical Markov limit: ξ = √(2Mγk_BT(X)) η (multiplicative noise, so the
 * overdamped limit needs a convention, derived by
 * `predict.smallMassConvention`: Itô). Quantum: noise with the local
 * spectrum ħJ(ω)coth(ħω/2k_BT(X)) (`simulate` method `"gle"`,
 * `statistics: "quantum"`). Explicit bath: each mode's thermal force is
 * rescaled by √(θ(ω_k,T(X))/θ(ω_k,T_ref)), θ(ω,T) = (ħω/2)coth(ħω/2k_BT).
 * Runs under `"markov"`, `"overdamped"`, `"gle"` (classical and quantum)
 * and `"explicit-bath"`. Semiclassical by construction: the agent must know
 * X.
 *
 * Γ(X) = γ̂(0) is constant; `temperature(x)` = `effectiveTemperature(x)` =
 * T(x), evaluated through a cubic Hermite table of the profile over a
 * finite domain (8192 panels; relative error ~1e-12 for smooth profiles) so
 * that worker threads reproduce it exactly; over an infinite domain the profile
 * is used directly and the model runs on the main thread.
 *
 * @example
 * ```ts
 * import { gclm1 } from "./gclm1.ts";
 * import { ohmic } from "../spectral/mod.ts";
 * import { linear } from "../thermal/mod.ts";
 * const m = gclm1({
 *   density: ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 10 } }),
 *   profile: linear({ value: 1, gradient: 0.25, domain: [-2, 2] }),
 * });
 * if (Math.abs(m.effectiveTemperature(1) - 1.25) > 1e-12) throw new Error("T(X)");
 * if (m.friction(1) !== 1 || !m.noiseFollowsParticle) throw new Error("ordinary friction, driven noise");
 * ```
 */
export function gclm1(options: Gclm1Options): ThermalModel {
  const what = "build the gCLm-I model";
  record(what, "options", options);
  const gamma = markovRate(what, options.density);
  const profile = requireProfile(what, options.profile);
  const density = options.density;
  const domain = profile.domain;
  const mid = Number.isFinite(domain[0]) && Number.isFinite(domain[1])
    ? 0.5 * (domain[0] + domain[1])
    : Math.min(domain[1], Math.max(domain[0], 0));
  const tRef = options.referenceTemperature === undefined
    ? profile.at(mid)
    : positive(what, "referenceTemperature", options.referenceTemperature);
  const constant = profile.kind === "uniform" ? profile.at(mid) : undefined;
  return buildModel({
    kind: "gclm1",
    title: "gCLm-I",
    density,
    profile,
    gamma,
    domain,
    baths: [{
      density,
      temperature: tRef,
      site: 0,
      formFactor: { kind: "linear" },
    }],
    noiseFollowsParticle: true,
    friction: { at: () => gamma, slope: () => 0, constant: gamma },
    temperature: {
      at: (x) => profile.at(x),
      slope: (x) => profile.gradient(x),
      constant,
    },
    localNoise: (m, x, o) => {
      const k = noiseKernel(density, { temperature: m.temperature(x) });
      return o.statistics === "classical" ? k.classical() : k;
    },
    describe: () => {
      const [a, b] = domain;
      const lo = Number.isFinite(a) ? a : mid - 5;
      const hi = Number.isFinite(b) ? b : mid + 5;
      const xs = Array.from(
        { length: 101 },
        (_, i) => Math.min(hi, lo + (hi - lo) * i / 100),
      );
      return {
        title: "gCLm-I — a driven bath at the local temperature T(X(t))",
        formula: "\\begin{aligned}" +
          "H &= \\frac{P^2}{2M} + V(X) + \\sum_k \\Big[\\frac{p_k^2}{2m_k} + \\frac{m_k\\omega_k^2}{2}\\Big(x_k - \\frac{c_k X}{m_k\\omega_k^2}\\Big)^2\\Big],\\quad \\text{bath noise driven to } T(X(t))\\\\" +
          "M\\ddot X &+ M\\int_0^t \\gamma(t-s)\\dot X(s)\\,ds + V'(X) = \\xi_{T(X(t))}(t),\\quad S_{T}(\\omega) = \\hbar J(\\omega)\\coth\\frac{\\hbar\\omega}{2k_BT}\\\\" +
          "\\text{Markov: } M\\,dV &= -V'\\,dt - M\\gamma V\\,dt + \\sqrt{2M\\gamma k_BT(X)}\\,dW" +
          "\\end{aligned}",
        parameters: [
          {
            name: "Markov friction",
            symbol: "\\gamma = \\hat\\gamma(0)",
            value: gamma,
            unit: "ω_ref",
          },
          { name: "mass", symbol: "M", value: density.mass },
          { name: "profile", value: profile.kind },
          { name: "domain", value: `[${a}, ${b}]`, unit: "L" },
          {
            name: "reference temperature",
            symbol: "T_\\mathrm{ref}",
            value: tRef,
            unit: "ħω_ref",
          },
          { name: "spectral density", value: density.describe().title },
        ],
        preview: {
          x: xs,
          series: [{ name: "T(x)", y: xs.map((x) => profile.at(x)) }],
          xLabel: "x",
          yLabel: "k_BT(x)",
        },
        notes: [
          PROVENANCE,
          "**gCLm-I (ours):** the noise of one standard bath is set by an external agent to the temperature at the particle's current position; the friction stays the ordinary γ(t). Classical Markov limit: multiplicative white noise √(2Mγk_BT(X))η. Quantum: coloured noise with the local spectrum ħJ(ω)coth(ħω/2k_BT(X)) (a quantum thermal bath at T(X)). Explicit bath: each mode's thermal force rescaled by √(θ(ω_k,T(X))/θ(ω_k,T_ref)), θ = (ħω/2)coth(ħω/2k_BT).",
          "Limitation: the agent must know X, which quantum mechanics forbids; the model is semiclassical by construction.",
        ],
      };
    },
  });
}

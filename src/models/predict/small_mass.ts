/**
 * Which stochastic convention the small-mass (Smoluchowski–Kramers) limit of
 * the inertial Langevin equation selects, derived from the model's
 * friction and temperature rather than assumed.
 *
 * @module
 */
import {
  type Description,
  displayBundle,
  type MimeBundle,
} from "../../describe.ts";
import type { ReducedModel } from "./reduced_model.ts";

/** Options of {@linkcode smallMassConvention}. */
export interface SmallMassOptions {
  /**
   * Positions (L) at which the derivation is carried out and checked to give
   * one α. Default: 9 points spread over the model's domain (over [−1, 1]
   * where the domain is infinite).
   */
  readonly probes?: ArrayLike<number>;
}

/** The small-mass limit of a model's Ohmic–Markov equation. */
export interface SmallMassLimit {
  /**
   * The convention α (0 = Itô) with which the limiting overdamped equation
   * treats the position dependence of the noise temperature T(x): the α for
   * which the α-equation plus {@linkcode SmallMassLimit.extraDrift} is the
   * limit, with an extra drift that does not depend on T'(x).
   */
  readonly alpha: number;
  /**
   * The drift (L·ω_ref) that the α-equation needs on top of F/(MΓ) to be the
   * limit: −k_B T Γ'/(M Γ²), zero for constant friction.
   */
  extraDrift(x: number): number;
  /**
   * The noise-induced drift S(x) of the limiting Itô equation
   * dX = [F/(MΓ) + S] dt + √(2 k_B T/(MΓ)) dW (Hottovy–McDaniel–Volpe–Wehr).
   */
  noiseInducedDrift(x: number): number;
  /**
   * The single α(x) = S(x)/D'(x) that would reproduce the limit at x with
   * no extra drift (D = k_B T/(MΓ)); NaN where D' = 0. Equal to `alpha`
   * everywhere only when the friction is constant.
   */
  equivalentAlpha(x: number): number;
  /** The derivation, step by step (Markdown with LaTeX). */
  readonly derivation: readonly string[];
  /** Data-only description for rich display. */
  describe(): Description;
}

/**
 * The limit drift of the Hottovy–McDaniel–Volpe–Wehr theorem in one
 * dimension, for m dV = F dt − γ(x) V dt + σ(x) dW as m → 0:
 * S = ∂ₓ(1/γ) · J with γJ + Jγ = σ², i.e. S = −γ' σ² / (2γ³).
 */
function hvwDrift(gamma: number, gammaPrime: number, sigma2: number): number {
  const j = sigma2 / (2 * gamma);
  return -gammaPrime / (gamma * gamma) * j;
}

/** D'(x) for D = σ²/(2γ²), from the jet of γ and σ². */
function diffusionSlope(
  gamma: number,
  gammaPrime: number,
  sigma2: number,
  sigma2Prime: number,
): number {
  return sigma2Prime / (2 * gamma * gamma) -
    sigma2 * gammaPrime / (gamma * gamma * gamma);
}

/**
 * Derives the stochastic convention α and the extra drift that the
 * small-mass limit M → 0 of the model's inertial Ohmic–Markov equation
 *
 *     M dV = F(X) dt − M Γ(X) V dt + √(2 M Γ(X) k_B T(X)) dW
 *
 * selects for the overdamped equation dX = F/(MΓ) dt + √(2D) ∘_α dW, with
 * D = k_B T/(MΓ).
 *
 * ## Method
 * Write γ = MΓ and σ² = 2MΓk_BT. The theorem of Hottovy, McDaniel, Volpe
 * and Wehr (Commun. Math. Phys. 336, 1259 (2015); for one dimension
 * Hottovy, Volpe, Wehr, EPL 99, 60002 (2012)) gives the limit in Itô form,
 * dX = [F/γ + S] dt + (σ/γ) dW with S = ∂ₓ(γ⁻¹) J and γJ + Jγ = σ², i.e.
 * S = −γ'σ²/(2γ³) = −k_B T Γ'/(MΓ²). An α-equation has the Itô drift
 * F/γ + αD'. Writing the limit as an α-equation plus an extra drift
 * E = S − αD' and asking that E not depend on T'(x) (so that the whole
 * temperature dependence is carried by the convention) fixes
 * α = (∂S/∂T')/(∂D'/∂T'). This function evaluates S and D' from the model's
 * Γ, Γ', T, T' at each probe, with T' replaced by 0 and 1 (both are linear
 * in T'), takes that ratio, checks that every probe gives the same α, and
 * returns E(x) = S(x) − αD'(x). For the models of this library the result is
 * α = 0 (Itô; P ∝ 1/T for constant friction, physics.md §7) and
 * E = −k_B T Γ'/(MΓ²).
 *
 * This is the limit of the Markov (white-noise) equation. With coloured
 * noise (the `"gle"` method, quantum noise) the limit depends on the ratio
 * of the noise correlation time to M/γ (Hottovy–Volpe–Wehr 2012) and is not
 * covered here.
 *
 * @param model The model's Ohmic–Markov reduction.
 * @param options Probe positions.
 * @returns α, the extra drift, and the derivation.
 * @throws {RangeError} if the probes give different α (not possible for a
 *   model of this form; it would signal a non-finite Γ or T).
 *
 * @example
 * ```ts
 * import { smallMassConvention } from "./small_mass.ts";
 * const model = {
 *   mass: 1, domain: [0, 1] as const,
 *   friction: (x: number) => 1 + x, frictionGradient: () => 1,
 *   temperature: (x: number) => 1 + 0.5 * x, temperatureGradient: () => 0.5,
 * };
 * const lim = smallMassConvention(model);
 * if (lim.alpha !== 0) throw new Error("Itô for the temperature dependence");
 * // extra drift −T Γ'/(M Γ²) at x = 1: −1.5 · 1 / 4
 * if (Math.abs(lim.extraDrift(1) + 0.375) > 1e-15) throw new Error("−TΓ'/Γ²");
 * ```
 */
export function smallMassConvention(
  model: ReducedModel,
  options: SmallMassOptions = {},
): SmallMassLimit {
  const what = "derive the small-mass convention";
  const m = model.mass;
  const jet = (x: number, tPrime: number) => {
    const gamma = m * model.friction(x);
    const gammaPrime = m * model.frictionGradient(x);
    const t = model.temperature(x);
    const sigma2 = 2 * gamma * t;
    const sigma2Prime = 2 * (gammaPrime * t + gamma * tPrime);
    if (!(gamma > 0) || !Number.isFinite(gammaPrime) || !(t > 0)) {
      throw new RangeError(
        `Cannot ${what}: the friction and temperature must be > 0 and finite, but at x = ${x} M·Γ = ${gamma}, M·Γ' = ${gammaPrime}, T = ${t}`,
      );
    }
    return {
      s: hvwDrift(gamma, gammaPrime, sigma2),
      dPrime: diffusionSlope(gamma, gammaPrime, sigma2, sigma2Prime),
    };
  };
  const [lo, hi] = model.domain;
  const a = Number.isFinite(lo) ? lo : Math.min(-1, hi - 2);
  const b = Number.isFinite(hi) ? hi : Math.max(1, a + 2);
  const probes = options.probes ??
    Array.from({ length: 9 }, (_, i) => a + (b - a) * (i + 0.5) / 9);
  if (probes.length === 0) {
    throw new RangeError(`Cannot ${what}: \`probes\` must not be empty`);
  }
  let alpha = NaN;
  for (let i = 0; i < probes.length; i++) {
    const x = probes[i];
    const j0 = jet(x, 0);
    const j1 = jet(x, 1);
    const ai = (j1.s - j0.s) / (j1.dPrime - j0.dPrime);
    if (i === 0) alpha = ai;
    else if (!(Math.abs(ai - alpha) <= 1e-12)) {
      throw new RangeError(
        `Cannot ${what}: the probes give different conventions, α = ${alpha} and α(${x}) = ${ai}`,
      );
    }
  }
  // α is exactly 0 here (S has no T' dependence); keep what was derived.
  const alphaDerived = alpha;
  const s = (x: number) => jet(x, model.temperatureGradient(x)).s;
  const dPrime = (x: number) => jet(x, model.temperatureGradient(x)).dPrime;
  const extraDrift = (x: number) => s(x) - alphaDerived * dPrime(x);
  const derivation = [
    "Inertial equation: $M\\,dV = F\\,dt - M\\Gamma(X)V\\,dt + \\sqrt{2M\\Gamma(X)k_BT(X)}\\,dW$; write $\\gamma = M\\Gamma$, $\\sigma^2 = 2M\\Gamma k_BT$.",
    "Small-mass limit (Hottovy–McDaniel–Volpe–Wehr 2015): $dX = [F/\\gamma + S]\\,dt + (\\sigma/\\gamma)\\,dW$ (Itô) with $S = \\partial_x(\\gamma^{-1})\\,\\sigma^2/(2\\gamma) = -k_BT\\Gamma'/(M\\Gamma^2)$.",
    "An $\\alpha$-equation $dX = F/\\gamma\\,dt + \\sqrt{2D}\\circ_\\alpha dW$, $D = k_BT/(M\\Gamma)$, has Itô drift $F/\\gamma + \\alpha D'$.",
    `Requiring the extra drift $E = S - \\alpha D'$ to be independent of $T'$ gives $\\alpha = (\\partial S/\\partial T')/(\\partial D'/\\partial T') = ${alphaDerived}$ (evaluated at ${probes.length} probes).`,
    "Hence $P_\\mathrm{st}(x) \\propto T(x)^{-1}\\exp(-\\int V'/k_BT)$ for any $\\Gamma(x)$, and a free particle drifts with $E = -k_BT\\Gamma'/(M\\Gamma^2)$.",
  ];
  const description: Description = {
    title: "Small-mass limit of the Ohmic–Markov Langevin equation",
    formula:
      "dX = \\frac{F}{M\\Gamma}\\,dt - \\frac{k_BT\\,\\Gamma'}{M\\Gamma^2}\\,dt + \\sqrt{\\frac{2k_BT}{M\\Gamma}}\\circ_{\\alpha} dW,\\quad \\alpha = " +
      String(alphaDerived),
    parameters: [{
      name: "convention",
      symbol: "\\alpha",
      value: alphaDerived,
    }],
    notes: derivation,
  };
  return {
    alpha: alphaDerived,
    extraDrift,
    noiseInducedDrift: s,
    equivalentAlpha: (x: number) => s(x) / dPrime(x),
    derivation,
    describe: () => description,
    [Symbol.for("Jupyter.display")](): MimeBundle {
      return displayBundle(description);
    },
  };
}

/**
 * Equilibrium moments of a particle coupled to a harmonic bath, from the
 * fluctuation–dissipation theorem (physics.md §3): ⟨q²⟩, ⟨p²⟩, χ(ω) and
 * ½⟨{q(t), q(0)}⟩ of a damped oscillator, ⟨p²⟩ of a free particle, at any
 * temperature including T = 0.
 *
 * @example
 * ```ts
 * import { oscillator } from "./mod.ts";
 * import { ohmic } from "../spectral/mod.ts";
 * const J = ohmic({ gamma: 0.5, cutoff: { kind: "drude", frequency: 20 } });
 * const hot = oscillator({ density: J, frequency: 1, temperature: 1000 });
 * // classical equipartition ⟨q²⟩ → k_BT/(Mω₀²)
 * if (Math.abs(hot.positionVariance / 1000 - 1) > 1e-6) throw new Error("classical limit");
 * ```
 *
 * @module
 */
export {
  type ComplexValue,
  type EquilibriumFreeParticle,
  type EquilibriumOscillator,
  freeParticle,
  type FreeParticleOptions,
  type MomentValue,
  oscillator,
  type OscillatorOptions,
} from "./oscillator.ts";

/**
 * The fluctuation–dissipation identities of physics.md §0 as pure checks:
 * each takes a density, a temperature and a point, and returns the error
 * and the tolerance it must meet. `verify` runs them on grids, the
 * fast-check properties on random points.
 *
 * @module
 */
import { integrate, integrateFourier } from "../quadrature/mod.ts";
import type { SpectralDensity } from "../spectral/types.ts";
import {
  characteristicFrequency,
  type NoiseKernel,
  noiseKernel,
} from "../noise/mod.ts";

/** Outcome of one identity at one point. */
export interface IdentityOutcome {
  /** The error measure (dimensionless unless stated). */
  readonly error: number;
  /** The tolerance the error must not exceed. */
  readonly tolerance: number;
}

/** Names of the identities (also the property names). */
export const IDENTITY_NAMES = {
  detailedBalance: "satisfies detailed balance S(−ω) = e^{−ħω/k_BT} S(ω)",
  positivity: "has a non-negative spectrum S(ω) ≥ 0",
  evenReal: "has an even, real, finite K(t) = K(−t)",
  dissipationTemperature: "has a temperature-independent D(t)",
  fourier: "has K(t) = (1/π)∫₀^∞ S_sym(ω) cos ωt dω (K ↔ S)",
  classical: "has the classical limit K(t) → M k_BT γ(t) as k_BT/ħω_c → ∞",
  sumRule: "satisfies the sum rule λ = (1/π)∫J/ω dω = M γ(0)/2",
} as const;

const TINY = 1e-300;

/** |S(−ω) − e^{−ħω/T}S(ω)| relative to e^{−ħω/T}S(ω). */
export function detailedBalance(
  K: NoiseKernel,
  omega: number,
): IdentityOutcome {
  const T = K.temperature, w = Math.abs(omega);
  const sp = K.spectrum(w), sm = K.spectrum(-w);
  if (T === 0) return { error: Math.abs(sm), tolerance: 0 };
  const expected = Math.exp(-(K.hbar * w) / T) * sp;
  return {
    error: Math.abs(sm - expected) / Math.max(Math.abs(expected), TINY),
    tolerance: 1e-12,
  };
}

/** −min(S(ω), S(−ω), 0) relative to S_sym(ω) (0 when both are ≥ 0). */
export function positivity(K: NoiseKernel, omega: number): IdentityOutcome {
  const w = Math.abs(omega);
  const sp = K.spectrum(w), sm = K.spectrum(-w);
  const neg = Math.max(0, -Math.min(sp, sm));
  if (!Number.isFinite(sp) || !Number.isFinite(sm)) {
    return { error: Infinity, tolerance: 0 };
  }
  return {
    error: neg / Math.max(Math.abs(sp) + Math.abs(sm), TINY),
    tolerance: 0,
  };
}

/** K(t) finite and K(−t) = K(t) exactly (same computation). */
export function evenReal(K: NoiseKernel, t: number): IdentityOutcome {
  const a = K.symmetric(t), b = K.symmetric(-t);
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    return { error: Infinity, tolerance: 0 };
  }
  return {
    error: Math.abs(a - b) / Math.max(Math.abs(a), TINY),
    tolerance: 1e-15,
  };
}

/** |D_T(t) − D_{T′}(t)| for T′ = 0 and 10T, relative to max|D|. */
export function dissipationTemperature(
  J: SpectralDensity,
  T: number,
  t: number,
  hbar = 1,
): IdentityOutcome {
  const d = noiseKernel(J, { temperature: T, hbar }).dissipation(t);
  const d0 = noiseKernel(J, { temperature: 0, hbar }).dissipation(t);
  const d1 = noiseKernel(J, { temperature: 10 * T + 1, hbar }).dissipation(t);
  const scale = Math.max(Math.abs(d), Math.abs(d0), Math.abs(d1), TINY);
  return {
    error: Math.max(Math.abs(d - d0), Math.abs(d - d1)) / scale,
    tolerance: 1e-9,
  };
}

/**
 * K(t) against the cosine transform of S_sym computed here by quadrature,
 * relative to max(|K(t)|, 1e-6·(ħ/π)λ(ω_c + 2T/ħ)).
 */
export function fourier(K: NoiseKernel, t: number): IdentityOutcome {
  const J = K.density;
  if (!J) return { error: 0, tolerance: 1e-7 };
  const scale = characteristicFrequency(J);
  const size = (K.hbar / Math.PI) * J.reorganizationEnergy *
    (scale + (2 * K.temperature) / K.hbar);
  const r = integrateFourier((w) => K.symmetricSpectrum(w), t, {
    kind: "cos",
    scale,
    relTol: 1e-10,
    absTol: 1e-12 * size,
    onFailure: "flag",
  });
  const fromS = r.value / Math.PI;
  const k = K.symmetric(t);
  return {
    error: Math.abs(k - fromS) / Math.max(Math.abs(k), 1e-6 * size),
    tolerance: 1e-7,
  };
}

/**
 * |K_{T′}(t) − M T′ γ(t)| / (M T′ γ(0)) at T′ = 1e4 ħω_c: the quantum
 * correction there is ≲ (ω_c/T′)·ln(…) ~ 1e-3 of the classical size.
 */
export function classical(
  J: SpectralDensity,
  t: number,
  hbar = 1,
): IdentityOutcome {
  const wc = characteristicFrequency(J);
  const Th = 1e4 * hbar * wc;
  const K = noiseKernel(J, { temperature: Th, hbar });
  const cl = J.mass * Th * J.dampingKernel(t);
  const size = J.mass * Th * Math.abs(J.dampingKernel(0));
  return {
    error: Math.abs(K.symmetric(t) - cl) / Math.max(size, TINY),
    tolerance: 2e-3,
  };
}

/** λ (declared) vs (1/π)∫J/ω dω (quadrature) vs Mγ(0)/2. */
export function sumRule(J: SpectralDensity): IdentityOutcome {
  const lam = J.reorganizationEnergy;
  const scale = characteristicFrequency(J);
  const num = integrate((w) => J.at(w) / w, 0, Infinity, {
    relTol: 1e-11,
    absTol: 1e-14 * Math.abs(lam),
    points: [scale, 10 * scale],
    onFailure: "flag",
  }).value / Math.PI;
  const fromGamma = (J.mass * J.dampingKernel(0)) / 2;
  const e = Math.max(Math.abs(num - lam), Math.abs(fromGamma - lam)) /
    Math.max(Math.abs(lam), TINY);
  return { error: e, tolerance: 1e-7 };
}

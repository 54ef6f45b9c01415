/**
 * The identities of `_identities.ts` as one table keyed like
 * `IDENTITY_NAMES`, each applied to a subject (density, temperature, ħ and
 * its noise kernel) at one point: what `verify` runs on grids and the
 * fast-check properties on random points.
 *
 * @module
 */
import type { SpectralDensity } from "../spectral/types.ts";
import type { NoiseKernel } from "../noise/mod.ts";
import {
  classical,
  detailedBalance,
  dissipationTemperature,
  evenReal,
  fourier,
  IDENTITY_NAMES,
  type IdentityOutcome,
  positivity,
  sumRule,
} from "./_identities.ts";

export type { IdentityOutcome } from "./_identities.ts";

/** What an identity is checked on. */
export interface IdentitySubject {
  /** The density. */
  readonly J: SpectralDensity;
  /** Temperature k_BT. */
  readonly T: number;
  /** ħ for the checks that build their own kernels (undefined: their default 1). */
  readonly hbar?: number;
  /** The noise kernel of J at T (the caller decides when it is built). */
  kernel(): NoiseKernel;
}

/** One identity: its name and its check at a point (ω or t, per identity). */
export interface IdentityCheck {
  /** The identity, as in `IDENTITY_NAMES`. */
  readonly name: string;
  /** The error and tolerance at the point `x`. */
  evaluate(s: IdentitySubject, x: number): IdentityOutcome;
}

/** Every identity, keyed and ordered like `IDENTITY_NAMES`. */
export const IDENTITY_CHECKS: {
  readonly [K in keyof typeof IDENTITY_NAMES]: IdentityCheck;
} = {
  detailedBalance: {
    name: IDENTITY_NAMES.detailedBalance,
    evaluate: (s, w) => detailedBalance(s.kernel(), w),
  },
  positivity: {
    name: IDENTITY_NAMES.positivity,
    evaluate: (s, w) => positivity(s.kernel(), w),
  },
  evenReal: {
    name: IDENTITY_NAMES.evenReal,
    evaluate: (s, t) => evenReal(s.kernel(), t),
  },
  dissipationTemperature: {
    name: IDENTITY_NAMES.dissipationTemperature,
    evaluate: (s, t) => dissipationTemperature(s.J, s.T, t, s.hbar),
  },
  fourier: {
    name: IDENTITY_NAMES.fourier,
    evaluate: (s, t) => fourier(s.kernel(), t),
  },
  classical: {
    name: IDENTITY_NAMES.classical,
    evaluate: (s, t) => classical(s.J, t, s.hbar),
  },
  sumRule: { name: IDENTITY_NAMES.sumRule, evaluate: (s) => sumRule(s.J) },
};

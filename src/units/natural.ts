/**
 * The natural-units convention of thermoquilt: ħ = k_B = 1 and the particle
 * mass M = 1 unless given (physics.md §0). Formulas keep ħ and k_B as the
 * named constants below so the classical limit ħ → 0 stays visible in code.
 *
 * With a reference angular frequency ω_ref (see `reducedUnits`):
 * frequencies and energies are in units of ω_ref and ħω_ref, temperatures in
 * ħω_ref/k_B, times in 1/ω_ref, masses in M, lengths in √(ħ/(Mω_ref)).
 *
 * @module
 */
/**
 * ħ in natural units (= 1).
 *
 * @example
 * ```ts
 * import { HBAR, K_B } from "./mod.ts";
 * // thermal energy of a mode ħω = k_B T at ω = T
 * if (HBAR * 2 !== K_B * 2) throw new Error("ħ = k_B = 1");
 * ```
 */
export const HBAR = 1;

/**
 * k_B in natural units (= 1).
 *
 * @example
 * ```ts
 * import { K_B } from "./mod.ts";
 * if (K_B !== 1) throw new Error("k_B = 1");
 * ```
 */
export const K_B = 1;

/**
 * The default particle mass M in natural units (= 1).
 *
 * @example
 * ```ts
 * import { MASS } from "./mod.ts";
 * if (MASS !== 1) throw new Error("M = 1");
 * ```
 */
export const MASS = 1;

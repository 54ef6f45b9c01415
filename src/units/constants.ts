/**
 * CODATA 2018 values of the physical constants thermoquilt converts with, in
 * SI units. Since the 2019 SI redefinition h, e, k_B, N_A and c are exact;
 * ħ = h/2π is exact in principle (here rounded to double precision);
 * the atomic mass unit and electron mass are measured (their standard
 * uncertainties are quoted).
 *
 * Source: E. Tiesinga, P. J. Mohr, D. B. Newell, B. N. Taylor, "CODATA
 * recommended values of the fundamental physical constants: 2018",
 * Rev. Mod. Phys. 93, 025010 (2021); https://physics.nist.gov/cuu/Constants/
 *
 * @module
 */

/**
 * Speed of light in vacuum c, m/s (exact).
 *
 * @example
 * ```ts
 * import { SPEED_OF_LIGHT } from "./mod.ts";
 * if (SPEED_OF_LIGHT !== 299792458) throw new Error("c is exact");
 * ```
 */
export const SPEED_OF_LIGHT = 299792458;

/**
 * Planck constant h, J·s (exact).
 *
 * @example
 * ```ts
 * import { PLANCK } from "./mod.ts";
 * if (PLANCK !== 6.62607015e-34) throw new Error("h is exact");
 * ```
 */
export const PLANCK = 6.62607015e-34;

/**
 * Reduced Planck constant ħ = h/2π, J·s (exact in principle; CODATA lists
 * 1.054571817…e-34).
 *
 * @example
 * ```ts
 * import { REDUCED_PLANCK } from "./mod.ts";
 * if (Math.abs(REDUCED_PLANCK / 1.054571817e-34 - 1) > 1e-9) throw new Error("ħ");
 * ```
 */
export const REDUCED_PLANCK: number = PLANCK / (2 * Math.PI);

/**
 * Boltzmann constant k_B, J/K (exact).
 *
 * @example
 * ```ts
 * import { BOLTZMANN } from "./mod.ts";
 * if (BOLTZMANN !== 1.380649e-23) throw new Error("k_B is exact");
 * ```
 */
export const BOLTZMANN = 1.380649e-23;

/**
 * Elementary charge e, C (exact).
 *
 * @example
 * ```ts
 * import { ELEMENTARY_CHARGE } from "./mod.ts";
 * if (ELEMENTARY_CHARGE !== 1.602176634e-19) throw new Error("e is exact");
 * ```
 */
export const ELEMENTARY_CHARGE = 1.602176634e-19;

/**
 * The electron-volt, J (exact: e × 1 V).
 *
 * @example
 * ```ts
 * import { ELECTRON_VOLT, ELEMENTARY_CHARGE } from "./mod.ts";
 * if (ELECTRON_VOLT !== ELEMENTARY_CHARGE) throw new Error("1 eV = e·1 V");
 * ```
 */
export const ELECTRON_VOLT = 1.602176634e-19;

/**
 * Avogadro constant N_A, 1/mol (exact).
 *
 * @example
 * ```ts
 * import { AVOGADRO } from "./mod.ts";
 * if (AVOGADRO !== 6.02214076e23) throw new Error("N_A is exact");
 * ```
 */
export const AVOGADRO = 6.02214076e23;

/**
 * Atomic mass constant m_u = 1 u = 1 Da, kg (measured; standard uncertainty
 * 5.0e-37 kg, relative 3.0e-10).
 *
 * @example
 * ```ts
 * import { ATOMIC_MASS_UNIT } from "./mod.ts";
 * // 12 u is the mass of one carbon-12 atom, about 1.99e-26 kg
 * if (Math.abs(12 * ATOMIC_MASS_UNIT - 1.9926468799e-26) > 1e-35) throw new Error("m(¹²C)");
 * ```
 */
export const ATOMIC_MASS_UNIT = 1.6605390666e-27;

/**
 * Electron mass m_e, kg (measured; standard uncertainty 2.8e-40 kg,
 * relative 3.0e-10).
 *
 * @example
 * ```ts
 * import { ATOMIC_MASS_UNIT, ELECTRON_MASS } from "./mod.ts";
 * // CODATA 2018: m_e = 5.48579909065e-4 u
 * if (Math.abs(ELECTRON_MASS / ATOMIC_MASS_UNIT / 5.48579909065e-4 - 1) > 1e-9) throw new Error("m_e");
 * ```
 */
export const ELECTRON_MASS = 9.1093837015e-31;

/** One row of {@linkcode CODATA_2018}. */
export interface PhysicalConstant {
  /** Name, e.g. `"Planck constant"`. */
  readonly name: string;
  /** Symbol (plain text), e.g. `"h"`. */
  readonly symbol: string;
  /** Value in SI units. */
  readonly value: number;
  /** SI unit, e.g. `"J s"`. */
  readonly unit: string;
  /** Standard uncertainty in the same unit (0 when exact). */
  readonly uncertainty: number;
  /** True for the constants fixed by the 2019 SI definition (and ħ = h/2π). */
  readonly exact: boolean;
}

/**
 * The constants above as a table, for display and provenance.
 *
 * @example
 * ```ts
 * import { CODATA_2018, PLANCK } from "./mod.ts";
 * const h = CODATA_2018.find((c) => c.symbol === "h");
 * if (!h || h.value !== PLANCK || !h.exact) throw new Error("table row");
 * ```
 */
export const CODATA_2018: readonly PhysicalConstant[] = Object.freeze([
  row("speed of light in vacuum", "c", SPEED_OF_LIGHT, "m/s", 0),
  row("Planck constant", "h", PLANCK, "J s", 0),
  row("reduced Planck constant", "ħ", REDUCED_PLANCK, "J s", 0),
  row("Boltzmann constant", "k_B", BOLTZMANN, "J/K", 0),
  row("elementary charge", "e", ELEMENTARY_CHARGE, "C", 0),
  row("electron volt", "eV", ELECTRON_VOLT, "J", 0),
  row("Avogadro constant", "N_A", AVOGADRO, "1/mol", 0),
  row("atomic mass constant", "m_u", ATOMIC_MASS_UNIT, "kg", 5.0e-37),
  row("electron mass", "m_e", ELECTRON_MASS, "kg", 2.8e-40),
]);

function row(
  name: string,
  symbol: string,
  value: number,
  unit: string,
  uncertainty: number,
): PhysicalConstant {
  return Object.freeze({
    name,
    symbol,
    value,
    unit,
    uncertainty,
    exact: uncertainty === 0,
  });
}

/**
 * Conversions between thermoquilt's reduced (natural) units and laboratory
 * units, given a reference angular frequency ω_ref (and optionally a
 * reference mass M for lengths and masses).
 *
 * @module
 */
import {
  type Description,
  displayBundle,
  type MimeBundle,
} from "../describe.ts";
import {
  BOLTZMANN,
  ELECTRON_VOLT,
  REDUCED_PLANCK,
  SPEED_OF_LIGHT,
} from "./constants.ts";

/** c in cm/s: ω = 2π c ν̃ for a wavenumber ν̃ in cm⁻¹. */
const C_CM = SPEED_OF_LIGHT * 100;
/** 1 meV in joules. */
const MEV = 1e-3 * ELECTRON_VOLT;
const TWO_PI = 2 * Math.PI;

/**
 * How the reduced units are anchored: exactly one of the four `reference…`
 * scales (all > 0), optionally a reference mass.
 */
export interface ReducedUnitsOptions {
  /** ω_ref as an angular frequency, rad/s. */
  readonly referenceFrequency?: number;
  /** ω_ref given as a wavenumber ν̃_ref, cm⁻¹ (ω_ref = 2πc·ν̃_ref). */
  readonly referenceWavenumber?: number;
  /** ω_ref given as an energy E_ref, meV (ω_ref = E_ref/ħ). */
  readonly referenceEnergy?: number;
  /** ω_ref given as a temperature T_ref, K (ω_ref = k_B·T_ref/ħ). */
  readonly referenceTemperature?: number;
  /**
   * The particle mass M that is 1 in reduced units, kg (optional; needed
   * only for `length` and `mass`). E.g. `39.948 * ATOMIC_MASS_UNIT`.
   */
  readonly referenceMass?: number;
}

/** Temperatures: reduced T = k_B T_K/(ħ ω_ref). */
export interface TemperatureConverter {
  /**
   * Kelvin → reduced temperature.
   *
   * @example
   * ```ts
   * import { reducedUnits } from "./mod.ts";
   * const u = reducedUnits({ referenceFrequency: 1e13 });
   * // k_B·300 K/(ħ·1e13 s⁻¹) = 3.92761017…
   * if (Math.abs(u.temperature.fromKelvin(300) - 3.92761017380967) > 1e-13) throw new Error();
   * ```
   */
  fromKelvin(kelvin: number): number;
  /**
   * Reduced temperature → kelvin.
   *
   * @example
   * ```ts
   * import { reducedUnits } from "./mod.ts";
   * const u = reducedUnits({ referenceFrequency: 1e13 });
   * // ħω_ref/k_B = 76.3823258… K
   * if (Math.abs(u.temperature.toKelvin(1) - 76.3823258225774) > 1e-12) throw new Error();
   * ```
   */
  toKelvin(reduced: number): number;
}

/** Frequencies: reduced ω = ω_SI/ω_ref (also energies, as ħ = 1). */
export interface FrequencyConverter {
  /**
   * rad/s → reduced.
   *
   * @example
   * ```ts
   * import { reducedUnits } from "./mod.ts";
   * if (reducedUnits({ referenceFrequency: 1e13 }).frequency.fromRadPerSecond(5e12) !== 0.5) throw new Error();
   * ```
   */
  fromRadPerSecond(radPerSecond: number): number;
  /**
   * Reduced → rad/s.
   *
   * @example
   * ```ts
   * import { reducedUnits } from "./mod.ts";
   * if (reducedUnits({ referenceFrequency: 1e13 }).frequency.toRadPerSecond(2) !== 2e13) throw new Error();
   * ```
   */
  toRadPerSecond(reduced: number): number;
  /**
   * Ordinary frequency ν in Hz → reduced ω = 2πν/ω_ref.
   *
   * @example
   * ```ts
   * import { reducedUnits } from "./mod.ts";
   * const w = reducedUnits({ referenceFrequency: 1e13 }).frequency.fromHz(1e12);
   * if (Math.abs(w - 0.2 * Math.PI) > 1e-15) throw new Error();
   * ```
   */
  fromHz(hertz: number): number;
  /**
   * Reduced ω → ordinary frequency in Hz.
   *
   * @example
   * ```ts
   * import { reducedUnits } from "./mod.ts";
   * const nu = reducedUnits({ referenceFrequency: 2 * Math.PI * 1e12 }).frequency.toHz(1);
   * if (Math.abs(nu - 1e12) > 1e-3) throw new Error("ω_ref = 2π·1 THz is 1 THz");
   * ```
   */
  toHz(reduced: number): number;
  /**
   * Wavenumber ν̃ in cm⁻¹ → reduced ω = 2πcν̃/ω_ref.
   *
   * @example
   * ```ts
   * import { reducedUnits } from "./mod.ts";
   * const u = reducedUnits({ referenceWavenumber: 200 });
   * if (Math.abs(u.frequency.fromWavenumber(50) - 0.25) > 1e-15) throw new Error();
   * ```
   */
  fromWavenumber(perCentimeter: number): number;
  /**
   * Reduced ω → wavenumber in cm⁻¹.
   *
   * @example
   * ```ts
   * import { reducedUnits } from "./mod.ts";
   * // CODATA 2018: 1 meV ↔ 8.065543937 cm⁻¹
   * const u = reducedUnits({ referenceEnergy: 1 });
   * if (Math.abs(u.frequency.toWavenumber(1) - 8.065543937) > 1e-9) throw new Error();
   * ```
   */
  toWavenumber(reduced: number): number;
  /**
   * Energy quantum ħω in meV → reduced ω.
   *
   * @example
   * ```ts
   * import { reducedUnits } from "./mod.ts";
   * // 1 meV/(ħ·1e13 s⁻¹) = 0.151926744…
   * const w = reducedUnits({ referenceFrequency: 1e13 }).frequency.fromMeV(1);
   * if (Math.abs(w - 0.151926744787863) > 1e-14) throw new Error();
   * ```
   */
  fromMeV(milliElectronVolt: number): number;
  /**
   * Reduced ω → energy quantum ħω in meV.
   *
   * @example
   * ```ts
   * import { reducedUnits } from "./mod.ts";
   * // CODATA 2018: h·1 THz = 4.135667696 meV
   * const u = reducedUnits({ referenceFrequency: 2 * Math.PI * 1e12 });
   * if (Math.abs(u.frequency.toMeV(1) - 4.135667696) > 1e-9) throw new Error();
   * ```
   */
  toMeV(reduced: number): number;
}

/** Energies: reduced E = E_SI/(ħ ω_ref). */
export interface EnergyConverter {
  /**
   * Joules → reduced.
   *
   * @example
   * ```ts
   * import { REDUCED_PLANCK, reducedUnits } from "./mod.ts";
   * const u = reducedUnits({ referenceFrequency: 1e13 });
   * if (Math.abs(u.energy.fromJoules(REDUCED_PLANCK * 1e13) - 1) > 1e-15) throw new Error();
   * ```
   */
  fromJoules(joules: number): number;
  /**
   * Reduced → joules.
   *
   * @example
   * ```ts
   * import { REDUCED_PLANCK, reducedUnits } from "./mod.ts";
   * const u = reducedUnits({ referenceFrequency: 1e13 });
   * if (Math.abs(u.energy.toJoules(1) / (REDUCED_PLANCK * 1e13) - 1) > 1e-15) throw new Error();
   * ```
   */
  toJoules(reduced: number): number;
  /**
   * meV → reduced.
   *
   * @example
   * ```ts
   * import { reducedUnits } from "./mod.ts";
   * if (Math.abs(reducedUnits({ referenceEnergy: 4 }).energy.fromMeV(1) - 0.25) > 1e-15) throw new Error();
   * ```
   */
  fromMeV(milliElectronVolt: number): number;
  /**
   * Reduced → meV.
   *
   * @example
   * ```ts
   * import { reducedUnits } from "./mod.ts";
   * if (Math.abs(reducedUnits({ referenceEnergy: 4 }).energy.toMeV(0.5) - 2) > 1e-15) throw new Error();
   * ```
   */
  toMeV(reduced: number): number;
  /**
   * A thermal energy k_B·T, T in kelvin → reduced (same number as
   * `temperature.fromKelvin`, since k_B = 1).
   *
   * @example
   * ```ts
   * import { reducedUnits } from "./mod.ts";
   * // CODATA 2018: 1 meV ↔ 11.60451812 K
   * const u = reducedUnits({ referenceEnergy: 1 });
   * if (Math.abs(u.energy.fromKelvin(11.60451812) - 1) > 1e-9) throw new Error();
   * ```
   */
  fromKelvin(kelvin: number): number;
  /**
   * Reduced → the temperature in kelvin with that k_B·T.
   *
   * @example
   * ```ts
   * import { reducedUnits } from "./mod.ts";
   * const u = reducedUnits({ referenceTemperature: 300 });
   * if (Math.abs(u.energy.toKelvin(2) - 600) > 1e-12) throw new Error();
   * ```
   */
  toKelvin(reduced: number): number;
  /**
   * Wavenumber in cm⁻¹ (energy hcν̃) → reduced.
   *
   * @example
   * ```ts
   * import { reducedUnits } from "./mod.ts";
   * const u = reducedUnits({ referenceWavenumber: 100 });
   * if (Math.abs(u.energy.fromWavenumber(300) - 3) > 1e-15) throw new Error();
   * ```
   */
  fromWavenumber(perCentimeter: number): number;
  /**
   * Reduced → wavenumber in cm⁻¹.
   *
   * @example
   * ```ts
   * import { reducedUnits } from "./mod.ts";
   * const u = reducedUnits({ referenceWavenumber: 100 });
   * if (Math.abs(u.energy.toWavenumber(0.5) - 50) > 1e-13) throw new Error();
   * ```
   */
  toWavenumber(reduced: number): number;
}

/** Times: reduced τ = t_SI·ω_ref. */
export interface TimeConverter {
  /**
   * Seconds → reduced.
   *
   * @example
   * ```ts
   * import { reducedUnits } from "./mod.ts";
   * if (Math.abs(reducedUnits({ referenceFrequency: 1e13 }).time.fromSeconds(1e-12) - 10) > 1e-14) throw new Error();
   * ```
   */
  fromSeconds(seconds: number): number;
  /**
   * Reduced → seconds.
   *
   * @example
   * ```ts
   * import { reducedUnits } from "./mod.ts";
   * if (Math.abs(reducedUnits({ referenceFrequency: 1e13 }).time.toSeconds(10) - 1e-12) > 1e-27) throw new Error();
   * ```
   */
  toSeconds(reduced: number): number;
}

/** Lengths: reduced x = x_SI/ℓ_ref, ℓ_ref = √(ħ/(M ω_ref)) (needs `referenceMass`). */
export interface LengthConverter {
  /**
   * Metres → reduced.
   *
   * @example
   * ```ts
   * import { ATOMIC_MASS_UNIT, reducedUnits } from "./mod.ts";
   * const u = reducedUnits({ referenceFrequency: 1e13, referenceMass: 39.948 * ATOMIC_MASS_UNIT });
   * // ℓ_ref = √(ħ/(M ω_ref)) = 1.26086e-11 m for argon at 1e13 rad/s
   * if (Math.abs(u.length.fromMeters(1.2608575147777673e-11) - 1) > 1e-14) throw new Error();
   * ```
   */
  fromMeters(meters: number): number;
  /**
   * Reduced → metres.
   *
   * @example
   * ```ts
   * import { ATOMIC_MASS_UNIT, reducedUnits } from "./mod.ts";
   * const u = reducedUnits({ referenceFrequency: 1e13, referenceMass: 39.948 * ATOMIC_MASS_UNIT });
   * if (Math.abs(u.length.toMeters(2) / 2.5217150295555346e-11 - 1) > 1e-14) throw new Error();
   * ```
   */
  toMeters(reduced: number): number;
}

/** Masses: reduced m = m_SI/M (needs `referenceMass`). */
export interface MassConverter {
  /**
   * Kilograms → reduced.
   *
   * @example
   * ```ts
   * import { ATOMIC_MASS_UNIT, reducedUnits } from "./mod.ts";
   * const u = reducedUnits({ referenceFrequency: 1e13, referenceMass: 2 * ATOMIC_MASS_UNIT });
   * if (Math.abs(u.mass.fromKilograms(ATOMIC_MASS_UNIT) - 0.5) > 1e-15) throw new Error();
   * ```
   */
  fromKilograms(kilograms: number): number;
  /**
   * Reduced → kilograms.
   *
   * @example
   * ```ts
   * import { ATOMIC_MASS_UNIT, reducedUnits } from "./mod.ts";
   * const u = reducedUnits({ referenceFrequency: 1e13, referenceMass: 2 * ATOMIC_MASS_UNIT });
   * if (Math.abs(u.mass.toKilograms(3) / (6 * ATOMIC_MASS_UNIT) - 1) > 1e-15) throw new Error();
   * ```
   */
  toKilograms(reduced: number): number;
}

function show(v: unknown): string {
  return typeof v === "number" || typeof v === "string" ? String(v) : typeof v;
}

/** A converter method: validates a finite input (and sign), then scales. */
function conv(
  what: string,
  param: string,
  nonNegative: boolean,
  compute: (x: number) => number,
): (x: number) => number {
  return (x: number): number => {
    if (typeof x !== "number") {
      throw new TypeError(
        `Cannot convert ${what}: \`${param}\` must be a number, but got ${
          show(x)
        }`,
      );
    }
    if (!Number.isFinite(x) || (nonNegative && x < 0)) {
      throw new RangeError(
        `Cannot convert ${what}: \`${param}\` must be a finite number${
          nonNegative ? " ≥ 0" : ""
        }, but got ${x}`,
      );
    }
    return compute(x);
  };
}

function needsMass(what: string): never {
  throw new RangeError(
    `Cannot convert ${what}: the reduced units were built without \`referenceMass\` (kg), which lengths and masses need`,
  );
}

/**
 * A set of reduced units anchored at ω_ref (and optionally M); build it with
 * {@linkcode reducedUnits}. All factors are precomputed; every converter
 * validates its argument (finite; temperatures ≥ 0) and throws otherwise.
 *
 * @example
 * ```ts
 * import { reducedUnits } from "./mod.ts";
 * const u = reducedUnits({ referenceWavenumber: 100 });
 * const T = u.temperature.fromKelvin(77);
 * if (Math.abs(u.temperature.toKelvin(T) - 77) > 1e-13) throw new Error("round trip");
 * ```
 */
export class ReducedUnits {
  /** ω_ref, rad/s. */
  readonly referenceFrequency: number;
  /** ħω_ref, J. */
  readonly referenceEnergy: number;
  /** ħω_ref/k_B, K. */
  readonly referenceTemperature: number;
  /** 1/ω_ref, s. */
  readonly referenceTime: number;
  /** M, kg (undefined if not given). */
  readonly referenceMass: number | undefined;
  /** √(ħ/(Mω_ref)), m (undefined without a reference mass). */
  readonly referenceLength: number | undefined;
  /** Temperature conversions. */
  readonly temperature: TemperatureConverter;
  /** Frequency conversions (rad/s, Hz, cm⁻¹, meV). */
  readonly frequency: FrequencyConverter;
  /** Energy conversions (J, meV, K, cm⁻¹). */
  readonly energy: EnergyConverter;
  /** Time conversions (s). */
  readonly time: TimeConverter;
  /** Length conversions (m); throw a RangeError without `referenceMass`. */
  readonly length: LengthConverter;
  /** Mass conversions (kg); throw a RangeError without `referenceMass`. */
  readonly mass: MassConverter;

  /**
   * Builds the converters from a validated ω_ref (use
   * {@linkcode reducedUnits}, which validates).
   *
   * @param omegaRef ω_ref in rad/s (> 0).
   * @param massRef M in kg (> 0), or undefined.
   */
  constructor(omegaRef: number, massRef: number | undefined) {
    const w = omegaRef;
    const eRef = REDUCED_PLANCK * w; // J
    const tRef = eRef / BOLTZMANN; // K
    this.referenceFrequency = w;
    this.referenceEnergy = eRef;
    this.referenceTemperature = tRef;
    this.referenceTime = 1 / w;
    this.referenceMass = massRef;
    const lRef = massRef === undefined
      ? undefined
      : Math.sqrt(REDUCED_PLANCK / (massRef * w));
    this.referenceLength = lRef;
    // Each pair multiplies and divides by the same factor, so a round trip
    // is exact to about one rounding.
    const kPerT = tRef; // K per reduced temperature
    const radPerHz = TWO_PI / w; // reduced ω per Hz
    const perCm = (TWO_PI * C_CM) / w; // reduced ω per cm⁻¹
    const perMeV = MEV / eRef; // reduced per meV
    this.temperature = {
      fromKelvin: conv(
        "a temperature from kelvin",
        "kelvin",
        true,
        (x) => x / kPerT,
      ),
      toKelvin: conv(
        "a reduced temperature to kelvin",
        "reduced",
        true,
        (x) => x * kPerT,
      ),
    };
    this.frequency = {
      fromRadPerSecond: conv(
        "a frequency from rad/s",
        "radPerSecond",
        false,
        (x) => x / w,
      ),
      toRadPerSecond: conv(
        "a reduced frequency to rad/s",
        "reduced",
        false,
        (x) => x * w,
      ),
      fromHz: conv("a frequency from Hz", "hertz", false, (x) => x * radPerHz),
      toHz: conv(
        "a reduced frequency to Hz",
        "reduced",
        false,
        (x) => x / radPerHz,
      ),
      fromWavenumber: conv(
        "a frequency from cm⁻¹",
        "perCentimeter",
        false,
        (x) => x * perCm,
      ),
      toWavenumber: conv(
        "a reduced frequency to cm⁻¹",
        "reduced",
        false,
        (x) => x / perCm,
      ),
      fromMeV: conv(
        "a frequency from meV",
        "milliElectronVolt",
        false,
        (x) => x * perMeV,
      ),
      toMeV: conv(
        "a reduced frequency to meV",
        "reduced",
        false,
        (x) => x / perMeV,
      ),
    };
    this.energy = {
      fromJoules: conv(
        "an energy from joules",
        "joules",
        false,
        (x) => x / eRef,
      ),
      toJoules: conv(
        "a reduced energy to joules",
        "reduced",
        false,
        (x) => x * eRef,
      ),
      fromMeV: conv(
        "an energy from meV",
        "milliElectronVolt",
        false,
        (x) => x * perMeV,
      ),
      toMeV: conv(
        "a reduced energy to meV",
        "reduced",
        false,
        (x) => x / perMeV,
      ),
      fromKelvin: conv(
        "an energy from kelvin",
        "kelvin",
        false,
        (x) => x / kPerT,
      ),
      toKelvin: conv(
        "a reduced energy to kelvin",
        "reduced",
        false,
        (x) => x * kPerT,
      ),
      fromWavenumber: conv(
        "an energy from cm⁻¹",
        "perCentimeter",
        false,
        (x) => x * perCm,
      ),
      toWavenumber: conv(
        "a reduced energy to cm⁻¹",
        "reduced",
        false,
        (x) => x / perCm,
      ),
    };
    this.time = {
      fromSeconds: conv("a time from seconds", "seconds", false, (x) => x * w),
      toSeconds: conv(
        "a reduced time to seconds",
        "reduced",
        false,
        (x) => x / w,
      ),
    };
    this.length = lRef === undefined
      ? {
        fromMeters: () => needsMass("a length from metres"),
        toMeters: () => needsMass("a reduced length to metres"),
      }
      : {
        fromMeters: conv(
          "a length from metres",
          "meters",
          false,
          (x) => x / lRef,
        ),
        toMeters: conv(
          "a reduced length to metres",
          "reduced",
          false,
          (x) => x * lRef,
        ),
      };
    this.mass = massRef === undefined
      ? {
        fromKilograms: () => needsMass("a mass from kilograms"),
        toKilograms: () => needsMass("a reduced mass to kilograms"),
      }
      : {
        fromKilograms: conv(
          "a mass from kilograms",
          "kilograms",
          false,
          (x) => x / massRef,
        ),
        toKilograms: conv(
          "a reduced mass to kilograms",
          "reduced",
          false,
          (x) => x * massRef,
        ),
      };
  }

  /**
   * The scale table: what 1 reduced unit of each quantity is in laboratory
   * units.
   *
   * @returns The description.
   *
   * @example
   * ```ts
   * import { reducedUnits } from "./mod.ts";
   * const d = reducedUnits({ referenceTemperature: 300 }).describe();
   * if (!d.table || !d.table.rows.some((r) => r[0] === "temperature" && r[2] === 300)) throw new Error();
   * ```
   */
  describe(): Description {
    const w = this.referenceFrequency;
    const rows: Array<[string, string, number, string]> = [
      ["angular frequency", "ω_ref", w, "rad/s"],
      ["frequency", "ω_ref/2π", w / TWO_PI, "Hz"],
      ["wavenumber", "ω_ref/2πc", w / (TWO_PI * C_CM), "cm⁻¹"],
      ["energy", "ħω_ref", this.referenceEnergy / MEV, "meV"],
      ["energy", "ħω_ref", this.referenceEnergy, "J"],
      ["temperature", "ħω_ref/k_B", this.referenceTemperature, "K"],
      ["time", "1/ω_ref", this.referenceTime, "s"],
    ];
    if (
      this.referenceMass !== undefined && this.referenceLength !== undefined
    ) {
      rows.push(["mass", "M", this.referenceMass, "kg"]);
      rows.push(["length", "√(ħ/Mω_ref)", this.referenceLength, "m"]);
    }
    return {
      title: "Reduced units (ħ = k_B = M = 1)",
      formula:
        "T = \\frac{k_B T_K}{\\hbar\\omega_{ref}},\\quad \\omega = \\frac{\\omega_{SI}}{\\omega_{ref}},\\quad t = \\omega_{ref} t_{SI}",
      parameters: [
        {
          name: "reference frequency",
          symbol: "\\omega_{ref}",
          value: w,
          unit: "rad/s",
        },
        ...(this.referenceMass === undefined ? [] : [{
          name: "reference mass",
          symbol: "M",
          value: this.referenceMass,
          unit: "kg",
        }]),
      ],
      table: {
        columns: ["quantity", "1 reduced unit", "value", "unit"],
        rows,
      },
      notes: ["Constants: CODATA 2018 (h, e, k_B, c exact since the 2019 SI)."],
    };
  }

  /**
   * Jupyter rich display (the scale table).
   *
   * @returns The MIME bundle of {@linkcode ReducedUnits.describe}.
   */
  [Symbol.for("Jupyter.display")](): MimeBundle {
    return displayBundle(this.describe());
  }
}

const DOING = "Cannot build reduced units";

function positive(name: string, v: unknown): number {
  if (typeof v !== "number") {
    throw new TypeError(
      `${DOING}: \`${name}\` must be a number, but got ${show(v)}`,
    );
  }
  if (!(Number.isFinite(v) && v > 0)) {
    throw new RangeError(
      `${DOING}: \`${name}\` must be finite and > 0, but got ${v}`,
    );
  }
  return v;
}

/**
 * Reduced units anchored at a reference angular frequency ω_ref, given as
 * exactly one of `referenceFrequency` (rad/s), `referenceWavenumber` (cm⁻¹),
 * `referenceEnergy` (meV) or `referenceTemperature` (K); `referenceMass`
 * (kg) adds lengths and masses. In these units ħ = k_B = M = 1: a frequency
 * ω means ω·ω_ref rad/s, a temperature T means T·ħω_ref/k_B kelvin, a time
 * t means t/ω_ref seconds.
 *
 * @param options The reference scale (and mass).
 * @returns The converters, with `describe()` showing the scale table.
 * @throws {RangeError} unless exactly one reference scale is given, finite
 *   and > 0.
 *
 * @example 300 K at ω_ref = 1e13 rad/s
 * ```ts
 * import { reducedUnits } from "./mod.ts";
 * const u = reducedUnits({ referenceFrequency: 1e13 });
 * const T = u.temperature.fromKelvin(300); // k_B·300/(ħ·1e13) = 3.92761…
 * if (Math.abs(T - 3.92761017380967) > 1e-13) throw new Error(String(T));
 * ```
 *
 * @example The same units from an energy, a wavenumber or a temperature
 * ```ts
 * import { reducedUnits } from "./mod.ts";
 * const a = reducedUnits({ referenceEnergy: 1 });            // 1 meV
 * const b = reducedUnits({ referenceWavenumber: 8.065543937 }); // ≈ 1 meV (CODATA)
 * if (Math.abs(a.referenceFrequency / b.referenceFrequency - 1) > 1e-9) throw new Error();
 * ```
 */
export function reducedUnits(options: ReducedUnitsOptions): ReducedUnits {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(
      `${DOING}: \`options\` must be an object with one reference scale, but got ${
        show(options)
      }`,
    );
  }
  const given = (
    [
      "referenceFrequency",
      "referenceWavenumber",
      "referenceEnergy",
      "referenceTemperature",
    ] as const
  ).filter((k) => options[k] !== undefined);
  if (given.length !== 1) {
    throw new RangeError(
      `${DOING}: exactly one of \`referenceFrequency\` (rad/s), \`referenceWavenumber\` (cm⁻¹), \`referenceEnergy\` (meV), \`referenceTemperature\` (K) must be given, but got ${
        given.length === 0 ? "none" : given.map((k) => `\`${k}\``).join(", ")
      }`,
    );
  }
  const key = given[0];
  const v = positive(key, options[key]);
  let omega: number;
  switch (key) {
    case "referenceFrequency":
      omega = v;
      break;
    case "referenceWavenumber":
      omega = TWO_PI * C_CM * v;
      break;
    case "referenceEnergy":
      omega = (v * MEV) / REDUCED_PLANCK;
      break;
    default:
      omega = (BOLTZMANN * v) / REDUCED_PLANCK;
  }
  const mass = options.referenceMass === undefined
    ? undefined
    : positive("referenceMass", options.referenceMass);
  return new ReducedUnits(omega, mass);
}

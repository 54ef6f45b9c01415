import assert from "node:assert/strict";
import fc from "fast-check";
import { assertClose, assertThrowsWith } from "../_assert.ts";
import {
  ATOMIC_MASS_UNIT,
  BOLTZMANN,
  ELECTRON_VOLT,
  PLANCK,
  REDUCED_PLANCK,
  reducedUnits,
  SPEED_OF_LIGHT,
} from "../../src/units/mod.ts";

const EPS = Number.EPSILON;
/** log-uniform positive numbers between lo and hi */
const logUniform = (lo: number, hi: number): fc.Arbitrary<number> =>
  fc.double({ min: Math.log10(lo), max: Math.log10(hi), noNaN: true }).map((
    e,
  ) => 10 ** e);
/** signed log-uniform values (frequencies and times may be negative) */
const signed = (lo: number, hi: number): fc.Arbitrary<number> =>
  fc.tuple(fc.boolean(), logUniform(lo, hi)).map(([s, v]) => (s ? -v : v));
/** reference angular frequencies from 1e9 to 1e16 rad/s (GHz to UV) */
const omegaRef = logUniform(1e9, 1e16);

Deno.test("reduced temperature of 300 K at ω_ref = 1e13 rad/s is k_B·300/(ħ·1e13)", () => {
  const u = reducedUnits({ referenceFrequency: 1e13 });
  // Direct formula from the constants: a few ulps apart at most.
  assertClose(
    u.temperature.fromKelvin(300),
    (BOLTZMANN * 300) / (REDUCED_PLANCK * 1e13),
    {
      rel: 4 * EPS,
    },
  );
  // Value by hand from CODATA k_B/ħ = 1.309202e11 K⁻¹s⁻¹ → 3.927610 (7 digits).
  assertClose(u.temperature.fromKelvin(300), 3.92761017, { rel: 1e-8 });
});

Deno.test("CODATA 2018 conversion factors through the converters", () => {
  // Published to 10 digits (NIST energy conversion table): rel 1e-9.
  const meV = reducedUnits({ referenceEnergy: 1 });
  assertClose(
    meV.frequency.toWavenumber(1),
    8.065543937,
    { rel: 1e-9 },
    "1 meV in cm⁻¹",
  );
  assertClose(
    meV.temperature.toKelvin(1),
    11.60451812,
    { rel: 1e-9 },
    "1 meV in K",
  );
  assertClose(
    meV.frequency.toHz(1),
    2.417989242e11,
    { rel: 1e-9 },
    "1 meV in Hz",
  );
  const kelvin = reducedUnits({ referenceTemperature: 1 });
  assertClose(
    kelvin.energy.toWavenumber(1),
    0.6950348004,
    { rel: 1e-9 },
    "1 K in cm⁻¹",
  );
  const thz = reducedUnits({ referenceFrequency: 2 * Math.PI * 1e12 });
  assertClose(
    thz.frequency.toWavenumber(1),
    33.35640952,
    { rel: 1e-9 },
    "1 THz in cm⁻¹",
  );
  assertClose(
    thz.energy.toMeV(1),
    4.135667696,
    { rel: 1e-9 },
    "h·1 THz in meV",
  );
});

Deno.test("every reference scale anchors the same ω_ref", () => {
  fc.assert(
    fc.property(omegaRef, (w) => {
      const direct = reducedUnits({ referenceFrequency: w });
      const viaT = reducedUnits({
        referenceTemperature: direct.referenceTemperature,
      });
      const viaE = reducedUnits({ referenceEnergy: direct.energy.toMeV(1) });
      const viaK = reducedUnits({
        referenceWavenumber: direct.frequency.toWavenumber(1),
      });
      // Each path multiplies and divides by two or three constants: ≤ 8 ulps.
      for (const other of [viaT, viaE, viaK]) {
        assertClose(other.referenceFrequency, w, { rel: 8 * EPS });
      }
      return true;
    }),
    { seed: 1, numRuns: 200 },
  );
});

Deno.test("round trips to(from(x)) = x within 2 ulps for every converter", () => {
  const units = reducedUnits({
    referenceFrequency: 3.7e13,
    referenceMass: 4 * ATOMIC_MASS_UNIT,
  });
  const pairs: Array<
    [string, (x: number) => number, (x: number) => number, boolean]
  > = [
    [
      "temperature K",
      units.temperature.fromKelvin,
      units.temperature.toKelvin,
      true,
    ],
    [
      "frequency rad/s",
      units.frequency.fromRadPerSecond,
      units.frequency.toRadPerSecond,
      false,
    ],
    ["frequency Hz", units.frequency.fromHz, units.frequency.toHz, false],
    [
      "frequency cm⁻¹",
      units.frequency.fromWavenumber,
      units.frequency.toWavenumber,
      false,
    ],
    ["frequency meV", units.frequency.fromMeV, units.frequency.toMeV, false],
    ["energy J", units.energy.fromJoules, units.energy.toJoules, false],
    ["energy meV", units.energy.fromMeV, units.energy.toMeV, false],
    ["energy K", units.energy.fromKelvin, units.energy.toKelvin, false],
    [
      "energy cm⁻¹",
      units.energy.fromWavenumber,
      units.energy.toWavenumber,
      false,
    ],
    ["time s", units.time.fromSeconds, units.time.toSeconds, false],
    ["length m", units.length.fromMeters, units.length.toMeters, false],
    ["mass kg", units.mass.fromKilograms, units.mass.toKilograms, false],
  ];
  for (const [name, from, to, nonNegative] of pairs) {
    fc.assert(
      fc.property(
        nonNegative ? logUniform(1e-6, 1e6) : signed(1e-30, 1e30),
        (x) => {
          // one rounding each way: |to(from(x)) − x| ≤ 2 ulps
          const back = to(from(x));
          const fwd = from(to(x));
          return Math.abs(back - x) <= 2 * EPS * Math.abs(x) &&
            Math.abs(fwd - x) <= 2 * EPS * Math.abs(x);
        },
      ),
      { seed: 2, numRuns: 100, examples: [[0], [1]] },
    );
    assert.equal(to(from(0)), 0, name);
  }
});

Deno.test("satisfies k_B T = ħω: a reduced temperature equals the reduced frequency of the same energy", () => {
  fc.assert(
    fc.property(omegaRef, logUniform(1e-3, 1e4), (w, kelvin) => {
      const u = reducedUnits({ referenceFrequency: w });
      const omegaSI = (BOLTZMANN * kelvin) / REDUCED_PLANCK; // rad/s with ħω = k_B T
      // Two different paths through the constants: ≤ 4 ulps apart.
      assertClose(
        u.temperature.fromKelvin(kelvin),
        u.frequency.fromRadPerSecond(omegaSI),
        {
          rel: 4 * EPS,
        },
      );
      assert.equal(
        u.energy.fromKelvin(kelvin),
        u.temperature.fromKelvin(kelvin),
      );
      return true;
    }),
    { seed: 3, numRuns: 200 },
  );
});

Deno.test("satisfies ω·t invariance: the phase ω t is the same in SI and reduced units", () => {
  fc.assert(
    fc.property(
      omegaRef,
      signed(1e6, 1e18),
      signed(1e-18, 1e-6),
      (w, omegaSI, tSI) => {
        const u = reducedUnits({ referenceFrequency: w });
        const phase = u.frequency.fromRadPerSecond(omegaSI) *
          u.time.fromSeconds(tSI);
        // a product of two single-rounding conversions: ≤ 4 ulps
        assertClose(phase, omegaSI * tSI, { rel: 4 * EPS });
        return true;
      },
    ),
    { seed: 4, numRuns: 200 },
  );
});

Deno.test("Hz, cm⁻¹ and meV agree with rad/s: ω = 2πν = 2πcν̃ = E/ħ", () => {
  fc.assert(
    fc.property(omegaRef, logUniform(1e6, 1e16), (w, hz) => {
      const u = reducedUnits({ referenceFrequency: w });
      const omega = 2 * Math.PI * hz;
      const ref = u.frequency.fromRadPerSecond(omega);
      assertClose(u.frequency.fromHz(hz), ref, { rel: 4 * EPS });
      assertClose(
        u.frequency.fromWavenumber(hz / (SPEED_OF_LIGHT * 100)),
        ref,
        { rel: 8 * EPS },
      );
      assertClose(
        u.frequency.fromMeV((PLANCK * hz) / (1e-3 * ELECTRON_VOLT)),
        ref,
        {
          rel: 8 * EPS,
        },
      );
      return true;
    }),
    { seed: 5, numRuns: 200 },
  );
});

Deno.test("lengths: ℓ_ref = √(ħ/(M ω_ref))", () => {
  const M = 39.948 * ATOMIC_MASS_UNIT;
  const u = reducedUnits({ referenceFrequency: 1e13, referenceMass: M });
  assertClose(
    u.referenceLength ?? NaN,
    Math.sqrt(REDUCED_PLANCK / (M * 1e13)),
    { rel: 2 * EPS },
  );
  // zero-point position spread of an oscillator at ω_ref: ⟨x²⟩ = ħ/(2Mω) → ½ in reduced units
  const x2 = REDUCED_PLANCK / (2 * M * 1e13);
  assertClose(u.length.fromMeters(Math.sqrt(x2)) ** 2, 0.5, { rel: 8 * EPS });
});

Deno.test("describe(): the scale table and the display bundle", () => {
  const u = reducedUnits({
    referenceTemperature: 300,
    referenceMass: ATOMIC_MASS_UNIT,
  });
  const d = u.describe();
  assert.match(d.title, /ħ = k_B = M = 1/);
  const table = d.table;
  assert.ok(table);
  const temp = table.rows.find((r) => r[0] === "temperature");
  assert.ok(temp);
  assertClose(Number(temp[2]), 300, { rel: 4 * EPS });
  assert.ok(table.rows.some((r) => r[0] === "length"));
  assert.ok(
    !reducedUnits({ referenceTemperature: 300 }).describe().table?.rows.some((
      r,
    ) => r[0] === "length"),
  );
  const displayable = u as unknown as Record<
    symbol,
    () => Record<string, unknown>
  >;
  const bundle = displayable[Symbol.for("Jupyter.display")]();
  assert.ok("text/plain" in bundle);
});

Deno.test("validation", () => {
  assertThrowsWith(
    () => reducedUnits({}),
    RangeError,
    /exactly one of `referenceFrequency` .* must be given, but got none/,
  );
  assertThrowsWith(
    () => reducedUnits({ referenceFrequency: 1, referenceEnergy: 1 }),
    RangeError,
    /but got `referenceFrequency`, `referenceEnergy`/,
  );
  assertThrowsWith(
    () => reducedUnits({ referenceWavenumber: -5 }),
    RangeError,
    /Cannot build reduced units: `referenceWavenumber` must be finite and > 0, but got -5/,
  );
  assertThrowsWith(
    () => reducedUnits({ referenceTemperature: Infinity }),
    RangeError,
    /`referenceTemperature` must be finite and > 0, but got Infinity/,
  );
  assertThrowsWith(
    () => reducedUnits({ referenceEnergy: "1" as unknown as number }),
    TypeError,
    /`referenceEnergy` must be a number, but got 1/,
  );
  assertThrowsWith(
    () => reducedUnits({ referenceEnergy: 1, referenceMass: 0 }),
    RangeError,
    /`referenceMass` must be finite and > 0, but got 0/,
  );
  assertThrowsWith(
    () => reducedUnits(null as unknown as { referenceEnergy: number }),
    TypeError,
    /`options` must be an object/,
  );
  const u = reducedUnits({ referenceFrequency: 1e13 });
  assertThrowsWith(
    () => u.temperature.fromKelvin(-1),
    RangeError,
    /Cannot convert a temperature from kelvin: `kelvin` must be a finite number ≥ 0, but got -1/,
  );
  assertThrowsWith(
    () => u.time.fromSeconds(NaN),
    RangeError,
    /`seconds` must be a finite number, but got NaN/,
  );
  assertThrowsWith(
    () => u.frequency.fromHz("3" as unknown as number),
    TypeError,
    /`hertz` must be a number/,
  );
  assertThrowsWith(
    () => u.length.fromMeters(1e-10),
    RangeError,
    /Cannot convert a length from metres: the reduced units were built without `referenceMass`/,
  );
  assertThrowsWith(
    () => u.mass.toKilograms(1),
    RangeError,
    /without `referenceMass`/,
  );
});

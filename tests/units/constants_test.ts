import assert from "node:assert/strict";
import { assertClose } from "../_assert.ts";
import {
  ATOMIC_MASS_UNIT,
  AVOGADRO,
  BOLTZMANN,
  CODATA_2018,
  ELECTRON_VOLT,
  HBAR,
  K_B,
  MASS,
  PLANCK,
  REDUCED_PLANCK,
  SPEED_OF_LIGHT,
} from "../../src/units/mod.ts";

// Checks against derived values that CODATA 2018 publishes separately
// (https://physics.nist.gov/cuu/Constants/, energy conversion table), each
// quoted to 10 significant digits: tolerance 1e-9 relative for rounding.
Deno.test("CODATA 2018 derived values agree with the published ones", () => {
  assertClose(REDUCED_PLANCK, 1.054571817e-34, { rel: 1e-9 }, "ħ");
  assertClose(
    PLANCK / ELECTRON_VOLT,
    4.135667696e-15,
    { rel: 1e-9 },
    "h in eV s",
  );
  assertClose(
    BOLTZMANN / ELECTRON_VOLT,
    8.617333262e-5,
    { rel: 1e-9 },
    "k_B in eV/K",
  );
  assertClose(ELECTRON_VOLT / (PLANCK * SPEED_OF_LIGHT * 100), 8065.543937, {
    rel: 1e-9,
  }, "1 eV in cm⁻¹");
  assertClose(
    ELECTRON_VOLT / BOLTZMANN,
    11604.51812,
    { rel: 1e-9 },
    "1 eV in K",
  );
  assertClose(BOLTZMANN / (PLANCK * SPEED_OF_LIGHT * 100), 0.6950348004, {
    rel: 1e-9,
  }, "1 K in cm⁻¹");
  // molar mass constant M_u = N_A m_u = 0.99999999965e-3 kg/mol
  assertClose(
    AVOGADRO * ATOMIC_MASS_UNIT,
    0.99999999965e-3,
    { rel: 1e-10 },
    "M_u",
  );
});

Deno.test("CODATA_2018 table is frozen and marks the exact constants", () => {
  assert.ok(Object.isFrozen(CODATA_2018));
  const exact = CODATA_2018.filter((c) => c.exact).map((c) => c.symbol);
  assert.deepEqual(exact, ["c", "h", "ħ", "k_B", "e", "eV", "N_A"]);
  for (const c of CODATA_2018) {
    assert.ok(c.uncertainty >= 0 && c.uncertainty < 1e-9 * c.value, c.name);
  }
});

Deno.test("natural units: ħ = k_B = M = 1", () => {
  assert.deepEqual([HBAR, K_B, MASS], [1, 1, 1]);
});

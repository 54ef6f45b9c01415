/**
 * erf against the committed 50-digit mpmath table
 * (tests/fixtures/special_erf.json, made by tests/fixtures/special_erf.py)
 * and against published values (A&S Table 7.1, 15 decimals).
 */
import fc from "fast-check";
import { erf } from "../../src/special/mod.ts";
import { assertClose, assertThrowsWith } from "../_assert.ts";
import { readFixture } from "../_fixture.ts";

const table = readFixture("special_erf.json") as { erf: [number, number][] };

Deno.test("erf reproduces the 50-digit mpmath table on tiny, series, continued-fraction and saturated arguments", () => {
  if (table.erf.length < 30) throw new Error("table too short");
  for (const [x, y] of table.erf) {
    // Method accuracy (erf.ts): worst 9.2e-16 relative over the line, so
    // 1e-15 relative; the table holds the correctly rounded double.
    assertClose(erf(x), y, { rel: 1e-15 }, `erf(${x})`);
  }
});

Deno.test("erf matches A&S Table 7.1 (15 decimals)", () => {
  // Abramowitz & Stegun, Handbook of Mathematical Functions, Table 7.1
  // (erf x, x = 0(0.02)2, 15D); DLMF 7.2 defines the function.
  const published: [number, number][] = [
    [0.5, 0.520499877813047],
    [1, 0.842700792949715],
    [1.5, 0.966105146475311],
    [2, 0.995322265018953],
  ];
  for (const [x, y] of published) {
    // Table rounding (5e-16) plus the method's 1e-15 relative.
    assertClose(erf(x), y, { abs: 1.5e-15 }, `erf(${x})`);
  }
});

Deno.test("erf is odd: erf(−x) = −erf(x), and |erf x| ≤ 1", () => {
  fc.assert(
    fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
      const y = erf(x);
      return erf(-x) === -y && Math.abs(y) <= 1;
    }),
    { seed: 71, numRuns: 500 },
  );
});

Deno.test("erf at the ends: ±∞ → ±1, erf(0) = 0, NaN throws", () => {
  if (erf(Infinity) !== 1 || erf(-Infinity) !== -1) throw new Error("±∞");
  if (erf(0) !== 0) throw new Error("erf(0)");
  assertThrowsWith(() => erf(NaN), RangeError, /erf\(x\).*NaN/);
});

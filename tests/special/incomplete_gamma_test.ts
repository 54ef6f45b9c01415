/**
 * The regularized incomplete gamma functions P(a, x) and Q(a, x) against the
 * committed 50-digit mpmath table (tests/fixtures/special_incomplete_gamma.json,
 * made by tests/fixtures/special_incomplete_gamma.py), closed forms, and the
 * recurrence in a.
 */
import fc from "fast-check";
import {
  erf,
  logGammaReal,
  regularizedGammaP,
  regularizedGammaQ,
} from "../../src/special/mod.ts";
import { assertClose, assertThrowsWith } from "../_assert.ts";
import { readFixture } from "../_fixture.ts";

const table = readFixture("special_incomplete_gamma.json") as {
  rows: [number, number, number, number][];
};

const EPS = 2 ** -53;

/**
 * Relative tolerance from the documented error of incomplete_gamma.ts: the
 * prefactor xᵃe⁻ˣ/Γ(a) is exp of a ln x − x − ln Γ(a), whose rounding
 * (a few ulps of each term) becomes a relative error of the result; 1e-14
 * covers the series and Lentz iterations themselves.
 */
function relTol(a: number, x: number): number {
  return 1e-14 +
    4 * EPS * (a * Math.abs(Math.log(x)) + x + Math.abs(logGammaReal(a)));
}

/**
 * P for x ≥ a + 1 and Q for x < a + 1 are 1 minus the other, computed:
 * an absolute error of a few ulps of 1 (1e-15 = 4.5 ulps).
 */
const COMPLEMENT_ABS = 1e-15;

Deno.test("P and Q reproduce the 50-digit mpmath table: small and large a, x ≪ a and x ≫ a", () => {
  const rows = table.rows;
  if (rows.length < 100) throw new Error("table too short");
  const as = new Set(rows.map((r) => r[0]));
  if (Math.min(...as) > 1e-2 || Math.max(...as) < 500) {
    throw new Error("the table must span small and large a");
  }
  if (
    !rows.some(([a, x]) => x < 1e-6 * a) ||
    !rows.some(([a, x]) => x > 5 * a + 20)
  ) {
    throw new Error("the table must hold x ≪ a and x ≫ a");
  }
  for (const [a, x, p, q] of rows) {
    const rel = relTol(a, x);
    const series = x < a + 1;
    assertClose(
      regularizedGammaP(a, x),
      p,
      series ? { rel } : { rel, abs: COMPLEMENT_ABS },
      `P(${a}, ${x})`,
    );
    assertClose(
      regularizedGammaQ(a, x),
      q,
      series ? { rel, abs: COMPLEMENT_ABS } : { rel },
      `Q(${a}, ${x})`,
    );
  }
});

Deno.test("closed forms: Q(1, x) = e^{−x}, P(1/2, x) = erf √x, Q(n, x) = e^{−x} Σ_{k<n} xᵏ/k!", () => {
  for (const x of [1e-9, 0.01, 0.7, 1.9999, 2, 3.5, 20, 200, 700]) {
    // DLMF 8.4.5 with a = 1; e^{−x} is correctly rounded to ½ ulp, the
    // function to relTol.
    assertClose(regularizedGammaQ(1, x), Math.exp(-x), {
      rel: relTol(1, x) + EPS,
      abs: x < 2 ? COMPLEMENT_ABS : 0,
    }, `Q(1, ${x})`);
  }
  for (const x of [1e-12, 1e-4, 0.3, 1, 1.5, 2.25, 9]) {
    // DLMF 8.4.1: P(½, x) = erf √x; erf is good to 1e-15 relative
    // (erf_test.ts), √x to ½ ulp (erf′ ≤ 2/√π amplifies it by ≤ 1.2).
    assertClose(regularizedGammaP(0.5, x), erf(Math.sqrt(x)), {
      rel: relTol(0.5, x) + 1e-15 + 2 * EPS,
      abs: x >= 1.5 ? COMPLEMENT_ABS : 0,
    }, `P(½, ${x})`);
  }
  for (const n of [2, 3, 6, 15]) {
    for (const x of [0.2, n - 0.5, n + 1, 3 * n, 60]) {
      // DLMF 8.4.10: a finite sum of positive terms, each a few ulps.
      let term = Math.exp(-x), sum = term;
      for (let k = 1; k < n; k++) {
        term *= x / k;
        sum += term;
      }
      assertClose(regularizedGammaQ(n, x), sum, {
        rel: relTol(n, x) + 4 * n * EPS,
        abs: x < n + 1 ? COMPLEMENT_ABS : 0,
      }, `Q(${n}, ${x})`);
    }
  }
});

const logUniform = (lo: number, hi: number) =>
  fc.double({ min: Math.log(lo), max: Math.log(hi), noNaN: true }).map(
    Math.exp,
  );

Deno.test("satisfies the recurrence Q(a + 1, x) = Q(a, x) + xᵃe⁻ˣ/Γ(a + 1)", () => {
  fc.assert(
    fc.property(logUniform(1, 60), logUniform(1e-2, 200), (a, x) => {
      // DLMF 8.8.6 (all terms ≥ 0: no cancellation). For a ≥ 1, a Q from
      // 1 − P is ≥ Q(a, a + 1) > 0.1, so its 1e-15 absolute error is
      // < 1e-14 relative; the term is exp of a few-ulp exponent.
      const term = Math.exp(a * Math.log(x) - x - logGammaReal(a + 1));
      const lhs = regularizedGammaQ(a + 1, x);
      const rhs = regularizedGammaQ(a, x) + term;
      const rel = 2e-14 + relTol(a + 1, x) + relTol(a, x);
      return Math.abs(lhs - rhs) <= rel * Math.abs(rhs);
    }),
    { seed: 8512, numRuns: 300 },
  );
});

Deno.test("P + Q = 1, both in [0, 1], and P rises with x", () => {
  fc.assert(
    fc.property(
      logUniform(1e-3, 1e3),
      logUniform(1e-6, 3e3),
      logUniform(1 + 1e-6, 1.5),
      (a, x, r) => {
        const p = regularizedGammaP(a, x), q = regularizedGammaQ(a, x);
        // One of the two is 1 minus the other as computed: the sum is 1 to
        // an ulp of rounding.
        const sumOk = Math.abs(p + q - 1) <= 2 * EPS;
        const inRange = p >= 0 && p <= 1 && q >= 0 && q <= 1;
        return sumOk && inRange && regularizedGammaP(a, x * r) >= p;
      },
    ),
    { seed: 3307, numRuns: 300 },
  );
});

Deno.test("ends: P(a, 0) = 0, P(a, ∞) = 1, Q the complement", () => {
  for (const a of [1e-3, 1, 77.5]) {
    if (regularizedGammaP(a, 0) !== 0 || regularizedGammaQ(a, 0) !== 1) {
      throw new Error(`x = 0 at a = ${a}`);
    }
    if (
      regularizedGammaP(a, Infinity) !== 1 ||
      regularizedGammaQ(a, Infinity) !== 0
    ) {
      throw new Error(`x = ∞ at a = ${a}`);
    }
  }
});

Deno.test("validation names the function, the rule and the value", () => {
  for (const a of [0, -1, NaN, Infinity]) {
    assertThrowsWith(
      () => regularizedGammaP(a, 1),
      RangeError,
      new RegExp(
        `Cannot evaluate the regularized incomplete gamma P\\(a, x\\): a must be finite and > 0, but a = ${a}`,
      ),
    );
    assertThrowsWith(
      () => regularizedGammaQ(a, 1),
      RangeError,
      /Q\(a, x\): a must be finite and > 0/,
    );
  }
  for (const x of [-1, -Infinity, NaN]) {
    assertThrowsWith(
      () => regularizedGammaQ(2, x),
      RangeError,
      new RegExp(`Q\\(a, x\\): x must be ≥ 0, but x = ${x}`),
    );
    assertThrowsWith(
      () => regularizedGammaP(2, x),
      RangeError,
      /P\(a, x\): x must be ≥ 0/,
    );
  }
});

import assert from "node:assert/strict";
import fc from "fast-check";
import { assertClose, assertThrowsWith } from "../_assert.ts";
import {
  integrate,
  integrateFourier,
  QuadratureError,
} from "../../src/quadrature/mod.ts";
import { readFixture } from "../_fixture.ts";

interface Table {
  t: number[];
  kernels: Record<
    string,
    { kind: "cos" | "sin"; description: string; values: string[] }
  >;
}
const table: Table = readFixture("quadrature_fourier_reference.json");

const kernels: Record<string, (w: number) => number> = {
  exp_cos: (w) => Math.exp(-w),
  wexp_sin: (w) => w * Math.exp(-w),
  lorentz_cos: (w) => 1 / (1 + w * w),
  gauss_cos: (w) => Math.exp(-w * w),
  inv1p_cos: (w) => 1 / (1 + w),
  inv1p_sin: (w) => 1 / (1 + w),
  wlorentz_sin: (w) => w / (1 + w * w),
  invsqrt_cos: (w) => 1 / Math.sqrt(w),
};

Deno.test("integrateFourier: mpmath reference table, t from 1e-3 to 1e3", async (t) => {
  assert.deepEqual(
    Object.keys(table.kernels).sort(),
    Object.keys(kernels).sort(),
  );
  for (const [name, ref] of Object.entries(table.kernels)) {
    await t.step(`${name}: ${ref.description}`, () => {
      table.t.forEach((tt, i) => {
        const exact = Number(ref.values[i]);
        const r = integrateFourier(kernels[name], tt, { kind: ref.kind });
        // The contract: converged means error ≤ max(1e-12, 1e-10·|I|) and
        // the estimate covers the true error (a few ulps of |I| for the
        // reference's own rounding to double).
        assert.ok(r.converged, `${name} t=${tt}`);
        assert.ok(
          r.error <= Math.max(1e-12, 1e-10 * Math.abs(r.value)),
          `${name} t=${tt}: error ${r.error}`,
        );
        assertClose(
          r.value,
          exact,
          { abs: r.error + 4 * Number.EPSILON * Math.abs(exact) },
          `${name} t=${tt} (estimate ${r.error})`,
        );
      });
    });
  }
});

Deno.test("integrateFourier: achieved accuracy on smooth kernels is ≤ 1e-9 relative up to t = 1e3", () => {
  // 1/(1+t²) is never tiny on this range, so relative accuracy is
  // meaningful: cancellation of the half-periods costs ~ε·∫|f|/|I| ≈ 1e-10
  // at t = 1e3 (∫|f cos| ≈ 2/π, I ≈ 1e-6); 1e-9 leaves a factor 10.
  for (const t of [1e-3, 1, 30, 1e3]) {
    const r = integrateFourier((w) => Math.exp(-w), t);
    assertClose(r.value, 1 / (1 + t * t), { rel: 1e-9 }, `t=${t}`);
  }
});

Deno.test("integrateFourier: t = 0 gives ∫₀^∞ f (cos) and exactly 0 (sin)", () => {
  const c = integrateFourier((w) => Math.exp(-w), 0);
  assertClose(c.value, 1, { abs: 1e-12 }, "∫e^−ω = 1 at default tolerance");
  assert.deepEqual(
    integrateFourier((w) => Math.exp(-w), 0, { kind: "sin" }).value,
    0,
  );
});

Deno.test("integrateFourier: cos is even and sin is odd in t", () => {
  const f = (w: number): number => 1 / (1 + w);
  // Same pieces and nodes for ±t, so exact (anti)symmetry.
  assert.equal(integrateFourier(f, -2.5).value, integrateFourier(f, 2.5).value);
  assert.equal(
    integrateFourier(f, -2.5, { kind: "sin" }).value,
    -integrateFourier(f, 2.5, { kind: "sin" }).value,
  );
});

Deno.test("integrateFourier: a wide cutoff with its scale hint", () => {
  // ∫₀^∞ e^{−ω/ωc} cos ωt dω = ωc/(1 + (ωc t)²); ωc = 100.
  const wc = 100;
  for (const t of [1e-4, 1e-2, 1]) {
    const r = integrateFourier((w) => Math.exp(-w / wc), t, {
      scale: wc,
      absTol: 1e-9,
    });
    const exact = wc / (1 + (wc * t) ** 2);
    // Honest within the estimate (tolerance loosened to 1e-9 absolute: the
    // half-periods carry ∫|f| ≈ 64, whose roundoff floor is ≈ 1e-12·64).
    assertClose(r.value, exact, { abs: r.error }, `t=${t}`);
    assert.ok(r.converged);
  }
});

Deno.test("integrateFourier: pieces that cancel below the roundoff floor are flagged, not passed", () => {
  // ∫|f cos| ≈ 640 while I = 1e-3: the default absTol 1e-12 is below what
  // the 50ε floor of the half-period estimates can certify.
  const r = integrateFourier((w) => Math.exp(-w / 1000), 1, {
    scale: 1000,
    onFailure: "flag",
  });
  assert.equal(r.converged, false);
  assert.ok(Math.abs(r.value - 1000 / (1 + 1e6)) <= r.error);
  assertThrowsWith(
    () => integrateFourier((w) => Math.exp(-w / 1000), 1, { scale: 1000 }),
    QuadratureError,
    /pieces alone carry an error estimate .* loosen `absTol`/,
  );
});

Deno.test("integrateFourier: a tail that cannot settle in maxTerms throws QuadratureError", () => {
  const e = assertThrowsWith(
    () => integrateFourier((w) => 1 / (1 + w), 1, { maxTerms: 3 }),
    QuadratureError,
    /did not settle within `maxTerms` = 3/,
  );
  assert.ok(e instanceof QuadratureError && !e.result.converged);
  const flagged = integrateFourier((w) => 1 / (1 + w), 1, {
    maxTerms: 3,
    onFailure: "flag",
  });
  assert.deepEqual(flagged, e.result);
});

Deno.test("integrateFourier: validation", () => {
  const f = (w: number): number => Math.exp(-w);
  assertThrowsWith(
    () => integrateFourier(f, NaN),
    RangeError,
    /`t` must be finite, but got NaN/,
  );
  assertThrowsWith(
    () => integrateFourier(f, Infinity),
    RangeError,
    /`t` must be finite/,
  );
  assertThrowsWith(
    () => integrateFourier(f, 1, { kind: "tan" as "cos" }),
    RangeError,
    /`kind` must be "cos" or "sin", but got "tan"/,
  );
  assertThrowsWith(
    () => integrateFourier(f, 1, { scale: 0 }),
    RangeError,
    /`scale` must be finite and > 0, but got 0/,
  );
  assertThrowsWith(
    () => integrateFourier(f, 1, { maxTerms: 1 }),
    RangeError,
    /`maxTerms` must be an integer in \[3, 1e6\], but got 1/,
  );
  assertThrowsWith(
    () => integrateFourier(f, 1, { relTol: -1 }),
    RangeError,
    /`relTol` must be finite and ≥ 0/,
  );
});

// log-uniform arbitraries
const logUniform = (lo: number, hi: number): fc.Arbitrary<number> =>
  fc.double({ min: Math.log10(lo), max: Math.log10(hi), noNaN: true }).map((
    e,
  ) => 10 ** e);

Deno.test("integrateFourier: satisfies ∫₀^∞ e^{−aω} cos ωt dω = a/(a² + t²) with an honest estimate", () => {
  fc.assert(
    fc.property(logUniform(1e-2, 1e2), logUniform(1e-3, 1e3), (a, t) => {
      const r = integrateFourier((w) => Math.exp(-a * w), t, {
        scale: 1 / a,
        onFailure: "flag",
      });
      const exact = a / (a * a + t * t);
      return Math.abs(r.value - exact) <= r.error + 4 * Number.EPSILON * exact;
    }),
    { seed: 11, numRuns: 60 },
  );
});

Deno.test("integrateFourier: satisfies ∫₀^∞ ω sin ωt/(a² + ω²) dω = (π/2)e^{−at} (slow 1/ω decay)", () => {
  fc.assert(
    fc.property(logUniform(1e-1, 1e1), logUniform(1e-3, 1e2), (a, t) => {
      const r = integrateFourier((w) => w / (a * a + w * w), t, {
        kind: "sin",
        scale: a,
      });
      const exact = (Math.PI / 2) * Math.exp(-a * t);
      return r.converged &&
        Math.abs(r.value - exact) <= r.error + 4 * Number.EPSILON * exact;
    }),
    { seed: 12, numRuns: 60 },
  );
});

Deno.test("integrateFourier: agrees with plain integrate where the latter works (small t)", () => {
  const f = (w: number): number => w * w * Math.exp(-w);
  const t = 0.3;
  const a = integrateFourier(f, t);
  const b = integrate((w) => f(w) * Math.cos(w * t), 0, Infinity);
  assertClose(a.value, b.value, { abs: a.error + b.error });
});

import assert from "node:assert/strict";
import fc from "fast-check";
import { assertClose, assertThrowsWith } from "../_assert.ts";
import {
  integrate,
  QuadratureError,
  type QuadratureResult,
} from "../../src/quadrature/mod.ts";

/** The estimate must bound the actual error (it is the honesty contract). */
function assertHonest(r: QuadratureResult, exact: number, msg: string): void {
  assert.ok(r.converged, `${msg}: converged`);
  assert.ok(
    Math.abs(r.value - exact) <= r.error + 4 * Number.EPSILON * Math.abs(exact),
    `${msg}: |${r.value} − ${exact}| = ${
      Math.abs(r.value - exact)
    } exceeds the error estimate ${r.error}`,
  );
}

Deno.test("integrate: the 21-point Kronrod rule is exact to degree 31", () => {
  // The embedded 10-point Gauss rule is not exact at degree 30, so the error
  // estimate may ask for bisections; every Kronrod value is exact anyway.
  const r = integrate((x) => x ** 30 + x ** 31, -1, 1);
  // Exact rule, so only roundoff: a few ulps of 2/31 per interval summed.
  assertClose(r.value, 2 / 31, { rel: 16 * Number.EPSILON });
});

Deno.test("integrate: closed forms, error estimate bounds the true error", async (t) => {
  // Each case: integrand, limits, closed form (cited inline).
  const cases: Array<[string, (x: number) => number, number, number, number]> =
    [
      ["∫₀^π sin = 2", Math.sin, 0, Math.PI, 2],
      ["∫₀¹ x^(−1/2) = 2", (x) => 1 / Math.sqrt(x), 0, 1, 2],
      ["∫₀¹ log x = −1", Math.log, 0, 1, -1],
      ["∫₀¹ x^(−0.9) = 10", (x) => Math.pow(x, -0.9), 0, 1, 10],
      ["∫₀^∞ e^−x = 1", (x) => Math.exp(-x), 0, Infinity, 1],
      [
        "∫₀^∞ e^(−x/1000) = 1000",
        (x) => Math.exp(-x / 1000),
        0,
        Infinity,
        1000,
      ],
      [
        "∫ e^−x² over ℝ = √π",
        (x) => Math.exp(-x * x),
        -Infinity,
        Infinity,
        Math.sqrt(Math.PI),
      ],
      [
        "∫ 1/(1+x²) over ℝ = π",
        (x) => 1 / (1 + x * x),
        -Infinity,
        Infinity,
        Math.PI,
      ],
      [
        "∫_−∞⁰ 1/(1+x²) = π/2",
        (x) => 1 / (1 + x * x),
        -Infinity,
        0,
        Math.PI / 2,
      ],
      ["∫₁^∞ x^(−3/2) = 2", (x) => Math.pow(x, -1.5), 1, Infinity, 2],
      [
        "∫₀¹ cos 100x = sin(100)/100",
        (x) => Math.cos(100 * x),
        0,
        1,
        Math.sin(100) / 100,
      ],
      [
        "narrow Lorentzian, ∫₀¹ ε/(ε²+(x−0.3)²) = atan(0.7/ε)+atan(0.3/ε)",
        (x) => 1e-4 / (1e-8 + (x - 0.3) ** 2),
        0,
        1,
        Math.atan(0.7 / 1e-4) + Math.atan(0.3 / 1e-4),
      ],
      [
        "∫₀^∞ x³e^−x = 3! (gamma function)",
        (x) => x * x * x * Math.exp(-x),
        0,
        Infinity,
        6,
      ],
    ];
  for (const [name, f, a, b, exact] of cases) {
    await t.step(name, () => {
      const r = integrate(f, a, b);
      assertHonest(r, exact, name);
      // Default target max(1e-12, 1e-10·|I|); allow the estimate's slack ×10
      // since the estimate itself is what is certified above.
      assertClose(r.value, exact, { rel: 1e-9, abs: 1e-11 }, name);
    });
  }
});

Deno.test("integrate: reversed limits negate, equal limits give 0", () => {
  const f = (x: number): number => Math.exp(-x) * Math.cos(x);
  const fwd = integrate(f, 0, 2);
  const bwd = integrate(f, 2, 0);
  // Same intervals and nodes, so exactly the negation.
  assert.equal(bwd.value, -fwd.value);
  assert.deepEqual(integrate(f, 1, 1), {
    value: 0,
    error: 0,
    evaluations: 0,
    converged: true,
    method: fwd.method,
  });
  const inf = integrate((x) => Math.exp(x), 0, -Infinity);
  // ∫_0^{−∞} e^x = −1; default tolerance.
  assertClose(inf.value, -1, { abs: 1e-11 });
});

Deno.test("integrate: an unmet tolerance throws QuadratureError carrying the partial result", () => {
  const f = (x: number): number => Math.sin(1 / x);
  const e = assertThrowsWith(
    () => integrate(f, 1e-8, 1, { maxSubdivisions: 20 }),
    QuadratureError,
    /maxSubdivisions` = 20 ran out/,
  );
  assert.ok(e instanceof QuadratureError && e instanceof RangeError);
  assert.equal(e.result.converged, false);
  assert.ok(e.result.error > 1e-10, "the partial result reports a large error");
  const flagged = integrate(f, 1e-8, 1, {
    maxSubdivisions: 20,
    onFailure: "flag",
  });
  assert.deepEqual(flagged, e.result);
});

Deno.test("integrate: a singularity at a non-zero endpoint is reported, not hidden", () => {
  // (1 − x)^(−1/2) near x = 1 cannot be resolved below ~1e4 ulps of 1.
  const r = integrate((x) => 1 / Math.sqrt(1 - x), 0, 1, { onFailure: "flag" });
  assert.equal(r.converged, false);
  // Whatever it reached, the estimate still covers the true error (∫ = 2).
  assert.ok(Math.abs(r.value - 2) <= r.error, `|${r.value} − 2| ≤ ${r.error}`);
  // A looser tolerance is achievable and then reported as converged.
  assertHonest(
    integrate((x) => 1 / Math.sqrt(1 - x), 0, 1, { absTol: 1e-4, relTol: 0 }),
    2,
    "loose tolerance",
  );
});

Deno.test("integrate: a non-finite integrand throws a RangeError naming x", () => {
  assertThrowsWith(
    () => integrate((x) => 1 / (x - 0.5), 0, 1),
    RangeError,
    /not finite at x = 0\.5/,
  );
});

Deno.test("integrate: validation", () => {
  const f = (x: number): number => x;
  assertThrowsWith(
    () => integrate(3 as unknown as (x: number) => number, 0, 1),
    TypeError,
    /`f` must be a function, but got 3/,
  );
  assertThrowsWith(
    () => integrate(f, NaN, 1),
    RangeError,
    /`a` must be .* got NaN/,
  );
  assertThrowsWith(
    () => integrate(f, 0, "1" as unknown as number),
    TypeError,
    /`b` must be a number/,
  );
  assertThrowsWith(
    () => integrate(f, Infinity, Infinity),
    RangeError,
    /must not be the same infinity/,
  );
  assertThrowsWith(
    () => integrate(f, 0, 1, { absTol: -1 }),
    RangeError,
    /`absTol` must be finite and ≥ 0, but got -1/,
  );
  assertThrowsWith(
    () => integrate(f, 0, 1, { absTol: 0, relTol: 0 }),
    RangeError,
    /at least one of `absTol`, `relTol` must be > 0/,
  );
  assertThrowsWith(
    () => integrate(f, 0, 1, { maxSubdivisions: 2.5 }),
    RangeError,
    /`maxSubdivisions` must be an integer/,
  );
  assertThrowsWith(
    () => integrate(f, 0, 1, { onFailure: "ignore" as "flag" }),
    RangeError,
    /`onFailure` must be "throw" or "flag", but got "ignore"/,
  );
});

Deno.test("integrate: satisfies additivity ∫ₐᶜ = ∫ₐᵇ + ∫ᵦᶜ", () => {
  const f = (x: number): number =>
    Math.exp(-0.3 * x) * Math.cos(2 * x) + 1 / (1 + x * x);
  fc.assert(
    fc.property(
      fc.double({ min: -10, max: 10, noNaN: true }),
      fc.double({ min: -10, max: 10, noNaN: true }),
      fc.double({ min: -10, max: 10, noNaN: true }),
      (a, b, c) => {
        const ab = integrate(f, a, b);
        const bc = integrate(f, b, c);
        const ac = integrate(f, a, c);
        // Each side is within its own estimate; the sum of three estimates
        // (plus a few ulps of the magnitudes) bounds the discrepancy.
        const bound = ab.error + bc.error + ac.error +
          8 * Number.EPSILON * (Math.abs(ab.value) + Math.abs(bc.value) + 1);
        return Math.abs(ab.value + bc.value - ac.value) <= bound;
      },
    ),
    { seed: 20261129, numRuns: 100 },
  );
});

const mus = fc.double({ min: -50, max: 50, noNaN: true });
// log-uniform width from 1e-2 to 1e2
const sigmas = fc.double({ min: -2, max: 2, noNaN: true }).map((e) => 10 ** e);

Deno.test("integrate: satisfies ∫ Gaussian(μ, σ) over ℝ = σ√(2π) with an honest estimate", () => {
  // Without breakpoints the documented reach is a peak no narrower than 2%
  // of its distance from 0 (the infinite map compresses far features).
  fc.assert(
    fc.property(mus, sigmas, (mu, s) => {
      const sigma = Math.max(s, Math.abs(mu) / 50);
      const r = integrate(
        (x) => Math.exp(-0.5 * ((x - mu) / sigma) ** 2),
        -Infinity,
        Infinity,
      );
      const exact = sigma * Math.sqrt(2 * Math.PI);
      return r.converged &&
        Math.abs(r.value - exact) <= r.error + 4 * Number.EPSILON * exact;
    }),
    { seed: 7, numRuns: 100 },
  );
});

Deno.test("integrate: a narrow far peak without points is a documented miss (regression)", () => {
  // μ = −35.56, σ = 0.03: the first rules see only e^(−huge); the result is
  // wrong and the estimate cannot know. `points` fixes it.
  const f = (x: number): number => Math.exp(-0.5 * ((x + 35.56) / 0.03) ** 2);
  const exact = 0.03 * Math.sqrt(2 * Math.PI);
  assert.ok(Math.abs(integrate(f, -Infinity, Infinity).value - exact) > 0.01);
  const r = integrate(f, -Infinity, Infinity, { points: [-35.56] });
  assert.ok(r.converged);
  // x = μ + (1 − t)/t is rounded to ulp(35.56) ≈ 7e-15 = 2.4e-13 σ, so the
  // integrand as evaluated is only good to ~2e-13 relative; the estimate
  // covers the quadrature error on top of that.
  assertClose(r.value, exact, { rel: r.error / exact + 3e-13 }, "with points");
});

Deno.test("integrate: points validation", () => {
  assertThrowsWith(
    () => integrate((x) => x, 0, 1, { points: [0.5, NaN] }),
    RangeError,
    /`points` must hold finite numbers, but points\[1\] = NaN/,
  );
});

Deno.test("integrate: with points: [μ], satisfies ∫ Gaussian(μ, σ) = σ√(2π) for any narrow peak", () => {
  fc.assert(
    fc.property(
      mus,
      sigmas,
      (mu, sigma) => {
        const r = integrate(
          (x) => Math.exp(-0.5 * ((x - mu) / sigma) ** 2),
          -Infinity,
          Infinity,
          { points: [mu] },
        );
        const exact = sigma * Math.sqrt(2 * Math.PI);
        return r.converged &&
          Math.abs(r.value - exact) <= r.error + 4 * Number.EPSILON * exact;
      },
    ),
    { seed: 7, numRuns: 100 },
  );
});

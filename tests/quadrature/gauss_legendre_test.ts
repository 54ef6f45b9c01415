import assert from "node:assert/strict";
import { assertClose, assertThrowsWith } from "../_assert.ts";
import { gaussLegendre } from "../../src/quadrature/mod.ts";
import { readFixture } from "../_fixture.ts";

const table: {
  rules: Record<string, { nodes: string[]; weights: string[] }>;
} = readFixture("quadrature_gauss_legendre.json");

Deno.test("gaussLegendre: nodes and weights match the 40-digit mpmath table", async (t) => {
  for (const [key, ref] of Object.entries(table.rules)) {
    const n = Number(key);
    await t.step(`n = ${n}`, () => {
      const rule = gaussLegendre(n);
      assert.equal(rule.nodes.length, n);
      ref.nodes.forEach((xs, i) => {
        const x = Number(xs);
        const w = Number(ref.weights[i]);
        // Newton converged to ≤ 2 ulps; the recurrence adds O(n·ε) to P_n,
        // hence O(n ε) absolute on the node near ±1 and relative on weights.
        const tol = Math.max(4, n / 4) * Number.EPSILON;
        assertClose(rule.nodes[n - 1 - i], x, { abs: tol }, `node ${i}`);
        assertClose(rule.nodes[i], -x, { abs: tol }, `mirrored node ${i}`);
        // w ∝ 1/((1−x²)P_n'²) has d ln w/dx = −2x/(1−x²) at a node, so the
        // node's own rounding (½ ulp) moves w by ≈ ε/(1−x²) relative.
        assertClose(rule.weights[n - 1 - i], w, {
          rel: tol / (1 - x * x),
        }, `weight ${i}`);
      });
    });
  }
});

Deno.test("gaussLegendre: integrates polynomials of degree ≤ 2n − 1 exactly", () => {
  for (const n of [1, 2, 7, 30]) {
    const rule = gaussLegendre(n);
    const d = 2 * n - 1;
    // ∫₀¹ (d+1) x^d dx = 1; a few ulps per term summed.
    assertClose(rule.integrate((x) => (d + 1) * x ** d, 0, 1), 1, {
      rel: 4 * n * Number.EPSILON,
    }, `n=${n}`);
  }
});

Deno.test("gaussLegendre: describe and display", () => {
  const rule = gaussLegendre(4);
  assert.match(rule.describe().title, /4 points/);
  const displayable = rule as unknown as Record<
    symbol,
    () => Record<string, unknown>
  >;
  assert.ok("text/plain" in displayable[Symbol.for("Jupyter.display")]());
});

Deno.test("gaussLegendre: validation", () => {
  assertThrowsWith(
    () => gaussLegendre(0),
    RangeError,
    /`n` must be an integer in \[1, 10000\], but got 0/,
  );
  assertThrowsWith(() => gaussLegendre(2.5), RangeError, /but got 2\.5/);
});

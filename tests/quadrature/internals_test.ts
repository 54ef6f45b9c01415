import assert from "node:assert/strict";
import { assertClose } from "../_assert.ts";
import {
  GAUSS_WEIGHTS,
  KRONROD_NODES,
  KRONROD_WEIGHTS,
} from "../../src/quadrature/_gauss_kronrod_21.ts";
import { kronrod21 } from "../../src/quadrature/_adaptive.ts";
import { wynnEpsilon } from "../../src/quadrature/_wynn.ts";

const EPS = Number.EPSILON;

Deno.test("Kronrod 21 is exact to degree 31 and Gauss 10 to degree 19 (generated constants)", () => {
  const fv = new Float64Array(21);
  const out = new Float64Array(2);
  for (let k = 0; k <= 31; k++) {
    kronrod21((x) => x ** k, -1, 1, fv, out);
    const exact = k % 2 === 1 ? 0 : 2 / (k + 1);
    // 21 terms of size ≤ 0.15, rounding ≤ a few ulps of the sum
    assertClose(out[0], exact, { abs: 8 * EPS }, `x^${k}`);
  }
  // Gauss 10 alone: Σ w_G x^k over the five positive nodes, both signs.
  for (let k = 0; k <= 19; k += 2) {
    let s = 0;
    for (let i = 0; i < 5; i++) {
      s += 2 * GAUSS_WEIGHTS[i] * KRONROD_NODES[2 * i + 1] ** k;
    }
    assertClose(s, 2 / (k + 1), { abs: 8 * EPS }, `Gauss x^${k}`);
  }
  // weights sum to the length of [−1, 1]
  let sk = KRONROD_WEIGHTS[10];
  for (let i = 0; i < 10; i++) sk += 2 * KRONROD_WEIGHTS[i];
  assertClose(sk, 2, { abs: 4 * EPS });
});

Deno.test("kronrod21 error estimate: floor at 50ε∫|f| for a resolved integrand, large for an unresolved one", () => {
  const fv = new Float64Array(21);
  const out = new Float64Array(2);
  kronrod21(Math.exp, 0, 1, fv, out);
  assertClose(out[0], Math.E - 1, { rel: 4 * EPS });
  // resolved: the estimate is the roundoff floor 50ε·∫|f|
  assertClose(out[1], 50 * EPS * (Math.E - 1), { rel: 1e-12 });
  kronrod21((x) => Math.cos(200 * x), 0, 1, fv, out);
  assert.ok(
    out[1] > 1e-3,
    `unresolved oscillation must report a large error, got ${out[1]}`,
  );
});

Deno.test("Wynn ε: alternating harmonic series → ln 2, geometric series exact", () => {
  const n = 21;
  const sums = new Float64Array(n);
  let s = 0;
  for (let k = 0; k < n; k++) {
    s += (k % 2 === 0 ? 1 : -1) / (k + 1);
    sums[k] = s;
  }
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  // The raw partial sum is off by ~1/42; ε on 21 terms reaches ~1e-15
  // (Wynn 1956 / Brezinski: logarithmic-alternating, error ~ 2^{-2k}).
  assert.ok(Math.abs(sums[n - 1] - Math.LN2) > 0.02);
  assertClose(wynnEpsilon(sums, 0, n, a, b), Math.LN2, { abs: 1e-14 });
  // A geometric series is a fixed point of ε₂ (Shanks): exact from 3 sums.
  const g = new Float64Array([1, 1.5, 1.75]);
  assertClose(wynnEpsilon(g, 0, 3, a, b), 2, { abs: 4 * EPS });
  // A stationary sequence returns its value.
  assert.equal(wynnEpsilon(new Float64Array([3, 3, 3, 3]), 0, 4, a, b), 3);
});

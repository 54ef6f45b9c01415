import fc from "fast-check";
import * as bath from "../../src/bath/mod.ts";
import { integrate } from "../../src/quadrature/mod.ts";
import { randomStream } from "../../src/random/mod.ts";
import { ohmic } from "../../src/spectral/ohmic.ts";
import { uniform } from "../../src/thermal/mod.ts";
import { assertClose, assertThrowsWith } from "../_assert.ts";

Deno.test("u(z) = ∫₀^z u′(s) ds for the Gaussian form factor", () => {
  fc.assert(
    fc.property(
      fc.double({ min: -20, max: 20, noNaN: true }),
      fc.double({ min: 0.05, max: 5, noNaN: true }),
      (z, sigma) => {
        const q = integrate(
          (s) => bath.gaussianFormFactorSlope(s, sigma),
          0,
          z,
          { relTol: 1e-13, absTol: 0 },
        );
        // Quadrature at 1e-13 relative plus erf's ≤ 1e-15: 1e-12 relative
        // (absolute 1e-15 for z ≈ 0).
        assertClose(
          bath.gaussianFormFactor(z, sigma),
          q.value,
          { rel: 1e-12, abs: 1e-15 },
          `u(${z}) at σ = ${sigma}`,
        );
        return true;
      },
    ),
    { seed: 61, numRuns: 100 },
  );
});

Deno.test("Gaussian form factor: linear near the site, saturates at σ√π, agrees with Quilt", () => {
  const sigma = 0.7;
  // u(z) = z − z³/(12σ²) + z⁵/(160σ⁴) − …: at z = 1e-4 the quintic term is
  // 2.6e-18·z, below erf's few ulps, so 1e-15 relative.
  const z = 1e-4;
  assertClose(
    bath.gaussianFormFactor(z, sigma),
    z - z ** 3 / (12 * sigma * sigma),
    { rel: 1e-15 },
  );
  if (
    bath.gaussianFormFactor(-Infinity, sigma) !== -sigma * Math.sqrt(Math.PI)
  ) {
    throw new Error("u(−∞) = −σ√π");
  }
  if (bath.gaussianFormFactorSlope(0, sigma) !== 1) {
    throw new Error("u′(0) = 1");
  }
  const q = bath.quilt({
    density: ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 5 } }),
    profile: uniform(1, { domain: [-5, 5] }),
    sites: { from: -1, to: 1, count: 3 },
    width: sigma,
    modes: 20,
  });
  for (const z of [-3, -0.2, 0.9, 4]) {
    if (q.formFactor(z) !== bath.gaussianFormFactor(z, sigma)) {
      throw new Error("u");
    }
    if (q.formFactorSlope(z) !== bath.gaussianFormFactorSlope(z, sigma)) {
      throw new Error("u′");
    }
  }
});

Deno.test("Gaussian form factor rejects NaN z and a width that is not finite > 0", () => {
  assertThrowsWith(
    () => bath.gaussianFormFactor(NaN, 1),
    RangeError,
    /Gaussian form factor u\(z\): `z` must be a number, got NaN/,
  );
  assertThrowsWith(
    () => bath.gaussianFormFactorSlope(NaN, 1),
    RangeError,
    /slope u′\(z\): `z` must be a number/,
  );
  for (const w of [0, -1, Infinity, NaN]) {
    assertThrowsWith(
      () => bath.gaussianFormFactor(1, w),
      RangeError,
      /`width` σ must be finite and > 0/,
    );
  }
});

Deno.test("fillThermal checks its arrays, T, shift and offset", () => {
  const B = bath.discretize(
    ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 5 } }),
    { modes: 10 },
  );
  const w = B.frequencies, c = B.couplings, m = B.masses;
  const s = randomStream(1, 0);
  const x = new Float64Array(10), p = new Float64Array(10);
  assertThrowsWith(
    () => bath.fillThermal(w, c, m, 1, false, 0, {} as never, x, p, 0),
    TypeError,
    /`stream` must be a RandomStream/,
  );
  assertThrowsWith(
    () => bath.fillThermal(w, c, [1] as never, 1, false, 0, s, x, p, 0),
    TypeError,
    /fill a thermal state of bath modes: `m` must be a Float64Array/,
  );
  assertThrowsWith(
    () => bath.fillThermal(w, c.subarray(1), m, 1, false, 0, s, x, p, 0),
    RangeError,
    /same length, got 10, 9 and 10/,
  );
  assertThrowsWith(
    () => bath.fillThermal(w, c, m, -1, false, 0, s, x, p, 0),
    RangeError,
    /`T` must be ≥ 0/,
  );
  assertThrowsWith(
    () => bath.fillThermal(w, c, m, 1, false, NaN, s, x, p, 0),
    RangeError,
    /`shift` must be finite/,
  );
  assertThrowsWith(
    () => bath.fillThermal(w, c, m, 1, false, 0, s, x, p, 1),
    RangeError,
    /offset \+ n = 11 entries, got 10 and 10/,
  );
});

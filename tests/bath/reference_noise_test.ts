import { assertClose } from "../_assert.ts";
import * as spectral from "../../src/spectral/mod.ts";
import { referenceNoiseKernel } from "../../src/bath/_reference_noise.ts";

// The certificate's reference K(t) (quadrature) against physics.md §8's
// published values and the T = 0 closed form of §2. The integrator's relTol
// is 1e-9: 1e-8 relative leaves a factor 10 for its error estimate.
Deno.test("reference K(t) matches physics.md §8 (Drude, exponential)", () => {
  const drude = spectral.ohmic({
    gamma: 0.5,
    cutoff: { kind: "drude", frequency: 5 },
  });
  const expo = spectral.ohmic({
    gamma: 0.5,
    cutoff: { kind: "exponential", frequency: 5 },
  });
  assertClose(referenceNoiseKernel(drude, 1, 0.1, 5).value, 1.75083467737, {
    rel: 1e-8,
  }, "Drude T = 1, t = 0.1");
  assertClose(referenceNoiseKernel(drude, 10, 0.5, 5).value, 2.0091931593, {
    rel: 1e-8,
  }, "Drude T = 10, t = 0.5");
  assertClose(referenceNoiseKernel(drude, 0, 2, 5).value, -0.0429393800247, {
    rel: 1e-8,
  }, "Drude T = 0, t = 2");
  assertClose(referenceNoiseKernel(expo, 1, 1, 5).value, 0.0212275015903, {
    rel: 1e-8,
  }, "exponential T = 1, t = 1");
  for (const t of [0.05, 0.3, 1, 4]) {
    const u = 5 * t;
    const k0 = (0.5 / Math.PI) * 25 * (1 - u * u) / (1 + u * u) ** 2;
    assertClose(referenceNoiseKernel(expo, 0, t, 5).value, k0, {
      rel: 1e-8,
      abs: 1e-12,
    }, `exponential T = 0, t = ${t}`);
  }
});

import fc from "fast-check";
import { assertClose } from "../_assert.ts";
import * as temperature from "../../src/thermal/mod.ts";
import * as potentials from "../../src/dynamics/potentials.ts";
import {
  boxMeanPosition,
  type ReducedModel,
  smallMassConvention,
  stationary,
  trapLinear,
} from "../../src/models/predict/mod.ts";

/** Log-uniform in [lo, hi]. */
const logUniform = (lo: number, hi: number) =>
  fc.double({ min: Math.log(lo), max: Math.log(hi), noNaN: true }).map(
    Math.exp,
  );

function linearModel(
  t0: number,
  g: number,
  lo: number,
  hi: number,
  gamma = 1,
): ReducedModel {
  const T = temperature.linear({ value: t0, gradient: g, domain: [lo, hi] });
  return {
    mass: 1,
    domain: T.domain,
    friction: () => gamma,
    frictionGradient: () => 0,
    temperature: (x) => T.at(x),
    temperatureGradient: (x) => T.gradient(x),
  };
}

Deno.test("stationary density in a box satisfies P(x₁)/P(x₂) = (T(x₁)/T(x₂))^{α−1}", () => {
  fc.assert(
    fc.property(
      logUniform(0.05, 20),
      fc.double({ min: -0.9, max: 4, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (t0, a, alpha, u1, u2) => {
        const m = linearModel(t0, a * t0, 0, 1);
        const p = stationary(m, {
          potential: potentials.box({ from: 0, to: 1 }),
          convention: alpha,
        });
        // The local factor is exact (no quadrature): a few ulps of the logs.
        const ratio = p.density(u1) / p.density(u2);
        const expected = Math.pow((1 + a * u1) / (1 + a * u2), alpha - 1);
        assertClose(ratio, expected, { rel: 1e-13 });
        // And the mean agrees with the box closed form / quadrature (1e-12 relative).
        assertClose(
          p.meanPosition,
          boxMeanPosition({ cold: t0, hot: t0 * (1 + a), convention: alpha }),
          { rel: 1e-10 },
        );
      },
    ),
    { numRuns: 40, seed: 17 },
  );
});

Deno.test("stationary density in a harmonic trap with linear T is the Gamma law (mean α g/(Mω₀²))", () => {
  fc.assert(
    fc.property(
      logUniform(0.3, 3),
      logUniform(0.3, 3),
      fc.double({ min: -0.25, max: 0.25, noNaN: true }),
      fc.constantFrom(0, 0.5, 1),
      (w, t0, gRel, alpha) => {
        // g = gRel·ω√T₀ keeps the Gamma shape k = ω²T₀/g² ≥ 16 (a proper peak).
        const g = gRel * w * Math.sqrt(t0);
        const width = Math.sqrt(t0) / w;
        // Up to T = 0.02 T₀ on the cold side, 40 widths otherwise.
        const lo = g > 0 ? Math.max(-t0 / g * 0.98, -40 * width) : -40 * width;
        const hi = g < 0 ? Math.min(-t0 / g * 0.98, 40 * width) : 40 * width;
        const m = linearModel(t0, g, lo, hi);
        const p = stationary(m, {
          potential: potentials.harmonic({ frequency: w }),
          convention: alpha,
        });
        const law = trapLinear({
          frequency: w,
          temperature: t0,
          gradient: g,
          convention: alpha,
        });
        // Quadrature at 1e-12 relative; truncation at T = 0.02 T₀ is < e^{-40}.
        assertClose(p.meanPosition, law.meanPosition, { abs: 1e-9 * width });
        assertClose(p.variance, law.variance, { rel: 1e-8 });
        assertClose(p.skewness, law.skewness, { abs: 1e-7 });
      },
    ),
    { numRuns: 25, seed: 5 },
  );
});

Deno.test("small-mass limit is Itô with drift −k_BTΓ'/(MΓ²) for any smooth Γ(x), T(x)", () => {
  fc.assert(
    fc.property(
      logUniform(0.1, 10),
      fc.double({ min: -0.5, max: 0.5, noNaN: true }),
      logUniform(0.1, 10),
      fc.double({ min: -0.5, max: 0.5, noNaN: true }),
      logUniform(0.1, 10),
      fc.double({ min: -1, max: 1, noNaN: true }),
      (t0, tg, g0, gg, mass, x) => {
        const m: ReducedModel = {
          mass,
          domain: [-1, 1],
          friction: (y) => g0 * (1 + gg * y),
          frictionGradient: () => g0 * gg,
          temperature: (y) => t0 * (1 + tg * y),
          temperatureGradient: () => t0 * tg,
        };
        const lim = smallMassConvention(m);
        assertClose(lim.alpha, 0, { abs: 0 });
        const G = g0 * (1 + gg * x);
        // Closed-form expression evaluated two ways: a few ulps.
        assertClose(
          lim.extraDrift(x),
          -t0 * (1 + tg * x) * g0 * gg / (mass * G * G),
          { rel: 1e-12, abs: 1e-300 },
        );
      },
    ),
    { numRuns: 100, seed: 3 },
  );
});

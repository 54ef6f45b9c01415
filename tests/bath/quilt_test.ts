import assert from "node:assert/strict";
import { assertClose, assertThrowsWith } from "../_assert.ts";
import * as spectral from "../../src/spectral/mod.ts";
import * as temperature from "../../src/thermal/mod.ts";
import * as bath from "../../src/bath/mod.ts";

const J = spectral.ohmic({
  gamma: 0.8,
  cutoff: { kind: "drude", frequency: 10 },
});
const T = temperature.linear({ value: 1, gradient: 0.1, domain: [-9, 9] });

Deno.test("quilt: Γ(X) ripple equals 4e^{−2π²σ²/a²} deep inside (Poisson summation)", () => {
  const a = 0.5, sigma = 0.25; // σ/a = 1/2
  const q = bath.quilt({
    density: J,
    profile: T,
    sites: { from: -8, to: 8, count: 33 },
    width: sigma,
    modes: 10,
  });
  assertClose(q.spacing, a, { rel: 1e-15 }, "a");
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i <= 100; i++) {
    const g = q.friction(a * i / 100);
    lo = Math.min(lo, g);
    hi = Math.max(hi, g);
  }
  const mean = 0.8 * Math.sqrt(2 * Math.PI) * sigma / a;
  // Higher harmonics are e^{−8π²σ²/a²} ≈ 3e−9 relative; the 1/100 grid
  // samples the cosine's extremes exactly (they fall on grid points).
  assertClose(
    (hi - lo) / mean,
    4 * Math.exp(-2 * Math.PI ** 2 * (sigma / a) ** 2),
    { rel: 1e-6 },
    "ripple",
  );
  assertClose(q.frictionRipple ?? NaN, 4 * Math.exp(-(Math.PI ** 2) / 2), {
    rel: 1e-15,
  }, "reported ripple");
  assertClose(q.gamma, 0.8, { rel: 1e-15 }, "γ = γ̂(0)");
});

Deno.test("quilt: a linear profile gives T_eff(X) = T(X) when σ ≳ a", () => {
  const q = bath.quilt({
    density: J,
    profile: T,
    sites: { from: -6, to: 6, count: 25 },
    width: 0.5,
    modes: 10,
  });
  for (const X of [-2, -0.3, 0, 0.4, 1.7]) {
    // Poisson summation: the weighted mean of the y_j is biased by
    // −(4πσ²/a) e^{−2π²σ²/a²} sin(2πX/a), so |T_eff − T| ≤ |g|·(4πσ²/a)·q.
    const bound = 0.1 * (4 * Math.PI * 0.25 / 0.5) *
      Math.exp(-2 * Math.PI ** 2);
    assertClose(
      q.effectiveTemperature(X),
      T.at(X),
      { abs: 1.01 * bound },
      `T_eff(${X})`,
    );
  }
  // Far outside the quilt T_eff tends to the end site's temperature and stays finite.
  assertClose(
    q.effectiveTemperature(1e4),
    T.at(6),
    { rel: 1e-12 },
    "far right",
  );
  assert.equal(q.friction(1e4), 0);
});

Deno.test("quilt: u′ is the derivative of u", () => {
  const q = bath.quilt({
    density: J,
    profile: T,
    sites: { from: -1, to: 1, count: 3 },
    width: 0.3,
    modes: 5,
  });
  for (const z of [-1, -0.2, 0, 0.5, 2]) {
    const h = 1e-5;
    const fd = (q.formFactor(z + h) - q.formFactor(z - h)) / (2 * h);
    // Central difference: h²·|u‴|/6 ≲ 1e−9, rounding ε·σ/h ≈ 1e−11.
    assertClose(fd, q.formFactorSlope(z), { abs: 1e-8 }, `u′(${z})`);
  }
  // u(z) → ±σ√π as z → ±∞.
  assertClose(
    q.formFactor(100),
    0.3 * Math.sqrt(Math.PI),
    { rel: 1e-15 },
    "u(∞)",
  );
});

Deno.test('quilt thermal state: "quantum" is Wigner sampling (draws identical to "wigner", not to "classical"); other words throw', () => {
  const q = bath.quilt({
    density: J,
    profile: temperature.piecewiseLinear([[-1, 0.2], [1, 5]]),
    sites: { from: -1, to: 1, count: 2 },
    width: 0.4,
    modes: 3,
  });
  const draw = (statistics: bath.Statistics) =>
    q.thermalState({ statistics, particlePosition: 0.3, seed: 4, index: 1 });
  const quantum = draw("quantum"), wigner = draw("wigner");
  const classical = draw("classical");
  assert.deepEqual([...quantum.momenta], [...wigner.momenta]);
  assert.deepEqual([...quantum.positions], [...wigner.positions]);
  assert.notDeepEqual([...quantum.momenta], [...classical.momenta]);
  assertThrowsWith(
    () => draw("boltzmann" as bath.Statistics),
    RangeError,
    /statistics` must be one of "classical", "quantum", "wigner"/,
  );
});

Deno.test("quilt: each site's bath starts thermal at T(y_j) around u(X0 − y_j)", () => {
  const hot = temperature.piecewiseLinear([[-1, 0.2], [1, 5]]);
  const q = bath.quilt({
    density: J,
    profile: hot,
    sites: { from: -1, to: 1, count: 2 },
    width: 0.4,
    modes: 3,
  });
  const draws = 3000, n = q.bath.modes, X0 = 0.3;
  const v = new Float64Array(2 * n), m = new Float64Array(2 * n);
  for (let i = 0; i < draws; i++) {
    const s = q.thermalState({
      statistics: "classical",
      particlePosition: X0,
      seed: 3,
      index: i,
    });
    for (let j = 0; j < 2 * n; j++) {
      m[j] += s.positions[j] / draws;
      v[j] += s.momenta[j] ** 2 / draws;
    }
  }
  for (let j = 0; j < 2; j++) {
    for (let k = 0; k < n; k++) {
      const Tj = q.temperatures[j],
        mk = q.bath.masses[k],
        w = q.bath.frequencies[k];
      // ⟨p²⟩ = m T_j ± 5·m T_j √(2/N); ⟨x⟩ = c u(X0 − y_j)/(mω²) ± 5σ_x/√N.
      assertClose(v[j * n + k], mk * Tj, {
        abs: 5 * mk * Tj * Math.sqrt(2 / draws),
      }, `⟨p²⟩ site ${j} mode ${k}`);
      const centre = q.bath.couplings[k] * q.formFactor(X0 - q.sites[j]) /
        (mk * w * w);
      assertClose(m[j * n + k], centre, {
        abs: 5 * Math.sqrt(Tj / (mk * w * w) / draws),
      }, `⟨x⟩ site ${j} mode ${k}`);
    }
  }
});

Deno.test("quilt validates", () => {
  assertThrowsWith(
    () =>
      bath.quilt({
        density: J,
        profile: T,
        sites: { from: -10, to: 0, count: 5 },
        width: 0.3,
      }),
    RangeError,
    /site 0 at y = -10 lies outside the profile's domain/,
  );
  assertThrowsWith(
    () =>
      bath.quilt({
        density: J,
        profile: T,
        sites: { from: 1, to: 0, count: 5 },
        width: 0.3,
      }),
    RangeError,
    /sites.to/,
  );
  const sub = spectral.ohmic({
    gamma: 1,
    cutoff: { kind: "exponential", frequency: 1 },
    exponent: 0.5,
  });
  assertThrowsWith(
    () =>
      bath.quilt({
        density: sub,
        profile: T,
        sites: { from: -1, to: 1, count: 3 },
        width: 0.3,
      }),
    RangeError,
    /Markov friction/,
  );
  const q = bath.quilt({
    density: J,
    profile: T,
    sites: { from: -1, to: 1, count: 3 },
    width: 0.3,
    modes: 4,
  });
  assertThrowsWith(() => q.friction(NaN), RangeError, /`X` must be finite/);
  const d = q.describe();
  assert.ok(
    d.preview?.series.every((s) => Array.from(s.y).every(Number.isFinite)),
  );
});

Deno.test("fuzz: quilt gives a valid object or a RangeError/TypeError, never NaN", async () => {
  const fc = (await import("fast-check")).default;
  const num = fc.oneof(
    fc.double(),
    fc.constantFrom(0, 1, -1, 1e-300, 1e300, NaN, Infinity),
  );
  fc.assert(
    fc.property(
      fc.record({
        from: num,
        to: num,
        count: fc.oneof(fc.integer({ min: -1, max: 40 }), num),
      }),
      num,
      fc.double({ min: -20, max: 20, noNaN: true }),
      (sites, width, X) => {
        let q: bath.Quilt;
        try {
          q = bath.quilt({ density: J, profile: T, sites, width, modes: 3 });
        } catch (e) {
          if (e instanceof RangeError || e instanceof TypeError) {
            return /^Cannot/.test(e.message);
          }
          throw e;
        }
        const te = q.effectiveTemperature(X), g = q.friction(X);
        return Number.isFinite(te) && te > 0 && Number.isFinite(g) && g >= 0 &&
          Number.isFinite(q.formFactor(X)) &&
          Number.isFinite(q.formFactorSlope(X));
      },
    ),
    { seed: 61, numRuns: 400 },
  );
});

Deno.test("quilt: T_eff stays finite for |X| so large that (X − y)² overflows", () => {
  const q = bath.quilt({
    density: J,
    profile: T,
    sites: { from: -1, to: 1, count: 3 },
    width: 0.3,
    modes: 3,
  });
  assert.equal(q.effectiveTemperature(1e300), T.at(1));
  assert.equal(q.effectiveTemperature(-1e300), T.at(-1));
});

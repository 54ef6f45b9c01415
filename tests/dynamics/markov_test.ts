/**
 * The validation ladder for the underdamped "markov" method (BAOAB).
 */
import { assertClose } from "../_assert.ts";
import { simulate } from "../../src/dynamics/simulate.ts";
import fc from "fast-check";
import { doubleWell, free, harmonic } from "../../src/dynamics/potentials.ts";
import { toyModel } from "./_toy.ts";
import { windowMean } from "./_stats.ts";

/** Max |x(t) − x_exact(t)| of the T = 0 damped oscillator on t ∈ [0, 10]. */
async function dampedError(dt: number): Promise<number> {
  const G = 0.5, w = 1, w1 = Math.sqrt(w * w - G * G / 4);
  const run = await simulate(toyModel({ gamma: G, temperature: 0 }), {
    potential: harmonic({ frequency: w }),
    trajectories: 1,
    dt,
    steps: Math.round(10 / dt),
    seed: 1,
    initial: { position: 1, velocity: 0 },
    record: { every: 1, trajectories: 1 },
    workers: 0,
    progress: false,
  });
  let err = 0;
  const x = run.recorded[0].position;
  for (let r = 0; r < x.length; r++) {
    const t = run.times[r];
    const exact = Math.exp(-G * t / 2) *
      (Math.cos(w1 * t) + G / (2 * w1) * Math.sin(w1 * t));
    err = Math.max(err, Math.abs(x[r] - exact));
  }
  return err;
}

Deno.test("markov at T = 0 follows the analytic damped oscillator", async () => {
  // BAOAB is second order: with dt = 0.01 the global error on [0, 10] is
  // ~ C dt² with C of order ω²; 1e-3 leaves a 10× margin over C ≈ 1e1·1e-4/… .
  const e = await dampedError(0.01);
  assertClose(e, 0, { abs: 1e-3 }, "max |x − x_exact|");
});

Deno.test("markov converges with order 2 in dt", async () => {
  const e1 = await dampedError(0.04);
  const e2 = await dampedError(0.02);
  const e3 = await dampedError(0.01);
  // Observed orders log2(e(dt)/e(dt/2)) must be 2 up to higher-order terms
  // (≤ 0.15 at these step sizes).
  assertClose(Math.log2(e1 / e2), 2, { abs: 0.15 }, "order from 0.04 → 0.02");
  assertClose(Math.log2(e2 / e3), 2, { abs: 0.15 }, "order from 0.02 → 0.01");
});

Deno.test("markov conserves the Verlet invariant with the friction off", async () => {
  const dt = 0.05, w = 1;
  const run = await simulate(toyModel({ gamma: 0, temperature: 0 }), {
    potential: harmonic({ frequency: w }),
    trajectories: 1,
    dt,
    steps: 100_000,
    seed: 1,
    initial: { position: 1, velocity: 0.3 },
    record: { every: 97, trajectories: 1 },
    workers: 0,
    progress: false,
  });
  const { position: x, velocity: v } = run.recorded[0];
  const h2 = (w * dt) ** 2;
  // Velocity Verlet on a harmonic oscillator conserves v² + ω²(1 − ω²dt²/4)x²
  // exactly (up to rounding: 1e5 steps × ~1e-16 ⇒ ≤ 1e-11).
  const inv0 = v[0] ** 2 + w * w * (1 - h2 / 4) * x[0] ** 2;
  const E0 = 0.5 * (v[0] ** 2 + w * w * x[0] ** 2);
  let maxInv = 0, maxE = 0;
  for (let r = 0; r < x.length; r++) {
    const inv = v[r] ** 2 + w * w * (1 - h2 / 4) * x[r] ** 2;
    maxInv = Math.max(maxInv, Math.abs(inv - inv0));
    maxE = Math.max(
      maxE,
      Math.abs(0.5 * (v[r] ** 2 + w * w * x[r] ** 2) - E0) / E0,
    );
  }
  assertClose(maxInv, 0, { abs: 1e-11 }, "Verlet invariant drift");
  // The energy itself oscillates by at most (ωdt)²/4 / (1 − (ωdt)²/4), relative.
  if (!(maxE <= (h2 / 4) / (1 - h2 / 4) * 1.01)) {
    throw new Error(`energy error ${maxE} exceeds the Verlet bound`);
  }
});

Deno.test("markov satisfies equipartition with position-dependent friction", async () => {
  const T = 1.3, N = 1000;
  const run = await simulate(
    toyModel({
      gamma: 1,
      gammaSlope: 0.1,
      temperature: T,
      domain: [-9.9, 9.9],
    }),
    {
      potential: harmonic({ frequency: 1 }),
      trajectories: N,
      dt: 0.05,
      steps: 4000,
      seed: 11,
      record: {
        every: 20,
        trajectories: N,
        histogram: { from: -3, to: 3, bins: 12 },
      },
      progress: false,
    },
  );
  // BAOAB samples a harmonic trap's ⟨x²⟩ = T/ω² exactly for any Γ(x) (the O
  // step preserves ρ(x)·Maxwell at every x); ⟨v²⟩ has an O(dt²) = 6e-4 bias,
  // far below the statistical tolerance. Tolerance: 5 standard errors of the
  // per-trajectory window averages.
  const x2 = windowMean(run, (x) => x * x);
  const v2 = windowMean(run, (_x, v) => v * v);
  assertClose(x2.mean, T, { abs: 5 * x2.se }, "⟨x²⟩ = k_BT/(Mω²)");
  assertClose(v2.mean, T, { abs: 5 * v2.se + 1e-3 }, "M⟨v²⟩ = k_BT");
  // Position-resolved: M⟨v²|X⟩ = k_BT in every bin (5 standard errors of the
  // ratio estimator, + 2e-3 for the O(dt²) velocity bias), and the density
  // is the Gaussian of variance T (bin averages by Simpson, 200 panels:
  // error ≪ 1e-9).
  const kt = run.kineticTemperature, h = run.histogram;
  if (!kt || !h) throw new Error("histogram requested");
  const gauss = (x: number) =>
    Math.exp(-x * x / (2 * T)) / Math.sqrt(2 * Math.PI * T);
  for (let b = 0; b < 12; b++) {
    assertClose(
      kt.value[b],
      T,
      { abs: 5 * kt.standardError[b] + 2e-3 },
      `T_kin bin ${b}`,
    );
    const a = h.edges[b], c = h.edges[b + 1], n = 200, dx = (c - a) / n;
    let s = gauss(a) + gauss(c);
    for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * gauss(a + i * dx);
    const exact = s * dx / 3 / (c - a);
    assertClose(
      h.density[b],
      exact,
      { abs: 5 * h.standardError[b] },
      `density bin ${b}`,
    );
  }
});

Deno.test("markov samples exp(−V/k_BT) in a double well with friction Γ(x)", async () => {
  const T = 1, N = 1000, barrier = 1;
  const V = doubleWell({ barrier, minima: 1 });
  const from = -2.5, to = 2.5, bins = 25;
  const run = await simulate(
    toyModel({
      gamma: 2,
      gammaSlope: 0.5,
      temperature: T,
      domain: [-3.9, 3.9],
    }),
    {
      potential: V,
      trajectories: N,
      dt: 0.02,
      steps: 10_000,
      seed: 3,
      initial: { position: -1 },
      record: { every: 25, histogram: { from, to, bins } },
      progress: false,
    },
  );
  // Exact bin averages of the Boltzmann density, by composite Simpson
  // (200 panels per bin: error ≪ 1e-8).
  const w = (x: number) => Math.exp(-V.energy(x) / T);
  const simpson = (a: number, b: number, n: number) => {
    const h = (b - a) / n;
    let s = w(a) + w(b);
    for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * w(a + i * h);
    return s * h / 3;
  };
  const Z = simpson(-6, 6, 24_000);
  const h = run.histogram;
  if (!h) throw new Error("histogram requested");
  const width = (to - from) / bins;
  for (let b = 0; b < bins; b++) {
    const exact = simpson(h.edges[b], h.edges[b + 1], 200) / Z / width;
    // 5 standard errors (per-trajectory bin fractions), plus 2e-3 for the
    // O(dt²) configurational bias of BAOAB on an anharmonic force.
    assertClose(
      h.density[b],
      exact,
      { abs: 5 * h.standardError[b] + 2e-3 },
      `bin ${b}`,
    );
  }
});

Deno.test("markov is exact for the free Ornstein–Uhlenbeck velocity at any Γdt", async () => {
  // Free particle: B and A leave V alone, so V(t_n) must be exactly
  // N(v₀e^{−Γt}, (k_BT/M)(1 − e^{−2Γt})) however large Γdt is.
  const N = 4000;
  await fc.assert(
    fc.asyncProperty(
      fc.double({ min: 0.05, max: 5, noNaN: true }),
      fc.double({ min: 0.1, max: 3, noNaN: true }),
      fc.double({ min: 0.2, max: 4, noNaN: true }),
      fc.integer({ min: 0, max: 1000 }),
      async (gamma, T, gammaDt, seed) => {
        const dt = gammaDt / gamma, v0 = 1.5;
        const run = await simulate(toyModel({ gamma, temperature: T }), {
          potential: free(),
          trajectories: N,
          dt,
          steps: 3,
          seed,
          initial: { position: 0, velocity: v0 },
          record: { every: 1 },
          workers: 0,
          progress: false,
        });
        const mv = run.meanVelocity, ke = run.meanKineticEnergy;
        if (!mv || !ke) throw new Error("velocities are recorded");
        for (let r = 1; r < run.times.length; r++) {
          const t = run.times[r];
          const mean = v0 * Math.exp(-gamma * t);
          const variance = T * -Math.expm1(-2 * gamma * t);
          // 5 standard errors: σ/√N for the mean, σ²√(2/N) for ⟨v²⟩ − ⟨v⟩².
          assertClose(mv[r], mean, { abs: 5 * Math.sqrt(variance / N) }, "⟨v⟩");
          const v2 = 2 * ke[r] - mv[r] * mv[r];
          assertClose(v2, variance, {
            abs: 5 * variance * Math.sqrt(2 / N) + 1e-12,
          }, "var v");
        }
      },
    ),
    { numRuns: 6, seed: 17 },
  );
});

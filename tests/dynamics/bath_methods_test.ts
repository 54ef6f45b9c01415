/**
 * The "gle" and "explicit-bath" methods: energy conservation, equipartition,
 * agreement with each other for a Drude bath, the quantum FDT by simulation,
 * and heat flow between two baths.
 */
import { assertClose } from "../_assert.ts";
import { simulate } from "../../src/dynamics/simulate.ts";
import { harmonic } from "../../src/dynamics/potentials.ts";
import type { LangevinModel } from "../../src/dynamics/model.ts";
import { drude, toyModel } from "./_toy.ts";
import { oscillator } from "../../src/equilibrium/mod.ts";
import { drudeModes, windowMean } from "./_stats.ts";

Deno.test("explicit-bath conserves the total energy (symplectic, exact mode flow)", async () => {
  // One deterministic trajectory: bath at T = 0 starts at rest on its
  // displaced centres, so E_bath(0) = 0 and E_total = ½V² + V(X) + E_bath.
  const m = toyModel({ gamma: 0.5, temperature: 0, drudeCutoff: 5 });
  const dt = 0.01;
  const run = await simulate(m, {
    potential: harmonic({ frequency: 1 }),
    method: "explicit-bath",
    trajectories: 1,
    dt,
    steps: 20_000,
    initial: { position: 1, velocity: 0 },
    bath: { discretization: [drudeModes(0.5, 5, 100)] },
    record: { every: 10, trajectories: 1 },
    workers: 0,
    progress: false,
  });
  const p = run.recorded[0];
  const eb = run.baths?.energyChange[0];
  if (!eb) throw new Error("bath energies are recorded");
  let maxErr = 0;
  for (let r = 0; r < p.position.length; r++) {
    const E = 0.5 * p.velocity[r] ** 2 + 0.5 * p.position[r] ** 2 + eb[r];
    maxErr = Math.max(maxErr, Math.abs(E - 0.5));
  }
  // Strang splitting: bounded O(dt²) energy error with no drift. Its size
  // here is ~ (dt·ω)²·E plus the impulse error of the stiffest coupling,
  // measured ≈ 1e-4; 1e-3 is the stated bound (relative to E = 0.5).
  assertClose(maxErr, 0, { abs: 1e-3 }, "max |E(t) − E(0)|");
  // The particle has given most of its energy to the bath (γ = 0.5, t = 200).
  if (!(eb[eb.length - 1] > 0.45)) {
    throw new Error(`bath energy ${eb[eb.length - 1]}`);
  }
});

Deno.test("explicit-bath with the coupling off leaves particle and bath energies separate", async () => {
  const modes = drudeModes(0.5, 5, 50);
  const off = { ...modes, couplings: new Float64Array(50) };
  const m = toyModel({ gamma: 0.5, temperature: 1, drudeCutoff: 5 });
  const run = await simulate(m, {
    potential: harmonic({ frequency: 1 }),
    method: "explicit-bath",
    trajectories: 20,
    dt: 0.05,
    steps: 4000,
    seed: 2,
    bath: { discretization: [off] },
    record: { every: 40, trajectories: 20 },
    workers: 0,
    progress: false,
  });
  const eb = run.baths?.energyChange[0];
  if (!eb) throw new Error("bath energies are recorded");
  // Free modes rotate exactly: their energy (≈ 50 modes × k_BT = 50 per
  // trajectory) changes only by rounding, ≤ 1e-16 relative per step,
  // accumulated over 4000 steps: bound 1e-15 · 50 · 4000 = 2e-10.
  for (const e of eb) assertClose(e, 0, { abs: 2e-10 }, "bath energy change");
  // The particle is a Verlet oscillator: |ΔE|/E ≤ (ωdt)²/4/(1 − (ωdt)²/4).
  const h2 = 0.05 ** 2;
  for (const p of run.recorded) {
    const E0 = 0.5 * (p.velocity[0] ** 2 + p.position[0] ** 2);
    for (let r = 0; r < p.position.length; r++) {
      const E = 0.5 * (p.velocity[r] ** 2 + p.position[r] ** 2);
      if (!(Math.abs(E - E0) <= E0 * (h2 / 4) / (1 - h2 / 4) * 1.01 + 1e-14)) {
        throw new Error(`particle energy drifted: ${E} vs ${E0}`);
      }
    }
  }
});

Deno.test("gle and explicit-bath agree for a Drude bath (T = 0 relaxation)", async () => {
  // Deterministic at T = 0: the GLE with the exact Drude embedding and 400
  // explicit modes must give the same X(t) up to the splitting errors
  // (O(dt²) ≈ 1e-4) and the discretization error of γ_N(t) (equal-
  // reorganization, 400 modes, t ≤ 20: < 1e-3).
  const m = toyModel({ gamma: 0.5, temperature: 0, drudeCutoff: 5 });
  const common = {
    potential: harmonic({ frequency: 1 }),
    trajectories: 1,
    dt: 0.005,
    steps: 4000,
    initial: { position: 1, velocity: 0 },
    record: { every: 20, trajectories: 1 },
    workers: 0,
    progress: false,
  };
  const g = await simulate(m, { ...common, method: "gle" });
  const e = await simulate(m, {
    ...common,
    method: "explicit-bath",
    bath: { discretization: [drudeModes(0.5, 5, 400)] },
  });
  let d = 0;
  for (let r = 0; r < g.times.length; r++) {
    d = Math.max(
      d,
      Math.abs(g.recorded[0].position[r] - e.recorded[0].position[r]),
    );
  }
  assertClose(d, 0, { abs: 2e-3 }, "max |X_gle − X_bath|");
});

Deno.test("gle satisfies classical equipartition", async () => {
  const T = 0.7, N = 400;
  const m = toyModel({ gamma: 0.5, temperature: T, drudeCutoff: 5 });
  const run = await simulate(m, {
    potential: harmonic({ frequency: 1 }),
    method: "gle",
    trajectories: N,
    dt: 0.02,
    steps: 6000,
    seed: 4,
    record: { every: 25, window: 20, trajectories: N },
    progress: false,
  });
  // Exact classical values k_BT/(Mω²) and k_BT/M (memory does not change
  // the Boltzmann marginal); O(dt²) splitting bias ≈ 1e-4 ≪ tolerance.
  const x2 = windowMean(run, (x) => x * x);
  const v2 = windowMean(run, (_x, v) => v * v);
  assertClose(x2.mean, T, { abs: 5 * x2.se }, "⟨x²⟩");
  assertClose(v2.mean, T, { abs: 5 * v2.se }, "⟨v²⟩");
});

// Oscillator ω₀ = 1, Drude γ = 0.5, ω_c = 20, T = 0.05: the FDT moments of
// equilibrium.oscillator (⟨q²⟩ = 0.438547385887, physics.md §8; the
// classical values would be 0.05).
const fdt = oscillator({
  density: drude(0.5, 20),
  frequency: 1,
  temperature: 0.05,
});
const Q2 = fdt.positionVariance, P2 = fdt.momentumVariance;
const quantumModel = toyModel({
  gamma: 0.5,
  temperature: 0.05,
  drudeCutoff: 20,
});

Deno.test("explicit-bath with Wigner sampling reproduces the quantum ⟨q²⟩ of the FDT", async () => {
  const N = 300;
  const run = await simulate(quantumModel, {
    potential: harmonic({ frequency: 1 }),
    method: "explicit-bath",
    statistics: "quantum",
    trajectories: N,
    dt: 0.02,
    steps: 2500,
    seed: 8,
    bath: { discretization: [drudeModes(0.5, 20, 300)] },
    record: { every: 10, window: 20, trajectories: N },
    progress: false,
  });
  const q2 = windowMean(run, (x) => x * x);
  const p2 = windowMean(run, (_x, v) => v * v);
  assertClose(p2.mean, P2, { abs: 5 * p2.se }, "⟨p²⟩");
  // 5 standard errors; the 300-mode bath's reorganization is exact and its
  // kernel error on t ≤ 50 is far below this (equal-reorganization Drude).
  assertClose(q2.mean, Q2, { abs: 5 * q2.se }, "⟨q²⟩");
});

Deno.test("gle with quantum coloured noise reproduces the quantum ⟨q²⟩ of the FDT", async () => {
  const N = 300;
  const run = await simulate(quantumModel, {
    potential: harmonic({ frequency: 1 }),
    method: "gle",
    statistics: "quantum",
    trajectories: N,
    dt: 0.02,
    steps: 2500,
    seed: 8,
    record: { every: 10, window: 20, trajectories: N },
    progress: false,
  });
  const q2 = windowMean(run, (x) => x * x);
  const p2 = windowMean(run, (_x, v) => v * v);
  assertClose(p2.mean, P2, { abs: 5 * p2.se + 5e-3 }, "⟨p²⟩");
  // 5 standard errors plus 0.005 for the band limit |ω| < π/dt of the
  // sampled noise and the Riemann sum over Δω = 2π/(L dt) (both shift
  // ⟨q²⟩ by ≲ 1e-3 here).
  assertClose(q2.mean, Q2, { abs: 5 * q2.se + 5e-3 }, "⟨q²⟩");
});

Deno.test("two linear baths at T_L ≠ T_R give the exact kinetic temperature and heat current", async () => {
  const gL = 0.3, gR = 0.6, TL = 2, TR = 0.5, wc = 5, w0 = 1;
  const model: LangevinModel = {
    kind: "standard",
    mass: 1,
    noiseFollowsParticle: false,
    domain: [-Infinity, Infinity],
    baths: [
      {
        density: drude(gL, wc),
        temperature: TL,
        site: 0,
        formFactor: { kind: "linear" },
      },
      {
        density: drude(gR, wc),
        temperature: TR,
        site: 0,
        formFactor: { kind: "linear" },
      },
    ],
    friction: () => gL + gR,
    frictionGradient: () => 0,
    temperature: () => (gL * TL + gR * TR) / (gL + gR),
    temperatureGradient: () => 0,
    describe: () => ({ title: "two baths" }),
  };
  const N = 200;
  const run = await simulate(model, {
    potential: harmonic({ frequency: w0 }),
    method: "explicit-bath",
    trajectories: N,
    dt: 0.02,
    steps: 3000,
    seed: 12,
    bath: {
      discretization: [drudeModes(gL, wc, 200), drudeModes(gR, wc, 200)],
    },
    record: { every: 10, window: 15, trajectories: N },
    progress: false,
  });
  // Classical and linear, with the same Drude cutoff: the two baths act as
  // one Drude bath of γ = γ_L + γ_R at T_eff = (γ_L T_L + γ_R T_R)/γ, so
  // M⟨v²⟩ = T_eff exactly, and the heat current into bath R is
  // γ_R (T_eff − T_R) ω_c φ̂(ω_c), with φ̂(z) = z/(z² + zγ̂(z) + ω₀²) the
  // Laplace transform of the normalized velocity autocorrelation and
  // γ̂(z) = γω_c/(ω_c + z) (ω_c φ̂(ω_c) → 1 in the Markov limit).
  const g = gL + gR, Teff = (gL * TL + gR * TR) / g;
  const phi = wc / (wc * wc + wc * g * wc / (2 * wc) + w0 * w0);
  const jR = gR * (Teff - TR) * wc * phi;
  const v2 = windowMean(run, (_x, v) => v * v);
  assertClose(v2.mean, Teff, { abs: 5 * v2.se }, "kinetic temperature");
  const b = run.baths;
  if (!b) throw new Error("heat currents are recorded");
  assertClose(
    b.heatCurrent[1],
    jR,
    { abs: 5 * b.heatCurrentError[1] },
    "J into R",
  );
  const jL = gL * (Teff - TL) * wc * phi;
  assertClose(
    b.heatCurrent[0],
    jL,
    { abs: 5 * b.heatCurrentError[0] },
    "J into L",
  );
});

Deno.test("a quilt of local baths at one temperature gives Boltzmann equipartition (gle and explicit-bath)", async () => {
  // Gaussian form factors with their counterterm: the canonical marginal of
  // the particle is exp(−V/k_BT) for any u, so ⟨x²⟩ = ⟨v²⟩ = T.
  const sites = [-2, -1, 0, 1, 2];
  const T = 1, N = 200;
  const m = toyModel({
    gamma: 1,
    temperature: T,
    drudeCutoff: 5,
    quilt: { sites, width: 0.6 },
  });
  for (const method of ["gle", "explicit-bath"] as const) {
    const run = await simulate(m, {
      potential: harmonic({ frequency: 1 }),
      method,
      trajectories: N,
      dt: 0.025,
      steps: 2400,
      seed: 21,
      bath: { discretization: sites.map(() => drudeModes(1 / 5, 5, 80)) },
      record: { every: 8, window: 20, trajectories: N },
      progress: false,
    });
    const x2 = windowMean(run, (x) => x * x);
    const v2 = windowMean(run, (_x, v) => v * v);
    assertClose(x2.mean, T, { abs: 5 * x2.se }, `${method} ⟨x²⟩`);
    assertClose(v2.mean, T, { abs: 5 * v2.se }, `${method} ⟨v²⟩`);
  }
});

Deno.test("a driven bath (gCLm-I) at uniform temperature is the standard bath, by superposition", async () => {
  // With T(x) = T_ref the rescaling factors are 1 and the free + response
  // split of every mode is the same linear motion: trajectories agree to
  // rounding.
  const common = {
    potential: harmonic({ frequency: 1 }),
    trajectories: 3,
    dt: 0.02,
    steps: 1000,
    seed: 5,
    record: { every: 10, trajectories: 3 },
    workers: 0,
    progress: false,
  };
  for (const statistics of ["classical", "quantum"] as const) {
    const std = toyModel({ gamma: 0.5, temperature: 0.4, drudeCutoff: 5 });
    const drv = toyModel({
      gamma: 0.5,
      temperature: 0.4,
      drudeCutoff: 5,
      follows: true,
      domain: [-9, 9],
    });
    const a = await simulate(std, {
      ...common,
      method: "explicit-bath",
      statistics,
      bath: { discretization: [drudeModes(0.5, 5, 60)] },
    });
    const b = await simulate(drv, {
      ...common,
      method: "explicit-bath",
      statistics,
      bath: { discretization: [drudeModes(0.5, 5, 60)] },
    });
    for (let i = 0; i < 3; i++) {
      for (let r = 0; r < a.times.length; r++) {
        assertClose(b.recorded[i].position[r], a.recorded[i].position[r], {
          abs: 1e-10,
        }, `${statistics} trajectory ${i} record ${r}`);
      }
    }
    if (statistics === "quantum") {
      // gle: noise nodes spanning [T, T(1 + 1e-6)] around the uniform T.
      const g1 = await simulate(std, { ...common, method: "gle", statistics });
      const g2 = await simulate(drv, {
        ...common,
        method: "gle",
        statistics,
        noiseTemperatures: [0.4, 0.5],
      });
      for (let r = 0; r < g1.times.length; r++) {
        assertClose(g2.recorded[0].position[r], g1.recorded[0].position[r], {
          abs: 1e-10,
        }, `gle record ${r}`);
      }
    }
  }
});

Deno.test("explicit-bath converges with order 2 in dt", async () => {
  const m = toyModel({ gamma: 0.5, temperature: 0, drudeCutoff: 5 });
  const modes = drudeModes(0.5, 5, 50);
  const endPosition = async (dt: number): Promise<number> => {
    const run = await simulate(m, {
      potential: harmonic({ frequency: 1 }),
      method: "explicit-bath",
      trajectories: 1,
      dt,
      steps: Math.round(5 / dt),
      initial: { position: 1, velocity: 0 },
      bath: { discretization: [modes] },
      record: { every: Math.round(5 / dt), trajectories: 1 },
      workers: 0,
      progress: false,
    });
    return run.recorded[0].position[1];
  };
  const ref = await endPosition(0.05 / 32);
  const e1 = Math.abs((await endPosition(0.05)) - ref);
  const e2 = Math.abs((await endPosition(0.025)) - ref);
  // Strang splitting: observed order log2(e(dt)/e(dt/2)) = 2 up to
  // higher-order terms and the reference's own error (≤ 0.2 here).
  assertClose(Math.log2(e1 / e2), 2, { abs: 0.2 }, "order");
});

/**
 * Long statistical checks (run with TQ_LONG=1; fixed seeds). The default
 * suite runs shorter versions of the same identities in
 * bath_methods_test.ts and markov_test.ts.
 */
import { assertClose } from "../_assert.ts";
import { simulate } from "../../src/dynamics/simulate.ts";
import { box, harmonic } from "../../src/dynamics/potentials.ts";
import { oscillator } from "../../src/equilibrium/mod.ts";
import { drude, toyModel } from "./_toy.ts";
import { drudeModes, windowMean } from "./_stats.ts";

const ignore = !Deno.env.get("TQ_LONG");

const fdt = oscillator({
  density: drude(0.5, 20),
  frequency: 1,
  temperature: 0.05,
});
const cold = toyModel({ gamma: 0.5, temperature: 0.05, drudeCutoff: 20 });

Deno.test({
  name: "long: Wigner explicit bath matches the FDT ⟨q²⟩, ⟨p²⟩ to ~1 %",
  ignore,
  fn: async () => {
    const N = 3000;
    const run = await simulate(cold, {
      potential: harmonic({ frequency: 1 }),
      method: "explicit-bath",
      statistics: "quantum",
      trajectories: N,
      dt: 0.02,
      steps: 3000,
      seed: 101,
      bath: { discretization: [drudeModes(0.5, 20, 400)] },
      record: { every: 10, window: 20, trajectories: N },
      progress: false,
    });
    const q2 = windowMean(run, (x) => x * x);
    const p2 = windowMean(run, (_x, v) => v * v);
    // 5 standard errors (≈ 0.003 for ⟨q²⟩ at this N).
    assertClose(q2.mean, fdt.positionVariance, { abs: 5 * q2.se }, "⟨q²⟩");
    assertClose(p2.mean, fdt.momentumVariance, { abs: 5 * p2.se }, "⟨p²⟩");
  },
});

Deno.test({
  name: "long: quantum-noise gle matches the FDT ⟨q²⟩, ⟨p²⟩",
  ignore,
  fn: async () => {
    const N = 3000;
    const run = await simulate(cold, {
      potential: harmonic({ frequency: 1 }),
      method: "gle",
      statistics: "quantum",
      trajectories: N,
      dt: 0.01,
      steps: 6000,
      seed: 102,
      record: { every: 20, window: 20, trajectories: N },
      progress: false,
    });
    const q2 = windowMean(run, (x) => x * x);
    const p2 = windowMean(run, (_x, v) => v * v);
    // 5 standard errors plus 0.005 for the band limit π/dt and the FFT grid.
    assertClose(
      q2.mean,
      fdt.positionVariance,
      { abs: 5 * q2.se + 5e-3 },
      "⟨q²⟩",
    );
    assertClose(
      p2.mean,
      fdt.momentumVariance,
      { abs: 5 * p2.se + 5e-3 },
      "⟨p²⟩",
    );
  },
});

Deno.test({
  name: "long: markov in the small-mass limit gives the Itô box mean",
  ignore,
  fn: async () => {
    // M = 0.05, Γ = 20 (so MΓ = 1 as in the overdamped test): the inertial
    // equation's small-mass limit is Itô (physics.md §7), ⟨x⟩ = 1/ln 2 − 1,
    // with corrections O(M) in the velocity relaxation length √(T/M)/Γ ≈ 0.2·L.
    const m = toyModel({
      mass: 0.05,
      gamma: 20,
      temperature: 1,
      gradient: 1,
      domain: [0, 1],
    });
    const N = 400;
    const run = await simulate(m, {
      potential: box({ from: 0, to: 1 }),
      trajectories: N,
      dt: 2e-4,
      steps: 10_000,
      seed: 103,
      initial: { position: 0.5 },
      record: { every: 50, window: 0.4, trajectories: N },
      progress: false,
    });
    const mean = windowMean(run, (x) => x);
    // 5 standard errors plus 0.01 for the finite-mass correction.
    assertClose(
      mean.mean,
      1 / Math.log(2) - 1,
      { abs: 5 * mean.se + 0.01 },
      "⟨x⟩",
    );
  },
});

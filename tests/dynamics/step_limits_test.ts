/**
 * Limits of the bath integrators: walls fold jumps of any length back into
 * the box, and time steps (or run lengths) outside an integrator's validity
 * throw a RangeError naming dt and the bound instead of returning a wrong
 * result.
 */
import { simulate } from "../../src/dynamics/simulate.ts";
import { box, harmonic } from "../../src/dynamics/potentials.ts";
import { assertThrowsWith } from "../_assert.ts";
import { toyModel } from "./_toy.ts";
import { foldIntoBox, wallCrossings } from "../../src/dynamics/_walls.ts";

/** Awaits a promise that must reject with `cls` and a message matching `pattern`. */
async function rejectsWith(
  p: Promise<unknown>,
  cls: new (...a: never[]) => Error,
  pattern: RegExp,
): Promise<void> {
  let error: unknown;
  try {
    await p;
  } catch (e) {
    error = e;
  }
  assertThrowsWith(
    () => {
      throw error ?? new Error("no rejection");
    },
    cls,
    pattern,
  );
}

Deno.test("foldIntoBox reflects repeatedly: images of the box fold back with the right parity", () => {
  // Exact in binary: box [0, 1], jumps of several box lengths.
  const cases: [number, number, number][] = [
    // x, folded, crossings
    [0.25, 0.25, 0],
    [1.25, 0.75, 1],
    [2.25, 0.25, 2],
    [-0.25, 0.25, -1],
    [-1.25, 0.75, -2],
    [7.5, 0.5, 7],
  ];
  for (const [x, y, k] of cases) {
    if (foldIntoBox(x, 0, 1) !== y || wallCrossings(x, 0, 1) !== k) {
      throw new Error(
        `fold(${x}) = ${foldIntoBox(x, 0, 1)}, ${wallCrossings(x, 0, 1)}`,
      );
    }
  }
});

for (
  const method of ["gle", "explicit-bath", "markov", "overdamped"] as const
) {
  Deno.test(`${method}: a particle stays in a box shorter than one step's flight`, async () => {
    // Box of width 1e-3, thermal speed ~1, dt = 0.01: every half step flies
    // ~5 box lengths (the overdamped step ~200); one mirror reflection per
    // (half) step left X outside (before the fold, markov: 9659 of 10020
    // samples outside, max|X| = 4.6; overdamped: 9994, max|X| = 11.7).
    const m = toyModel({ gamma: 0.5, temperature: 1, drudeCutoff: 5 });
    const run = await simulate(m, {
      potential: box({ from: 0, to: 1e-3 }),
      method,
      trajectories: 20,
      dt: 0.01,
      steps: 500,
      seed: 4,
      workers: 0,
      progress: false,
      ...(method === "gle" || method === "explicit-bath"
        ? { bath: { modes: 50 } }
        : method === "overdamped"
        ? { convention: "ito" as const }
        : {}),
      initial: { position: 5e-4 },
      record: { every: 1, trajectories: 20 },
    });
    let outside = 0, worst = 0, samples = 0;
    for (const p of run.recorded) {
      for (const x of p.position) {
        samples++;
        if (!(x >= 0 && x <= 1e-3)) {
          outside++;
          worst = Math.max(worst, Math.abs(x));
        }
      }
    }
    if (outside > 0) {
      throw new Error(
        `${outside} of ${samples} samples left the box [0, 1e-3], max|X| = ${worst}`,
      );
    }
  });
}

Deno.test("explicit-bath rejects dt beyond its stiffness bound dt·√(γ_N(0)) ≤ 0.2", async () => {
  // Standard model, γ = 30, ω_c = 300, 60 modes, dt = 0.01: dt·√(γω_c) ≈ 0.95;
  // this run heated the particle and at dt = 0.02 flew out of a unit box.
  const m = toyModel({ gamma: 30, temperature: 1, drudeCutoff: 300 });
  await rejectsWith(
    simulate(m, {
      potential: box({ from: 0, to: 1 }),
      method: "explicit-bath",
      bath: { modes: 60 },
      dt: 0.01,
      steps: 1000,
      workers: 0,
      progress: false,
    }),
    RangeError,
    /explicit-bath.*dt·√κ ≤ 0\.2.*dt = 0\.01.*use dt ≤ 0\.0021/,
  );
});

Deno.test("gle rejects dt beyond ω_c·dt ≤ 0.5", async () => {
  const m = toyModel({ gamma: 2, temperature: 1, drudeCutoff: 200 });
  await rejectsWith(
    simulate(m, {
      potential: harmonic({ frequency: 1 }),
      method: "gle",
      dt: 0.01,
      steps: 1000,
      workers: 0,
      progress: false,
    }),
    RangeError,
    /gle.*r·dt ≤ 0\.5.*r = 200, dt = 0\.01.*use dt ≤ 0\.0025/,
  );
});

Deno.test("a driven explicit bath (gCLm-I) rejects runs longer than its modes reproduce γ(t)", async () => {
  // γ = 10, ω_c = 100, 60 modes: 2π/(ω₂ − ω₁) ≈ 2.4, run 20: the response
  // modes pumped by the agent heated the particle (measured M⟨v²⟩ ≈ 1.6–1.8
  // flat across a trap where T(x) runs from 0.6 to 2.4).
  const m = toyModel({
    gamma: 10,
    temperature: 1.5,
    gradient: 0.3,
    drudeCutoff: 100,
    follows: true,
    domain: [-4.9, 4.9],
  });
  await rejectsWith(
    simulate(m, {
      potential: harmonic({ frequency: 1 }),
      method: "explicit-bath",
      bath: { modes: 60 },
      dt: 0.002,
      steps: 10000,
      workers: 0,
      progress: false,
    }),
    RangeError,
    /driven bath.*60 modes.*2π\/\(ω₂ − ω₁\) = 2\.40.*steps·dt = 20/,
  );
});

for (const method of ["gle", "explicit-bath"] as const) {
  Deno.test(`${method}: quantum noise in a box the particle crosses often is rejected (zero-point energy leakage)`, async () => {
    // Box [0, 1], Drude γ = 2, ω_c = 10, T = 0.05: M⟨v²⟩ came out ≈ 6
    // (both methods) instead of the FDT's ≈ 1.4; the particle hits a wall
    // ~0.8 times per 1/Γ. In a box of width 20 around the start it never
    // does in this run, and the same run is accepted.
    const m = toyModel({ gamma: 2, temperature: 0.05, drudeCutoff: 10 });
    const run = (L: number) =>
      simulate(m, {
        potential: box({ from: -L / 2, to: L / 2 }),
        method,
        statistics: "quantum",
        trajectories: 20,
        dt: 0.01,
        steps: 1000,
        seed: 5,
        workers: 0,
        progress: false,
        bath: { modes: 100 },
      });
    await rejectsWith(
      run(1),
      RangeError,
      /quantum noise with hard walls.*ν\/Γ = .* above 0\.01.*zero-point energy leakage/,
    );
    await run(20);
  });
}

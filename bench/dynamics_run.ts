/**
 * Times `simulate` for the dynamics comparison and prints JSON on stdout:
 * wall and process-CPU nanoseconds per trajectory-step of
 *
 * - the Markov ensemble (BAOAB, harmonic trap ω₀ = 1, constant Γ = 1,
 *   linear T(x) = 1 + 0.1x), on the main thread and on 2 workers (the
 *   first, cold call that starts the worker pool, then the median of three
 *   warm calls);
 * - the explicit-bath ensemble (one Drude bath, N modes), main thread.
 *
 * Run: deno run -A bench/dynamics_run.ts [trajectories] [steps]
 * (defaults 10⁴ × 10⁴; bench/dynamics_compare.py calls it next to numpy).
 */
import process from "node:process";
import { simulate } from "../src/dynamics/simulate.ts";
import { harmonic } from "../src/dynamics/potentials.ts";
import type { LangevinModel } from "../src/dynamics/model.ts";
import { ohmic } from "../src/spectral/mod.ts";
import { discretize } from "../src/bath/mod.ts";

const TRAJ = Number(Deno.args[0] ?? 10_000);
const STEPS = Number(Deno.args[1] ?? 10_000);

/** Builds the benchmark model (also the workers' recipe target). */
export function benchModel(d: { bath?: boolean }): LangevinModel {
  const density = ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 5 } });
  return {
    kind: "standard",
    mass: 1,
    baths: d.bath
      ? [{ density, temperature: 1, site: 0, formFactor: { kind: "linear" } }]
      : [],
    noiseFollowsParticle: false,
    domain: [-9, 9],
    friction: () => 1,
    frictionGradient: () => 0,
    temperature: (x) => 1 + 0.1 * x,
    temperatureGradient: () => 0.1,
    forms: {
      friction: { kind: "constant", value: 1 },
      temperature: { kind: "linear", value: 1, gradient: 0.1, at: 0 },
    },
    recipe: { module: import.meta.url, exportName: "benchModel", data: d },
    describe: () => ({ title: "benchmark model" }),
  };
}

const cpuNs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1e3;
};

async function time(
  f: () => Promise<unknown>,
  work: number,
): Promise<{ wall: number; cpu: number }> {
  const c0 = cpuNs(), t0 = performance.now();
  await f();
  return {
    wall: (performance.now() - t0) * 1e6 / work,
    cpu: (cpuNs() - c0) / work,
  };
}

if (import.meta.main) {
  const out: Record<string, unknown> = {};
  const model = benchModel({});
  const markov = (workers: number, trajectories = TRAJ) =>
    simulate(model, {
      potential: harmonic({ frequency: 1 }),
      trajectories,
      dt: 0.01,
      steps: STEPS,
      seed: 1,
      workers,
      record: { every: 100 },
      progress: false,
    });
  await markov(0, Math.max(64, Math.round(TRAJ / 100))); // warm-up (JIT)
  const main = await time(() => markov(0), TRAJ * STEPS);
  // The first 2-worker call of a process starts the pool's threads; later
  // calls reuse them (the pool is the library's, not the benchmark's).
  const cold = await time(() => markov(2), TRAJ * STEPS);
  const warm = [];
  for (let r = 0; r < 3; r++) {
    warm.push(await time(() => markov(2), TRAJ * STEPS));
  }
  out.markov = {
    trajectories: TRAJ,
    steps: STEPS,
    main,
    workers2cold: cold,
    // Median of three warm calls.
    workers2: warm.sort((a, b) => a.wall - b.wall)[1],
  };
  const explicit: Record<string, unknown> = {};
  for (const n of [10, 100, 1000]) {
    const traj = Math.max(20, Math.round(2e7 / (n * 1000)));
    const steps = 1000;
    const m = benchModel({ bath: true });
    // Discretized once, outside the timing (numpy's closed form is free too).
    const modes = discretize(m.baths[0].density, { modes: n });
    const run = () =>
      simulate(m, {
        potential: harmonic({ frequency: 1 }),
        method: "explicit-bath",
        trajectories: traj,
        dt: 0.01,
        steps,
        seed: 1,
        workers: 0,
        bath: { discretization: [modes] },
        record: { every: 100 },
        progress: false,
      });
    await run();
    explicit[n] = {
      trajectories: traj,
      steps,
      main: await time(run, traj * steps),
    };
  }
  out.explicit = explicit;
  console.log(JSON.stringify(out));
}

/**
 * Times `simulate` for the dynamics comparison and prints JSON on stdout:
 * wall and process-CPU nanoseconds per trajectory-step of
 *
 * - the Markov ensemble (BAOAB, harmonic trap ω₀ = 1, constant Γ = 1,
 *   linear T(x) = 1 + 0.1x), on the main thread and on 2 workers (the
 *   first, cold call that starts the worker pool, then the median of three
 *   warm calls);
 * - the explicit-bath ensemble (one Drude bath, N modes), main thread;
 * - the process memory after Markov runs of 10³ to 10⁵ steps.
 *
 * Run: deno run -A bench/dynamics_run.ts [trajectories] [steps]
 * (defaults 10⁴ × 10⁴; bench/dynamics_compare.py calls it next to numpy).
 */
import process from "node:process";
import { simulate } from "../src/dynamics/simulate.ts";
import { harmonic } from "../src/dynamics/potentials.ts";
import { benchBathModel, benchModel } from "./_model.ts";
import { ohmic } from "../src/spectral/mod.ts";
import { discretize } from "../src/bath/mod.ts";

const TRAJ = Number(Deno.args[0] ?? 10_000);
const STEPS = Number(Deno.args[1] ?? 10_000);

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
  const model = benchModel();
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
    const density = ohmic({
      gamma: 1,
      cutoff: { kind: "drude", frequency: 5 },
    });
    const m = benchBathModel(density);
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
  // Memory against the number of steps: 10³ trajectories, 10³ … 10⁵ steps,
  // 100 records each (the streamed statistics do not grow with the steps).
  const memory: Record<string, unknown> = {};
  for (const steps of [1_000, 10_000, 100_000]) {
    await simulate(model, {
      potential: harmonic({ frequency: 1 }),
      trajectories: 1000,
      dt: 0.01,
      steps,
      seed: 1,
      workers: 0,
      record: { every: steps / 100 },
      progress: false,
    });
    const m = Deno.memoryUsage();
    memory[steps] = { rss: m.rss, heapUsed: m.heapUsed };
  }
  out.memory = memory;
  console.log(JSON.stringify(out));
}

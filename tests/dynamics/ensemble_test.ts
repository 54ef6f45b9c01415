/**
 * Ensemble mechanics: seed reproducibility, worker-count invariance, the
 * worker pool, progress, cancellation and input validation.
 */
import { deepStrictEqual, notDeepStrictEqual } from "node:assert/strict";
import { assertClose, assertThrowsWith } from "../_assert.ts";
import { type RandomGenerator, randomStream } from "../../src/random/mod.ts";
import { simulate, type SimulateOptions } from "../../src/dynamics/simulate.ts";
import { box, custom, harmonic } from "../../src/dynamics/potentials.ts";
import type { SimulationResult } from "../../src/dynamics/result.ts";
import { poolStats } from "../../src/dynamics/_pool.ts";
import { toyModel } from "./_toy.ts";
import { drudeModes } from "./_stats.ts";

const model = toyModel({
  gamma: 1,
  temperature: 1,
  gradient: 0.2,
  domain: [-4, 4],
});
const base: SimulateOptions = {
  potential: box({ from: -2, to: 2 }),
  trajectories: 200,
  dt: 0.02,
  steps: 1500,
  seed: 42,
  record: {
    every: 50,
    histogram: { from: -2, to: 2, bins: 8 },
    velocityHistogram: { from: -3, to: 3, bins: 6 },
    trajectories: 3,
  },
  progress: false,
};

function fingerprint(r: SimulationResult): unknown {
  return {
    x: r.meanPosition,
    v: r.positionVariance,
    k: r.meanKineticEnergy,
    h: r.histogram,
    vh: r.velocityHistogram,
    kt: r.kineticTemperature,
    paths: r.recorded,
  };
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

Deno.test("the same seed gives bit-identical results on 0, 1 and 2 workers", async () => {
  // 200 × 1500 = 3e5 trajectory-steps: above the main-thread threshold.
  const a = await simulate(model, { ...base, workers: 0 });
  const b = await simulate(model, { ...base, workers: 1 });
  const c = await simulate(model, { ...base, workers: 2 });
  deepStrictEqual(a.timing.workers, 0);
  deepStrictEqual(c.timing.workers, 2);
  deepStrictEqual(fingerprint(a), fingerprint(b));
  deepStrictEqual(fingerprint(a), fingerprint(c));
});

Deno.test("overdamped and gle results do not depend on the worker count", async () => {
  const m = toyModel({
    gamma: 1,
    temperature: 1,
    gradient: 0.2,
    domain: [-4, 4],
    drudeCutoff: 5,
  });
  for (const method of ["overdamped", "gle"] as const) {
    const o: SimulateOptions = { ...base, method, convention: "stratonovich" };
    const a = await simulate(m, { ...o, workers: 0 });
    const b = await simulate(m, { ...o, workers: 2 });
    deepStrictEqual(b.timing.workers, 2);
    deepStrictEqual(fingerprint(a), fingerprint(b));
  }
});

Deno.test("the inline harmonic BAOAB kernel gives the bits of the same force through the general one, on 0 and 2 workers", async () => {
  // harmonic() takes the specialized kernel (force inline, no walls); a
  // custom potential with the same expression takes the general kernel.
  const m = toyModel({ gamma: 1.3, temperature: 0.8, gradient: 0.1 });
  const o: SimulateOptions = {
    potential: harmonic({ frequency: 1.5, center: 0.25 }),
    trajectories: 105, // not a multiple of the 8 lanes; 3.15e5 steps in all, above the main-thread threshold
    dt: 0.01,
    steps: 3000,
    seed: 5,
    record: {
      every: 100,
      histogram: { from: -3, to: 3, bins: 6 },
      trajectories: 2,
    },
    progress: false,
  };
  const k = 1 * 1.5 * 1.5, c = 0.25; // as harmonic() computes M ω₀²
  const general = await simulate(m, {
    ...o,
    potential: custom({
      energy: (x) => 0.5 * k * (x - c) * (x - c),
      force: (x) => -k * (x - c),
    }),
    workers: 0,
  });
  const inline0 = await simulate(m, { ...o, workers: 0 });
  const inline2 = await simulate(m, { ...o, workers: 2 });
  deepStrictEqual(inline2.timing.workers, 2);
  deepStrictEqual(fingerprint(inline0), fingerprint(general));
  deepStrictEqual(fingerprint(inline2), fingerprint(general));
});

Deno.test("explicit-bath results do not depend on the worker count", async () => {
  const m = toyModel({ gamma: 0.5, temperature: 0.3, drudeCutoff: 5 });
  const o: SimulateOptions = {
    potential: harmonic({ frequency: 1 }),
    method: "explicit-bath",
    statistics: "quantum",
    trajectories: 40,
    dt: 0.05,
    steps: 5000,
    seed: 9,
    bath: { discretization: [drudeModes(0.5, 5, 20)] },
    record: { every: 100 },
    progress: false,
  };
  const a = await simulate(m, { ...o, workers: 0 });
  const b = await simulate(m, { ...o, workers: 2 });
  deepStrictEqual(fingerprint(a), fingerprint(b));
  deepStrictEqual(a.baths, b.baths);
});

/** Waits until `n` pooled workers are idle (at most `ms` ms). */
async function poolIdle(n: number, ms = 20_000): Promise<void> {
  const until = performance.now() + ms;
  while (poolStats().idle < n) {
    if (performance.now() > until) {
      throw new Error(`pool: ${JSON.stringify(poolStats())}, wanted ${n} idle`);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}

Deno.test("a second run on 2 workers reuses the idle pool and gives the same bits", async () => {
  const main = await simulate(model, { ...base, workers: 0 });
  const first = await simulate(model, { ...base, workers: 2 });
  await poolIdle(2);
  const { created } = poolStats();
  // Warm workers start at once: the main thread computes no block.
  const second = await simulate(model, { ...base, workers: 2 });
  deepStrictEqual(poolStats().created, created);
  deepStrictEqual(second.timing.workers, 2);
  deepStrictEqual(fingerprint(first), fingerprint(main));
  deepStrictEqual(fingerprint(second), fingerprint(main));
});

Deno.test("an aborted run drops its workers from the pool and the next run gives the same bits", async () => {
  const main = await simulate(model, { ...base, workers: 0 });
  await simulate(model, { ...base, workers: 2 });
  await poolIdle(2);
  // Abort on the first progress report: a warm worker is mid-run.
  const controller = new AbortController();
  const reason = new Error("stop");
  const e = await rejection(simulate(model, {
    ...base,
    trajectories: 4000,
    steps: 5000,
    workers: 2,
    signal: controller.signal,
    progress: () => ({
      update: (d) => {
        if (d > 0) controller.abort(reason);
      },
      finish: () => {},
    }),
  }));
  deepStrictEqual(e, reason);
  deepStrictEqual([poolStats().idle, poolStats().finishing], [0, 0]);
  const { created } = poolStats();
  const after = await simulate(model, { ...base, workers: 2 });
  deepStrictEqual(poolStats().created, created + 2);
  deepStrictEqual(fingerprint(after), fingerprint(main));
});

Deno.test("concurrent runs share the pool, and aborting one leaves the other's bits intact", async () => {
  const main = await simulate(model, { ...base, workers: 0 });
  const other = { ...base, seed: 7 };
  const otherMain = await simulate(model, { ...other, workers: 0 });
  const controller = new AbortController();
  const reason = new Error("stop");
  // 4000 × 10⁵ steps take seconds: still running when aborted below.
  const aborted = rejection(simulate(model, {
    ...base,
    trajectories: 4000,
    steps: 100_000,
    workers: 2,
    signal: controller.signal,
  }));
  const [a, b] = await Promise.all([
    simulate(model, { ...base, workers: 2 }),
    simulate(model, { ...other, workers: 2 }),
  ]);
  controller.abort(reason);
  deepStrictEqual(await aborted, reason);
  deepStrictEqual(fingerprint(a), fingerprint(main));
  deepStrictEqual(fingerprint(b), fingerprint(otherMain));
  const after = await simulate(model, { ...other, workers: 2 });
  deepStrictEqual(fingerprint(after), fingerprint(otherMain));
});

Deno.test("a script running simulate on 2 workers exits by itself", async () => {
  const src = (p: string) => new URL(p, import.meta.url).href;
  const dir = await Deno.makeTempDir();
  const script = `${dir}/run.ts`;
  await Deno.writeTextFile(
    script,
    `import { simulate } from "${src("../../src/dynamics/simulate.ts")}";
import { box } from "${src("../../src/dynamics/potentials.ts")}";
import { poolStats } from "${src("../../src/dynamics/_pool.ts")}";
import { toyModel } from "${src("./_toy.ts")}";
const model = toyModel({ gamma: 1, temperature: 1, domain: [-4, 4] });
const o = { potential: box({ from: -2, to: 2 }), trajectories: 200, dt: 0.02,
  steps: 1500, workers: 2, progress: false };
await simulate(model, o);
while (poolStats().idle < 2) await new Promise((r) => setTimeout(r, 5));
const r = await simulate(model, o); // on the warm pool, then nothing is left to do
console.log("done", r.timing.workers);
`,
  );
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", script],
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  let out = "", doneAt = NaN;
  const decoder = new TextDecoder();
  // Kill a child that hangs (the old Web Workers kept it alive for ever).
  const kill = setTimeout(() => child.kill(), 30_000);
  for await (const chunk of child.stdout) {
    out += decoder.decode(chunk);
    if (Number.isNaN(doneAt) && out.includes("\n")) doneAt = performance.now();
  }
  const status = await child.status;
  const exitMs = performance.now() - doneAt;
  clearTimeout(kill);
  await Deno.remove(dir, { recursive: true });
  deepStrictEqual([out, status.code], ["done 2\n", 0]);
  // The exit needs no timer or worker: 3 s covers a loaded machine.
  if (!(exitMs < 3000)) {
    throw new Error(`the process exited ${exitMs} ms after its work`);
  }
});

Deno.test("trajectory i depends only on (seed, i)", async () => {
  const few = await simulate(model, {
    ...base,
    trajectories: 3,
    workers: 0,
  });
  const many = await simulate(model, { ...base, workers: 0 });
  // The kept paths are the first three trajectories in both runs.
  deepStrictEqual(few.recorded, many.recorded);
  const other = await simulate(model, { ...base, seed: 43, workers: 0 });
  notDeepStrictEqual(other.recorded, many.recorded);
});

Deno.test("progress reaches the total and an AbortSignal cancels", async () => {
  let last = 0, total = 0, finished = false;
  await simulate(model, {
    ...base,
    workers: 0,
    progress: (s) => {
      total = s.total;
      return {
        update: (d) => (last = d),
        finish: () => (finished = true),
      };
    },
  });
  deepStrictEqual([last, finished], [total, true]);

  const controller = new AbortController();
  // 4000 × 5·10⁴ steps take longer than 50 ms on a warm pool too.
  const pending = simulate(model, {
    ...base,
    trajectories: 4000,
    steps: 50_000,
    signal: controller.signal,
  });
  setTimeout(() => controller.abort(new Error("stop")), 50);
  const e = await rejection(pending);
  deepStrictEqual((e as Error).message, "stop");

  const onMain = simulate(model, {
    ...base,
    potential: custom({ energy: () => 0, force: () => 0, walls: [-2, 2] }),
    trajectories: 4000,
    signal: AbortSignal.abort(),
  });
  const e2 = await rejection(onMain);
  deepStrictEqual((e2 as Error).name, "AbortError");
});

Deno.test("progress on a warm pool of 2 workers counts every trajectory exactly once", async () => {
  // On a warm pool the main thread computes no block, so every count comes
  // from the workers' reports: a block's last trajectories ride on its
  // sums, and a count lost or doubled there shows in the final update.
  const o = { ...base, trajectories: 333, steps: 4000, workers: 2 };
  await simulate(model, o);
  await poolIdle(2);
  const seen: number[] = [];
  let total = NaN;
  await simulate(model, {
    ...o,
    progress: (s) => {
      total = s.total;
      return { update: (d) => seen.push(d), finish: () => {} };
    },
  });
  deepStrictEqual(total, 333 * 4000);
  deepStrictEqual(seen.at(-1), total);
  // Each update adds the trajectories done since the previous one.
  deepStrictEqual(seen.every((d, i) => i === 0 || d > seen[i - 1]), true);
});

Deno.test("simulate validates its options with named errors", async () => {
  const cases: [
    Partial<SimulateOptions>,
    new (...a: never[]) => Error,
    RegExp,
  ][] = [
    [{ dt: -1 }, RangeError, /`dt` must be > 0, but got -1/],
    [{ steps: 1.5 }, RangeError, /`steps` must be an integer ≥ 1, but got 1.5/],
    [
      { statistics: "quantum" },
      RangeError,
      /use method "gle" or "explicit-bath"/,
    ],
    [{ method: "gle" }, RangeError, /at least one bath/],
    [
      { initial: { position: 3 } },
      RangeError,
      /between the walls \[-2, 2\], but got 3/,
    ],
    [{ record: { every: 5000 } }, RangeError, /`record.every` must be ≤ steps/],
    [
      { record: { histogram: { from: 1, to: 0, bins: 3 } } },
      RangeError,
      /`record.histogram.to` must be > `record.histogram.from`/,
    ],
  ];
  for (const [o, cls, pattern] of cases) {
    const e = await rejection(
      simulate(model, { ...base, ...o } as SimulateOptions),
    );
    assertThrowsWith(
      () => {
        throw e;
      },
      cls,
      pattern,
    );
  }
});

Deno.test("a trajectory leaving the model's domain stops the run with its index and time", async () => {
  const narrow = toyModel({ gamma: 1, temperature: 1, domain: [-0.5, 0.5] });
  // On 2 workers (200 × 2000 steps, above the main-thread threshold) the
  // error comes from a worker or from the main thread while workers start.
  for (const [workers, trajectories] of [[0, 2], [2, 200]]) {
    const e = await rejection(
      simulate(narrow, {
        potential: harmonic({ frequency: 0.1 }),
        trajectories,
        dt: 0.05,
        steps: 2000,
        workers,
        progress: false,
      }),
    );
    assertThrowsWith(
      () => {
        throw e;
      },
      RangeError,
      /trajectory \d+ left the model's domain \[-0.5, 0.5\] at t = /,
    );
  }
});

Deno.test("a RangeError thrown in a warm pooled worker reaches the caller as a RangeError", async () => {
  const narrow = toyModel({ gamma: 1, temperature: 1, domain: [-0.5, 0.5] });
  const o: SimulateOptions = {
    potential: harmonic({ frequency: 0.1 }),
    trajectories: 200,
    dt: 0.05,
    steps: 2000,
    workers: 2,
    progress: false,
  };
  await simulate(model, { ...base, workers: 2 });
  await poolIdle(2);
  // Both workers warm: the main thread runs no block, a worker throws.
  const e = await rejection(simulate(narrow, o));
  assertThrowsWith(
    () => {
      throw e;
    },
    RangeError,
    /trajectory \d+ left the model's domain \[-0.5, 0.5\] at t = /,
  );
});

Deno.test("random.generator selects the streams: explicit default = omitted, threefry4x32-20 changes the draws on any worker count", async () => {
  const omitted = await simulate(model, { ...base, workers: 0 });
  const explicit = await simulate(model, {
    ...base,
    workers: 0,
    random: { generator: "xoshiro128**" },
  });
  deepStrictEqual(fingerprint(explicit), fingerprint(omitted));
  const old = { ...base, random: { generator: "threefry4x32-20" as const } };
  const a = await simulate(model, { ...old, workers: 0 });
  const b = await simulate(model, { ...old, workers: 2 });
  deepStrictEqual(b.timing.workers, 2);
  deepStrictEqual(fingerprint(a), fingerprint(b));
  notDeepStrictEqual(fingerprint(a), fingerprint(omitted));
  // The initial Maxwell velocity is √(T/M) times the stream's first normal,
  // so the ratio of the two runs' V(0) is the ratio of the two generators'
  // first normals of stream (42, 0); each side is one multiply (and the
  // normals exact), so 1e-14 relative allows a few roundings.
  const p = a.recorded[0], q = omitted.recorded[0];
  const ratio = randomStream(42, p.index, { generator: "threefry4x32-20" })
    .normal() / randomStream(42, q.index).normal();
  assertClose(p.velocity[0] / q.velocity[0], ratio, { rel: 1e-14 });
  const rejected = await rejection(simulate(model, {
    ...base,
    workers: 0,
    random: { generator: "mt19937" as unknown as RandomGenerator },
  }));
  assertThrowsWith(
    () => {
      throw rejected;
    },
    RangeError,
    /random\.generator.*threefry4x32-20.*"mt19937"/,
  );
});

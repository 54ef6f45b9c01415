/**
 * Worker entry of `simulate` (a `node:worker_threads` worker of the pool in
 * `_pool.ts`): for each request it rebuilds the model from its recipe and
 * the potential from its spec, takes blocks from the shared counter one at
 * a time until none is left, posting each block's sums back, then reports
 * itself idle and waits for the next request. Private.
 *
 * Messages in: `{ id, plan, counter }`, served in order. Out, each tagged
 * with the request's `id`: `{ type: "progress", trajectories }`,
 * `{ type: "sums", sums, trajectories }` (the block's trajectories not yet
 * reported), `{ type: "error", message, name }`, and last
 * for every request `{ type: "idle" }`.
 *
 * @module
 */
import { type MessagePort, parentPort } from "node:worker_threads";
import type { LangevinModel, ModelRecipe } from "./model.ts";
import { fromSpec, type Potential } from "./potentials.ts";
import type { BlockSums, Plan } from "./_plan.ts";
import { type BlockRunner, blockRunner } from "./_run.ts";

/**
 * The request the worker accepts. `counter` is shared with the dispatcher:
 * slot 0 is the next block to run (taken with Atomics.add), slot 1 counts
 * the workers that have started. `id` tags every reply to this request.
 */
export interface WorkerRequest {
  readonly id: number;
  readonly plan: Plan;
  readonly counter: Int32Array;
}

/** What the worker reports about one request. */
export type Report =
  | { type: "progress"; trajectories: number }
  | { type: "sums"; sums: BlockSums; trajectories: number }
  | { type: "error"; name: string; message: string }
  | { type: "idle" };

/** Messages the worker sends: a report and the id of its request. */
export type WorkerReply = Report & { id: number };

function connect(): MessagePort {
  if (parentPort === null) {
    throw new Error(
      "src/dynamics/_worker.ts is the entry of a node:worker_threads worker, not a module to import",
    );
  }
  return parentPort;
}
const port = connect();

/**
 * Canonical text of recipe data, or undefined when the data holds anything
 * but plain arrays, plain objects, strings, booleans, null and numbers
 * (then the model is not cached). Unlike JSON it keeps ±Infinity, NaN and
 * −0 apart from null and 0, so two recipes with the same key build the
 * same model.
 */
function canonical(v: unknown): string | undefined {
  if (v === null || typeof v === "boolean") return String(v);
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (Array.isArray(v)) {
    const parts: string[] = [];
    for (const x of v) {
      const c = canonical(x);
      if (c === undefined) return undefined;
      parts.push(c);
    }
    return `[${parts.join(",")}]`;
  }
  if (typeof v === "object") {
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return undefined;
    const parts: string[] = [];
    for (const k of Object.keys(v).sort()) {
      const c = canonical((v as Record<string, unknown>)[k]);
      if (c === undefined) return undefined;
      parts.push(`${JSON.stringify(k)}:${c}`);
    }
    return `{${parts.join(",")}}`;
  }
  return undefined;
}

/** The last model built, by recipe key: consecutive runs reuse it. */
let cached: { key: string; model: LangevinModel } | undefined;

async function rebuild(recipe: ModelRecipe): Promise<LangevinModel> {
  const data = canonical(recipe.data);
  const key = data === undefined
    ? undefined
    : `${recipe.module}\n${recipe.exportName}\n${data}`;
  if (key !== undefined && cached?.key === key) return cached.model;
  const mod = await import(recipe.module) as Record<string, unknown>;
  const factory = mod[recipe.exportName];
  if (typeof factory !== "function") {
    throw new TypeError(
      `Cannot rebuild the model in a worker: ${recipe.module} has no function export \`${recipe.exportName}\``,
    );
  }
  const model = factory(recipe.data) as LangevinModel;
  cached = key === undefined ? undefined : { key, model };
  return model;
}

/**
 * Least wall-clock milliseconds between two progress reports of a worker.
 * Reporting every few trajectories (the compiled Markov kernel finishes 16
 * at once) cost ≈ 1250 messages per 10⁴ trajectories, each serialized here
 * and handled on the main thread; a block's last trajectories ride on its
 * sums report instead.
 */
const PROGRESS_MS = 20;

/**
 * Progress of the request being served: trajectories finished since the
 * last report, when that report was posted, and where reports go.
 */
const progress = {
  done: 0,
  since: 0,
  post: (_report: Report): void => {},
};

/**
 * The kernels' per-trajectory callback: one function for the worker's
 * lifetime, not a closure per block or request, because the kernels'
 * optimized code speculates on the callback they call. With a new closure
 * per block, V8 deoptimized the compiled Markov kernel's driver 25 times
 * over a cold and six warm 10⁴ × 10⁴ runs (none with this function), and
 * a warm 2-worker run took ≈ 280 ms instead of ≈ 265 ms.
 */
function countTrajectory(): void {
  if (
    ++progress.done % 8 === 0 &&
    performance.now() - progress.since >= PROGRESS_MS
  ) {
    progress.post({ type: "progress", trajectories: progress.done });
    progress.done = 0;
    progress.since = performance.now();
  }
}

/** Runs blocks taken from the shared counter until none is left. */
function runBlocks(
  runBlock: BlockRunner,
  plan: Plan,
  model: LangevinModel | undefined,
  potential: Potential,
  counter: Int32Array,
  post: (report: Report) => void,
): void {
  progress.post = post;
  progress.since = performance.now();
  for (;;) {
    const block = Atomics.add(counter, 0, 1);
    if (block >= plan.blocks) return;
    progress.done = 0;
    const sums = runBlock(plan, model, potential, block, countTrajectory);
    post({ type: "sums", sums, trajectories: progress.done });
    progress.since = performance.now();
  }
}

async function serve({ id, plan, counter }: WorkerRequest): Promise<void> {
  const post = (report: Report) => port.postMessage({ ...report, id });
  try {
    const potential = fromSpec(plan.potential);
    // The integrator's modules and the recipe's load concurrently.
    const [runBlock, model] = await Promise.all([
      blockRunner(plan.method),
      plan.recipe ? rebuild(plan.recipe) : undefined,
    ]);
    Atomics.add(counter, 1, 1);
    runBlocks(runBlock, plan, model, potential, counter, post);
  } catch (err) {
    post({
      type: "error",
      name: err instanceof Error ? err.name : "Error",
      message: err instanceof Error ? err.message : String(err),
    });
  }
  post({ type: "idle" });
}

/**
 * Requests are served one after the other: the pool may send the next one
 * while this worker still finishes a run that ended without it (its
 * counter exhausted, so that costs at most the model's set-up).
 */
let queue = Promise.resolve();
port.on("message", (request: WorkerRequest) => {
  queue = queue.then(() => serve(request));
});

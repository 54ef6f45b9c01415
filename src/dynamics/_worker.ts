/**
 * Web Worker entry of `simulate`: receives a plan and a shared block
 * counter, rebuilds the model from its recipe and the potential from its
 * spec, then takes blocks from the counter one at a time until none is
 * left, posting each block's sums back. Private.
 *
 * Messages in: `{ type: "plan", plan, counter }`, `{ type: "close" }`. Out:
 * `{ type: "progress", trajectories }`, `{ type: "sums", sums }`,
 * `{ type: "error", message, name }`.
 *
 * @module
 */
import type { LangevinModel } from "./model.ts";
import { fromSpec, type Potential } from "./potentials.ts";
import type { Plan } from "./_plan.ts";
import { runBlock } from "./_run.ts";

/**
 * Messages the worker accepts. `counter` is shared with the dispatcher:
 * slot 0 is the next block to run (taken with Atomics.add), slot 1 counts
 * the workers that have started.
 */
export type WorkerRequest =
  | { type: "plan"; plan: Plan; counter: Int32Array }
  | { type: "close" };

/** Messages the worker sends. */
export type WorkerReply =
  | { type: "progress"; trajectories: number }
  | { type: "sums"; sums: ReturnType<typeof runBlock> }
  | { type: "error"; name: string; message: string };

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
  close(): void;
}

const scope = globalThis as unknown as WorkerScope;

async function setUp(
  p: Plan,
): Promise<{ model: LangevinModel | undefined; potential: Potential }> {
  const potential = fromSpec(p.potential);
  if (!p.recipe) return { model: undefined, potential };
  const mod = await import(p.recipe.module) as Record<string, unknown>;
  const factory = mod[p.recipe.exportName];
  if (typeof factory !== "function") {
    throw new TypeError(
      `Cannot rebuild the model in a worker: ${p.recipe.module} has no function export \`${p.recipe.exportName}\``,
    );
  }
  return { model: factory(p.recipe.data) as LangevinModel, potential };
}

function reportError(err: unknown): void {
  scope.postMessage({
    type: "error",
    name: err instanceof Error ? err.name : "Error",
    message: err instanceof Error ? err.message : String(err),
  });
}

/** Runs blocks taken from the shared counter until none is left. */
function runBlocks(
  plan: Plan,
  model: LangevinModel | undefined,
  potential: Potential,
  counter: Int32Array,
): void {
  for (;;) {
    const block = Atomics.add(counter, 0, 1);
    if (block >= plan.blocks) return;
    let done = 0;
    const sums = runBlock(plan, model, potential, block, () => {
      if (++done % 8 === 0) {
        scope.postMessage({ type: "progress", trajectories: 8 });
      }
    });
    if (done % 8 !== 0) {
      scope.postMessage({ type: "progress", trajectories: done % 8 });
    }
    scope.postMessage({ type: "sums", sums });
  }
}

scope.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  if (msg.type === "plan") {
    const { plan, counter } = msg;
    setUp(plan).then(({ model, potential }) => {
      Atomics.add(counter, 1, 1);
      runBlocks(plan, model, potential, counter);
    }).catch(reportError);
  } else {
    scope.close();
  }
};

/**
 * Web Worker entry of `simulate`: receives a plan, rebuilds the model from
 * its recipe and the potential from its spec, then runs the blocks it is
 * given one at a time, posting each block's sums back. Private.
 *
 * Messages in: `{ type: "plan", plan }`, then `{ type: "block", block }`
 * repeatedly (blocks sent before the plan is set up wait for it), then
 * `{ type: "close" }`. Out: `{ type: "ready" }`,
 * `{ type: "progress", trajectories }`, `{ type: "sums", sums }`,
 * `{ type: "error", message, name }`.
 *
 * @module
 */
import type { LangevinModel } from "./model.ts";
import { fromSpec, type Potential } from "./potentials.ts";
import type { Plan } from "./_plan.ts";
import { runBlock } from "./_run.ts";

/** Messages the worker accepts. */
export type WorkerRequest =
  | { type: "plan"; plan: Plan }
  | { type: "block"; block: number }
  | { type: "close" };

/** Messages the worker sends. */
export type WorkerReply =
  | { type: "ready" }
  | { type: "progress"; trajectories: number }
  | { type: "sums"; sums: ReturnType<typeof runBlock> }
  | { type: "error"; name: string; message: string };

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
  close(): void;
}

const scope = globalThis as unknown as WorkerScope;
let plan: Plan | undefined;
let model: LangevinModel | undefined;
let potential: Potential | undefined;

async function setUp(p: Plan): Promise<void> {
  plan = p;
  potential = fromSpec(p.potential);
  if (p.recipe) {
    const mod = await import(p.recipe.module) as Record<string, unknown>;
    const factory = mod[p.recipe.exportName];
    if (typeof factory !== "function") {
      throw new TypeError(
        `Cannot rebuild the model in a worker: ${p.recipe.module} has no function export \`${p.recipe.exportName}\``,
      );
    }
    model = factory(p.recipe.data) as LangevinModel;
  }
}

function reportError(err: unknown): void {
  scope.postMessage({
    type: "error",
    name: err instanceof Error ? err.name : "Error",
    message: err instanceof Error ? err.message : String(err),
  });
}

function runOne(block: number): void {
  try {
    if (!plan || !potential) {
      throw new Error("worker received a block before its plan");
    }
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
  } catch (err) {
    reportError(err);
  }
}

/**
 * Settles when the plan is set up: true if it succeeded. Blocks that arrive
 * earlier (the dispatcher queues them right behind the plan) wait for it,
 * in arrival order.
 */
let setUpDone: Promise<boolean> = Promise.resolve(false);

scope.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  if (msg.type === "plan") {
    setUpDone = setUp(msg.plan).then(
      () => {
        scope.postMessage({ type: "ready" });
        return true;
      },
      (err: unknown) => {
        reportError(err);
        return false;
      },
    );
  } else if (msg.type === "block") {
    const block = msg.block;
    setUpDone.then((ok) => {
      if (ok) runOne(block);
    });
  } else {
    scope.close();
  }
};

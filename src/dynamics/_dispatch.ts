/**
 * Running a plan's blocks on the main thread or on Web Workers, collecting
 * the per-block sums in block order. Private.
 *
 * @module
 */
import type { LangevinModel } from "./model.ts";
import type { Potential } from "./potentials.ts";
import { type BlockSums, emptySums, type Plan } from "./_plan.ts";
import { runBlock } from "./_run.ts";
import type { WorkerReply, WorkerRequest } from "./_worker.ts";
import { WHAT } from "./_build_plan.ts";

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ??
    new DOMException("The simulation was aborted", "AbortError");
}

/** Runs every block here, yielding to the event loop between blocks. */
export async function runOnMainThread(
  plan: Plan,
  model: LangevinModel,
  potential: Potential,
  onTrajectories: (n: number) => void,
  signal: AbortSignal | undefined,
): Promise<BlockSums[]> {
  const out: BlockSums[] = [];
  let pending = 0;
  for (let b = 0; b < plan.blocks; b++) {
    if (signal?.aborted) throw abortReason(signal);
    out.push(runBlock(plan, model, potential, b, () => pending++));
    onTrajectories(pending);
    pending = 0;
    // Let progress displays and abort handlers run between blocks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (signal?.aborted) throw abortReason(signal);
  return out;
}

/** Runs the blocks on `count` workers, handed out on demand. */
export function runOnWorkers(
  plan: Plan,
  count: number,
  onTrajectories: (n: number) => void,
  signal: AbortSignal | undefined,
): Promise<BlockSums[]> {
  return new Promise((resolve, reject) => {
    const results: (BlockSums | undefined)[] = new Array(plan.blocks);
    const workers: Worker[] = [];
    let next = 0, finished = 0, settled = false;
    const stop = () => {
      for (const w of workers) w.terminate();
      signal?.removeEventListener("abort", onAbort);
    };
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      stop();
      reject(e);
    };
    const onAbort = () =>
      fail(signal ? abortReason(signal) : new Error("aborted"));
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    signal?.addEventListener("abort", onAbort);
    const feed = (w: Worker) => {
      if (next < plan.blocks) {
        const msg: WorkerRequest = { type: "block", block: next++ };
        w.postMessage(msg);
      }
    };
    for (let q = 0; q < count; q++) {
      const w = new Worker(new URL("./_worker.ts", import.meta.url).href, {
        type: "module",
      });
      workers.push(w);
      w.onmessage = (e: MessageEvent<WorkerReply>) => {
        const msg = e.data;
        if (settled) return;
        if (msg.type === "ready") feed(w);
        else if (msg.type === "progress") onTrajectories(msg.trajectories);
        else if (msg.type === "sums") {
          results[msg.sums.block] = msg.sums;
          finished++;
          if (finished === plan.blocks) {
            settled = true;
            stop();
            resolve(results.map((r, b) => r ?? emptySums(plan, b)));
          } else feed(w);
        } else if (msg.type === "error") {
          const Ctor = msg.name === "RangeError"
            ? RangeError
            : msg.name === "TypeError"
            ? TypeError
            : Error;
          fail(new Ctor(msg.message));
        }
      };
      w.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        fail(new Error(`${WHAT}: a worker failed: ${e.message}`));
      };
      const init: WorkerRequest = { type: "plan", plan };
      w.postMessage(init);
    }
  });
}

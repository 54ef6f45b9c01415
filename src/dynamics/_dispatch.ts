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

/**
 * Wall-clock milliseconds of computing on the main thread between two
 * yields to the event loop (progress displays, abort handlers, worker
 * messages). A block is often shorter; yielding after every one cost more
 * than the block when the yield was a clamped setTimeout.
 */
const YIELD_MS = 20;

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ??
    new DOMException("The simulation was aborted", "AbortError");
}

type Immediate = (callback: () => void) => unknown;
const immediate = (globalThis as { setImmediate?: Immediate }).setImmediate;

/**
 * Lets the event loop run pending tasks (timers, worker messages) and
 * resumes at once: setImmediate where it exists (Deno, ≈ 0.01 ms), else
 * setTimeout(0) (≈ 2.5 ms in Deno, clamped).
 */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    if (immediate) immediate(resolve);
    else setTimeout(resolve, 0);
  });
}

/**
 * Runs every block here, yielding to the event loop every
 * {@linkcode YIELD_MS} ms of computing.
 */
export async function runOnMainThread(
  plan: Plan,
  model: LangevinModel,
  potential: Potential,
  onTrajectories: (n: number) => void,
  signal: AbortSignal | undefined,
): Promise<BlockSums[]> {
  const out: BlockSums[] = [];
  let pending = 0;
  let since = performance.now();
  for (let b = 0; b < plan.blocks; b++) {
    if (signal?.aborted) throw abortReason(signal);
    out.push(runBlock(plan, model, potential, b, () => pending++));
    onTrajectories(pending);
    pending = 0;
    if (performance.now() - since >= YIELD_MS) {
      await yieldToEventLoop();
      since = performance.now();
    }
  }
  if (signal?.aborted) throw abortReason(signal);
  return out;
}

/**
 * Runs the blocks on `count` workers. Blocks are handed out on demand
 * through a shared counter (Atomics.add on a SharedArrayBuffer: slot 0 the
 * next block, slot 1 the number of workers that have started), so a worker
 * never waits for the main thread to answer a message. Until every worker
 * has started (≈ 0.1 s of wall time each: isolate, modules, model recipe),
 * the main thread takes blocks from the same counter. Each block's sums are
 * stored under its index, so the result does not depend on who ran which
 * block.
 */
export function runOnWorkers(
  plan: Plan,
  model: LangevinModel,
  potential: Potential,
  count: number,
  onTrajectories: (n: number) => void,
  signal: AbortSignal | undefined,
): Promise<BlockSums[]> {
  return new Promise((resolve, reject) => {
    const results: (BlockSums | undefined)[] = new Array(plan.blocks);
    const workers: Worker[] = [];
    const counter = new Int32Array(
      new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT),
    );
    let finished = 0, settled = false;
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
    const store = (sums: BlockSums) => {
      results[sums.block] = sums;
      finished++;
      if (finished === plan.blocks) {
        settled = true;
        stop();
        resolve(results.map((r, b) => r ?? emptySums(plan, b)));
      }
    };
    const onAbort = () =>
      fail(signal ? abortReason(signal) : new Error("aborted"));
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    signal?.addEventListener("abort", onAbort);
    for (let q = 0; q < count; q++) {
      const w = new Worker(new URL("./_worker.ts", import.meta.url).href, {
        type: "module",
      });
      workers.push(w);
      w.onmessage = (e: MessageEvent<WorkerReply>) => {
        const msg = e.data;
        if (settled) return;
        if (msg.type === "progress") onTrajectories(msg.trajectories);
        else if (msg.type === "sums") store(msg.sums);
        else if (msg.type === "error") {
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
      const init: WorkerRequest = { type: "plan", plan, counter };
      w.postMessage(init);
    }
    // The main thread takes blocks while some worker is still starting.
    const help = async () => {
      let since = performance.now();
      while (!settled && Atomics.load(counter, 1) < count) {
        const b = Atomics.add(counter, 0, 1);
        if (b >= plan.blocks) return;
        let n = 0;
        let sums: BlockSums;
        try {
          sums = runBlock(plan, model, potential, b, () => n++);
        } catch (e) {
          fail(e);
          return;
        }
        if (settled) return;
        onTrajectories(n);
        store(sums);
        if (performance.now() - since >= YIELD_MS) {
          await yieldToEventLoop();
          since = performance.now();
        }
      }
    };
    help();
  });
}

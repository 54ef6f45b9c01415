/**
 * Running a plan's blocks on the main thread or on pooled workers, collecting
 * the per-block sums in block order. Private.
 *
 * @module
 */
import type { LangevinModel } from "./model.ts";
import type { Potential } from "./potentials.ts";
import { type BlockSums, emptySums, type Plan } from "./_plan.ts";
import { type BlockRunner, blockRunner } from "./_run.ts";
import { lease, type PooledWorker, type ReportHandler } from "./_pool.ts";

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

/** Trajectories finished by the block running on this thread. */
let counted = 0;

/**
 * The kernels' per-trajectory callback on this thread: one function, not a
 * closure per block, because the kernels' optimized code speculates on the
 * callback it calls (a new one per block deoptimizes it). Blocks run
 * synchronously, so runs interleaving between blocks share it safely.
 */
function countTrajectory(): void {
  counted++;
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
  const runBlock = await blockRunner(plan.method);
  const out: BlockSums[] = [];
  let since = performance.now();
  for (let b = 0; b < plan.blocks; b++) {
    if (signal?.aborted) throw abortReason(signal);
    counted = 0;
    out.push(runBlock(plan, model, potential, b, countTrajectory));
    onTrajectories(counted);
    if (performance.now() - since >= YIELD_MS) {
      await yieldToEventLoop();
      since = performance.now();
    }
  }
  if (signal?.aborted) throw abortReason(signal);
  return out;
}

/**
 * Runs the blocks on `count` workers leased from the pool (`_pool.ts`).
 *
 * Why a pool: a new worker costs ≈ 55–150 ms of wall time on the cores the
 * run needs (isolate, module graph, model recipe), which was a large part
 * of a 2-worker run's fixed cost. Pooled workers are created on first need
 * and kept after the run; a later run leases the idle ones and creates
 * only the missing ones, and each request carries its plan, so a warm
 * worker just rebuilds the potential (and the model, unless its recipe is
 * the last one it built). Lifetime: a leased worker is ref'd; once it
 * reports itself idle it is unref'd and waits in the pool, so a script
 * exits as soon as its own work is done, and a Jupyter kernel keeps the
 * pool warm. An aborted or failed run terminates its workers and drops
 * them from the pool, so no core keeps computing a dead run.
 *
 * Blocks are handed out on demand through a shared counter (Atomics.add on
 * a SharedArrayBuffer: slot 0 the next block, slot 1 the number of workers
 * that have started), so a worker never waits for the main thread to
 * answer a message. Until every worker has started, the main thread takes
 * blocks from the same counter; when every leased worker was idle (warm),
 * it leaves the blocks to them. Each block's sums are stored under its
 * index, so the result does not depend on who ran which block.
 */
export function runOnWorkers(
  plan: Plan,
  model: LangevinModel,
  potential: Potential,
  count: number,
  onTrajectories: (n: number) => void,
  signal: AbortSignal | undefined,
): Promise<BlockSums[]> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  return new Promise((resolve, reject) => {
    const results: (BlockSums | undefined)[] = new Array(plan.blocks);
    const counter = new Int32Array(
      new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT),
    );
    let finished = 0, settled = false, cold = false;
    const workers: PooledWorker[] = [];
    const ids: number[] = [];
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      // No worker takes another block; those computing one are stopped.
      Atomics.store(counter, 0, plan.blocks);
      workers.forEach((w, i) => w.stop(ids[i]));
      reject(e);
    };
    const store = (sums: BlockSums) => {
      // A progress callback may have aborted the run just before.
      if (settled) return;
      results[sums.block] = sums;
      finished++;
      if (finished === plan.blocks) {
        settled = true;
        signal?.removeEventListener("abort", onAbort);
        workers.forEach((w, i) => w.detach(ids[i]));
        resolve(results.map((r, b) => r ?? emptySums(plan, b)));
      }
    };
    const onAbort = () =>
      fail(signal ? abortReason(signal) : new Error("aborted"));
    const handler: ReportHandler = {
      onReport(report) {
        if (settled) return;
        if (report.type === "progress") onTrajectories(report.trajectories);
        else if (report.type === "sums") {
          onTrajectories(report.trajectories);
          store(report.sums);
        } else {
          const Ctor = report.name === "RangeError"
            ? RangeError
            : report.name === "TypeError"
            ? TypeError
            : Error;
          fail(new Ctor(report.message));
        }
      },
      onFailure: fail,
    };
    // Each worker gets its request as soon as it is leased, so a new one
    // loads its modules while the next is being created.
    const start = (w: PooledWorker) => {
      if (settled) {
        // The run ended (aborted, failed) while this worker was created.
        w.discard();
        return;
      }
      // Idle workers start within a millisecond, so only while one of the
      // workers is new (or finishing an earlier run) is the main thread
      // worth adding to them, on cores they share.
      if (!w.idle) cold = true;
      try {
        ids.push(w.send(plan, counter, handler));
        workers.push(w);
      } catch (e) {
        w.discard();
        fail(e);
      }
    };
    signal?.addEventListener("abort", onAbort);
    const help = async (runBlock: BlockRunner) => {
      let since = performance.now();
      while (cold && !settled && Atomics.load(counter, 1) < count) {
        const b = Atomics.add(counter, 0, 1);
        if (b >= plan.blocks) return;
        let sums: BlockSums;
        try {
          counted = 0;
          sums = runBlock(plan, model, potential, b, countTrajectory);
        } catch (e) {
          fail(e);
          return;
        }
        if (settled) return;
        onTrajectories(counted);
        store(sums);
        if (performance.now() - since >= YIELD_MS) {
          await yieldToEventLoop();
          since = performance.now();
        }
      }
    };
    // The main thread's runner, for the blocks it takes while workers
    // start, loads (if it is not loaded yet) while they are created.
    Promise.all([blockRunner(plan.method), lease(count, start)])
      .then(([runBlock]) => help(runBlock))
      .catch(fail);
  });
}

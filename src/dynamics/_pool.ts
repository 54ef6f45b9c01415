/**
 * The process-wide pool of simulation workers behind `simulate({ workers })`.
 * Private.
 *
 * Workers are `node:worker_threads` workers, not Web Workers: both run the
 * same module in a fresh isolate and share SharedArrayBuffers, but only a
 * worker_threads worker can be unref'd, and an idle Web Worker keeps
 * `deno run` alive for ever. A pooled worker is ref'd while it runs a
 * request and unref'd as soon as it reports itself idle, so a warm pool
 * never holds the process open; in a Jupyter kernel, which does not exit,
 * the pool simply stays warm between cells.
 *
 * @module
 */
import type { Worker as ThreadWorker } from "node:worker_threads";
import type { Plan } from "./_plan.ts";
import type { Report, WorkerReply, WorkerRequest } from "./_worker.ts";
import { WHAT } from "./_build_plan.ts";

type ThreadWorkerClass = typeof ThreadWorker;

/** The Worker class, loaded on first need so main-thread runs never load it. */
let workerClass: Promise<ThreadWorkerClass> | undefined;

/** Workers waiting for a request (unref'd). */
const idle: PooledWorker[] = [];

/**
 * Workers whose run has ended but which have not reported idle yet (a run
 * shorter than a worker's start-up ends before the worker takes a block).
 * They may be leased again: they serve requests in order, and finish the
 * old one at once since its counter is exhausted.
 */
const finishing: PooledWorker[] = [];

/**
 * Most workers the pool keeps: the largest number leased at once so far.
 * Workers released beyond it (extra ones created while others were still
 * busy) are terminated.
 */
let capacity = 0;

let lastId = 0;
let created = 0;

/** Receives the reports of one request, up to the worker's "idle". */
export interface ReportHandler {
  /** A progress, sums or error report of the current request. */
  onReport(report: Exclude<Report, { type: "idle" }>): void;
  /** The worker died (uncaught error or exit) before finishing the request. */
  onFailure(error: Error): void;
}

/**
 * A worker of the pool, leased to one run at a time. Replies are routed by
 * request id, so reports of an earlier request never reach a later run.
 */
export class PooledWorker {
  readonly #worker: ThreadWorker;
  #id = 0;
  #handler: ReportHandler | undefined;
  #dead = false;
  #idle = false;

  constructor(worker: ThreadWorker) {
    this.#worker = worker;
    created++;
    worker.on("message", (reply: WorkerReply) => {
      if (reply.id !== this.#id) return;
      if (reply.type === "idle") {
        this.#handler = undefined;
        release(this);
      } else this.#handler?.onReport(reply);
    });
    worker.on("error", (e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      this.#die(new Error(`${WHAT}: a worker failed: ${message}`));
    });
    worker.on("exit", (code: number) => {
      this.#die(new Error(`${WHAT}: a worker exited with code ${code}`));
    });
  }

  /**
   * Sends a run's plan and counter; `handler` receives the reports.
   * Returns the request's id, which {@linkcode detach} and
   * {@linkcode stop} take.
   */
  send(plan: Plan, counter: Int32Array, handler: ReportHandler): number {
    this.#id = ++lastId;
    this.#handler = handler;
    this.#idle = false;
    this.#worker.ref();
    const request: WorkerRequest = { id: this.#id, plan, counter };
    this.#worker.postMessage(request);
    return this.#id;
  }

  /** True while the worker serves request `id` and has not reported idle. */
  #serving(id: number): boolean {
    return !this.#dead && this.#id === id && this.#handler !== undefined;
  }

  /**
   * Run `id` has all its blocks: if the worker still serves it, it may be
   * leased again before it reports idle.
   */
  detach(id: number): void {
    if (!this.#serving(id)) return;
    this.#handler = undefined;
    finishing.push(this);
  }

  /**
   * Run `id` was aborted or failed: if the worker still serves it (it may
   * have reported idle and moved on to another run), it is terminated, so
   * no core keeps computing a dead run.
   */
  stop(id: number): void {
    if (this.#serving(id)) this.discard();
  }

  /** Terminates the worker at once, whatever it computes, and drops it. */
  discard(): void {
    this.#handler = undefined;
    this.#dead = true;
    remove(idle, this);
    remove(finishing, this);
    this.#worker.terminate().catch(() => {});
  }

  /** Waits for a request; lets the process exit meanwhile. */
  rest(): void {
    this.#idle = true;
    this.#worker.unref();
  }

  /**
   * True while the worker waits for a request: it has loaded its modules
   * and finished every earlier request, so it starts a new one at once.
   */
  get idle(): boolean {
    return this.#idle;
  }

  get dead(): boolean {
    return this.#dead;
  }

  #die(error: Error): void {
    if (this.#dead) return;
    const handler = this.#handler;
    this.discard();
    handler?.onFailure(error);
  }
}

function remove(list: PooledWorker[], w: PooledWorker): void {
  const i = list.indexOf(w);
  if (i >= 0) list.splice(i, 1);
}

function release(w: PooledWorker): void {
  remove(finishing, w);
  if (idle.length + finishing.length >= capacity) {
    w.discard();
    return;
  }
  w.rest();
  idle.push(w);
}

/**
 * Leases `count` workers: idle ones first (warm: isolate and modules
 * loaded), then ones finishing an ended run, new ones for the rest, and
 * hands each to `start` as soon as it has it. Each stays leased until the
 * run detaches or discards it; `start` must send it a request or discard
 * it. Rejects, once the workers leased so far are started, if a new worker
 * cannot be created.
 *
 * Why hand each over at once: `new Worker` blocks the calling thread until
 * the worker's runtime is bootstrapped (≈ 35–45 ms for a node:worker_threads
 * worker on 2 cores, against ≈ 9 ms for a Web Worker), so a first new
 * worker that gets its request only after the second is created idles
 * through that bootstrap; handed over at once, it loads its modules and
 * starts computing meanwhile (its first block ≈ 25 ms earlier).
 */
export async function lease(
  count: number,
  start: (worker: PooledWorker) => void,
): Promise<void> {
  capacity = Math.max(capacity, count);
  const warm = idle.splice(0, Math.min(count, idle.length));
  warm.push(
    ...finishing.splice(0, Math.min(count - warm.length, finishing.length)),
  );
  for (const w of warm) start(w);
  if (warm.length < count) {
    workerClass ??= import("node:worker_threads").then((m) => m.Worker);
    const Worker = await workerClass;
    const entry = workerEntry();
    for (let n = warm.length; n < count; n++) {
      start(new PooledWorker(new Worker(entry)));
    }
  }
}

/**
 * The worker's entry: `_worker.ts` itself when this module is a file, else
 * (loaded from https, e.g. JSR) a data: module importing it, because a
 * worker_threads worker accepts only file: and data: URLs.
 */
function workerEntry(): URL {
  const url = new URL("./_worker.ts", import.meta.url);
  if (url.protocol === "file:") return url;
  return new URL(
    `data:text/javascript,import ${
      encodeURIComponent(JSON.stringify(url.href))
    };`,
  );
}

/** Workers idle and finishing in the pool, and workers ever created. */
export function poolStats(): {
  idle: number;
  finishing: number;
  created: number;
} {
  return { idle: idle.length, finishing: finishing.length, created };
}

/**
 * Progress reporting for long computations, decoupled from where it is
 * shown. Computations call {@linkcode startProgress}; the sink factory
 * decides how progress appears: a plain line on stderr by default, a live
 * bar in a notebook once the plot layer registers its Jupyter-aware factory
 * with {@linkcode setProgressFactory}.
 *
 * @module
 */

/** A running progress indicator. */
export interface Progress {
  /** Reports that `done` of `total` units are complete. Cheap; sinks throttle. */
  update(done: number): void;
  /** Marks the computation finished (or failed, with a message). */
  finish(message?: string): void;
}

/** What a computation says when it starts. */
export interface ProgressStart {
  /** Short label, e.g. `"simulate gclm2 (markov)"`. */
  readonly label: string;
  /** Total units of work (e.g. trajectory-steps). */
  readonly total: number;
}

/** Creates a progress sink. */
export type ProgressFactory = (start: ProgressStart) => Progress;

/** A sink that shows nothing. */
export const silentProgress: ProgressFactory = (): Progress => ({
  update() {},
  finish() {},
});

/**
 * A sink writing one updating line to stderr (carriage return when stderr
 * is a terminal, otherwise at most one line per 10 %).
 */
export const stderrProgress: ProgressFactory = (
  { label, total }: ProgressStart,
): Progress => {
  const encoder = new TextEncoder();
  const tty = typeof Deno !== "undefined" && Deno.stderr.isTerminal();
  let lastDecile = -1;
  let lastTime = 0;
  const write = (s: string) => {
    if (typeof Deno !== "undefined") Deno.stderr.writeSync(encoder.encode(s));
  };
  return {
    update(done: number) {
      const f = total > 0 ? Math.min(1, done / total) : 1;
      if (tty) {
        const now = Date.now();
        if (now - lastTime < 100) return;
        lastTime = now;
        write(`\r${label}: ${(100 * f).toFixed(0).padStart(3)} %`);
      } else {
        const decile = Math.floor(10 * f);
        if (decile === lastDecile) return;
        lastDecile = decile;
        write(`${label}: ${decile * 10} %\n`);
      }
    },
    finish(message?: string) {
      write(
        tty
          ? `\r${label}: ${message ?? "done"}\n`
          : `${label}: ${message ?? "done"}\n`,
      );
    },
  };
};

let factory: ProgressFactory = stderrProgress;

/**
 * Sets the factory used by {@linkcode startProgress}; returns the previous one.
 *
 * @example
 * ```ts
 * import { setProgressFactory, silentProgress, startProgress } from "./progress.ts";
 * const previous = setProgressFactory(silentProgress);
 * startProgress({ label: "x", total: 1 }).finish();
 * setProgressFactory(previous);
 * ```
 */
export function setProgressFactory(f: ProgressFactory): ProgressFactory {
  const previous = factory;
  factory = f;
  return previous;
}

/**
 * Starts a progress indicator with the current factory, or with the given
 * option: `false` for none, a factory for a custom sink.
 *
 * @example
 * ```ts
 * import { startProgress } from "./progress.ts";
 * const p = startProgress({ label: "demo", total: 10 }, false);
 * p.update(5);
 * p.finish();
 * ```
 */
export function startProgress(
  start: ProgressStart,
  option?: boolean | ProgressFactory,
): Progress {
  if (option === false) return silentProgress(start);
  if (typeof option === "function") return option(start);
  return factory(start);
}

/**
 * Live progress in a notebook: one display that updates in place.
 *
 * Inside the Deno Jupyter kernel, a progress indicator sends ONE
 * `display_data` message with a display id, then `update_display_data`
 * messages for the same id, at most about 10 per second plus the final
 * state. Anywhere else it falls back to the plain stderr line of
 * `progress.ts`. `Deno.jupyter` is only touched when a progress starts,
 * never at import time, and any failure to reach it means "not in Jupyter".
 *
 * @module
 */
import type { MimeBundle } from "../describe.ts";
import {
  type Progress,
  type ProgressFactory,
  type ProgressStart,
  stderrProgress,
} from "../progress.ts";
import { escapeXml } from "./_preview_svg.ts";

/** The part of `Deno.jupyter` this module uses. */
export interface JupyterDisplay {
  /** Sends a display (raw MIME bundle), or updates the one with `display_id`. */
  display(
    bundle: MimeBundle,
    options: { raw: true; display_id: string; update?: boolean },
  ): unknown;
}

/**
 * The kernel's display API when running inside `deno jupyter`, else
 * `undefined`. Safe to call anywhere (outside the kernel, reading
 * `Deno.jupyter` throws; that is caught).
 *
 * @example
 * ```ts
 * import { jupyterDisplay } from "./jupyter_progress.ts";
 * if (jupyterDisplay() !== undefined) throw new Error("deno test is not a Jupyter kernel");
 * ```
 */
export function jupyterDisplay(): JupyterDisplay | undefined {
  try {
    if (typeof Deno === "undefined" || !("jupyter" in Deno)) return undefined;
    const j = (Deno as unknown as { jupyter?: { display?: unknown } }).jupyter;
    if (j && typeof j.display === "function") return j as JupyterDisplay;
  } catch {
    // Not inside the kernel.
  }
  return undefined;
}

/** Minimum time between two in-place updates (ms): ≤ 10 updates per second. */
export const PROGRESS_INTERVAL_MS = 100;

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return s < 60
    ? `${s.toFixed(1)} s`
    : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

/**
 * The bundle of a progress display: `text/plain` (a text bar) and
 * `text/html` (a styled bar).
 *
 * @example
 * ```ts
 * import { progressBundle } from "./jupyter_progress.ts";
 * const b = progressBundle("simulate", 0.5, 1200);
 * if (!String(b["text/plain"]).includes("50 %")) throw new Error(String(b["text/plain"]));
 * ```
 */
export function progressBundle(
  label: string,
  fraction: number,
  elapsedMs: number,
  message?: string,
): MimeBundle {
  const f = Math.min(1, Math.max(0, fraction));
  const pct = `${Math.floor(100 * f)} %`;
  const cells = Math.round(30 * f);
  const status = message ?? pct;
  const eta = message === undefined && f > 0 && f < 1
    ? `, ~${formatSeconds((elapsedMs * (1 - f)) / f)} left`
    : "";
  const time = `${formatSeconds(elapsedMs)}${eta}`;
  return {
    "text/plain": `${label} [${"#".repeat(cells)}${
      ".".repeat(30 - cells)
    }] ${status} (${time})`,
    "text/html": `<div style="font-family:sans-serif;font-size:12px">` +
      `<span>${escapeXml(label)}</span> ` +
      `<span style="display:inline-block;width:240px;height:10px;border:1px solid #999;vertical-align:middle">` +
      `<span style="display:block;height:100%;width:${
        (100 * f).toFixed(1)
      }%;background:#4c78a8"></span></span> ` +
      `<span>${escapeXml(status)} (${escapeXml(time)})</span></div>`,
  };
}

let displayCounter = 0;

/**
 * A progress factory that draws one live bar with the given display API
 * (exposed for tests; {@linkcode notebookProgress} picks the kernel's).
 *
 * @example
 * ```ts
 * import { displayProgress } from "./jupyter_progress.ts";
 * const sent: { update?: boolean }[] = [];
 * const factory = displayProgress({ display: (_b, o) => sent.push(o) });
 * const p = factory({ label: "loop", total: 100 });
 * for (let i = 1; i <= 100; i++) p.update(i);
 * p.finish();
 * if (sent.filter((o) => !o.update).length !== 1) throw new Error("one display, then updates");
 * ```
 */
export function displayProgress(
  display: JupyterDisplay,
  now: () => number = Date.now,
): ProgressFactory {
  return ({ label, total }: ProgressStart): Progress => {
    const display_id = `thermoquilt-progress-${++displayCounter}-${
      Math.random().toString(36).slice(2, 10)
    }`;
    const started = now();
    let last = started;
    let done = 0;
    let finished = false;
    const send = (update: boolean, message?: string) => {
      try {
        const r = display.display(
          progressBundle(
            label,
            total > 0 ? done / total : 1,
            now() - started,
            message,
          ),
          { raw: true, display_id, update },
        );
        if (r instanceof Promise) r.catch(() => {});
      } catch {
        // A display failure must never break the computation.
      }
    };
    send(false);
    return {
      update(n: number) {
        done = n;
        if (finished) return;
        const t = now();
        if (t - last < PROGRESS_INTERVAL_MS) return;
        last = t;
        send(true);
      },
      finish(message?: string) {
        if (finished) return;
        finished = true;
        if (message === undefined) done = total;
        send(true, message ?? "done");
      },
    };
  };
}

/**
 * The progress factory registered by the plot layer: a live bar in the Deno
 * Jupyter kernel, the stderr line elsewhere. Decides at each start, so it is
 * safe to install at import time.
 *
 * @example
 * ```ts
 * import { notebookProgress } from "./jupyter_progress.ts";
 * import { silentProgress } from "../progress.ts";
 * // Outside Jupyter this is the stderr sink; check it starts and finishes.
 * const p = notebookProgress({ label: "doc example", total: 2 });
 * p.update(2);
 * p.finish();
 * if (typeof silentProgress !== "function") throw new Error();
 * ```
 */
export const notebookProgress: ProgressFactory = (
  start: ProgressStart,
): Progress => {
  const display = jupyterDisplay();
  return display ? displayProgress(display)(start) : stderrProgress(start);
};

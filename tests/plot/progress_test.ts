import assert from "node:assert/strict";
import {
  displayProgress,
  jupyterDisplay,
  notebookProgress,
  PROGRESS_INTERVAL_MS,
} from "../../src/plot/mod.ts";
import {
  setProgressFactory,
  startProgress,
  stderrProgress,
} from "../../src/progress.ts";

interface Sent {
  bundle: Record<string, unknown>;
  options: { display_id: string; update?: boolean };
}

function recorder() {
  const sent: Sent[] = [];
  return {
    sent,
    display: {
      display(bundle: Record<string, unknown>, options: Sent["options"]) {
        sent.push({ bundle, options });
      },
    },
  };
}

Deno.test("live progress: one display, then throttled in-place updates of the same id", () => {
  const { sent, display } = recorder();
  let clock = 0;
  const p = displayProgress(display, () => clock)({
    label: "loop",
    total: 100,
  });
  for (let i = 1; i <= 100; i++) {
    clock += 7; // 100 updates over 700 ms: at most 7 pass the 100 ms throttle
    p.update(i);
  }
  p.finish();
  const first = sent.filter((s) => !s.options.update);
  assert.equal(first.length, 1, "exactly one display_data");
  const ids = new Set(sent.map((s) => s.options.display_id));
  assert.equal(ids.size, 1, "every message targets one display id");
  const updates = sent.length - 1;
  assert.ok(
    updates <= Math.ceil(700 / PROGRESS_INTERVAL_MS) + 1,
    `${updates} updates`,
  );
  assert.ok(updates >= 2);
  const last = String(sent.at(-1)?.bundle["text/plain"]);
  assert.match(last, /^loop \[#{30}\] done \(0\.7 s\)/);
});

Deno.test("live progress: finish with a message keeps the fraction reached", () => {
  const { sent, display } = recorder();
  let clock = 0;
  const p = displayProgress(display, () => clock)({ label: "job", total: 10 });
  clock = 1000;
  p.update(5);
  p.finish("aborted");
  p.update(9);
  p.finish();
  assert.equal(sent.length, 3, "nothing after finish");
  assert.match(String(sent[2].bundle["text/plain"]), /\[#{15}\.{15}\] aborted/);
});

Deno.test("outside Jupyter: no kernel display, progress falls back to stderr", () => {
  assert.equal(jupyterDisplay(), undefined);
  const previous = setProgressFactory(notebookProgress);
  try {
    const p = startProgress({ label: "progress_test fallback", total: 1 });
    p.update(1);
    p.finish();
  } finally {
    setProgressFactory(
      previous === notebookProgress ? stderrProgress : previous,
    );
  }
});

Deno.test("a failing display never breaks the computation", () => {
  const p = displayProgress({
    display() {
      throw new Error("kernel gone");
    },
  })({ label: "x", total: 1 });
  p.update(1);
  p.finish();
});

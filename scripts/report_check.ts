/**
 * Opens the figures report in headless Chromium and checks that every figure
 * rendered; saves a screenshot next to the report.
 *
 * Usage: deno run -A scripts/report_check.ts out/report.html
 *
 * Chromium (Debian's /usr/bin/chromium) loads the page offline with a virtual
 * time budget, then dumps the DOM after the page scripts ran. For every
 * `<section class="figure">` of the report (see scripts/_report_html.ts) the
 * page script must have set `data-status="rendered"`, and the section must
 * hold what the renderer draws: Plotly's `svg.main-svg`, Vega's
 * `svg.marks`, or the image of a static SVG. Exits 1 naming each figure
 * that did not render.
 *
 * @module
 */

const CHROMIUM = "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--hide-scrollbars",
];

function fail(message: string): never {
  console.error(`report check FAILED: ${message}`);
  Deno.exit(1);
}

async function chromium(args: string[], timeoutMs: number): Promise<string> {
  const profile = await Deno.makeTempDir({ prefix: "tq-chromium-" });
  try {
    const child = new Deno.Command(CHROMIUM, {
      args: [...FLAGS, `--user-data-dir=${profile}`, ...args],
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    const timer = setTimeout(() => {
      try {
        child.kill("SIGKILL");
      } catch {
        // Already exited.
      }
    }, timeoutMs);
    const out = await child.output();
    clearTimeout(timer);
    if (!out.success) {
      const err = new TextDecoder().decode(out.stderr).split("\n").slice(-10)
        .join("\n");
      fail(
        `chromium exited with code ${out.code} (signal ${out.signal}):\n${err}`,
      );
    }
    return new TextDecoder().decode(out.stdout);
  } finally {
    await Deno.remove(profile, { recursive: true }).catch(() => {});
  }
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m
    ? m[1].replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(
      /&gt;/g,
      ">",
    ).replace(/&amp;/g, "&")
    : undefined;
}

const reportArg = Deno.args[0] ?? "out/report.html";
let report: string;
try {
  report = await Deno.realPath(reportArg);
} catch {
  fail(
    `${reportArg} does not exist; run bash scripts/tq.sh notebooks first`,
  );
}
try {
  await Deno.stat(CHROMIUM);
} catch {
  fail(`${CHROMIUM} not found; run bash scripts/setup.sh --chromium`);
}
const url = `file://${report}`;

const dom = await chromium(
  ["--virtual-time-budget=20000", "--dump-dom", url],
  180_000,
);
if (!/data-report="done"/.test(dom)) {
  console.error(
    'report check: the page script did not finish every figure (no data-report="done")',
  );
}
const expected = Number(/<body[^>]*data-figures="(\d+)"/.exec(dom)?.[1] ?? NaN);
const starts = [...dom.matchAll(/<section\b[^>]*class="figure"[^>]*>/g)];
if (!Number.isFinite(expected)) fail("the DOM dump has no report <body>");
if (starts.length !== expected) {
  fail(`expected ${expected} figure sections, found ${starts.length}`);
}
if (expected === 0) fail("the report holds no figures");

const problems: string[] = [];
const counts: Record<string, number> = {};
starts.forEach((m, k) => {
  const tag = m[0];
  const begin = m.index ?? 0;
  const end = k + 1 < starts.length
    ? starts[k + 1].index ?? dom.length
    : dom.length;
  const body = dom.slice(begin, end);
  const kind = attribute(tag, "data-kind") ?? "?";
  const where = attribute(tag, "data-source") ?? `figure ${k + 1}`;
  const status = attribute(tag, "data-status") ?? "not rendered (no status)";
  const drawn = kind === "plotly"
    ? /<svg[^>]*class="main-svg"/.test(body)
    : kind === "vega-lite"
    ? /<svg[^>]*class="marks"/.test(body)
    : kind === "svg"
    ? /<img[^>]*src="data:image\/svg\+xml/.test(body)
    : false;
  if (status !== "rendered" || !drawn) {
    problems.push(
      `${where} (${kind}): ${status}${
        drawn
          ? ""
          : `; no ${
            kind === "plotly"
              ? "svg.main-svg"
              : kind === "vega-lite"
              ? "svg.marks"
              : "image"
          } in the DOM`
      }`,
    );
  } else counts[kind] = (counts[kind] ?? 0) + 1;
});

const screenshot = report.replace(/\.html$/, "") + ".png";
const height = Math.min(16000, 400 + 480 * starts.length);
await chromium(
  [
    "--virtual-time-budget=20000",
    `--screenshot=${screenshot}`,
    `--window-size=1400,${height}`,
    url,
  ],
  180_000,
);
let shot = false;
try {
  shot = (await Deno.stat(screenshot)).size > 0;
} catch {
  shot = false;
}
if (!shot) problems.push(`no screenshot written to ${screenshot}`);

if (problems.length > 0) {
  fail(
    `${problems.length} of ${starts.length} figures did not render in headless Chromium:\n- ${
      problems.join("\n- ")
    }`,
  );
}
console.log(
  `report check: all ${starts.length} figures rendered in headless Chromium (${
    Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(", ")
  }); screenshot ${screenshot}`,
);

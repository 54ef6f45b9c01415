import assert from "node:assert/strict";
import { reportHtml } from "../../scripts/_report_html.ts";
import { sampleFigures } from "./_figures.ts";

const script = new URL("../../scripts/notebooks.ts", import.meta.url).pathname;

Deno.test("report page: one section per figure, payloads inline, scripts escaped, no network", () => {
  const f = sampleFigures();
  const html = reportHtml({
    figures: [
      {
        notebook: "a.ipynb",
        cell: 1,
        kind: "vega-lite",
        payload: f.kernels.toVegaLite(),
        heading: "1. Kernels",
      },
      {
        notebook: "a.ipynb",
        cell: 2,
        kind: "plotly",
        payload: f.heatmap.toPlotly(),
      },
      {
        notebook: "b.ipynb",
        cell: 0,
        kind: "svg",
        payload: "<svg xmlns='http://www.w3.org/2000/svg'/>",
      },
    ],
    notebooks: ["a.ipynb", "b.ipynb"],
    bundles: ["var x = '</script><!-- y';"],
    generated: "test",
  });
  assert.equal((html.match(/<section class="figure"/g) ?? []).length, 3);
  assert.match(html, /<body data-figures="3">/);
  assert.ok(
    html.includes("var x = '<\\/script><\\!-- y';"),
    "inlined script escaped",
  );
  assert.ok(!/<script[^>]+src=/.test(html), "no external scripts");
  assert.ok(html.includes("<strong>1. Kernels</strong>"));
  // Payload JSON cannot close its script element.
  const payloads = [...html.matchAll(/class="payload">([^]*?)<\/script>/g)];
  assert.equal(payloads.length, 2);
  assert.deepEqual(
    JSON.parse(payloads[1][1]),
    JSON.parse(JSON.stringify(f.heatmap.toPlotly())),
  );
  assert.match(html, /src="data:image\/svg\+xml;base64,/);
});

async function runCheck(
  cells: unknown[],
  strict: boolean,
): Promise<{ code: number; stderr: string; dir: string }> {
  const dir = await Deno.makeTempDir({ prefix: "tq-nbcheck-" });
  await Deno.mkdir(`${dir}/out/notebooks`, { recursive: true });
  await Deno.mkdir(`${dir}/src`);
  await Deno.writeTextFile(
    `${dir}/out/notebooks/t.ipynb`,
    JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 }),
  );
  await Deno.writeTextFile(`${dir}/src/t.ipynb`, "{}");
  const out = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      script,
      `${dir}/out/notebooks`,
      ...(strict ? ["--strict"] : []),
      `--sources=${dir}/src`,
    ],
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).output();
  return { code: out.code, stderr: new TextDecoder().decode(out.stderr), dir };
}

const svg = "<svg xmlns='http://www.w3.org/2000/svg'/>";

Deno.test("notebook check: an error output fails, naming notebook and cell", async () => {
  const r = await runCheck([
    { cell_type: "markdown", source: "# t" },
    {
      cell_type: "code",
      id: "boom",
      source: ["const x = f();\n"],
      outputs: [{
        output_type: "error",
        ename: "TypeError",
        evalue: "f is not a function",
      }],
    },
  ], false);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /t\.ipynb, cell 1 \(id boom\): TypeError: f is not a function/,
  );
  assert.match(r.stderr, /in: const x = f\(\);/);
  await Deno.remove(r.dir, { recursive: true });
});

Deno.test("notebook check --strict: native figures need an SVG fallback, tagged cells a native figure, no html beside Vega-Lite", async () => {
  const vl = {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    mark: "point",
  };
  const r = await runCheck([
    {
      cell_type: "code",
      id: "a",
      source: "",
      outputs: [{
        output_type: "execute_result",
        data: { "application/vnd.vegalite.v5+json": vl },
      }],
    },
    {
      cell_type: "code",
      id: "b",
      source: "",
      metadata: { tags: ["figure"] },
      outputs: [{
        output_type: "execute_result",
        data: { "image/svg+xml": svg },
      }],
    },
    {
      cell_type: "code",
      id: "c",
      source: "",
      outputs: [{
        output_type: "execute_result",
        data: {
          "application/vnd.vegalite.v5+json": vl,
          "image/svg+xml": svg,
          "text/html": "<b/>",
        },
      }],
    },
  ], true);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /cell 0 \(id a\): figure without an image\/svg\+xml fallback/,
  );
  assert.match(
    r.stderr,
    /cell 1 \(id b\): tagged "figure" but has no Vega-Lite or Plotly output/,
  );
  assert.match(
    r.stderr,
    /cell 2 \(id c\): Vega-Lite output also carries text\/html/,
  );
  await Deno.remove(r.dir, { recursive: true });
});

Deno.test("notebook check --strict: a clean notebook passes and its SVGs and report are written", async () => {
  const vl = {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    mark: "point",
  };
  const r = await runCheck([
    {
      cell_type: "code",
      id: "fig",
      source: "",
      metadata: { tags: ["figure"] },
      outputs: [{
        output_type: "execute_result",
        data: {
          "application/vnd.vegalite.v5+json": vl,
          "image/svg+xml": [svg],
          "text/plain": "x",
        },
      }],
    },
  ], true);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    await Deno.readTextFile(`${r.dir}/out/figures/t-c00-0.svg`),
    svg,
  );
  const html = await Deno.readTextFile(`${r.dir}/out/report.html`);
  assert.match(html, /data-figures="1"/);
  await Deno.remove(r.dir, { recursive: true });
});

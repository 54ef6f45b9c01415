/**
 * Checks executed notebooks, collects their figures and writes the report.
 *
 * Usage: deno run -A scripts/notebooks.ts out/notebooks [--strict] [--sources=DIR]
 *
 * - Fails (exit 1), naming notebook and cell, on any `error` output.
 * - Writes every `image/svg+xml` output to out/figures/<notebook>-c<cell>-<k>.svg
 *   (stale SVGs there are removed first).
 * - Writes out/report.html: every Vega-Lite / Plotly output rendered natively
 *   (plotly.js, vega, vega-lite, vega-embed inlined from tools/node_modules,
 *   no network), and static SVG-only outputs as images.
 * - With --strict, also fails when: a notebook in notebooks/ (or --sources=DIR)
 *   has no executed
 *   copy; a Vega-Lite or Plotly output has no `image/svg+xml` fallback; a
 *   Vega-Lite output carries `text/html` (it would win in JupyterLab) or a
 *   non-v5 `$schema`; a cell tagged "figure" has no native figure output.
 *
 * @module
 */
import {
  BROWSER_BUNDLES,
  type ReportFigure,
  reportHtml,
} from "./_report_html.ts";

interface Output {
  output_type: string;
  data?: Record<string, unknown>;
  ename?: string;
  evalue?: string;
}
interface Cell {
  cell_type: string;
  id?: string;
  source?: string | string[];
  metadata?: { tags?: string[] };
  outputs?: Output[];
}

const VEGA_LITE = "application/vnd.vegalite.v5+json";
const PLOTLY = "application/vnd.plotly.v1+json";

const args = Deno.args.filter((a) => !a.startsWith("--"));
const dir = args[0] ?? "out/notebooks";
const strict = Deno.args.includes("--strict");
const root = new URL("..", import.meta.url).pathname;
// Source notebooks that must all have been executed (checked with --strict).
const sources = Deno.args.find((a) => a.startsWith("--sources="))?.slice(10) ??
  `${root}notebooks`;
const outDir = dir.replace(/\/+$/, "").split("/").slice(0, -1).join("/") || ".";
const figuresDir = `${outDir}/figures`;

function text(v: unknown): string {
  return Array.isArray(v) ? v.join("") : String(v);
}

function firstLine(source: Cell["source"]): string {
  const line = text(source ?? "").split("\n").find((l) => l.trim() !== "") ??
    "";
  return line.length > 70 ? line.slice(0, 67) + "…" : line;
}

await Deno.mkdir(figuresDir, { recursive: true });
for (const e of Deno.readDirSync(figuresDir)) {
  if (e.isFile && e.name.endsWith(".svg")) {
    Deno.removeSync(`${figuresDir}/${e.name}`);
  }
}

const problems: string[] = [];
const figures: ReportFigure[] = [];
const notebooks: string[] = [];
let svgCount = 0;

let entries: Deno.DirEntry[] = [];
try {
  entries = [...Deno.readDirSync(dir)];
} catch {
  problems.push(`no directory of executed notebooks at ${dir}`);
}
for (
  const entry of entries.filter((e) => e.name.endsWith(".ipynb")).sort((a, b) =>
    a.name.localeCompare(b.name)
  )
) {
  notebooks.push(entry.name);
  const nb = JSON.parse(await Deno.readTextFile(`${dir}/${entry.name}`)) as {
    cells: Cell[];
  };
  const stem = entry.name.replace(/\.ipynb$/, "");
  try {
    // nbclient drops outputs that reach it after the kernel went idle; it
    // says so in the log tq.sh keeps next to the executed notebook.
    const log = Deno.readTextFileSync(`${dir}/${stem}.log`);
    const late = (log.match(/Timeout waiting for IOPub output/g) ?? []).length;
    if (late > 0) {
      console.error(
        `warning: ${entry.name}: ${late}× "Timeout waiting for IOPub output" in ${dir}/${stem}.log; outputs of those cells may be missing`,
      );
    }
  } catch {
    // No log (notebook executed by other means).
  }
  let heading: string | undefined;
  nb.cells.forEach((cell, i) => {
    if (cell.cell_type === "markdown") {
      const h = text(cell.source ?? "").split("\n").find((l) =>
        /^#{1,3} /.test(l)
      );
      if (h) heading = h.replace(/^#+ /, "");
    }
    const where = `${entry.name}, cell ${i}${
      cell.id ? ` (id ${cell.id})` : ""
    }`;
    let native = false;
    (cell.outputs ?? []).forEach((out, k) => {
      if (out.output_type === "error") {
        problems.push(
          `${where}: ${out.ename}: ${out.evalue}\n    in: ${
            firstLine(cell.source)
          }`,
        );
      }
      const data = out.data ?? {};
      let svgFile: string | undefined;
      if (data["image/svg+xml"] !== undefined) {
        svgFile = `${stem}-c${String(i).padStart(2, "0")}-${k}.svg`;
        Deno.writeTextFileSync(
          `${figuresDir}/${svgFile}`,
          text(data["image/svg+xml"]),
        );
        svgCount++;
      }
      const vl = data[VEGA_LITE];
      const pl = data[PLOTLY];
      const base = {
        notebook: entry.name,
        cell: i,
        cellId: cell.id,
        svgFile,
        heading,
      };
      if (vl !== undefined) {
        native = true;
        figures.push({ ...base, kind: "vega-lite", payload: vl });
        const schema = (vl as { $schema?: unknown }).$schema;
        if (
          strict && (typeof schema !== "string" || !/\/v5\.json$/.test(schema))
        ) {
          problems.push(
            `${where}: Vega-Lite output without a v5 $schema (got ${schema})`,
          );
        }
        if (strict && data["text/html"] !== undefined) {
          problems.push(
            `${where}: Vega-Lite output also carries text/html, which outranks it in JupyterLab`,
          );
        }
      }
      if (pl !== undefined) {
        native = true;
        figures.push({ ...base, kind: "plotly", payload: pl });
      }
      if (vl === undefined && pl === undefined && svgFile !== undefined) {
        figures.push({
          ...base,
          kind: "svg",
          payload: text(data["image/svg+xml"]),
        });
      }
      if (strict && (vl !== undefined || pl !== undefined) && !svgFile) {
        problems.push(`${where}: figure without an image/svg+xml fallback`);
      }
    });
    if (strict && (cell.metadata?.tags ?? []).includes("figure") && !native) {
      problems.push(
        `${where}: tagged "figure" but has no Vega-Lite or Plotly output\n    in: ${
          firstLine(cell.source)
        }`,
      );
    }
  });
}

if (strict) {
  try {
    for (const e of Deno.readDirSync(sources)) {
      if (e.name.endsWith(".ipynb") && !notebooks.includes(e.name)) {
        problems.push(
          `${e.name}: no executed copy in ${dir} (execution failed? see ${dir}/${
            e.name.replace(/\.ipynb$/, ".log")
          })`,
        );
      }
    }
  } catch {
    // No source folder: nothing to compare with.
  }
}
if (notebooks.length === 0) problems.push(`no executed notebooks in ${dir}`);

const bundles = BROWSER_BUNDLES.map((path) => {
  const file = `${root}tools/node_modules/${path}`;
  try {
    return Deno.readTextFileSync(file);
  } catch {
    problems.push(
      `cannot inline ${file} into the report: run bash scripts/setup.sh`,
    );
    return "";
  }
});
const report = `${outDir}/report.html`;
Deno.writeTextFileSync(
  report,
  reportHtml({
    figures,
    notebooks,
    bundles,
    generated: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
  }),
);

const native = figures.filter((f) => f.kind !== "svg").length;
console.log(
  `notebooks: ${notebooks.length} executed, ${native} interactive figures, ${svgCount} SVGs in ${figuresDir}, report ${report}`,
);
if (problems.length > 0) {
  console.error(
    `\nnotebook check FAILED (${problems.length} problem${
      problems.length === 1 ? "" : "s"
    }):\n- ${problems.join("\n- ")}`,
  );
  Deno.exit(1);
}

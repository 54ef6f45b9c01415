/**
 * The offline HTML report of the figures of executed notebooks: every
 * Vega-Lite spec and Plotly figure rendered natively in the browser with
 * plotly.js, vega, vega-lite and vega-embed INLINED from the npm packages in
 * tools/node_modules (no network), plus the static SVG of outputs that have
 * no native form (object previews).
 *
 * Each figure is a `<section class="figure" data-kind=…>`; the page script
 * renders it and sets `data-status="rendered"` or `data-status="failed: …"`,
 * which `scripts/report_check.ts` reads back from headless Chromium.
 *
 * @module
 */

/** One figure found in an executed notebook. */
export interface ReportFigure {
  /** Notebook file name. */
  readonly notebook: string;
  /** Cell index in the notebook (0-based) and id. */
  readonly cell: number;
  /** The cell's id, if any. */
  readonly cellId?: string;
  /** How the browser draws it. */
  readonly kind: "vega-lite" | "plotly" | "svg";
  /** The native payload (spec or `{data, layout}`), or the SVG text. */
  readonly payload: unknown;
  /** File name of the SVG fallback written under out/figures, if any. */
  readonly svgFile?: string;
  /** The notebook heading the cell sits under, if any. */
  readonly heading?: string;
}

/** The browser bundles inlined into the report, in load order. */
export const BROWSER_BUNDLES: readonly string[] = [
  "plotly.js-dist-min/plotly.min.js",
  "vega/build/vega.min.js",
  "vega-lite/build/vega-lite.min.js",
  "vega-embed/build/vega-embed.min.js",
];

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Makes script text safe inside `<script>…</script>`. */
function inlineScript(js: string): string {
  return js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

/** UTF-8 base64 of a string, in chunks (large SVGs overflow a spread). */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** JSON safe inside `<script type="application/json">`. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

const RENDER_SCRIPT = `
(function () {
  var sections = document.querySelectorAll("section.figure");
  var pending = sections.length;
  function settle(section, status) {
    section.setAttribute("data-status", status);
    pending -= 1;
    if (pending === 0) document.body.setAttribute("data-report", "done");
  }
  if (pending === 0) document.body.setAttribute("data-report", "done");
  sections.forEach(function (section) {
    var kind = section.getAttribute("data-kind");
    var target = section.querySelector(".target");
    try {
      if (kind === "svg") {
        var img = section.querySelector("img");
        img.decode().then(function () { settle(section, "rendered"); },
          function (e) { settle(section, "failed: " + e); });
        return;
      }
      var payload = JSON.parse(section.querySelector("script.payload").textContent);
      var done = function () { settle(section, "rendered"); };
      var fail = function (e) { settle(section, "failed: " + (e && e.message || e)); };
      if (kind === "vega-lite") {
        vegaEmbed(target, payload, { renderer: "svg", actions: false }).then(done, fail);
      } else if (kind === "plotly") {
        Plotly.newPlot(target, payload.data, payload.layout, { displaylogo: false, responsive: false }).then(done, fail);
      } else {
        fail("unknown kind " + kind);
      }
    } catch (e) {
      settle(section, "failed: " + (e && e.message || e));
    }
  });
})();
`;

/** Builds the report page. `bundles` are the browser scripts' texts. */
export function reportHtml(options: {
  figures: readonly ReportFigure[];
  notebooks: readonly string[];
  bundles: readonly string[];
  generated: string;
}): string {
  const { figures, notebooks, bundles, generated } = options;
  const parts: string[] = [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    "<title>thermoquilt — notebook figures</title>",
    "<style>body{font-family:sans-serif;margin:24px;max-width:1400px}" +
    "section.figure{border-top:1px solid #ddd;padding:8px 0 16px}" +
    "section.figure h3{font-size:13px;font-weight:normal;color:#555;margin:4px 0}" +
    "section.figure img{max-width:100%}</style>",
    ...bundles.map((b) => `<script>${inlineScript(b)}</script>`),
    "</head>",
    `<body data-figures="${figures.length}">`,
    "<h1>thermoquilt — notebook figures</h1>",
    `<p>${figures.length} figures from ${notebooks.length} executed notebooks, generated ${
      escapeHtml(generated)
    }. Interactive figures are drawn by the same plotly.js / vega-embed as in JupyterLab, from the notebook outputs.</p>`,
  ];
  let n = 0;
  for (const nb of notebooks) {
    const mine = figures.filter((f) => f.notebook === nb);
    parts.push(`<h2>${escapeHtml(nb)}</h2>`);
    if (mine.length === 0) parts.push("<p>(no figures)</p>");
    for (const f of mine) {
      n++;
      const where = `${f.notebook}, cell ${f.cell}${
        f.cellId ? ` (id ${f.cellId})` : ""
      }`;
      parts.push(
        `<section class="figure" id="figure-${n}" data-kind="${f.kind}" data-source="${
          escapeHtml(where)
        }">`,
        `<h3>${
          f.heading ? `<strong>${escapeHtml(f.heading)}</strong> · ` : ""
        }${escapeHtml(where)} — ${f.kind}${
          f.svgFile
            ? ` · <a href="figures/${encodeURIComponent(f.svgFile)}">SVG</a>`
            : ""
        }</h3>`,
      );
      if (f.kind === "svg") {
        const data = base64(String(f.payload));
        parts.push(
          `<img alt="${
            escapeHtml(where)
          }" src="data:image/svg+xml;base64,${data}">`,
        );
      } else {
        parts.push(
          `<div class="target"></div>`,
          `<script type="application/json" class="payload">${
            inlineJson(f.payload)
          }</script>`,
        );
      }
      parts.push("</section>");
    }
  }
  parts.push(`<script>${RENDER_SCRIPT}</script>`, "</body></html>");
  return parts.join("\n");
}

/**
 * Rich display of library objects: a {@linkcode Description} → Jupyter MIME
 * bundle. Registered as the description renderer by `register.ts`.
 *
 * ## Which MIME types, and why
 *
 * A Jupyter front end shows ONE MIME type per output, the richest it knows.
 * An object's display has a formula, a parameter table and a small figure,
 * which no single Markdown or SVG output can hold together. So the bundle is
 *
 * - `text/html`: title, the formula as `$$…$$`, the parameter table with
 *   units, the result table, the notes, and the preview figure as inline
 *   SVG. Front ends rank HTML first, so this is what JupyterLab, VS Code,
 *   nbconvert HTML and GitHub show. The formula is typeset where the front
 *   end runs MathJax on HTML outputs (JupyterLab, nbconvert's HTML page);
 *   elsewhere its TeX source shows between `$$`, still readable.
 * - `text/markdown`: the same without the figure, for Markdown-only
 *   consumers.
 * - `image/svg+xml`: the preview alone (when there is one), collected by the
 *   report like any figure.
 * - `text/plain`: one line, for terminals and logs.
 *
 * `text/html` is safe here because an object bundle never carries a
 * Vega-Lite spec (figures never carry `text/html`).
 *
 * @module
 */
import {
  describeAsMarkdown,
  describeAsText,
  type Description,
  type MimeBundle,
} from "../describe.ts";
import { escapeXml, previewSVG } from "./_preview_svg.ts";

function formatValue(v: number | string | boolean): string {
  if (typeof v !== "number") return String(v);
  if (Number.isInteger(v)) return String(v);
  return v.toPrecision(12).replace(/\.?0+(e|$)/, "$1");
}

/** Minimal inline Markdown → HTML for notes: code spans, bold, italics. */
function inlineMarkdown(s: string): string {
  return escapeXml(s)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, "$1<em>$2</em>");
}

function table(
  head: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string>>,
): string {
  const th = head.map((h) => `<th>${h}</th>`).join("");
  const body = rows.map((r) =>
    `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`
  )
    .join("");
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * The HTML part of a description bundle (see the module doc for the choice
 * of MIME types).
 *
 * @example
 * ```ts
 * import { describeAsHTML } from "./describe_bundle.ts";
 * const html = describeAsHTML({ title: "a < b", formula: "x^2", parameters: [{ name: "n", value: 3, unit: "ω_ref" }] });
 * if (!html.includes("a &lt; b") || !html.includes("$$x^2$$") || !html.includes("<td>ω_ref</td>")) throw new Error(html);
 * ```
 */
export function describeAsHTML(d: Description, svg?: string): string {
  const parts: string[] = [`<div class="thermoquilt-object">`];
  parts.push(`<p><strong>${escapeXml(d.title)}</strong></p>`);
  if (d.formula) parts.push(`<p>$$${escapeXml(d.formula)}$$</p>`);
  if (d.parameters && d.parameters.length > 0) {
    parts.push(table(
      ["parameter", "symbol", "value", "unit"],
      d.parameters.map((p) => [
        escapeXml(p.name),
        p.symbol ? `$${escapeXml(p.symbol)}$` : "",
        escapeXml(formatValue(p.value)),
        escapeXml(p.unit ?? ""),
      ]),
    ));
  }
  if (d.table) {
    parts.push(table(
      d.table.columns.map(escapeXml),
      d.table.rows.map((r) => r.map((c) => escapeXml(formatValue(c)))),
    ));
  }
  for (const n of d.notes ?? []) parts.push(`<p>${inlineMarkdown(n)}</p>`);
  if (svg) parts.push(`<div>${svg}</div>`);
  parts.push(`</div>`);
  return parts.join("\n");
}

/**
 * The MIME bundle of a description: `text/html` (formula, tables, notes and
 * the inline preview SVG), `text/markdown`, `image/svg+xml` of the preview
 * when there is one, and `text/plain`.
 *
 * @example
 * ```ts
 * import { descriptionBundle } from "./describe_bundle.ts";
 * const b = descriptionBundle({
 *   title: "Drude density",
 *   formula: "J(\\omega) = \\gamma\\omega/(1+\\omega^2/\\omega_c^2)",
 *   parameters: [{ name: "cutoff", symbol: "\\omega_c", value: 5, unit: "ω_ref" }],
 *   preview: { x: [0, 1, 2], series: [{ name: "J", y: [0, 0.5, 0.8] }], xLabel: "ω", yLabel: "J(ω)" },
 * });
 * const keys = Object.keys(b).sort().join(" ");
 * if (keys !== "image/svg+xml text/html text/markdown text/plain") throw new Error(keys);
 * ```
 */
export function descriptionBundle(d: Description): MimeBundle {
  const svg = d.preview ? previewSVG(d.preview) : undefined;
  const bundle: MimeBundle = {
    "text/html": describeAsHTML(d, svg),
    "text/markdown": describeAsMarkdown(d),
  };
  if (svg) bundle["image/svg+xml"] = svg;
  bundle["text/plain"] = describeAsText(d);
  return bundle;
}

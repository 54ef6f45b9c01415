/**
 * A neutral, data-only description of a library object (a profile, a
 * density, a kernel, a bath, a report, a simulation result), and the hook
 * that turns it into a Jupyter MIME bundle.
 *
 * Objects in early layers (thermal, spectral, noise, …) may not import
 * `plot/` (data flows one way, see the style guide). They implement
 * `describe()` and delegate `[Symbol.for("Jupyter.display")]()` to
 * {@linkcode displayBundle}. The plot layer registers the rich renderer with
 * {@linkcode setDescriptionRenderer} when it is loaded (importing `mod.ts`
 * loads it); without it a plain Markdown + text bundle is produced.
 *
 * @module
 */

/** One row of a parameter table. */
export interface DescribedParameter {
  /** Human name, e.g. `"cutoff frequency"`. */
  readonly name: string;
  /** LaTeX symbol without delimiters, e.g. `"\\omega_c"`. */
  readonly symbol?: string;
  /** The value, as a number (printed with its precision) or a string. */
  readonly value: number | string | boolean;
  /** Unit in natural units, e.g. `"ω_ref"`, `"1/ω_ref"`; omitted if dimensionless. */
  readonly unit?: string;
}

/** A small curve preview: one x grid and one or more named series. */
export interface DescribedPreview {
  /** x values. */
  readonly x: ArrayLike<number>;
  /** Named series over x. */
  readonly series: ReadonlyArray<
    { readonly name: string; readonly y: ArrayLike<number> }
  >;
  /** x-axis label. */
  readonly xLabel: string;
  /** y-axis label. */
  readonly yLabel: string;
  /** Use a logarithmic x axis. */
  readonly logX?: boolean;
  /** Use a logarithmic y axis. */
  readonly logY?: boolean;
}

/** A table (for reports such as the FDT verification). */
export interface DescribedTable {
  /** Column headers. */
  readonly columns: readonly string[];
  /** Rows of cells. */
  readonly rows: ReadonlyArray<ReadonlyArray<string | number | boolean>>;
}

/** What an object says about itself, for rich display. */
export interface Description {
  /** Title, e.g. `"Ohmic spectral density, Drude cutoff"`. */
  readonly title: string;
  /** Defining formula in LaTeX, without `$` delimiters. */
  readonly formula?: string;
  /** Parameter table. */
  readonly parameters?: readonly DescribedParameter[];
  /** A small figure. */
  readonly preview?: DescribedPreview;
  /** A table of results. */
  readonly table?: DescribedTable;
  /** Free-text notes (Markdown). */
  readonly notes?: readonly string[];
}

/** A Jupyter MIME bundle: MIME type → data. */
export type MimeBundle = Record<string, unknown>;

/** Turns a description into a MIME bundle. */
export type DescriptionRenderer = (d: Description) => MimeBundle;

let renderer: DescriptionRenderer | undefined;

/**
 * Registers the renderer used by {@linkcode displayBundle} (the plot layer
 * does this when it loads). Returns the previous renderer.
 *
 * @example
 * ```ts
 * import { setDescriptionRenderer, displayBundle } from "./describe.ts";
 * const previous = setDescriptionRenderer((d) => ({ "text/plain": d.title.toUpperCase() }));
 * if (displayBundle({ title: "x" })["text/plain"] !== "X") throw new Error("renderer not used");
 * setDescriptionRenderer(previous);
 * ```
 */
export function setDescriptionRenderer(
  r: DescriptionRenderer | undefined,
): DescriptionRenderer | undefined {
  const previous = renderer;
  renderer = r;
  return previous;
}

function formatValue(v: number | string | boolean): string {
  if (typeof v === "number") {
    return Number.isInteger(v)
      ? String(v)
      : v.toPrecision(12).replace(/\.?0+(e|$)/, "$1");
  }
  return String(v);
}

/**
 * Plain Markdown rendering of a description (the fallback, and the
 * `text/markdown` part of richer bundles).
 *
 * @example
 * ```ts
 * import { describeAsMarkdown } from "./describe.ts";
 * const md = describeAsMarkdown({ title: "T", parameters: [{ name: "a", value: 0.5 }] });
 * if (!md.includes("| a |") || !md.includes("0.5")) throw new Error(md);
 * ```
 */
export function describeAsMarkdown(d: Description): string {
  const lines: string[] = [`**${d.title}**`, ""];
  if (d.formula) lines.push(`$$${d.formula}$$`, "");
  if (d.parameters && d.parameters.length > 0) {
    lines.push("| parameter | symbol | value | unit |", "|---|---|---|---|");
    for (const p of d.parameters) {
      lines.push(
        `| ${p.name} | ${p.symbol ? `$${p.symbol}$` : ""} | ${
          formatValue(p.value)
        } | ${p.unit ?? ""} |`,
      );
    }
    lines.push("");
  }
  if (d.table) {
    lines.push(
      `| ${d.table.columns.join(" | ")} |`,
      `|${d.table.columns.map(() => "---").join("|")}|`,
    );
    for (const row of d.table.rows) {
      lines.push(`| ${row.map(formatValue).join(" | ")} |`);
    }
    lines.push("");
  }
  for (const n of d.notes ?? []) lines.push(n, "");
  return lines.join("\n").trimEnd();
}

/**
 * Plain-text one-paragraph rendering of a description.
 *
 * @example
 * ```ts
 * import { describeAsText } from "./describe.ts";
 * if (!describeAsText({ title: "T", parameters: [{ name: "a", value: 2 }] }).includes("a = 2")) throw new Error();
 * ```
 */
export function describeAsText(d: Description): string {
  const params = (d.parameters ?? []).map((p) =>
    `${p.name} = ${formatValue(p.value)}${p.unit ? " " + p.unit : ""}`
  );
  return params.length > 0 ? `${d.title} (${params.join(", ")})` : d.title;
}

/**
 * The MIME bundle for a description: the registered renderer's, or
 * Markdown + text when no renderer is registered.
 *
 * @example
 * ```ts
 * import { displayBundle, setDescriptionRenderer } from "./describe.ts";
 * const previous = setDescriptionRenderer(undefined);
 * const b = displayBundle({ title: "T" });
 * if (!("text/plain" in b) || !("text/markdown" in b)) throw new Error("fallback bundle");
 * setDescriptionRenderer(previous);
 * ```
 */
export function displayBundle(d: Description): MimeBundle {
  if (renderer) return renderer(d);
  return {
    "text/markdown": describeAsMarkdown(d),
    "text/plain": describeAsText(d),
  };
}

/**
 * A statistical estimate as text with its honest precision: the standard
 * error rounded to two significant digits and the value to the same decimal
 * place (Particle Data Group style), e.g. `-0.017 ± 0.022`. Without a
 * usable error (0, NaN, ∞) the value is printed to 6 significant digits.
 *
 * @param value The estimate.
 * @param error Its standard error (≥ 0).
 * @returns `"value ± error"`.
 *
 * @example
 * ```ts
 * import { withUncertainty } from "./describe.ts";
 * if (withUncertainty(-0.016773855349, 0.02231) !== "-0.017 ± 0.022") throw new Error();
 * if (withUncertainty(1.00234505963, 0.0317) !== "1.002 ± 0.032") throw new Error();
 * ```
 */
export function withUncertainty(value: number, error: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (!(error > 0) || !Number.isFinite(error)) {
    return String(Number(value.toPrecision(6)));
  }
  const e = Number(error.toPrecision(2));
  const decimals = Math.min(20, Math.max(0, 1 - Math.floor(Math.log10(e))));
  return `${value.toFixed(decimals)} ± ${e.toFixed(decimals)}`;
}

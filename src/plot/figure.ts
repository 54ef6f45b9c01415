/**
 * The {@linkcode Figure} class: a figure as pure data, with its Vega-Lite,
 * Plotly and SVG forms and its Jupyter display bundle.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import type { MimeBundle } from "../describe.ts";
import { renderVegaLiteSVG } from "./_render_svg.ts";
import {
  type PlotlyLayout,
  type PlotlyTrace,
  toPlotlyFigure,
} from "./_plotly.ts";
import { toVegaLiteSpec } from "./_vegalite.ts";
import { positiveSize } from "./_validate.ts";
import type { Panel, Renderer } from "./types.ts";

export type { PlotlyLayout, PlotlyTrace } from "./_plotly.ts";

/** A Vega-Lite v5 top-level specification (vega-lite's own type). */
export type VegaLiteSpec = TopLevelSpec;

/** The Plotly form of a figure: pass it to `Plotly.newPlot(div, data, layout)`. */
export interface PlotlyFigure {
  /** Traces. */
  readonly data: PlotlyTrace[];
  /** Layout. */
  readonly layout: PlotlyLayout;
}

/** MIME type of a Vega-Lite v5 spec in a Jupyter bundle. */
export const VEGA_LITE_MIME = "application/vnd.vegalite.v5+json";
/** MIME type of a Plotly figure in a Jupyter bundle. */
export const PLOTLY_MIME = "application/vnd.plotly.v1+json";

const RENDERERS: readonly Renderer[] = ["vega-lite", "plotly"];
let defaultRenderer: Renderer = "vega-lite";

function checkRenderer(doing: string, r: unknown): Renderer {
  if (!RENDERERS.includes(r as Renderer)) {
    throw new RangeError(
      `Cannot ${doing}: \`renderer\` must be "vega-lite" or "plotly", got ${
        typeof r === "string" ? JSON.stringify(r) : String(r)
      }`,
    );
  }
  return r as Renderer;
}

/**
 * Sets the renderer used by figures that do not choose one; returns the
 * previous default. The initial default is `"vega-lite"`.
 *
 * @example
 * ```ts
 * import { setDefaultRenderer, getDefaultRenderer } from "./figure.ts";
 * const previous = setDefaultRenderer("plotly");
 * if (getDefaultRenderer() !== "plotly") throw new Error("not switched");
 * setDefaultRenderer(previous);
 * ```
 */
export function setDefaultRenderer(renderer: Renderer): Renderer {
  const r = checkRenderer("set the default renderer", renderer);
  const previous = defaultRenderer;
  defaultRenderer = r;
  return previous;
}

/**
 * The renderer used by figures that do not choose one.
 *
 * @example
 * ```ts
 * import { getDefaultRenderer } from "./figure.ts";
 * if (!["vega-lite", "plotly"].includes(getDefaultRenderer())) throw new Error();
 * ```
 */
export function getDefaultRenderer(): Renderer {
  return defaultRenderer;
}

/** Presentation options shared by all builders and {@linkcode Figure.with}. */
export interface FigureOptions {
  /** Figure title; default none. */
  readonly title?: string;
  /** Width of one panel in CSS pixels; default 480. */
  readonly width?: number;
  /** Height of one panel in CSS pixels; default 300. */
  readonly height?: number;
  /**
   * Renderer for this figure; default: the global default at display time
   * (see {@linkcode setDefaultRenderer}).
   */
  readonly renderer?: Renderer;
}

/** Everything that defines a figure. */
export interface FigureData extends FigureOptions {
  /** Panels, left to right. */
  readonly panels: readonly Panel[];
}

/**
 * A figure: panels of layers (curves, bars, error bars, heatmaps), as plain
 * data. Build one with the builders of this module (`lines`, `histogram`,
 * …); it never does I/O. It gives its Vega-Lite form
 * ({@linkcode Figure.toVegaLite}), its Plotly form
 * ({@linkcode Figure.toPlotly}) and a static SVG ({@linkcode Figure.toSVG},
 * rendered by vega), and displays itself in a notebook as the MIME bundle of
 * {@linkcode Figure.displayBundle}.
 *
 * @example
 * ```ts
 * import { Figure } from "./figure.ts";
 * const fig = new Figure({
 *   panels: [{
 *     layers: [{ kind: "line", name: "y = x²", x: [0, 1, 2], y: [0, 1, 4], dash: "solid", markers: false }],
 *     xLabel: "x", yLabel: "y", logX: false, logY: false,
 *   }],
 * });
 * const spec = fig.toVegaLite() as { $schema: string };
 * if (!spec.$schema.endsWith("/v5.json")) throw new Error(spec.$schema);
 * if (fig.toPlotly().data.length !== 1) throw new Error("one trace");
 * ```
 */
export class Figure {
  /** Panels, left to right. */
  readonly panels: readonly Panel[];
  /** Figure title, if any. */
  readonly title?: string;
  /** Width of one panel in CSS pixels. */
  readonly width: number;
  /** Height of one panel in CSS pixels. */
  readonly height: number;
  /** The renderer chosen for this figure; `undefined` follows the default. */
  readonly renderer?: Renderer;
  #svg?: Promise<string>;

  /** Wraps figure data (validated: at least one panel, positive sizes). */
  constructor(data: FigureData) {
    const doing = "build a figure";
    if (!Array.isArray(data.panels) || data.panels.length === 0) {
      throw new RangeError(
        `Cannot ${doing}: \`panels\` must hold at least one panel, got ${
          Array.isArray(data.panels) ? "none" : typeof data.panels
        }`,
      );
    }
    const width = data.width ?? 480;
    const height = data.height ?? 300;
    positiveSize(doing, "width", width);
    positiveSize(doing, "height", height);
    this.panels = data.panels;
    if (data.title !== undefined) this.title = data.title;
    this.width = width;
    this.height = height;
    if (data.renderer !== undefined) {
      this.renderer = checkRenderer(doing, data.renderer);
    }
  }

  /**
   * A copy with some presentation options changed (title, size, renderer).
   *
   * @example
   * ```ts
   * import { lines } from "./lines.ts";
   * const fig = lines({ x: [0, 1], series: [{ name: "a", y: [1, 2] }] });
   * if (fig.with({ renderer: "plotly" }).activeRenderer !== "plotly") throw new Error();
   * ```
   */
  with(options: FigureOptions): Figure {
    return new Figure({
      panels: this.panels,
      title: "title" in options ? options.title : this.title,
      width: options.width ?? this.width,
      height: options.height ?? this.height,
      renderer: "renderer" in options ? options.renderer : this.renderer,
    });
  }

  /** The renderer this figure displays with now (its own, else the default). */
  get activeRenderer(): Renderer {
    return this.renderer ?? defaultRenderer;
  }

  /**
   * The Vega-Lite v5 specification (data inline), valid for the pinned
   * vega-lite compiler.
   *
   * @example
   * ```ts
   * import { lines } from "./lines.ts";
   * const spec = lines({ x: [0, 1], series: [{ name: "a", y: [1, 2] }] }).toVegaLite();
   * if (!("layer" in spec)) throw new Error("a layered spec");
   * ```
   */
  toVegaLite(): VegaLiteSpec {
    return toVegaLiteSpec(this);
  }

  /**
   * The Plotly form `{ data, layout }`.
   *
   * @example
   * ```ts
   * import { lines } from "./lines.ts";
   * const { data, layout } = lines({ x: [0, 1], series: [{ name: "a", y: [1, 2] }], xLabel: "t" }).toPlotly();
   * if (data[0].type !== "scatter") throw new Error("scatter trace");
   * if (layout.xaxis?.title?.text !== "t") throw new Error("axis title");
   * ```
   */
  toPlotly(): PlotlyFigure {
    return toPlotlyFigure(this);
  }

  /**
   * A static SVG document of the figure, rendered by vega from the Vega-Lite
   * form (the same picture whatever the renderer). Computed once per figure.
   *
   * @example
   * ```ts
   * import { lines } from "./lines.ts";
   * const svg = await lines({ x: [0, 1], series: [{ name: "a", y: [1, 2] }] }).toSVG();
   * if (!svg.startsWith("<svg")) throw new Error("an SVG document");
   * ```
   */
  toSVG(): Promise<string> {
    this.#svg ??= renderVegaLiteSVG(this.toVegaLite());
    return this.#svg;
  }

  /**
   * A one-line summary: title, panels and layers.
   *
   * @example
   * ```ts
   * import { lines } from "./lines.ts";
   * const s = lines({ x: [0, 1], series: [{ name: "a", y: [1, 2] }], title: "T" }).summary();
   * if (!s.includes("T") || !s.includes("a (2 points)")) throw new Error(s);
   * ```
   */
  summary(): string {
    const parts = this.panels.map((p) =>
      p.layers.map((l) => {
        switch (l.kind) {
          case "line":
          case "errorbars":
            return `${l.name} (${l.x.length} points)`;
          case "bars":
            return `${l.name} (${l.heights.length} bins)`;
          case "heatmap":
            return `${l.name} (${l.x.length}×${l.y.length} grid)`;
        }
      }).join(", ")
    );
    const head = this.title === undefined ? "Figure" : `Figure "${this.title}"`;
    return `${head}: ${parts.join(" | ")} [${this.activeRenderer}]`;
  }

  /**
   * The Jupyter MIME bundle: the native form of the active renderer
   * (`application/vnd.vegalite.v5+json` or `application/vnd.plotly.v1+json`),
   * an `image/svg+xml` fallback for front ends that render neither (GitHub,
   * nbconvert HTML), and `text/plain`. Never `text/html` (it would outrank
   * the Vega-Lite spec in JupyterLab).
   *
   * @example
   * ```ts
   * import { lines } from "./lines.ts";
   * const b = await lines({ x: [0, 1], series: [{ name: "a", y: [1, 2] }] })
   *   .with({ renderer: "plotly" }).displayBundle();
   * const keys = Object.keys(b).sort().join(" ");
   * if (keys !== "application/vnd.plotly.v1+json image/svg+xml text/plain") throw new Error(keys);
   * ```
   */
  async displayBundle(): Promise<MimeBundle> {
    const native = this.activeRenderer === "plotly"
      ? { [PLOTLY_MIME]: this.toPlotly() }
      : { [VEGA_LITE_MIME]: this.toVegaLite() };
    return {
      ...native,
      "image/svg+xml": await this.toSVG(),
      "text/plain": this.summary(),
    };
  }

  /**
   * Jupyter display hook: the Deno kernel awaits the returned promise and
   * shows {@linkcode Figure.displayBundle}.
   */
  [Symbol.for("Jupyter.display")](): Promise<MimeBundle> {
    return this.displayBundle();
  }
}

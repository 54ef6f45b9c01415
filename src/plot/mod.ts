/**
 * Figures and rich notebook displays.
 *
 * Builders return a {@linkcode Figure}: pure data (no I/O) that gives its
 * Vega-Lite v5 spec (`toVegaLite()`), its Plotly `{ data, layout }`
 * (`toPlotly()`) and a static SVG rendered by vega inside Deno (`toSVG()`).
 * As the last expression of a notebook cell a figure displays itself with
 * the native MIME type of its renderer plus an `image/svg+xml` fallback, so
 * it shows in JupyterLab and VS Code (interactive) and on GitHub / nbconvert
 * HTML (static).
 *
 * - {@linkcode lines}: curves J(ω), γ(t), K(t) at several temperatures …
 * - {@linkcode profile}: a temperature profile T(x).
 * - {@linkcode histogram}: a binned density with error bars and an analytic
 *   overlay.
 * - {@linkcode heatmap}: z(x, y), e.g. P(x, t).
 * - {@linkcode errorbars}: a parameter sweep with error bars.
 * - {@linkcode layer} / {@linkcode hconcat}: overlay or place side by side.
 * - {@linkcode preview}: the preview curve of any described object.
 *
 * The renderer is `"vega-lite"` by default; switch it for all figures with
 * {@linkcode setDefaultRenderer} or for one with `fig.with({ renderer })`.
 *
 * Loading this layer (importing the root `mod.ts` does) also registers the
 * rich display of library objects ({@linkcode descriptionBundle}) and the
 * live notebook progress bar ({@linkcode notebookProgress}).
 *
 * @example
 * ```ts
 * import { plot } from "../../mod.ts";
 * const w = Array.from({ length: 50 }, (_, i) => 0.1 * (i + 1));
 * const fig = plot.lines({
 *   x: w,
 *   series: [{ name: "Drude", y: w.map((v) => v / (1 + (v / 2) ** 2)) }],
 *   xLabel: "ω", yLabel: "J(ω)", logX: true, logY: true,
 * });
 * const bundle = await fig.displayBundle();
 * if (!("application/vnd.vegalite.v5+json" in bundle) || !("image/svg+xml" in bundle)) {
 *   throw new Error("Vega-Lite spec with an SVG fallback");
 * }
 * ```
 *
 * @module
 */
export type {
  BarLayer,
  ErrorBarLayer,
  HeatmapLayer,
  Layer,
  LineDash,
  LineLayer,
  Panel,
  Renderer,
} from "./types.ts";
export {
  Figure,
  type FigureData,
  type FigureOptions,
  getDefaultRenderer,
  PLOTLY_MIME,
  type PlotlyFigure,
  type PlotlyLayout,
  type PlotlyTrace,
  setDefaultRenderer,
  VEGA_LITE_MIME,
  type VegaLiteSpec,
} from "./figure.ts";
export { lines, type LineSeries, type LinesOptions } from "./lines.ts";
export { profile, type ProfileOptions } from "./profile.ts";
export { histogram, type HistogramOptions, type Overlay } from "./histogram.ts";
export { heatmap, type HeatmapOptions } from "./heatmap.ts";
export { errorbars, type ErrorBarsOptions } from "./errorbars.ts";
export { hconcat, layer } from "./compose.ts";
export { palette } from "./palette.ts";
export { type Describable, preview } from "./preview.ts";
export { describeAsHTML, descriptionBundle } from "./describe_bundle.ts";
export {
  displayProgress,
  type JupyterDisplay,
  jupyterDisplay,
  notebookProgress,
  PROGRESS_INTERVAL_MS,
  progressBundle,
} from "./jupyter_progress.ts";
export type {
  DescribedParameter,
  DescribedPreview,
  DescribedTable,
  Description,
  MimeBundle,
} from "../describe.ts";
export type { Progress, ProgressFactory, ProgressStart } from "../progress.ts";

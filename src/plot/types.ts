/**
 * The data model of a figure: panels holding layers of plain numbers. A
 * figure is pure data (JSON-serializable, no I/O); the Vega-Lite, Plotly and
 * SVG forms are computed from it.
 *
 * @module
 */

/** Which front-end form a figure displays as. */
export type Renderer = "vega-lite" | "plotly";

/** Line style of a curve. */
export type LineDash = "solid" | "dash" | "dot";

/** A named curve y(x). */
export interface LineLayer {
  /** Discriminant. */
  readonly kind: "line";
  /** Legend name. */
  readonly name: string;
  /** Abscissae. */
  readonly x: readonly number[];
  /** Ordinates, same length as `x`. */
  readonly y: readonly number[];
  /** Line style; default `"solid"`. */
  readonly dash: LineDash;
  /** Draw a marker at every point; default `false`. */
  readonly markers: boolean;
  /** CSS colour; default the palette colour of the layer's name. */
  readonly color?: string;
}

/** Bars between bin edges (a histogram or a binned density). */
export interface BarLayer {
  /** Discriminant. */
  readonly kind: "bars";
  /** Legend name. */
  readonly name: string;
  /** Bin edges, strictly increasing, length = bins + 1. */
  readonly edges: readonly number[];
  /** Bar heights, length = bins. */
  readonly heights: readonly number[];
  /** Optional one-σ error of each height (≥ 0), length = bins. */
  readonly errors?: readonly number[];
  /** CSS colour; default the palette colour of the layer's name. */
  readonly color?: string;
}

/** Points with symmetric vertical error bars. */
export interface ErrorBarLayer {
  /** Discriminant. */
  readonly kind: "errorbars";
  /** Legend name. */
  readonly name: string;
  /** Abscissae. */
  readonly x: readonly number[];
  /** Central values. */
  readonly y: readonly number[];
  /** Half-widths of the bars (≥ 0). */
  readonly yError: readonly number[];
  /** CSS colour; default the palette colour of the layer's name. */
  readonly color?: string;
}

/** A colour map z(x, y) on a rectilinear grid. */
export interface HeatmapLayer {
  /** Discriminant. */
  readonly kind: "heatmap";
  /** Colour-bar title. */
  readonly name: string;
  /** Cell centres along x, strictly increasing. */
  readonly x: readonly number[];
  /** Cell centres along y, strictly increasing. */
  readonly y: readonly number[];
  /** Values, `z[j][i]` at `(x[i], y[j])`: one row per y. */
  readonly z: readonly (readonly number[])[];
}

/** Anything a panel can hold. */
export type Layer = LineLayer | BarLayer | ErrorBarLayer | HeatmapLayer;

/** One set of axes with its layers, drawn in order. */
export interface Panel {
  /** Layers, back to front. */
  readonly layers: readonly Layer[];
  /** x-axis title. */
  readonly xLabel: string;
  /** y-axis title. */
  readonly yLabel: string;
  /** Logarithmic x axis (non-positive x are left out). */
  readonly logX: boolean;
  /** Logarithmic y axis (non-positive y are left out). */
  readonly logY: boolean;
  /** Panel title, if any. */
  readonly title?: string;
}

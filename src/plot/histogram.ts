/**
 * Binned densities (e.g. a simulated position histogram) with an optional
 * analytic overlay (e.g. the predicted stationary density).
 *
 * @module
 */
import type { Figure, FigureOptions } from "./figure.ts";
import { singlePanelFigure } from "./_single_panel.ts";
import {
  finiteArray,
  nonNegative,
  sameLength,
  strictlyIncreasing,
} from "./_validate.ts";
import type { Layer } from "./types.ts";

/** A curve drawn over the bars. */
export interface Overlay {
  /** Legend name, e.g. `"theory"`. */
  readonly name: string;
  /** Abscissae. */
  readonly x: ArrayLike<number>;
  /** Ordinates. */
  readonly y: ArrayLike<number>;
  /** Line style; default `"solid"`. */
  readonly dash?: "solid" | "dash" | "dot";
  /** CSS colour; default the next palette colour. */
  readonly color?: string;
}

/** Options of {@linkcode histogram}. */
export interface HistogramOptions extends FigureOptions {
  /** Bin edges, strictly increasing, length = bins + 1. */
  readonly edges: ArrayLike<number>;
  /** Height of each bin (a density or a count), length = bins. */
  readonly density: ArrayLike<number>;
  /** One-σ standard error of each bin (≥ 0), drawn as error bars; default none. */
  readonly standardError?: ArrayLike<number>;
  /** Curve(s) over the bars; default none. */
  readonly overlay?: Overlay | readonly Overlay[];
  /** Legend name of the bars; default `"histogram"`. */
  readonly name?: string;
  /** CSS colour of the bars; default the first palette colour. */
  readonly color?: string;
  /** x-axis title; default `"x"`. */
  readonly xLabel?: string;
  /** y-axis title; default `"density"`. */
  readonly yLabel?: string;
}

/**
 * A histogram (bars between edges, optional error bars) with optional
 * analytic curves on top.
 *
 * @example
 * ```ts
 * import { histogram } from "./histogram.ts";
 * const fig = histogram({
 *   edges: [0, 1, 2], density: [0.4, 0.6], standardError: [0.05, 0.05],
 *   overlay: { name: "theory", x: [0, 2], y: [0.5, 0.5] },
 * });
 * const kinds = fig.panels[0].layers.map((l) => l.kind).join(",");
 * if (kinds !== "bars,line") throw new Error(kinds);
 * ```
 */
export function histogram(options: HistogramOptions): Figure {
  const doing = "build a histogram";
  const edges = finiteArray(doing, "edges", options.edges);
  if (edges.length < 2) {
    throw new RangeError(
      `Cannot ${doing}: \`edges\` must hold at least 2 values (one bin), got ${edges.length}`,
    );
  }
  strictlyIncreasing(doing, "edges", edges);
  const heights = finiteArray(doing, "density", options.density);
  sameLength(doing, "density", heights, edges.length - 1, "edges minus one");
  let errors: number[] | undefined;
  if (options.standardError !== undefined) {
    errors = finiteArray(doing, "standardError", options.standardError);
    sameLength(doing, "standardError", errors, heights.length, "density");
    nonNegative(doing, "standardError", errors);
  }
  const layers: Layer[] = [{
    kind: "bars",
    name: options.name ?? "histogram",
    edges,
    heights,
    ...(errors ? { errors } : {}),
    ...(options.color === undefined ? {} : { color: options.color }),
  }];
  const overlays = options.overlay === undefined
    ? []
    : Array.isArray(options.overlay)
    ? options.overlay as readonly Overlay[]
    : [options.overlay as Overlay];
  overlays.forEach((o, k) => {
    const x = finiteArray(doing, `overlay[${k}].x`, o.x);
    const y = finiteArray(doing, `overlay[${k}].y`, o.y);
    sameLength(doing, `overlay[${k}].y`, y, x.length, "its x");
    layers.push({
      kind: "line",
      name: o.name,
      x,
      y,
      dash: o.dash ?? "solid",
      markers: false,
      ...(o.color === undefined ? {} : { color: o.color }),
    });
  });
  return singlePanelFigure(layers, {
    xLabel: options.xLabel ?? "x",
    yLabel: options.yLabel ?? "density",
    logX: false,
    logY: false,
  }, options);
}

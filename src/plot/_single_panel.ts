/**
 * The one-panel figure every single-plot builder (lines, errorbars,
 * heatmap, histogram) returns.
 *
 * @module
 */
import { Figure, type FigureOptions } from "./figure.ts";
import type { Layer } from "./types.ts";

/** Axis titles and scales of the panel, defaults already applied. */
export interface PanelAxes {
  readonly xLabel: string;
  readonly yLabel: string;
  readonly logX: boolean;
  readonly logY: boolean;
}

/** A figure of one panel holding `layers`, sized and titled from `options`. */
export function singlePanelFigure(
  layers: readonly Layer[],
  axes: PanelAxes,
  options: FigureOptions,
): Figure {
  return new Figure({
    panels: [{
      layers,
      xLabel: axes.xLabel,
      yLabel: axes.yLabel,
      logX: axes.logX,
      logY: axes.logY,
    }],
    title: options.title,
    width: options.width,
    height: options.height,
    renderer: options.renderer,
  });
}

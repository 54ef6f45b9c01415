/**
 * Points with error bars, e.g. a parameter sweep of simulated estimates.
 *
 * @module
 */
import type { Figure, FigureOptions } from "./figure.ts";
import { singlePanelFigure } from "./_single_panel.ts";
import { finiteArray, nonNegative, sameLength } from "./_validate.ts";

/** Options of {@linkcode errorbars}. */
export interface ErrorBarsOptions extends FigureOptions {
  /** Abscissae (the swept parameter). */
  readonly x: ArrayLike<number>;
  /** Estimates, one per abscissa. */
  readonly y: ArrayLike<number>;
  /** Half-width of each error bar (≥ 0), e.g. one standard error. */
  readonly yError: ArrayLike<number>;
  /** Legend name; default `"estimate"`. */
  readonly name?: string;
  /** CSS colour; default the first palette colour. */
  readonly color?: string;
  /** x-axis title; default `"x"`. */
  readonly xLabel?: string;
  /** y-axis title; default `"y"`. */
  readonly yLabel?: string;
  /** Logarithmic x axis (points with x ≤ 0 are left out); default `false`. */
  readonly logX?: boolean;
  /** Logarithmic y axis (points with y ≤ 0 are left out); default `false`. */
  readonly logY?: boolean;
}

/**
 * A figure of estimates with symmetric error bars. Combine it with a theory
 * curve through {@linkcode ./compose.ts | layer}.
 *
 * @example
 * ```ts
 * import { errorbars } from "./errorbars.ts";
 * const fig = errorbars({ x: [1, 2, 3], y: [0.9, 2.1, 2.9], yError: [0.1, 0.1, 0.2], xLabel: "T" });
 * const trace = fig.toPlotly().data[0];
 * if (trace.mode !== "markers" || trace.error_y?.visible !== true) throw new Error("markers with error bars");
 * ```
 */
export function errorbars(options: ErrorBarsOptions): Figure {
  const doing = "build an error-bar plot";
  const x = finiteArray(doing, "x", options.x);
  const y = finiteArray(doing, "y", options.y);
  const yError = finiteArray(doing, "yError", options.yError);
  sameLength(doing, "y", y, x.length, "x");
  sameLength(doing, "yError", yError, x.length, "x");
  nonNegative(doing, "yError", yError);
  return singlePanelFigure(
    [{
      kind: "errorbars",
      name: options.name ?? "estimate",
      x,
      y,
      yError,
      ...(options.color === undefined ? {} : { color: options.color }),
    }],
    {
      xLabel: options.xLabel ?? "x",
      yLabel: options.yLabel ?? "y",
      logX: options.logX ?? false,
      logY: options.logY ?? false,
    },
    options,
  );
}

/**
 * Curves y(x): spectral densities J(ω), damping kernels γ(t), noise kernels
 * K(t) at several temperatures, quantum against classical.
 *
 * @module
 */
import type { Figure, FigureOptions } from "./figure.ts";
import { singlePanelFigure } from "./_single_panel.ts";
import { finiteArray, sameLength } from "./_validate.ts";
import type { LineDash, LineLayer } from "./types.ts";

/** One curve of {@linkcode lines}. */
export interface LineSeries {
  /** Legend name, e.g. `"T = 0.5"`. */
  readonly name: string;
  /** Ordinates (finite), one per abscissa. */
  readonly y: ArrayLike<number>;
  /** Own abscissae for this curve; default the shared `x` of the figure. */
  readonly x?: ArrayLike<number>;
  /** Line style; default `"solid"`. */
  readonly dash?: LineDash;
  /** Draw a marker at each point; default `false`. */
  readonly markers?: boolean;
  /**
   * CSS colour, e.g. `plot.palette[0]` to pair a quantum and a classical
   * curve; default the next palette colour.
   */
  readonly color?: string;
}

/** Options of {@linkcode lines}. */
export interface LinesOptions extends FigureOptions {
  /** Shared abscissae (finite); may be omitted if every series has its own `x`. */
  readonly x?: ArrayLike<number>;
  /** The curves, drawn in order (at least one). */
  readonly series: readonly LineSeries[];
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
 * A figure of one or more named curves on shared axes.
 *
 * @example
 * ```ts
 * import { lines } from "./lines.ts";
 * const t = [0, 0.5, 1, 1.5, 2];
 * const fig = lines({
 *   x: t,
 *   series: [
 *     { name: "quantum", y: t.map((s) => Math.exp(-s) * Math.cos(3 * s)) },
 *     { name: "classical", y: t.map((s) => Math.exp(-s)), dash: "dash" },
 *   ],
 *   xLabel: "t", yLabel: "K(t)", title: "Noise kernel",
 * });
 * if (fig.panels[0].layers.length !== 2) throw new Error("two curves");
 * if (fig.toPlotly().data[1].line?.dash !== "dash") throw new Error("dashed classical curve");
 * ```
 */
export function lines(options: LinesOptions): Figure {
  const doing = "build a line plot";
  if (!Array.isArray(options.series) || options.series.length === 0) {
    throw new RangeError(
      `Cannot ${doing}: \`series\` must hold at least one curve, got ${
        Array.isArray(options.series) ? "none" : typeof options.series
      }`,
    );
  }
  const shared = options.x === undefined
    ? undefined
    : finiteArray(doing, "x", options.x);
  const layers: LineLayer[] = options.series.map((s, k) => {
    if (typeof s.name !== "string") {
      throw new TypeError(
        `Cannot ${doing}: \`series[${k}].name\` must be a string, got ${typeof s
          .name}`,
      );
    }
    const label = `series[${k}] ("${s.name}")`;
    const x = s.x === undefined
      ? shared
      : finiteArray(doing, `${label}.x`, s.x);
    if (x === undefined) {
      throw new TypeError(
        `Cannot ${doing}: ${label} has no abscissae; give \`x\` for the figure or for the series`,
      );
    }
    const y = finiteArray(doing, `${label}.y`, s.y);
    sameLength(doing, `${label}.y`, y, x.length, "its x");
    return {
      kind: "line",
      name: s.name,
      x,
      y,
      dash: s.dash ?? "solid",
      markers: s.markers ?? false,
      ...(s.color === undefined ? {} : { color: s.color }),
    };
  });
  return singlePanelFigure(layers, {
    xLabel: options.xLabel ?? "x",
    yLabel: options.yLabel ?? "y",
    logX: options.logX ?? false,
    logY: options.logY ?? false,
  }, options);
}

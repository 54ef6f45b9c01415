/**
 * Colour maps z(x, y) on a rectilinear grid, e.g. the probability density
 * P(x, t) of an ensemble over time.
 *
 * @module
 */
import type { Figure, FigureOptions } from "./figure.ts";
import { singlePanelFigure } from "./_single_panel.ts";
import { finiteArray, sameLength, strictlyIncreasing } from "./_validate.ts";

/** Options of {@linkcode heatmap}. */
export interface HeatmapOptions extends FigureOptions {
  /** Cell centres along x, strictly increasing. */
  readonly x: ArrayLike<number>;
  /** Cell centres along y, strictly increasing. */
  readonly y: ArrayLike<number>;
  /**
   * Values: one row per y, `z[j][i]` at `(x[i], y[j])`; or one flat
   * row-major array of length `y.length * x.length`.
   */
  readonly z: ArrayLike<ArrayLike<number>> | ArrayLike<number>;
  /** x-axis title; default `"x"`. */
  readonly xLabel?: string;
  /** y-axis title; default `"y"`. */
  readonly yLabel?: string;
  /** Colour-bar title; default `"z"`. */
  readonly zLabel?: string;
}

/**
 * A heatmap. Keep grids modest (≲ 200 × 200): the Vega-Lite form carries one
 * data row per cell.
 *
 * @example
 * ```ts
 * import { heatmap } from "./heatmap.ts";
 * const fig = heatmap({ x: [0, 1, 2], y: [0, 1], z: [[1, 2, 3], [4, 5, 6]], zLabel: "P" });
 * const layer = fig.panels[0].layers[0];
 * if (layer.kind !== "heatmap" || layer.z[1][2] !== 6) throw new Error("z[1][2] = 6");
 * const flat = heatmap({ x: [0, 1, 2], y: [0, 1], z: new Float64Array([1, 2, 3, 4, 5, 6]) });
 * if (JSON.stringify(flat.panels) !== JSON.stringify(heatmap({ x: [0, 1, 2], y: [0, 1], z: [[1, 2, 3], [4, 5, 6]] }).panels)) {
 *   throw new Error("flat and nested z agree");
 * }
 * ```
 */
export function heatmap(options: HeatmapOptions): Figure {
  const doing = "build a heatmap";
  const x = finiteArray(doing, "x", options.x);
  const y = finiteArray(doing, "y", options.y);
  if (x.length === 0 || y.length === 0) {
    throw new RangeError(
      `Cannot ${doing}: \`x\` and \`y\` must be non-empty, got lengths ${x.length} and ${y.length}`,
    );
  }
  strictlyIncreasing(doing, "x", x);
  strictlyIncreasing(doing, "y", y);
  const zIn = options.z;
  const z: number[][] = [];
  if (zIn.length > 0 && typeof zIn[0] === "number") {
    const flat = finiteArray(doing, "z", zIn as ArrayLike<number>);
    sameLength(doing, "z", flat, x.length * y.length, "x.length × y.length");
    for (let j = 0; j < y.length; j++) {
      z.push(flat.slice(j * x.length, (j + 1) * x.length));
    }
  } else {
    const rows = zIn as ArrayLike<ArrayLike<number>>;
    if (rows.length !== y.length) {
      throw new RangeError(
        `Cannot ${doing}: \`z\` must have one row per y (${y.length}), but has ${rows.length}`,
      );
    }
    for (let j = 0; j < y.length; j++) {
      const row = finiteArray(doing, `z[${j}]`, rows[j]);
      sameLength(doing, `z[${j}]`, row, x.length, "x");
      z.push(row);
    }
  }
  return singlePanelFigure(
    [{ kind: "heatmap", name: options.zLabel ?? "z", x, y, z }],
    {
      xLabel: options.xLabel ?? "x",
      yLabel: options.yLabel ?? "y",
      logX: false,
      logY: false,
    },
    options,
  );
}

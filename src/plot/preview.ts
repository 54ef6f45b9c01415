/**
 * The preview curve of any described object, as a full {@linkcode Figure}
 * (interactive in the notebook, unlike the static preview in its display).
 *
 * @module
 */
import type { Description } from "../describe.ts";
import type { Figure, FigureOptions } from "./figure.ts";
import { lines } from "./lines.ts";

/** Anything that describes itself (profiles, densities, kernels, baths, …). */
export interface Describable {
  /** Data-only description for rich display. */
  describe(): Description;
}

/**
 * A line figure of the preview an object's description carries.
 *
 * @example
 * ```ts
 * import { preview } from "./preview.ts";
 * const obj = { describe: () => ({ title: "J", preview: { x: [1, 2], series: [{ name: "J", y: [3, 4] }], xLabel: "ω", yLabel: "J(ω)", logX: true } }) };
 * const fig = preview(obj);
 * if (!fig.panels[0].logX || fig.title !== "J") throw new Error("log x, titled");
 * ```
 */
export function preview(
  object: Describable,
  options: FigureOptions = {},
): Figure {
  const d = object.describe();
  if (!d.preview) {
    throw new RangeError(
      `Cannot plot the preview of "${d.title}": its description has no preview curve`,
    );
  }
  const p = d.preview;
  return lines({
    x: p.x,
    series: p.series.map((s) => ({ name: s.name, y: s.y })),
    xLabel: p.xLabel,
    yLabel: p.yLabel,
    logX: p.logX ?? false,
    logY: p.logY ?? false,
    title: options.title ?? d.title,
    width: options.width,
    height: options.height,
    renderer: options.renderer,
  });
}

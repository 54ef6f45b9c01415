/**
 * Composition: overlay figures on one set of axes, or place them side by
 * side.
 *
 * @module
 */
import { Figure } from "./figure.ts";
import type { Panel } from "./types.ts";

function figures(doing: string, figs: readonly Figure[]): void {
  if (figs.length === 0) {
    throw new RangeError(`Cannot ${doing}: give at least one figure, got none`);
  }
  figs.forEach((f, k) => {
    if (!(f instanceof Figure)) {
      throw new TypeError(
        `Cannot ${doing}: argument ${k} must be a Figure, got ${typeof f}`,
      );
    }
  });
}

/**
 * Overlays single-panel figures on the axes of the first one: layers are
 * drawn in argument order; axis titles, log scales, title, size and renderer
 * come from the first figure.
 *
 * @example
 * ```ts
 * import { layer } from "./compose.ts";
 * import { errorbars } from "./errorbars.ts";
 * import { lines } from "./lines.ts";
 * const sim = errorbars({ x: [1, 2], y: [1.1, 1.9], yError: [0.1, 0.1], name: "simulation" });
 * const theory = lines({ x: [1, 2], series: [{ name: "theory", y: [1, 2] }] });
 * const fig = layer(sim, theory);
 * if (fig.panels.length !== 1 || fig.panels[0].layers.length !== 2) throw new Error("one panel, two layers");
 * ```
 */
export function layer(...figs: Figure[]): Figure {
  const doing = "layer figures";
  figures(doing, figs);
  figs.forEach((f, k) => {
    if (f.panels.length !== 1) {
      throw new RangeError(
        `Cannot ${doing}: figure ${k} must have exactly one panel, but has ${f.panels.length}`,
      );
    }
  });
  const [first] = figs;
  const base = first.panels[0];
  const panel: Panel = {
    ...base,
    layers: figs.flatMap((f) => f.panels[0].layers),
  };
  return new Figure({
    panels: [panel],
    title: first.title,
    width: first.width,
    height: first.height,
    renderer: first.renderer,
  });
}

/**
 * Places figures side by side (each figure's panels, in order, each keeping
 * its title as the panel title). Size and renderer come from the first.
 *
 * @example
 * ```ts
 * import { hconcat } from "./compose.ts";
 * import { lines } from "./lines.ts";
 * const a = lines({ x: [0, 1], series: [{ name: "J", y: [0, 1] }], title: "J(ω)" });
 * const b = lines({ x: [0, 1], series: [{ name: "γ", y: [1, 0] }], title: "γ(t)" });
 * const fig = hconcat(a, b);
 * if (fig.panels.length !== 2 || fig.panels[1].title !== "γ(t)") throw new Error("two titled panels");
 * if (!("hconcat" in fig.toVegaLite())) throw new Error("hconcat spec");
 * ```
 */
export function hconcat(...figs: Figure[]): Figure {
  const doing = "concatenate figures";
  figures(doing, figs);
  const panels: Panel[] = figs.flatMap((f) =>
    f.panels.map((p) =>
      p.title === undefined && f.title !== undefined && f.panels.length === 1
        ? { ...p, title: f.title }
        : p
    )
  );
  const [first] = figs;
  return new Figure({
    panels,
    width: first.width,
    height: first.height,
    renderer: first.renderer,
  });
}

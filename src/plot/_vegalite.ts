/**
 * Figure → Vega-Lite v5 specification.
 *
 * Each layer of a panel becomes a Vega-Lite layer with its own inline data.
 * Curves, bars and error bars encode their colour with a `datum` (their
 * name) on one shared ordinal scale, so that every named layer gets one
 * legend entry and the colours match the Plotly form. Points that a log axis
 * cannot show (coordinates ≤ 0) are removed by a filter transform.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { palette } from "./palette.ts";
import type { Layer, Panel } from "./types.ts";

/** The `$schema` every spec carries (v5: what Jupyter front ends render). */
export const VEGA_LITE_SCHEMA =
  "https://vega.github.io/schema/vega-lite/v5.json";

type Json = Record<string, unknown>;

/** Layout and labelling of a figure, as the converters need it. */
export interface FigureFrame {
  readonly panels: readonly Panel[];
  readonly title?: string;
  readonly width: number;
  readonly height: number;
}

/**
 * Names of the coloured (non-heatmap) layers in first-occurrence order, and
 * their colours: the first explicit `color` given for a name, else the next
 * palette colour that no layer asked for explicitly.
 */
export function colouredNames(
  panels: readonly Panel[],
): { names: string[]; colours: string[] } {
  const names: string[] = [];
  const explicit: (string | undefined)[] = [];
  for (const p of panels) {
    for (const l of p.layers) {
      if (l.kind === "heatmap") continue;
      const k = names.indexOf(l.name);
      if (k < 0) {
        names.push(l.name);
        explicit.push(l.color);
      } else if (explicit[k] === undefined) explicit[k] = l.color;
    }
  }
  const taken = new Set(explicit.filter((c) => c !== undefined));
  const free = palette.filter((c) => !taken.has(c));
  const cycle = free.length > 0 ? free : palette;
  let next = 0;
  const colours = explicit.map((c) => c ?? cycle[next++ % cycle.length]);
  return { names, colours };
}

function axis(
  field: string,
  title: string,
  log: boolean,
  zero: boolean,
  nice: boolean,
): Json {
  return log
    ? {
      field,
      type: "quantitative",
      title,
      scale: { type: "log" },
      // Decades print as 0.001 … 1000 and 1e-6, not as 0.000001.
      axis: { format: "~g" },
    }
    : { field, type: "quantitative", title, scale: { zero, nice } };
}

function positiveFilter(fields: readonly string[]): Json[] {
  return fields.length === 0
    ? []
    : [{ filter: fields.map((f) => `datum.${f} > 0`).join(" && ") }];
}

function layerSpec(
  layer: Layer,
  panel: Panel,
  colourEncoding: (name: string) => Json,
): Json[] {
  // One `zero` for every layer of the panel (a conflict is a warning): bars
  // start at zero, curves alone fit their range.
  const yZero = panel.layers.some((l) => l.kind === "bars");
  // A heatmap fills its axes exactly; curves get rounded ("nice") ends.
  const nice = !panel.layers.some((l) => l.kind === "heatmap");
  const x = (field: string) =>
    axis(field, panel.xLabel, panel.logX, false, nice);
  const y = (field: string) =>
    axis(field, panel.yLabel, panel.logY, yZero, nice);
  switch (layer.kind) {
    case "line": {
      const values = layer.x.map((xi, i) => ({ i, x: xi, y: layer.y[i] }));
      const mark: Json = { type: "line", clip: true, strokeWidth: 2 };
      if (layer.dash === "dash") mark.strokeDash = [6, 4];
      if (layer.dash === "dot") mark.strokeDash = [2, 3];
      if (layer.markers) mark.point = true;
      return [{
        data: { values },
        transform: positiveFilter([
          ...(panel.logX ? ["x"] : []),
          ...(panel.logY ? ["y"] : []),
        ]),
        mark,
        encoding: {
          x: x("x"),
          y: y("y"),
          order: { field: "i", type: "quantitative" },
          color: colourEncoding(layer.name),
        },
      }];
    }
    case "bars": {
      const values = layer.heights.map((h, i) => {
        const e = layer.errors ? layer.errors[i] : 0;
        return {
          x0: layer.edges[i],
          x1: layer.edges[i + 1],
          xc: 0.5 * (layer.edges[i] + layer.edges[i + 1]),
          y: h,
          lo: h - e,
          hi: h + e,
        };
      });
      const filter = positiveFilter([
        ...(panel.logX ? ["x0", "x1"] : []),
        ...(panel.logY ? ["y"] : []),
      ]);
      const out: Json[] = [{
        data: { values },
        transform: filter,
        mark: { type: "rect", opacity: 0.55, clip: true },
        encoding: {
          x: x("x0"),
          x2: { field: "x1" },
          y: y("y"),
          y2: { datum: panel.logY ? logFloor(layer.heights) : 0 },
          color: colourEncoding(layer.name),
        },
      }];
      if (layer.errors) {
        out.push({
          data: { values },
          transform: positiveFilter([
            ...(panel.logX ? ["xc"] : []),
            ...(panel.logY ? ["lo"] : []),
          ]),
          mark: { type: "rule", clip: true },
          encoding: {
            x: x("xc"),
            y: y("lo"),
            y2: { field: "hi" },
            color: colourEncoding(layer.name),
          },
        });
      }
      return out;
    }
    case "errorbars": {
      const values = layer.x.map((xi, i) => ({
        x: xi,
        y: layer.y[i],
        lo: layer.y[i] - layer.yError[i],
        hi: layer.y[i] + layer.yError[i],
      }));
      return [
        {
          data: { values },
          transform: positiveFilter([
            ...(panel.logX ? ["x"] : []),
            ...(panel.logY ? ["lo"] : []),
          ]),
          mark: { type: "rule", clip: true },
          encoding: {
            x: x("x"),
            y: y("lo"),
            y2: { field: "hi" },
            color: colourEncoding(layer.name),
          },
        },
        {
          data: { values },
          transform: positiveFilter([
            ...(panel.logX ? ["x"] : []),
            ...(panel.logY ? ["y"] : []),
          ]),
          mark: { type: "point", filled: true, size: 40, clip: true },
          encoding: {
            x: x("x"),
            y: y("y"),
            color: colourEncoding(layer.name),
          },
        },
      ];
    }
    case "heatmap": {
      const xb = cellBounds(layer.x);
      const yb = cellBounds(layer.y);
      const values: Json[] = [];
      for (let j = 0; j < layer.y.length; j++) {
        for (let i = 0; i < layer.x.length; i++) {
          values.push({
            x0: xb[i],
            x1: xb[i + 1],
            y0: yb[j],
            y1: yb[j + 1],
            z: layer.z[j][i],
          });
        }
      }
      return [{
        data: { values },
        transform: positiveFilter([
          ...(panel.logX ? ["x0"] : []),
          ...(panel.logY ? ["y0"] : []),
        ]),
        mark: { type: "rect" },
        encoding: {
          x: x("x0"),
          x2: { field: "x1" },
          y: y("y0"),
          y2: { field: "y1" },
          color: {
            field: "z",
            type: "quantitative",
            title: layer.name,
            scale: { scheme: "viridis" },
          },
        },
      }];
    }
  }
}

/** A bar base for a log axis: a decade below the smallest positive height. */
function logFloor(heights: readonly number[]): number {
  let min = Infinity;
  for (const h of heights) if (h > 0 && h < min) min = h;
  return Number.isFinite(min) ? min / 10 : 1;
}

/**
 * Cell boundaries around strictly increasing centres: midpoints inside,
 * half a neighbouring spacing beyond the ends (one cell: ± 0.5).
 */
export function cellBounds(c: readonly number[]): number[] {
  const n = c.length;
  if (n === 1) return [c[0] - 0.5, c[0] + 0.5];
  const b = new Array<number>(n + 1);
  for (let i = 1; i < n; i++) b[i] = 0.5 * (c[i - 1] + c[i]);
  b[0] = c[0] - 0.5 * (c[1] - c[0]);
  b[n] = c[n - 1] + 0.5 * (c[n - 1] - c[n - 2]);
  return b;
}

/** Builds the Vega-Lite v5 specification of a figure. */
export function toVegaLiteSpec(frame: FigureFrame): TopLevelSpec {
  const { names, colours } = colouredNames(frame.panels);
  const hasHeatmap = frame.panels.some((p) =>
    p.layers.some((l) => l.kind === "heatmap")
  );
  const scale = { domain: names, range: colours };
  const legend = names.length > 1 ? { title: null } : null;
  const colourEncoding = (name: string): Json => ({
    datum: name,
    type: "nominal",
    scale,
    legend,
  });
  const panels: Json[] = frame.panels.map((panel) => {
    const spec: Json = {
      width: frame.width,
      height: frame.height,
      layer: panel.layers.flatMap((l) => layerSpec(l, panel, colourEncoding)),
    };
    if (panel.title !== undefined) spec.title = panel.title;
    // A heatmap's colour scale is continuous, the curves' is by name: keep
    // them apart wherever both meet (in one panel, or across panels).
    const mixed = panel.layers.some((l) => l.kind === "heatmap") &&
      panel.layers.some((l) => l.kind !== "heatmap");
    if (mixed) spec.resolve = { scale: { color: "independent" } };
    return spec;
  });
  const top: Json = {
    $schema: VEGA_LITE_SCHEMA,
    background: "white",
    config: { legend: { orient: "right", labelLimit: 320 } },
  };
  if (frame.title !== undefined) top.title = frame.title;
  if (panels.length === 1) {
    const { title: panelTitle, ...rest } = panels[0];
    Object.assign(top, rest);
    if (top.title === undefined && panelTitle !== undefined) {
      top.title = panelTitle;
    }
  } else {
    top.hconcat = panels;
    if (hasHeatmap) top.resolve = { scale: { color: "independent" } };
  }
  // The object is assembled from JSON pieces whose shape the tests check by
  // compiling every builder's output with vega-lite.
  return top as unknown as TopLevelSpec;
}

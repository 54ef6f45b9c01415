/// <reference types="@types/plotly.js" />
/**
 * Figure → Plotly `{ data, layout }` (features of plotly.js 3.x that 4.x
 * keeps: object-form axis titles, `layout.grid` subplots, no `titlefont`).
 *
 * @module
 */
import type { FigureFrame } from "./_vegalite.ts";
import { colouredNames } from "./_vegalite.ts";
import type { Layer, Panel } from "./types.ts";

/** One Plotly trace. */
export type PlotlyTrace = Partial<Plotly.PlotData>;
/** A Plotly layout. */
export type PlotlyLayout = Partial<Plotly.Layout>;

const DASH = { solid: "solid", dash: "dash", dot: "dot" } as const;

function traces(
  layer: Layer,
  axes: { xaxis: string; yaxis: string },
  colourOf: (name: string) => string,
  showLegend: boolean,
  legendShown: Set<string>,
): PlotlyTrace[] {
  const legend = (name: string) => {
    const show = showLegend && !legendShown.has(name);
    legendShown.add(name);
    return { name, legendgroup: name, showlegend: show };
  };
  switch (layer.kind) {
    case "line":
      return [{
        type: "scatter",
        mode: layer.markers ? "lines+markers" : "lines",
        x: [...layer.x],
        y: [...layer.y],
        line: { color: colourOf(layer.name), dash: DASH[layer.dash], width: 2 },
        ...legend(layer.name),
        ...axes,
      }];
    case "bars": {
      const n = layer.heights.length;
      const centres = new Array<number>(n);
      const widths = new Array<number>(n);
      for (let i = 0; i < n; i++) {
        centres[i] = 0.5 * (layer.edges[i] + layer.edges[i + 1]);
        widths[i] = layer.edges[i + 1] - layer.edges[i];
      }
      const trace: PlotlyTrace = {
        type: "bar",
        x: centres,
        y: [...layer.heights],
        width: widths,
        marker: { color: colourOf(layer.name), opacity: 0.55 },
        ...legend(layer.name),
        ...axes,
      };
      if (layer.errors) {
        trace.error_y = {
          type: "data",
          array: [...layer.errors],
          visible: true,
          color: colourOf(layer.name),
        };
      }
      return [trace];
    }
    case "errorbars":
      return [{
        type: "scatter",
        mode: "markers",
        x: [...layer.x],
        y: [...layer.y],
        error_y: {
          type: "data",
          array: [...layer.yError],
          visible: true,
          color: colourOf(layer.name),
        },
        marker: { color: colourOf(layer.name), size: 7 },
        ...legend(layer.name),
        ...axes,
      }];
    case "heatmap":
      return [{
        type: "heatmap",
        x: [...layer.x],
        y: [...layer.y],
        z: layer.z.map((row) => [...row]),
        colorscale: "Viridis",
        colorbar: { title: { text: layer.name } },
        name: layer.name,
        ...axes,
      }];
  }
}

function axisLayout(title: string, log: boolean): Partial<Plotly.LayoutAxis> {
  return {
    title: { text: title },
    type: log ? "log" : "linear",
    zeroline: false,
  };
}

/** Builds the Plotly form of a figure. */
export function toPlotlyFigure(
  frame: FigureFrame,
): { data: PlotlyTrace[]; layout: PlotlyLayout } {
  const { names, colours } = colouredNames(frame.panels);
  const colourOf = (name: string) => colours[names.indexOf(name)];
  const showLegend = names.length > 1;
  const shown = new Set<string>();
  const n = frame.panels.length;
  const data: PlotlyTrace[] = [];
  const layout: PlotlyLayout = {
    width: n * frame.width + (n - 1) * 60 + 160,
    height: frame.height + 120,
    showlegend: showLegend,
    barmode: "overlay",
    bargap: 0,
    margin: { l: 70, r: 30, t: frame.title === undefined ? 30 : 60, b: 60 },
  };
  if (frame.title !== undefined) layout.title = { text: frame.title };
  if (n > 1) layout.grid = { rows: 1, columns: n, pattern: "independent" };
  const hasHeatmap = frame.panels.some((p) =>
    p.layers.some((l) => l.kind === "heatmap")
  );
  // Colour bars sit at the right edge of their panel; the legend then goes
  // below the plot so that the two never overlap.
  if (hasHeatmap && showLegend) {
    layout.legend = { orientation: "h", x: 0, y: -0.25 };
    layout.height = (layout.height ?? 0) + 40;
  }
  frame.panels.forEach((panel: Panel, k: number) => {
    const suffix = k === 0 ? "" : String(k + 1);
    const axes = { xaxis: `x${suffix}`, yaxis: `y${suffix}` };
    for (const layer of panel.layers) {
      for (const trace of traces(layer, axes, colourOf, showLegend, shown)) {
        if (trace.type === "heatmap" && n > 1) {
          trace.colorbar = { ...trace.colorbar, x: (k + 1) / n, len: 0.9 };
        }
        data.push(trace);
      }
    }
    const xa = axisLayout(panel.xLabel, panel.logX);
    const ya = axisLayout(panel.yLabel, panel.logY);
    if (k === 0) {
      layout.xaxis = xa;
      layout.yaxis = ya;
    } else {
      Object.assign(layout, { [`xaxis${suffix}`]: xa, [`yaxis${suffix}`]: ya });
    }
    if (panel.title !== undefined && n > 1) {
      const annotations = layout.annotations ?? [];
      annotations.push({
        text: panel.title,
        xref: `x${suffix} domain` as Plotly.XAxisName,
        yref: `y${suffix} domain` as Plotly.YAxisName,
        x: 0.5,
        y: 1.08,
        showarrow: false,
      });
      layout.annotations = annotations;
    } else if (panel.title !== undefined && frame.title === undefined) {
      layout.title = { text: panel.title };
    }
  });
  return { data, layout };
}

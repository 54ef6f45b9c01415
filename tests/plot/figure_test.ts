import assert from "node:assert/strict";
import * as vega from "vega";
import * as vl from "vega-lite";
import * as plot from "../../src/plot/mod.ts";
import { sampleFigures } from "./_figures.ts";

type Json = Record<string, unknown>;

function compileQuietly(
  spec: plot.VegaLiteSpec,
): { spec: vega.Spec; warnings: string[] } {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...m: unknown[]) => {
      throw new Error(m.join(" "));
    },
    warn: (...m: unknown[]) => {
      warnings.push(m.join(" "));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  type Options = NonNullable<Parameters<typeof vl.compile>[1]>;
  const options = { logger } as unknown as Options;
  return { spec: vl.compile(spec, options).spec, warnings };
}

Deno.test("every sample figure's Vega-Lite spec compiles without errors or warnings and renders to SVG", async (t) => {
  for (const [name, fig] of Object.entries(sampleFigures())) {
    await t.step(name, async () => {
      const spec = fig.toVegaLite() as unknown as Json;
      assert.equal(
        spec.$schema,
        "https://vega.github.io/schema/vega-lite/v5.json",
      );
      const { spec: compiled, warnings } = compileQuietly(fig.toVegaLite());
      assert.deepEqual(warnings, [], `${name}: vega-lite warnings`);
      const view = new vega.View(vega.parse(compiled), { renderer: "none" });
      const svg = await view.toSVG();
      view.finalize();
      assert.match(svg, /^<svg[^>]*class="marks"/);
      // toSVG renders the same spec with vega, once per figure.
      assert.match(await fig.toSVG(), /^<svg[^>]*class="marks"/);
      assert.equal(fig.toSVG(), fig.toSVG(), "cached per figure");
      // The spec is JSON: it survives a round trip unchanged.
      assert.deepEqual(JSON.parse(JSON.stringify(spec)), spec);
    });
  }
});

Deno.test("Vega-Lite spec: one layer per curve, colours by datum, log scales filter non-positive points", () => {
  const { kernels, density } = sampleFigures();
  const k = kernels.toVegaLite() as unknown as { layer: Json[]; title: string };
  assert.equal(k.title, "Noise kernels");
  assert.equal(k.layer.length, 4);
  const enc = k.layer[3].encoding as {
    color: { datum: string; scale: { domain: string[] } };
  };
  assert.equal(enc.color.datum, "classical");
  assert.deepEqual(enc.color.scale.domain, [
    "T = 0.1",
    "T = 1",
    "T = 10",
    "classical",
  ]);
  const d = density.toVegaLite() as unknown as { layer: Json[] };
  const x = (d.layer[0].encoding as { x: { scale: Json } }).x;
  assert.deepEqual(x.scale, { type: "log" });
  assert.deepEqual(d.layer[0].transform, [{
    filter: "datum.x > 0 && datum.y > 0",
  }]);
});

Deno.test("Plotly form: trace types, axes, log axes, subplots", () => {
  const f = sampleFigures();
  const k = f.kernels.toPlotly();
  assert.equal(k.data.length, 4);
  assert.ok(k.data.every((d) => d.type === "scatter" && d.mode === "lines"));
  assert.equal(k.layout.title?.text, "Noise kernels");
  assert.equal(k.layout.xaxis?.title?.text, "t");
  assert.equal(f.density.toPlotly().layout.yaxis?.type, "log");
  const h = f.histogram.toPlotly();
  assert.deepEqual(h.data.map((d) => d.type), ["bar", "scatter"]);
  assert.equal((h.data[0].width as number[]).length, 20);
  assert.equal(h.data[0].error_y?.visible, true);
  assert.equal(f.heatmap.toPlotly().data[0].type, "heatmap");
  const s = f.side.toPlotly();
  assert.deepEqual(s.layout.grid, {
    rows: 1,
    columns: 2,
    pattern: "independent",
  });
  assert.equal(s.data.at(-1)?.xaxis, "x2");
  assert.equal((s.layout as Json).xaxis2 !== undefined, true);
  // Plotly JSON must be plain JSON.
  assert.deepEqual(JSON.parse(JSON.stringify(s)), s);
});

Deno.test("display bundle: native MIME of the renderer + SVG + text, never text/html", async () => {
  const fig = sampleFigures().kernels;
  const v = await fig.with({ renderer: "vega-lite" }).displayBundle();
  assert.deepEqual(Object.keys(v).sort(), [
    "application/vnd.vegalite.v5+json",
    "image/svg+xml",
    "text/plain",
  ]);
  const displayable = fig.with({ renderer: "plotly" }) as unknown as Record<
    symbol,
    () => Promise<Record<string, unknown>>
  >;
  const p = await displayable[Symbol.for("Jupyter.display")]();
  assert.deepEqual(Object.keys(p).sort(), [
    "application/vnd.plotly.v1+json",
    "image/svg+xml",
    "text/plain",
  ]);
  assert.deepEqual(p["application/vnd.plotly.v1+json"], fig.toPlotly());
});

Deno.test("default renderer switches globally; a figure's own choice wins", async () => {
  const fig = sampleFigures().profile;
  const previous = plot.setDefaultRenderer("plotly");
  try {
    assert.equal(fig.activeRenderer, "plotly");
    assert.ok(plot.PLOTLY_MIME in await fig.displayBundle());
    assert.equal(
      fig.with({ renderer: "vega-lite" }).activeRenderer,
      "vega-lite",
    );
  } finally {
    plot.setDefaultRenderer(previous);
  }
  assert.equal(fig.activeRenderer, "vega-lite");
  assert.throws(
    () => plot.setDefaultRenderer("matplotlib" as plot.Renderer),
    (e: unknown) =>
      e instanceof RangeError &&
      /`renderer` must be "vega-lite" or "plotly", got "matplotlib"/.test(
        e.message,
      ),
  );
});

Deno.test("builders reject what cannot be drawn, naming the parameter and the value", () => {
  const cases: [() => unknown, ErrorConstructor, RegExp][] = [
    [
      () => plot.lines({ x: [0, 1], series: [{ name: "a", y: [1, NaN] }] }),
      RangeError,
      /series\[0\] \("a"\)\.y\[1\]` must be a finite number, got NaN/,
    ],
    [
      () => plot.lines({ x: [0, 1], series: [{ name: "a", y: [1] }] }),
      RangeError,
      /length of its x \(2\), but has length 1/,
    ],
    [
      () => plot.lines({ x: [0, 1], series: [] }),
      RangeError,
      /at least one curve/,
    ],
    [
      () => plot.histogram({ edges: [0, 1, 1], density: [1, 2] }),
      RangeError,
      /`edges` must be strictly increasing/,
    ],
    [
      () =>
        plot.histogram({
          edges: [0, 1, 2],
          density: [1, 2],
          standardError: [0.1, -1],
        }),
      RangeError,
      /standardError\[1\]` must be ≥ 0, got -1/,
    ],
    [
      () => plot.heatmap({ x: [0, 1], y: [0], z: [[1, 2], [3, 4]] }),
      RangeError,
      /one row per y \(1\), but has 2/,
    ],
    [
      () => plot.errorbars({ x: [1], y: [1], yError: [Infinity] }),
      RangeError,
      /yError\[0\]` must be a finite number, got Infinity/,
    ],
    [
      () => plot.lines({ x: [0], series: [{ name: "a", y: [0] }], width: 0 }),
      RangeError,
      /`width` must be a positive finite number, got 0/,
    ],
  ];
  for (const [fn, type, pattern] of cases) {
    assert.throws(
      fn,
      (e: unknown) => e instanceof type && pattern.test((e as Error).message),
    );
  }
});

Deno.test("layer keeps the first figure's axes; hconcat keeps panel titles", () => {
  const f = sampleFigures();
  const panel = f.sweep.panels[0];
  assert.equal(panel.xLabel, "T");
  assert.equal(panel.logX, true);
  assert.deepEqual(panel.layers.map((l) => l.kind), ["errorbars", "line"]);
  assert.deepEqual(f.side.panels.map((p) => p.title), [
    "Noise kernels",
    undefined,
  ]);
  assert.throws(() => plot.layer(f.side, f.kernels), RangeError);
});

Deno.test("explicit colours pair curves; names keep one legend entry each", () => {
  const fig = plot.lines({
    x: [0, 1],
    series: [
      { name: "quantum, T = 1", y: [1, 0], color: plot.palette[2] },
      {
        name: "classical, T = 1",
        y: [1, 0.5],
        color: plot.palette[2],
        dash: "dash",
      },
      { name: "other", y: [0, 0] },
    ],
  });
  const spec = fig.toVegaLite() as unknown as {
    layer: { encoding: { color: { scale: { range: string[] } } } }[];
  };
  // "other" gets the first palette colour nobody asked for.
  assert.deepEqual(spec.layer[0].encoding.color.scale.range, [
    plot.palette[2],
    plot.palette[2],
    plot.palette[0],
  ]);
  const traces = fig.toPlotly().data;
  assert.deepEqual(traces.map((t) => t.line?.color), [
    plot.palette[2],
    plot.palette[2],
    plot.palette[0],
  ]);
});

Deno.test("legend labels as long as the notebooks use are not truncated (labelLimit ≥ 300 px)", async () => {
  const label = "Stratonovich: T^(−1/2), classical noise (any T₀)";
  const fig = plot.lines({
    x: [0, 1],
    series: [{ name: label, y: [1, 2] }, { name: "short", y: [2, 1] }],
    xLabel: "x",
    yLabel: "y",
  });
  const spec = fig.toVegaLite() as unknown as {
    config: { legend: { labelLimit: number } };
  };
  assert.ok(
    spec.config.legend.labelLimit >= 300,
    `labelLimit = ${spec.config.legend.labelLimit}`,
  );
  const svg = await fig.toSVG();
  assert.ok(
    svg.includes("Stratonovich: T^(−1/2), classical noise (any T₀)"),
    "full label in the SVG",
  );
});

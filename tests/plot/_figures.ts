/**
 * One figure of every builder, shared by the plot tests.
 *
 * @module
 */
import * as plot from "../../src/plot/mod.ts";

const t = Array.from({ length: 40 }, (_, i) => 0.05 * i);
const w = Array.from({ length: 40 }, (_, i) => 0.1 * 1.2 ** i);

/** Named sample figures covering every builder, axis type and composition. */
export function sampleFigures(): Record<string, plot.Figure> {
  const kernels = plot.lines({
    x: t,
    series: [0.1, 1, 10].map((T) => ({
      name: `T = ${T}`,
      y: t.map((s) => T * Math.exp(-s) * Math.cos(2 * s)),
    })).concat([{ name: "classical", y: t.map((s) => Math.exp(-s)) }]),
    xLabel: "t",
    yLabel: "K(t)",
    title: "Noise kernels",
  });
  const density = plot.lines({
    x: [0, ...w],
    series: [{ name: "J", y: [0, ...w.map((v) => v / (1 + v * v))] }],
    xLabel: "ω",
    yLabel: "J(ω)",
    logX: true,
    logY: true,
  });
  const T = {
    kind: "linear",
    domain: [-2, 2] as const,
    at: (x: number) => 1 + 0.2 * x,
    gradient: () => 0.2,
    sample: (xs: ArrayLike<number>) =>
      Float64Array.from(xs, (x) => 1 + 0.2 * x),
    describe: () => ({ title: "linear" }),
  };
  const edges = Array.from({ length: 21 }, (_, i) => -2 + 0.2 * i);
  const centres = edges.slice(1).map((e) => e - 0.1);
  const hist = plot.histogram({
    edges,
    density: centres.map((x) => Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI)),
    standardError: centres.map(() => 0.01),
    overlay: {
      name: "theory",
      x: centres,
      y: centres.map((x) => Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI)),
    },
    xLabel: "x",
  });
  const xs = Array.from({ length: 12 }, (_, i) => -1 + (2 * i) / 11);
  const ts = Array.from({ length: 8 }, (_, j) => 0.5 * j);
  const heat = plot.heatmap({
    x: xs,
    y: ts,
    z: ts.map((s) => xs.map((x) => Math.exp(-x * x / (1 + s)))),
    xLabel: "x",
    yLabel: "t",
    zLabel: "P(x, t)",
  });
  const sweep = plot.errorbars({
    x: [0.5, 1, 2, 4],
    y: [0.4, 1.1, 1.9, 4.2],
    yError: [0.05, 0.1, 0.2, 0.3],
    name: "simulation",
    xLabel: "T",
    yLabel: "⟨p²⟩",
    logX: true,
  });
  const theory = plot.lines({
    x: [0.5, 4],
    series: [{ name: "theory", y: [0.5, 4], dash: "dash" }],
  });
  return {
    kernels,
    density,
    profile: plot.profile(T, { points: 21 }),
    histogram: hist,
    heatmap: heat,
    sweep: plot.layer(sweep, theory),
    side: plot.hconcat(kernels, heat),
  };
}

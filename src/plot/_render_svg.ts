/**
 * Static SVG of a Vega-Lite specification, rendered by vega inside Deno (no
 * browser): vega-lite compiles the spec to Vega, vega runs the dataflow
 * headless and serializes the scenegraph to an SVG string.
 *
 * vega and vega-lite are imported on first use so that importing the library
 * stays fast for code that never draws.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";

/** Renders a Vega-Lite spec to an SVG document string. */
export async function renderVegaLiteSVG(spec: TopLevelSpec): Promise<string> {
  const [vega, vl] = await Promise.all([import("vega"), import("vega-lite")]);
  const compiled = vl.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

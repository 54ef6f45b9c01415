import assert from "node:assert/strict";
import { type Description, displayBundle } from "../../src/describe.ts";
import "../../src/plot/register.ts";
import { descriptionBundle } from "../../src/plot/mod.ts";

const drude: Description = {
  title: "Ohmic spectral density, Drude cutoff",
  formula:
    "J(\\omega) = M\\gamma\\omega \\frac{\\omega_c^2}{\\omega_c^2+\\omega^2}",
  parameters: [
    { name: "damping", symbol: "\\gamma", value: 0.5, unit: "ω_ref" },
    { name: "cutoff", symbol: "\\omega_c", value: 5, unit: "ω_ref" },
  ],
  preview: {
    x: [0.1, 1, 10, 100],
    series: [{ name: "J(ω)", y: [0.05, 0.48, 2, 0.25] }],
    xLabel: "ω",
    yLabel: "J(ω)",
    logX: true,
    logY: true,
  },
  notes: ["Use `dampingKernel(t)` for **γ(t)**."],
};

Deno.test("description bundle: html + markdown + svg preview + text", () => {
  const b = descriptionBundle(drude);
  assert.deepEqual(Object.keys(b).sort(), [
    "image/svg+xml",
    "text/html",
    "text/markdown",
    "text/plain",
  ]);
  const html = String(b["text/html"]);
  assert.ok(
    html.includes("$$J(\\omega) = M\\gamma\\omega"),
    "formula as $$…$$",
  );
  assert.ok(html.includes("<td>$\\omega_c$</td><td>5</td><td>ω_ref</td>"));
  assert.ok(html.includes("<code>dampingKernel(t)</code>"));
  assert.ok(html.includes("<strong>γ(t)</strong>"));
  assert.ok(
    html.includes(String(b["image/svg+xml"])),
    "preview inline in html",
  );
  assert.match(
    String(b["image/svg+xml"]),
    /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
  );
  assert.ok(
    String(b["text/markdown"]).includes("| cutoff | $\\omega_c$ | 5 | ω_ref |"),
  );
  assert.equal(
    b["text/plain"],
    "Ohmic spectral density, Drude cutoff (damping = 0.5 ω_ref, cutoff = 5 ω_ref)",
  );
});

Deno.test("description bundle: no preview, no svg; html escapes", () => {
  const b = descriptionBundle({
    title: "FDT report <T = 1>",
    table: { columns: ["check", "passed"], rows: [["detailed balance", true]] },
  });
  assert.ok(!("image/svg+xml" in b));
  const html = String(b["text/html"]);
  assert.ok(html.includes("FDT report &lt;T = 1&gt;"));
  assert.ok(html.includes("<td>detailed balance</td><td>true</td>"));
});

Deno.test("register.ts installs the renderer behind displayBundle", () => {
  // Preview clip-path ids are unique per drawing; compare without them.
  const plain = (b: Record<string, unknown>) =>
    JSON.stringify(b).replace(/tq-preview-clip-\d+/g, "clip");
  assert.equal(plain(displayBundle(drude)), plain(descriptionBundle(drude)));
});

Deno.test("preview SVG: log axes draw only positive points; nothing drawable gives no svg", () => {
  const svg = String(descriptionBundle(drude)["image/svg+xml"]);
  // One path with 4 points: M + 3 L.
  const d = /<path d="([^"]*)"/.exec(svg)?.[1] ?? "";
  assert.equal((d.match(/L/g) ?? []).length, 3);
  const none = descriptionBundle({
    title: "x",
    preview: {
      x: [0, 1],
      series: [{ name: "y", y: [-1, -2] }],
      xLabel: "x",
      yLabel: "y",
      logY: true,
    },
  });
  assert.ok(!("image/svg+xml" in none));
});

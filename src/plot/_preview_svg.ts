/**
 * A small synchronous SVG writer for the curve previews of object
 * descriptions.
 *
 * Why not vega: an object's `[Symbol.for("Jupyter.display")]()` delegates to
 * the synchronous `displayBundle` of `describe.ts`, while vega renders only
 * asynchronously. Previews are simple (a few curves, linear or log axes), so
 * they are drawn here directly. Figures (`Figure.toSVG`) are rendered by
 * vega.
 *
 * @module
 */
import type { DescribedPreview } from "../describe.ts";
import { colour } from "./palette.ts";

let clipCounter = 0;
const W = 440;
const H = 250;
const M = { left: 62, right: 120, top: 14, bottom: 44 };

/** Escapes text for XML content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function formatTick(v: number, step: number): string {
  if (v === 0) return "0";
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) {
    return v.toExponential(Math.max(0, digits(step, v)));
  }
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return v.toFixed(Math.min(decimals, 6));
}

function digits(step: number, v: number): number {
  return Math.max(
    0,
    Math.floor(Math.log10(Math.abs(v))) - Math.floor(Math.log10(step)),
  );
}

interface Scale {
  map(v: number): number;
  ticks: { value: number; label: string }[];
}

function linearScale(lo: number, hi: number, r0: number, r1: number): Scale {
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const raw = (hi - lo) / 6;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ??
    10 * mag;
  const ticks: { value: number; label: string }[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) {
    const value = Math.abs(v) < step * 1e-9 ? 0 : v;
    ticks.push({ value, label: formatTick(value, step) });
  }
  return { map: (v) => r0 + ((v - lo) / (hi - lo)) * (r1 - r0), ticks };
}

function logScale(lo: number, hi: number, r0: number, r1: number): Scale {
  let a = Math.log10(lo);
  let b = Math.log10(hi);
  if (a === b) {
    a -= 0.5;
    b += 0.5;
  }
  const first = Math.ceil(a - 1e-9);
  const last = Math.floor(b + 1e-9);
  const every = Math.max(1, Math.ceil((last - first + 1) / 6));
  const ticks: { value: number; label: string }[] = [];
  for (let k = first; k <= last; k += every) {
    ticks.push({
      value: 10 ** k,
      label: k >= -2 && k <= 3 ? String(10 ** k) : `1e${k}`,
    });
  }
  return {
    map: (v) => r0 + ((Math.log10(v) - a) / (b - a)) * (r1 - r0),
    ticks,
  };
}

/**
 * Draws a preview as an SVG document string (440 × 250 px), or returns
 * `undefined` when there is nothing drawable (no finite point on the axes).
 */
export function previewSVG(p: DescribedPreview): string | undefined {
  const ok = (x: number, y: number) =>
    Number.isFinite(x) && Number.isFinite(y) && (!p.logX || x > 0) &&
    (!p.logY || y > 0);
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const s of p.series) {
    const n = Math.min(p.x.length, s.y.length);
    for (let i = 0; i < n; i++) {
      const x = p.x[i], y = s.y[i];
      if (!ok(x, y)) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  if (!(x0 <= x1) || !(y0 <= y1)) return undefined;
  const left = M.left, right = W - M.right, top = M.top, bottom = H - M.bottom;
  const sx = p.logX
    ? logScale(x0, x1, left, right)
    : linearScale(x0, x1, left, right);
  const sy = p.logY
    ? logScale(y0, y1, bottom, top)
    : linearScale(y0, y1, bottom, top);
  const clip = `tq-preview-clip-${++clipCounter}`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<rect x="${left}" y="${top}" width="${right - left}" height="${
      bottom - top
    }" fill="none" stroke="#ccc"/>`,
  ];
  for (const t of sx.ticks) {
    const X = sx.map(t.value).toFixed(1);
    out.push(
      `<line x1="${X}" x2="${X}" y1="${top}" y2="${bottom}" stroke="#eee"/>`,
      `<text x="${X}" y="${bottom + 14}" text-anchor="middle">${
        escapeXml(t.label)
      }</text>`,
    );
  }
  for (const t of sy.ticks) {
    const Y = sy.map(t.value).toFixed(1);
    out.push(
      `<line x1="${left}" x2="${right}" y1="${Y}" y2="${Y}" stroke="#eee"/>`,
      `<text x="${left - 5}" y="${Y}" dy="0.32em" text-anchor="end">${
        escapeXml(t.label)
      }</text>`,
    );
  }
  out.push(
    `<text x="${(left + right) / 2}" y="${H - 8}" text-anchor="middle">${
      escapeXml(p.xLabel)
    }</text>`,
    `<text transform="translate(14 ${
      (top + bottom) / 2
    }) rotate(-90)" text-anchor="middle">${escapeXml(p.yLabel)}</text>`,
    `<clipPath id="${clip}"><rect x="${left}" y="${top}" width="${
      right - left
    }" height="${bottom - top}"/></clipPath>`,
  );
  p.series.forEach((s, k) => {
    const n = Math.min(p.x.length, s.y.length);
    let d = "";
    let pen = false;
    for (let i = 0; i < n; i++) {
      const x = p.x[i], y = s.y[i];
      if (!ok(x, y)) {
        pen = false;
        continue;
      }
      d += `${pen ? "L" : "M"}${sx.map(x).toFixed(1)} ${sy.map(y).toFixed(1)}`;
      pen = true;
    }
    out.push(
      `<path d="${d}" fill="none" stroke="${
        colour(k)
      }" stroke-width="2" clip-path="url(#${clip})"/>`,
    );
    const ly = top + 8 + 16 * k;
    out.push(
      `<line x1="${right + 10}" x2="${
        right + 28
      }" y1="${ly}" y2="${ly}" stroke="${colour(k)}" stroke-width="2"/>`,
      `<text x="${right + 33}" y="${ly}" dy="0.32em">${
        escapeXml(s.name)
      }</text>`,
    );
  });
  out.push("</svg>");
  return out.join("");
}

/**
 * Colours shared by the Vega-Lite and Plotly forms, so that a figure looks
 * the same whichever renderer shows it (Tableau 10, Vega-Lite's default).
 *
 * @module
 */

/**
 * The series colours (Tableau 10), cycled in the order names first appear.
 *
 * @example
 * ```ts
 * import { palette } from "./palette.ts";
 * if (palette.length !== 10 || !palette[0].startsWith("#")) throw new Error();
 * ```
 */
export const palette: readonly string[] = [
  "#4c78a8",
  "#f58518",
  "#e45756",
  "#72b7b2",
  "#54a24b",
  "#eeca3b",
  "#b279a2",
  "#ff9da6",
  "#9d755d",
  "#bab0ac",
];

/** Colour of the k-th coloured layer. */
export function colour(k: number): string {
  return palette[k % palette.length];
}

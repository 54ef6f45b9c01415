/**
 * Formatting of arguments in the module's error messages.
 *
 * @module
 */

/** Formats x + iy as "x + yi" (or "x" when y = 0) for error messages. */
export function fmt(x: number, y: number): string {
  if (y === 0) return `${x}`;
  return `${x} ${y < 0 || Object.is(y, -0) ? "−" : "+"} ${Math.abs(y)}i`;
}

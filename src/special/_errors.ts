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

/** Throws "Cannot evaluate <what>: <rule>, but <v> = <x + iy>". */
export function failArg(
  what: string,
  rule: string,
  x: number,
  y: number,
  v = "z",
): never {
  throw new RangeError(
    `Cannot evaluate ${what}: ${rule}, but ${v} = ${fmt(x, y)}`,
  );
}

/** Rejects non-finite arguments and the poles 0, −1, −2, … of Γ and ψ⁽ᵐ⁾. */
export function checkArg(what: string, x: number, y: number, v = "z"): void {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    failArg(what, `${v} must be finite`, x, y, v);
  }
  if (y === 0 && x <= 0 && Number.isInteger(x)) {
    failArg(what, `${v} must not be a pole (0, −1, −2, …)`, x, y, v);
  }
}

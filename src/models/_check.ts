/**
 * Boundary validation for the models layer: every failure names what was
 * being done, the parameter, the rule and the value received.
 *
 * @module
 */

/** Formats a received value for an error message. */
export function show(v: unknown): string {
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (typeof v === "string") return JSON.stringify(v);
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (typeof v === "function") return "a function";
  return typeof v;
}

/** A plain object (TypeError otherwise). */
export function record(what: string, name: string, v: unknown): object {
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw new TypeError(
      `Cannot ${what}: \`${name}\` must be an object, got ${show(v)}`,
    );
  }
  return v;
}

/** A number (TypeError otherwise) that is finite (RangeError otherwise). */
export function finite(what: string, name: string, v: unknown): number {
  if (typeof v !== "number") {
    throw new TypeError(
      `Cannot ${what}: \`${name}\` must be a number, got ${show(v)}`,
    );
  }
  if (!Number.isFinite(v)) {
    throw new RangeError(
      `Cannot ${what}: \`${name}\` must be finite, got ${show(v)}`,
    );
  }
  return v;
}

/** A finite number > 0. */
export function positive(what: string, name: string, v: unknown): number {
  const x = finite(what, name, v);
  if (!(x > 0)) {
    throw new RangeError(`Cannot ${what}: \`${name}\` must be > 0, got ${x}`);
  }
  return x;
}

/** A finite number ≥ 0. */
export function nonNegative(what: string, name: string, v: unknown): number {
  const x = finite(what, name, v);
  if (!(x >= 0)) {
    throw new RangeError(`Cannot ${what}: \`${name}\` must be ≥ 0, got ${x}`);
  }
  return x;
}

/** An integer in [lo, hi]. */
export function integer(
  what: string,
  name: string,
  v: unknown,
  lo: number,
  hi = Number.MAX_SAFE_INTEGER,
): number {
  const x = finite(what, name, v);
  if (!Number.isInteger(x) || x < lo || x > hi) {
    throw new RangeError(
      `Cannot ${what}: \`${name}\` must be an integer in [${lo}, ${hi}], got ${x}`,
    );
  }
  return x;
}

/** Throws a RangeError unless `value` is finite: `Cannot <what>: <why>`. */
export function computable(what: string, value: number, why: string): number {
  if (!Number.isFinite(value)) {
    throw new RangeError(`Cannot ${what}: ${why} (got ${value})`);
  }
  return value;
}

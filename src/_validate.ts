/**
 * Boundary validation shared by the builders of every area (lowest layer:
 * imports nothing). Every failure names what was being built, the
 * parameter, the rule and the value received. Private to the package: not
 * re-exported from `mod.ts`.
 *
 * @module
 */

/** Formats a received value for an error message. */
export function show(v: unknown): string {
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "bigint") return `${v}n (a bigint)`;
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (typeof v === "function") return "a function";
  if (typeof v === "object") return "an object";
  return String(v);
}

/** `Cannot <what>: <rule>` as a RangeError. */
export function rangeError(what: string, rule: string): RangeError {
  return new RangeError(`Cannot ${what}: ${rule}`);
}

/** `Cannot <what>: <rule>` as a TypeError. */
export function typeError(what: string, rule: string): TypeError {
  return new TypeError(`Cannot ${what}: ${rule}`);
}

/** A number (TypeError otherwise) that is finite (RangeError otherwise). */
export function finite(what: string, name: string, v: unknown): number {
  if (typeof v !== "number") {
    throw typeError(what, `\`${name}\` must be a number, got ${show(v)}`);
  }
  if (!Number.isFinite(v)) {
    throw rangeError(what, `\`${name}\` must be finite, got ${show(v)}`);
  }
  return v;
}

/** A finite number > 0. */
export function positive(what: string, name: string, v: unknown): number {
  const x = finite(what, name, v);
  if (!(x > 0)) {
    throw rangeError(what, `\`${name}\` must be > 0, got ${show(x)}`);
  }
  return x;
}

/** A finite number ≥ 0. */
export function nonNegative(what: string, name: string, v: unknown): number {
  const x = finite(what, name, v);
  if (!(x >= 0)) {
    throw rangeError(what, `\`${name}\` must be ≥ 0, got ${show(x)}`);
  }
  return x;
}

/** An integer in [lo, hi]. */
export function integer(
  what: string,
  name: string,
  v: unknown,
  lo: number,
  hi: number,
): number {
  const x = finite(what, name, v);
  if (!Number.isInteger(x) || x < lo || x > hi) {
    throw rangeError(
      what,
      `\`${name}\` must be an integer in [${lo}, ${hi}], got ${show(x)}`,
    );
  }
  return x;
}

/** An options object (TypeError otherwise). */
export function record(
  what: string,
  name: string,
  v: unknown,
): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw typeError(
      what,
      `\`${name}\` must be an options object, got ${show(v)}`,
    );
  }
  return v as Record<string, unknown>;
}

/** One of the listed strings. */
export function oneOf<T extends string>(
  what: string,
  name: string,
  v: unknown,
  allowed: readonly T[],
): T {
  if (typeof v !== "string") {
    throw typeError(
      what,
      `\`${name}\` must be one of ${
        allowed.map((a) => `"${a}"`).join(", ")
      }, got ${show(v)}`,
    );
  }
  if (!(allowed as readonly string[]).includes(v)) {
    throw rangeError(
      what,
      `\`${name}\` must be one of ${
        allowed.map((a) => `"${a}"`).join(", ")
      }, got ${show(v)}`,
    );
  }
  return v as T;
}

/**
 * A numeric array (array or typed array) of finite numbers with at least
 * `minLength` entries, copied into a Float64Array.
 */
export function finiteArray(
  what: string,
  name: string,
  v: unknown,
  minLength: number,
): Float64Array {
  // Any array or typed array (the builders' signatures say ArrayLike<number>).
  const isArrayLike = Array.isArray(v) ||
    (ArrayBuffer.isView(v) && !(v instanceof DataView));
  if (!isArrayLike) {
    throw typeError(
      what,
      `\`${name}\` must be an array of numbers, got ${show(v)}`,
    );
  }
  const a = v as ArrayLike<unknown>;
  if (a.length < minLength) {
    throw rangeError(
      what,
      `\`${name}\` must have at least ${minLength} entries, got ${a.length}`,
    );
  }
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) {
    out[i] = finite(what, `${name}[${i}]`, a[i]);
  }
  return out;
}

/** A domain [lo, hi] with lo < hi (entries may be ±Infinity, not NaN). */
export function domainOf(
  what: string,
  v: unknown,
  requireFinite = false,
): [number, number] {
  if (!Array.isArray(v) || v.length !== 2) {
    throw typeError(what, `\`domain\` must be a pair [lo, hi], got ${show(v)}`);
  }
  const [lo, hi] = v as unknown[];
  if (typeof lo !== "number" || typeof hi !== "number") {
    throw typeError(
      what,
      `\`domain\` must hold two numbers, got [${show(lo)}, ${show(hi)}]`,
    );
  }
  if (Number.isNaN(lo) || Number.isNaN(hi) || !(lo < hi)) {
    throw rangeError(
      what,
      `\`domain\` must satisfy lo < hi, got [${show(lo)}, ${show(hi)}]`,
    );
  }
  if (requireFinite && !(Number.isFinite(lo) && Number.isFinite(hi))) {
    throw rangeError(
      what,
      `\`domain\` must be finite, got [${show(lo)}, ${show(hi)}]`,
    );
  }
  return [lo, hi];
}

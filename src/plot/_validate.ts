/**
 * Input checks shared by the figure builders. Builders copy user arrays into
 * plain `number[]` (figures are JSON data) and reject what cannot be drawn
 * honestly: non-finite numbers and mismatched lengths.
 *
 * @module
 */

/** Copies `values` into a `number[]`, throwing if any entry is not finite. */
export function finiteArray(
  doing: string,
  name: string,
  values: ArrayLike<number>,
): number[] {
  if (
    values === null || typeof values !== "object" ||
    typeof values.length !== "number"
  ) {
    throw new TypeError(
      `Cannot ${doing}: \`${name}\` must be an array of numbers, got ${
        describeValue(values)
      }`,
    );
  }
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new RangeError(
        `Cannot ${doing}: \`${name}[${i}]\` must be a finite number, got ${
          describeValue(v)
        }`,
      );
    }
    out[i] = v;
  }
  return out;
}

/** Throws unless `values.length === expected`. */
export function sameLength(
  doing: string,
  name: string,
  values: readonly number[],
  expected: number,
  reference: string,
): void {
  if (values.length !== expected) {
    throw new RangeError(
      `Cannot ${doing}: \`${name}\` must have the length of ${reference} (${expected}), but has length ${values.length}`,
    );
  }
}

/** Throws unless the array is strictly increasing. */
export function strictlyIncreasing(
  doing: string,
  name: string,
  values: readonly number[],
): void {
  for (let i = 1; i < values.length; i++) {
    if (!(values[i] > values[i - 1])) {
      throw new RangeError(
        `Cannot ${doing}: \`${name}\` must be strictly increasing, but ${name}[${i}] = ${
          values[i]
        } ≤ ${name}[${i - 1}] = ${values[i - 1]}`,
      );
    }
  }
}

/** Throws if any entry is negative. */
export function nonNegative(
  doing: string,
  name: string,
  values: readonly number[],
): void {
  for (let i = 0; i < values.length; i++) {
    if (values[i] < 0) {
      throw new RangeError(
        `Cannot ${doing}: \`${name}[${i}]\` must be ≥ 0, got ${values[i]}`,
      );
    }
  }
}

/** Throws unless `value` is a positive finite number. */
export function positiveSize(doing: string, name: string, value: number): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(
      `Cannot ${doing}: \`${name}\` must be a positive finite number, got ${
        describeValue(value)
      }`,
    );
  }
}

/** Short printable form of an arbitrary value for error messages. */
export function describeValue(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number" || typeof v === "boolean" || v === undefined) {
    return String(v);
  }
  if (v === null) return "null";
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  return typeof v;
}

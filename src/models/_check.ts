/**
 * Checks particular to the models layer. The generic boundary validators
 * (`show`, `record`, `finite`, `positive`, `nonNegative`, `integer`) live in
 * the lowest layer, `src/_validate.ts`.
 *
 * @module
 */

/** Throws a RangeError unless `value` is finite: `Cannot <what>: <why>`. */
export function computable(what: string, value: number, why: string): number {
  if (!Number.isFinite(value)) {
    throw new RangeError(`Cannot ${what}: ${why} (got ${value})`);
  }
  return value;
}

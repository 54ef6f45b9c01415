/**
 * Reading the options shared by `thermalState` and
 * `Quilt.thermalState`: statistics, the random stream, and the arrays to
 * fill. Private to bath.
 *
 * @module
 */
import { RandomStream, randomStream } from "../random/mod.ts";
import { integer, oneOf, rangeError, record, typeError } from "../_validate.ts";
import type { ThermalState } from "./thermal_state.ts";

/**
 * Whether the `statistics` option asks for Wigner sampling (`"quantum"` or
 * its alias `"wigner"`); `"classical"` by default.
 */
export function isWigner(what: string, statistics: unknown): boolean {
  return statistics !== undefined &&
    oneOf(
        what,
        "statistics",
        statistics,
        ["classical", "quantum", "wigner"] as const,
      ) !== "classical";
}

/**
 * The `into` option's arrays, checked to be two Float64Arrays of `length`
 * (`meaning` says what that length is), or two new ones.
 */
export function stateArrays(
  what: string,
  into: unknown,
  length: number,
  meaning: string,
): ThermalState {
  if (into === undefined) {
    return {
      positions: new Float64Array(length),
      momenta: new Float64Array(length),
    };
  }
  const o = record(what, "into", into);
  if (
    !(o.positions instanceof Float64Array) ||
    !(o.momenta instanceof Float64Array) ||
    o.positions.length !== length || o.momenta.length !== length
  ) {
    throw rangeError(
      what,
      `\`into\` must hold two Float64Arrays of length ${length} (${meaning})`,
    );
  }
  return { positions: o.positions, momenta: o.momenta };
}

/** The stream from `stream` or from (seed, index). */
export function resolveStream(
  what: string,
  o: Record<string, unknown>,
): RandomStream {
  if (o.stream !== undefined) {
    if (!(o.stream instanceof RandomStream)) {
      throw typeError(
        what,
        "`stream` must be a RandomStream (from `random.randomStream`)",
      );
    }
    return o.stream;
  }
  if (o.seed === undefined) {
    throw typeError(what, "`seed` is required (or pass a `stream`)");
  }
  if (typeof o.seed !== "number" && typeof o.seed !== "bigint") {
    throw typeError(what, "`seed` must be an integer or a bigint");
  }
  const index = o.index === undefined
    ? 0
    : integer(what, "index", o.index, 0, Number.MAX_SAFE_INTEGER);
  return randomStream(o.seed, index);
}

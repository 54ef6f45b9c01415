/**
 * The Ohmic–Markov reduction of a model as plain data — constant or a cubic
 * Hermite table — so that the model a worker thread rebuilds evaluates Γ(x)
 * and T(x) exactly as the original does (simulations are then bit-identical
 * for any number of workers).
 *
 * @module
 */
import type { FieldForm, ModelKind } from "../dynamics/model.ts";
import {
  type HermiteData,
  HermiteTable,
  tabulate,
} from "../interpolate/_hermite.ts";

/** A field Γ(x) or T(x) as data. */
export type FieldData =
  | { readonly kind: "constant"; readonly value: number }
  | { readonly kind: "table"; readonly table: HermiteData };

/** Everything a worker needs to rebuild a model's reduction. */
export interface ReductionData {
  readonly kind: ModelKind;
  readonly title: string;
  readonly mass: number;
  readonly domain: readonly [number, number];
  readonly noiseFollowsParticle: boolean;
  readonly friction: FieldData;
  readonly temperature: FieldData;
}

/** Panels of a reduction table: Hermite error ~ h⁴ max|f''''|/384. */
export const TABLE_PANELS = 8192;

/** A field with its gradient, evaluated fast. */
export interface Field {
  readonly at: (x: number) => number;
  readonly slope: (x: number) => number;
}

/** Evaluators of a field's data. */
export function fieldOf(d: FieldData): Field {
  if (d.kind === "constant") {
    const v = d.value;
    return { at: () => v, slope: () => 0 };
  }
  const t = new HermiteTable(d.table);
  return { at: (x) => t.at(x), slope: (x) => t.slope(x) };
}

/**
 * A field from exact functions: constant when `constant` is given, a table
 * over a finite domain, `undefined` (keep the exact functions, no worker
 * recipe) over an infinite one.
 */
export function fieldData(
  f: (x: number) => number,
  fp: (x: number) => number,
  domain: readonly [number, number],
  constant?: number,
): FieldData | undefined {
  if (constant !== undefined) return { kind: "constant", value: constant };
  if (!Number.isFinite(domain[0]) || !Number.isFinite(domain[1])) {
    return undefined;
  }
  return {
    kind: "table",
    table: tabulate(f, fp, domain[0], domain[1], TABLE_PANELS),
  };
}

/**
 * A field's data as the dynamics layer's closed form (what lets simulate's
 * "markov" method use its compiled kernel), or undefined without data.
 */
export function formOf(d: FieldData | undefined): FieldForm | undefined {
  if (d === undefined) return undefined;
  return d.kind === "constant"
    ? { kind: "constant", value: d.value }
    : { kind: "hermite", ...d.table };
}

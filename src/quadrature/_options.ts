/**
 * Validation of {@linkcode QuadratureOptions} (private).
 *
 * @module
 */
import type { QuadratureOptions } from "./result.ts";

/** Validated, defaulted options. */
export interface ResolvedOptions {
  absTol: number;
  relTol: number;
  maxSubdivisions: number;
  onFailure: "throw" | "flag";
}

/** Default absolute tolerance. */
export const DEFAULT_ABS_TOL = 1e-12;
/** Default relative tolerance. */
export const DEFAULT_REL_TOL = 1e-10;
/** Default bisection limit. */
export const DEFAULT_MAX_SUBDIVISIONS = 1000;

function show(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number" || typeof v === "boolean" || v === null) {
    return String(v);
  }
  return typeof v;
}

/** Checks a number-valued option: TypeError for a non-number, RangeError for a bad value. */
export function requireNumber(
  doing: string,
  name: string,
  v: unknown,
  rule: string,
  ok: (x: number) => boolean,
): number {
  if (typeof v !== "number") {
    throw new TypeError(
      `${doing}: \`${name}\` must be a number, but got ${show(v)}`,
    );
  }
  if (!ok(v)) {
    throw new RangeError(
      `${doing}: \`${name}\` must be ${rule}, but got ${show(v)}`,
    );
  }
  return v;
}

/** Validates the integrand. */
export function requireFunction(doing: string, name: string, f: unknown): void {
  if (typeof f !== "function") {
    throw new TypeError(
      `${doing}: \`${name}\` must be a function, but got ${show(f)}`,
    );
  }
}

/** Validates and defaults the shared options. */
export function resolveOptions(
  doing: string,
  options: QuadratureOptions | undefined,
): ResolvedOptions {
  if (
    options !== undefined && (typeof options !== "object" || options === null)
  ) {
    throw new TypeError(
      `${doing}: \`options\` must be an object, but got ${show(options)}`,
    );
  }
  const o = options ?? {};
  const absTol = o.absTol === undefined ? DEFAULT_ABS_TOL : requireNumber(
    doing,
    "absTol",
    o.absTol,
    "finite and ≥ 0",
    (x) => Number.isFinite(x) && x >= 0,
  );
  const relTol = o.relTol === undefined ? DEFAULT_REL_TOL : requireNumber(
    doing,
    "relTol",
    o.relTol,
    "finite and ≥ 0",
    (x) => Number.isFinite(x) && x >= 0,
  );
  if (absTol === 0 && relTol === 0) {
    throw new RangeError(
      `${doing}: at least one of \`absTol\`, \`relTol\` must be > 0, but both are 0`,
    );
  }
  const maxSubdivisions = o.maxSubdivisions === undefined
    ? DEFAULT_MAX_SUBDIVISIONS
    : requireNumber(
      doing,
      "maxSubdivisions",
      o.maxSubdivisions,
      "an integer in [0, 1e7]",
      (x) => Number.isInteger(x) && x >= 0 && x <= 1e7,
    );
  const onFailure = o.onFailure ?? "throw";
  if (onFailure !== "throw" && onFailure !== "flag") {
    throw new RangeError(
      `${doing}: \`onFailure\` must be "throw" or "flag", but got ${
        show(onFailure)
      }`,
    );
  }
  return { absTol, relTol, maxSubdivisions, onFailure };
}

/** Formats a number for an error message. */
export function fmt(x: number): string {
  return Number.isInteger(x) && Math.abs(x) < 1e15
    ? String(x)
    : x.toPrecision(6).replace(/\.?0+(e|$)/, "$1");
}

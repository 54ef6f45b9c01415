/**
 * Option readers shared by the analytic temperature-profile builders
 * (validation order and messages are those of `../_validate.ts`).
 *
 * @module
 */
import { domainOf, finite, positive } from "../_validate.ts";

/** `domain` validated by `domainOf` when given, else (−∞, ∞). */
export function domainOrAll(
  what: string,
  domain: unknown,
): readonly [number, number] {
  return domain === undefined
    ? [-Infinity, Infinity] as const
    : domainOf(what, domain);
}

/** Centre, width and domain of a bump or step profile. */
export interface CentreWidthDomain {
  /** Centre x_c (finite; default 0). */
  readonly center: number;
  /** Width w > 0. */
  readonly width: number;
  /** Domain (default (−∞, ∞)). */
  readonly domain: readonly [number, number];
}

/** Reads `center` (default 0), `width` (> 0) and `domain`, in that order. */
export function centreWidthDomain(
  what: string,
  o: Record<string, unknown>,
): CentreWidthDomain {
  const center = o.center === undefined ? 0 : finite(what, "center", o.center);
  const width = positive(what, "width", o.width);
  return { center, width, domain: domainOrAll(what, o.domain) };
}

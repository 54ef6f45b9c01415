/**
 * The special functions by the names the reference fixtures use
 * (tests/fixtures/special_reference.json), as evaluators on a row's numeric
 * arguments.
 */
import * as sf from "../../src/special/mod.ts";
import type { Complex } from "../../src/special/mod.ts";

/** One special function evaluated on the flat numeric arguments of a fixture row. */
export type Eval = (args: number[]) => Complex | number;
/** A complex number from its parts. */
export const c = (re: number, im: number): Complex => ({ re, im });
/**
 * Every function of the mpmath reference table by its fixture name:
 * complex arguments come as (x, y), polygamma as (m, x, y), Hurwitz ζ as
 * (s, x, y).
 */
export const FNS: Record<string, Eval> = {
  logGamma: ([x, y]) => sf.logGamma(c(x, y)),
  gamma: ([x, y]) => sf.gamma(c(x, y)),
  digamma: ([x, y]) => sf.digamma(c(x, y)),
  trigamma: ([x, y]) => sf.trigamma(c(x, y)),
  polygamma: ([m, x, y]) => sf.polygamma(m, c(x, y)),
  hurwitzZeta: ([s, x, y]) => sf.hurwitzZeta(s, c(x, y)),
  riemannZeta: ([s]) => sf.riemannZeta(s),
  e1: ([x, y]) => sf.e1(c(x, y)),
  ei: ([x]) => sf.ei(x),
  e1Real: ([x]) => sf.e1Real(x),
  gammaReal: ([x]) => sf.gammaReal(x),
  logGammaReal: ([x]) => sf.logGammaReal(x),
  digammaReal: ([x]) => sf.digammaReal(x),
  trigammaReal: ([x]) => sf.trigammaReal(x),
  bose: ([x]) => sf.bose(x),
  cothHalf: ([x]) => sf.cothHalf(x),
  xCothHalf: ([x]) => sf.xCothHalf(x),
  log1mExp: ([x]) => sf.log1mExp(x),
};

/**
 * Every value of the committed mpmath table (tests/fixtures/special_reference.json,
 * made by tests/fixtures/special_reference.py at 50 digits) must be reproduced
 * to 1e-13 relative error, measured as |f̃ − f| / |f| for complex results.
 *
 * Documented exceptions (each is the conditioning of a double computation,
 * not a loosened bar):
 *  - gamma: exp(lnΓ) turns an absolute error δ of lnΓ into a relative error δ,
 *    and δ ≈ 2⁻⁵³·|lnΓ(z)| is the rounding of lnΓ itself; bound
 *    max(1e-13, 8·2⁻⁵³·|lnΓ(z)|).
 *  - near a zero of the function (where mpmath's value is tiny compared with
 *    the terms that cancel), the error is absolute: ≤ 1e-13 × the scale of
 *    those terms (see ABS_SCALE).
 */
import { type Complex, logGamma } from "../../src/special/mod.ts";
import { AssertionError } from "node:assert/strict";
import { c, FNS } from "./_evaluators.ts";
import { readFixture } from "../_fixture.ts";

interface Case {
  fn: string;
  args: number[];
  value: number | [number, number];
}
const table: { cases: Case[]; mpmath: string } = readFixture(
  "special_reference.json",
);

const REL = 1e-13;
const EPS = 2 ** -53;

/**
 * Scale of the terms that cancel near a zero of the function; the error
 * bound is REL·max(|f|, ABS_SCALE(args)).
 */
const ABS_SCALE: Record<string, (a: number[]) => number> = {
  // left of 0, ψ(z) = ψ(1 − z) − π cot πz: terms of size ~ 1 + |ln|z||
  // (the positive zero x₀ has its own Taylor series: relative there)
  digamma: ([x, y]) => (x < 0 ? 1 + Math.abs(Math.log(Math.hypot(x, y))) : 0),
  digammaReal: ([x]) => (x < 0 ? 1 + Math.abs(Math.log(Math.abs(x))) : 0),
  // ln|Γ(x)| = ln π − ln|sin πx| − lnΓ(1 − x) on the negative axis
  logGammaReal: ([x]) => (x < 0 ? 1 + Math.abs(Math.log(Math.abs(x))) : 0),
};

function magnitude(v: number | [number, number]): number {
  return typeof v === "number" ? Math.abs(v) : Math.hypot(v[0], v[1]);
}

function error(
  got: number | Complex,
  want: number | [number, number],
): number {
  if (typeof want === "number") {
    if (typeof got !== "number") return Infinity;
    return Math.abs(got - want);
  }
  if (typeof got === "number") return Infinity;
  return Math.hypot(got.re - want[0], got.im - want[1]);
}

function bound(cs: Case): number {
  const mag = magnitude(cs.value);
  const scale = ABS_SCALE[cs.fn]?.(cs.args) ?? 0;
  let rel = REL;
  if (cs.fn === "gamma") {
    const l = logGamma(c(cs.args[0], cs.args[1]));
    rel = Math.max(REL, 8 * EPS * Math.hypot(l.re, l.im));
  }
  return rel * Math.max(mag, scale);
}

const byFn = new Map<string, Case[]>();
for (const cs of table.cases) {
  const list = byFn.get(cs.fn) ?? [];
  list.push(cs);
  byFn.set(cs.fn, list);
}

Deno.test(`special functions match the mpmath ${table.mpmath} table to 1e-13 relative`, async (t) => {
  for (const [fn, list] of byFn) {
    await t.step(`${fn} (${list.length} points)`, () => {
      const f = FNS[fn];
      if (f === undefined) throw new Error(`no evaluator for ${fn}`);
      const bad: string[] = [];
      let worst = 0;
      for (const cs of list) {
        const got = f(cs.args);
        const err = error(got, cs.value);
        const b = bound(cs);
        worst = Math.max(worst, err / Math.max(magnitude(cs.value), 1e-300));
        if (!(err <= b)) {
          bad.push(
            `${fn}(${cs.args.join(", ")}) = ${JSON.stringify(got)}, want ${
              JSON.stringify(cs.value)
            } (|err| ${err.toExponential(2)} > ${b.toExponential(2)})`,
          );
        }
      }
      if (bad.length > 0) {
        throw new AssertionError({
          message: `${bad.length}/${list.length} outside tolerance:\n` +
            bad.slice(0, 15).join("\n"),
        });
      }
    });
  }
});

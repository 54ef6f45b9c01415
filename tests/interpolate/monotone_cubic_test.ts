import fc from "fast-check";
import { Interpolant, readTable } from "../../src/interpolate/mod.ts";
import { assertClose, assertThrowsWith } from "../_assert.ts";

/** Strictly increasing nodes from positive gaps. */
const tableArb = fc.array(
  fc.tuple(
    fc.double({ min: 1e-3, max: 10, noNaN: true }),
    fc.double({ min: -1e3, max: 1e3, noNaN: true }),
  ),
  { minLength: 2, maxLength: 12 },
).map((rows) => {
  const x = new Float64Array(rows.length), y = new Float64Array(rows.length);
  let at = -5;
  rows.forEach(([gap, v], i) => {
    at += gap;
    x[i] = at;
    y[i] = v;
  });
  return { x, y };
});

Deno.test("stays within [min(y_i, y_i+1), max(y_i, y_i+1)] on every interval (no overshoot)", () => {
  fc.assert(
    fc.property(
      tableArb,
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constantFrom("linear" as const, "monotone-cubic" as const),
      ({ x, y }, f, scheme) => {
        const I = new Interpolant(x, y, scheme);
        const t = x[0] + (x[x.length - 1] - x[0]) * f;
        const i = I.interval(t);
        const v = I.value(t);
        // Rounding of the Hermite basis sum: a few ulps of max|y| on the piece.
        const slack = 8e-16 * Math.max(Math.abs(y[i]), Math.abs(y[i + 1]));
        return v >= Math.min(y[i], y[i + 1]) - slack &&
          v <= Math.max(y[i], y[i + 1]) + slack;
      },
    ),
    { seed: 41, numRuns: 500 },
  );
});

Deno.test("reproduces linear data exactly (up to rounding) on uneven nodes", () => {
  const x = new Float64Array([0, 0.3, 1, 2.5, 2.6]);
  const y = x.map((t) => 2 - 3 * t);
  const I = new Interpolant(x, y, "monotone-cubic");
  for (const t of [0.1, 0.3, 0.7, 2, 2.55]) {
    // PCHIP slopes of collinear data equal the common slope: only rounding
    // of the basis sum remains, a few ulps of |y| ≤ 6.
    assertClose(I.value(t), 2 - 3 * t, { abs: 1e-14 }, `u(${t})`);
    assertClose(I.slope(t), -3, { abs: 1e-13 }, `u'(${t})`);
  }
});

Deno.test("readTable checks the columns in order: type, length, equal lengths, scheme", () => {
  const what = "build a test table";
  assertThrowsWith(
    () => readTable(what, { x: "no", values: [1, 2] }, "x", 2),
    TypeError,
    /Cannot build a test table: `x` must be an array of numbers/,
  );
  assertThrowsWith(
    () => readTable(what, { x: [0, 1], values: [1] }, "x", 2),
    RangeError,
    /`values` must have at least 2 entries, got 1/,
  );
  assertThrowsWith(
    () => readTable(what, { w: [0, 1, 2], values: [1, 2] }, "w", 2),
    RangeError,
    /`w` and `values` must have the same length, got 3 and 2/,
  );
  assertThrowsWith(
    () =>
      readTable(
        what,
        { x: [0, 1], values: [1, 2], interpolation: "spline" },
        "x",
        2,
      ),
    RangeError,
    /`interpolation` must be one of "linear", "monotone-cubic", got "spline"/,
  );
  const t = readTable(
    what,
    { x: new Float32Array([0, 1]), values: [1, 2] },
    "x",
    2,
  );
  if (t.scheme !== "monotone-cubic" || !(t.x instanceof Float64Array)) {
    throw new Error("defaults and copies into Float64Array");
  }
});

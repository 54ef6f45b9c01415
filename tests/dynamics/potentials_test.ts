/**
 * Potentials: force = −V', validation messages, specs round-trip.
 */
import fc from "fast-check";
import { deepStrictEqual } from "node:assert/strict";
import { assertClose, assertThrowsWith } from "../_assert.ts";
import {
  box,
  custom,
  doubleWell,
  free,
  fromSpec,
  harmonic,
  type Potential,
} from "../../src/dynamics/potentials.ts";

const finiteDouble = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

Deno.test("force is minus the derivative of the energy", () => {
  fc.assert(
    fc.property(
      finiteDouble(0.1, 10),
      finiteDouble(-2, 2),
      finiteDouble(0.1, 5),
      finiteDouble(0.2, 3),
      finiteDouble(-3, 3),
      (w, c, barrier, a, x) => {
        const pots: Potential[] = [
          harmonic({ frequency: w, center: c }),
          doubleWell({ barrier, minima: [c - a, c + a] }),
          free(),
        ];
        for (const V of pots) {
          // Central difference with h = 1e-5: truncation ~ h²V''' and
          // rounding ~ 1e-16·V/h; both < 1e-6 relative to the force scale.
          const h = 1e-5;
          const fd = -(V.energy(x + h) - V.energy(x - h)) / (2 * h);
          const scale = 1 + Math.abs(V.force(x)) +
            Math.abs(V.energy(x)) / h * 1e-10;
          assertClose(V.force(x), fd, { abs: 1e-6 * scale }, V.spec.kind);
        }
      },
    ),
  );
});

Deno.test("potentials rebuild from their specs", () => {
  for (
    const V of [
      free(),
      harmonic({ frequency: 2, center: 0.5, mass: 3 }),
      box({ from: -1, to: 2 }),
      doubleWell({ barrier: 2, minima: 1.5 }),
    ]
  ) {
    const W = fromSpec(V.spec);
    deepStrictEqual(W.spec, V.spec);
    deepStrictEqual(W.walls, V.walls);
    for (const x of [-0.7, 0, 0.3, 1.9]) {
      deepStrictEqual([W.energy(x), W.force(x)], [V.energy(x), V.force(x)]);
    }
  }
  assertThrowsWith(
    () => fromSpec(custom({ energy: () => 0, force: () => 0 }).spec),
    TypeError,
    /custom/,
  );
});

Deno.test("potential builders reject bad parameters with named errors", () => {
  assertThrowsWith(
    () => harmonic({ frequency: 0 }),
    RangeError,
    /`frequency` must be > 0, but got 0/,
  );
  assertThrowsWith(
    () => harmonic({ frequency: NaN }),
    RangeError,
    /`frequency` must be finite/,
  );
  assertThrowsWith(
    () => box({ from: 1, to: 1 }),
    RangeError,
    /`to` must be > `from`, but got from = 1, to = 1/,
  );
  assertThrowsWith(
    () => doubleWell({ barrier: -1, minima: 1 }),
    RangeError,
    /`barrier` must be > 0/,
  );
  assertThrowsWith(
    () => doubleWell({ barrier: 1, minima: [1, 0] }),
    RangeError,
    /increasing/,
  );
  assertThrowsWith(
    // @ts-expect-error: a wrong type on purpose
    () => custom({ energy: 1, force: () => 0 }),
    TypeError,
    /`energy` must be a function/,
  );
});

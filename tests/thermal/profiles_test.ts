import fc from "fast-check";
import assert from "node:assert/strict";
import { assertClose, assertThrowsWith } from "../_assert.ts";
import * as temperature from "../../src/thermal/mod.ts";
import type { TemperatureProfile } from "../../src/thermal/mod.ts";

Deno.test("linear profile: api.md example values", () => {
  const T = temperature.linear({
    value: 1,
    gradient: 0.2,
    at: 0,
    domain: [-2, 2],
  });
  // 1 + 0.2·0.5 in double precision: one rounding, so 1 ulp.
  assertClose(T.at(0.5), 1.1, { rel: 2.3e-16 }, "T(0.5)");
  assert.equal(T.gradient(0.5), 0.2);
  assert.deepEqual([...T.domain], [-2, 2]);
  assert.equal(T.kind, "linear");
});

Deno.test("linear profile: rejects T ≤ 0 at an end of the domain, naming the point", () => {
  assertThrowsWith(
    () =>
      temperature.linear({
        value: 1,
        gradient: 0.55,
        at: 0,
        domain: [-2, 2],
      }),
    RangeError,
    /linear temperature profile.*T\(-2\) = -0\.1/,
  );
  assertThrowsWith(
    () => temperature.linear({ value: 1, gradient: 0.1 }),
    RangeError,
    /`domain` is required/,
  );
});

Deno.test("every profile throws a RangeError outside its domain", () => {
  const profiles: TemperatureProfile[] = [
    temperature.uniform(1, { domain: [0, 1] }),
    temperature.linear({ value: 1, gradient: 0.2, domain: [-2, 2] }),
    temperature.tanhStep({ cold: 1, hot: 2, width: 1, domain: [-1, 1] }),
    temperature.gaussianHotspot({
      base: 1,
      peak: 2,
      width: 1,
      domain: [-1, 1],
    }),
    temperature.piecewiseLinear([[0, 1], [1, 2]]),
    temperature.tabulated({ x: [0, 1, 2], values: [1, 2, 1] }),
    temperature.fromFunction({ at: () => 1, domain: [0, 1] }),
  ];
  for (const T of profiles) {
    const out = T.domain[1] + 1;
    assertThrowsWith(
      () => T.at(out),
      RangeError,
      /must be finite and lie in the domain/,
    );
    assertThrowsWith(() => T.gradient(out), RangeError, /domain/);
    assertThrowsWith(() => T.sample([T.domain[0], out]), RangeError, /domain/);
    assertThrowsWith(() => T.at(NaN), RangeError, /got NaN/);
  }
  assertThrowsWith(
    () => temperature.uniform(1).at(Infinity),
    RangeError,
    /domain/,
  );
});

Deno.test("tanh step and hot spot: closed-form values", () => {
  const step = temperature.tanhStep({
    cold: 1,
    hot: 3,
    center: 0.5,
    width: 2,
  });
  for (const x of [-3, 0, 0.5, 2, 7]) {
    // Reference formula evaluated with Math.tanh: agreement to a few ulps.
    const u = (x - 0.5) / 2;
    assertClose(step.at(x), 1 + (1 + Math.tanh(u)), { rel: 1e-15 }, `T(${x})`);
    assertClose(
      step.gradient(x),
      1 / 2 / Math.cosh(u) ** 2,
      { rel: 1e-14 },
      `T'(${x})`,
    );
  }
  const spot = temperature.gaussianHotspot({ base: 2, peak: 0.5, width: 0.3 });
  assertClose(
    spot.at(0.3),
    2 - 1.5 * Math.exp(-0.5),
    { rel: 1e-15 },
    "cold spot",
  );
});

Deno.test("tabulated: linear is exact on a line, monotone cubic never overshoots", () => {
  const lin = temperature.tabulated({
    x: [0, 1, 3],
    values: [1, 2, 4],
    interpolation: "linear",
  });
  assertClose(lin.at(2), 3, { rel: 1e-15 }, "linear interpolation");
  const cub = temperature.tabulated({
    x: [0, 1, 2, 3, 4],
    values: [1, 1, 5, 5.1, 0.01],
  });
  const xs = new Float64Array(401).map((_, i) => i / 100);
  const ts = cub.sample(xs);
  for (let i = 0; i < xs.length; i++) {
    const k = Math.min(3, Math.floor(xs[i]));
    const a = [1, 1, 5, 5.1, 0.01][k], b = [1, 1, 5, 5.1, 0.01][k + 1];
    assert.ok(
      ts[i] >= Math.min(a, b) - 1e-14 && ts[i] <= Math.max(a, b) + 1e-14,
      `T(${xs[i]}) = ${ts[i]} leaves [${a}, ${b}]`,
    );
  }
  // Reproduces a cubic-free quadratic's values at the nodes exactly.
  assert.equal(cub.at(2), 5);
  const ext = temperature.piecewiseLinear([[0, 1], [1, 2]], {
    outside: "constant",
  });
  assert.equal(ext.at(-5), 1);
  assert.equal(ext.gradient(5), 0);
});

Deno.test("fromFunction: build-time sampling and the per-call check", () => {
  assertThrowsWith(
    () => temperature.fromFunction({ at: (x) => x, domain: [-1, 1] }),
    RangeError,
    /T\(-1\) = -1/,
  );
  // A dip narrower than the sampling grid passes the build-time check …
  const T = temperature.fromFunction({
    at: (x) => (Math.abs(x - 0.123456) < 1e-9 ? -1 : 1),
    domain: [0, 1],
    checkPoints: 101,
  });
  // … and is caught the moment it is evaluated.
  assertThrowsWith(
    () => T.at(0.123456),
    RangeError,
    /must be a finite number > 0/,
  );
  const G = temperature.fromFunction({
    at: (x) => Math.exp(x),
    gradient: (x) => Math.exp(x),
    domain: [0, 1],
  });
  assert.equal(G.gradient(0.5), Math.exp(0.5));
  assertThrowsWith(
    () =>
      temperature.fromFunction({
        at: 3 as unknown as (x: number) => number,
        domain: [0, 1],
      }),
    TypeError,
    /`at` must be a function/,
  );
});

// --- properties -------------------------------------------------------------

const logUniform = (lo: number, hi: number) =>
  fc.double({ min: Math.log(lo), max: Math.log(hi), noNaN: true }).map(
    Math.exp,
  );

const familyArb: fc.Arbitrary<TemperatureProfile> = fc.oneof(
  fc.record({
    v: logUniform(1e-3, 1e3),
    g: fc.double({ min: -1, max: 1, noNaN: true }),
  })
    .map(({ v, g }) =>
      temperature.linear({
        value: v,
        gradient: g * v / 3,
        domain: [-2, 2],
      })
    ),
  fc.record({
    cold: logUniform(1e-3, 1e3),
    hot: logUniform(1e-3, 1e3),
    c: fc.double({ min: -2, max: 2, noNaN: true }),
    w: logUniform(1e-2, 10),
  }).map(({ cold, hot, c, w }) =>
    temperature.tanhStep({ cold, hot, center: c, width: w, domain: [-3, 3] })
  ),
  fc.record({
    base: logUniform(1e-3, 1e3),
    peak: logUniform(1e-3, 1e3),
    c: fc.double({ min: -2, max: 2, noNaN: true }),
    w: logUniform(1e-2, 10),
  }).map(({ base, peak, c, w }) =>
    temperature.gaussianHotspot({
      base,
      peak,
      center: c,
      width: w,
      domain: [-3, 3],
    })
  ),
  fc.array(logUniform(1e-3, 1e3), { minLength: 2, maxLength: 12 }).map((vs) =>
    temperature.tabulated({
      x: vs.map((_, i) => -3 + 6 * i / (vs.length - 1)),
      values: vs,
    })
  ),
);

Deno.test("T(x) > 0 and finite on the domain, for every family", () => {
  fc.assert(
    fc.property(
      familyArb,
      fc.double({ min: 0, max: 1, noNaN: true }),
      (T, f) => {
        const x = T.domain[0] + (T.domain[1] - T.domain[0]) * f;
        const t = T.at(x);
        return t > 0 && Number.isFinite(t) && Number.isFinite(T.gradient(x));
      },
    ),
    { seed: 31, numRuns: 400 },
  );
});

Deno.test("gradient(x) matches the central difference (T(x+h) − T(x−h))/2h", () => {
  fc.assert(
    fc.property(
      familyArb,
      fc.double({ min: 0.05, max: 0.95, noNaN: true }),
      (T, f) => {
        if (T.kind === "tabulated") return true; // gradient is one-sided at nodes
        const x = T.domain[0] + (T.domain[1] - T.domain[0]) * f;
        const h = 1e-5;
        const fd = (T.at(x + h) - T.at(x - h)) / (2 * h);
        // Central difference: truncation h²·|T'''|/6 plus rounding ε·|T|/h;
        // with widths ≥ 1e-2 and |T| ≤ 1e3 both stay below 1e-3·(1 + max|T|).
        const scale = 1 + Math.abs(T.at(x)) + Math.abs(fd);
        return Math.abs(fd - T.gradient(x)) <= 1e-3 * scale;
      },
    ),
    { seed: 32, numRuns: 300 },
  );
});

Deno.test("fuzz: any builder input gives a valid profile or a RangeError/TypeError", () => {
  const num = fc.oneof(
    fc.double(),
    fc.constantFrom(0, -0, 1, -1, 1e-320, 1e308, NaN, Infinity, -Infinity),
  );
  const anyish = fc.oneof(
    num,
    fc.constant(undefined),
    fc.string(),
    fc.constant(null),
  );
  const dom = fc.oneof(fc.tuple(num, num), anyish);
  const call = fc.oneof(
    fc.tuple(fc.constant("uniform"), fc.record({ value: anyish, domain: dom })),
    fc.tuple(
      fc.constant("linear"),
      fc.record({ value: anyish, gradient: anyish, at: anyish, domain: dom }, {
        requiredKeys: ["value", "gradient"],
      }),
    ),
    fc.tuple(
      fc.constant("tanhStep"),
      fc.record({
        cold: anyish,
        hot: anyish,
        center: anyish,
        width: anyish,
        domain: dom,
      }, { requiredKeys: ["cold", "hot", "width"] }),
    ),
    fc.tuple(
      fc.constant("gaussianHotspot"),
      fc.record({
        base: anyish,
        peak: anyish,
        center: anyish,
        width: anyish,
        domain: dom,
      }, { requiredKeys: ["base", "peak", "width"] }),
    ),
    fc.tuple(
      fc.constant("tabulated"),
      fc.record({
        x: fc.array(num, { maxLength: 5 }),
        values: fc.array(num, { maxLength: 5 }),
      }),
    ),
    fc.tuple(
      fc.constant("piecewiseLinear"),
      fc.record({ points: fc.array(fc.tuple(num, num), { maxLength: 5 }) }),
    ),
  );
  fc.assert(
    fc.property(
      call,
      fc.double({ min: 0, max: 1, noNaN: true }),
      ([kind, o], f) => {
        let T: TemperatureProfile;
        const opts = o as Record<string, unknown>;
        try {
          switch (kind) {
            case "uniform":
              T = temperature.uniform(opts.value as number, {
                domain: opts.domain as [number, number],
              });
              break;
            case "piecewiseLinear":
              T = temperature.piecewiseLinear(
                opts.points as [number, number][],
              );
              break;
            default:
              // deno-lint-ignore ban-types
              T = (temperature as unknown as Record<string, Function>)[kind](
                opts,
              );
          }
        } catch (e) {
          if (e instanceof RangeError || e instanceof TypeError) {
            return /^Cannot build/.test(e.message);
          }
          throw e;
        }
        const [lo, hi] = T.domain;
        const a = Number.isFinite(lo) ? lo : Math.min(-1e3, hi - 1);
        const b = Number.isFinite(hi) ? hi : Math.max(1e3, lo + 1);
        const x = a * (1 - f) + b * f;
        const t = T.at(x), g = T.gradient(x);
        const d = T.describe();
        const previewOk =
          d.preview?.series.every((s) =>
            Array.from(s.y).every(Number.isFinite)
          ) ?? false;
        return t > 0 && Number.isFinite(t) && Number.isFinite(g) && previewOk;
      },
    ),
    { seed: 33, numRuns: 2000 },
  );
});

Deno.test("describe() and the Jupyter display bundle", () => {
  const T = temperature.gaussianHotspot({
    base: 1,
    peak: 3,
    center: 0,
    width: 1,
  });
  const d = T.describe();
  assert.match(d.formula ?? "", /\\exp/);
  assert.equal(d.preview?.x.length, 201);
  const bundle = (T as unknown as Record<symbol, () => Record<string, unknown>>)
    [
      Symbol.for("Jupyter.display")
    ]();
  assert.ok("text/plain" in bundle || "text/markdown" in bundle);
});

Deno.test("review: api.md's error example reads T(-2) = -0.2", () => {
  assertThrowsWith(
    () =>
      temperature.linear({ value: 1, gradient: 0.6, at: 0, domain: [-2, 2] }),
    RangeError,
    /Cannot build a linear temperature profile: `T\(x\)` must stay > 0 and finite on the domain, but T\(-2\) = -0\.2$/,
  );
});

Deno.test("review: a table whose node spacing overflows is rejected, not NaN at the nodes", () => {
  // x₁ − x₀ = 2e308 = ∞: the interpolant's (t − x₀)/h would be ∞/∞ = NaN.
  assertThrowsWith(
    () => temperature.piecewiseLinear([[-1e308, 1], [1e308, 2]]),
    RangeError,
    /spacing x\[1\] − x\[0\] must be finite/,
  );
  assertThrowsWith(
    () => temperature.tabulated({ x: [-1e308, 1e308], values: [1, 2] }),
    RangeError,
    /spacing/,
  );
});

Deno.test("review: fromFunction on a domain wider than the doubles samples and differentiates finitely", () => {
  const T = temperature.fromFunction({
    at: (x) => 2 + Math.tanh(x / 1e307),
    domain: [-1e308, 1e308],
  });
  // T'(0) = 1e-307; the step h = ε^{1/3}·MAX_VALUE/4 ≈ 2.7e302 gives a
  // central-difference truncation (h/1e307)²/3 ≈ 2.4e-10 relative.
  assertClose(T.gradient(0), 1e-307, { rel: 1e-9 }, "T'(0)");
  assert.ok(Number.isFinite(T.gradient(9e307)), "one-sided near the end");
});

Deno.test("review: tables accept any typed array (the signatures say ArrayLike<number>)", () => {
  const T = temperature.tabulated({
    x: new Int16Array([0, 1]),
    values: new Uint8Array([1, 2]),
    interpolation: "linear",
  });
  // Linear interpolation between (0, 1) and (1, 2): exact in binary.
  assert.equal(T.at(0.5), 1.5);
  assertThrowsWith(
    () =>
      temperature.tabulated({
        x: new BigInt64Array([0n, 1n]) as unknown as number[],
        values: [1, 2],
      }),
    TypeError,
    /`x\[0\]` must be a number, got 0n \(a bigint\)/,
  );
});

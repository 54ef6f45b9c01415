import fc from "fast-check";
import assert from "node:assert/strict";
import { assertClose, assertThrowsWith } from "../_assert.ts";
import * as spectral from "../../src/spectral/mod.ts";
import * as bath from "../../src/bath/mod.ts";

const drude = spectral.ohmic({
  gamma: 0.5,
  cutoff: { kind: "drude", frequency: 5 },
});
const expo = spectral.ohmic({
  gamma: 0.5,
  cutoff: { kind: "exponential", frequency: 5 },
});

Deno.test("equal reorganization: the closed forms of physics.md §4", () => {
  const N = 50, m = 2;
  const e = bath.discretize(expo, { modes: N, mass: m });
  const d = bath.discretize(drude, { modes: N, mass: m });
  for (let k = 1; k <= N; k++) {
    // physics.md lists exponential modes in descending order: ω_k = −ω_c ln((k − ½)/N).
    const we = -5 * Math.log((k - 0.5) / N);
    const ce = we * Math.sqrt(2 * m * 0.5 * 5 / (Math.PI * N));
    // A few ulps through log/log1p and sqrt.
    assertClose(e.frequencies[N - k], we, { rel: 1e-14 }, `exponential ω_${k}`);
    assertClose(e.couplings[N - k], ce, { rel: 1e-14 }, `exponential c_${k}`);
    const wd = 5 * Math.tan((Math.PI / 2) * (k - 0.5) / N);
    const cd = wd * Math.sqrt(m * 0.5 * 5 / N);
    assertClose(d.frequencies[k - 1], wd, { rel: 1e-14 }, `Drude ω_${k}`);
    assertClose(d.couplings[k - 1], cd, { rel: 1e-14 }, `Drude c_${k}`);
  }
  assert.equal(e.recurrenceTime, Infinity);
});

Deno.test("numerical inversion of the cumulative agrees with the closed forms", () => {
  // custom() hides the family, so discretize must invert Λ(ω) numerically.
  const asCustom = (J: spectral.SpectralDensity) =>
    spectral.custom({
      at: (w) => J.at(w),
      frequencyScale: J.frequencyScale,
      reorganizationEnergy: J.reorganizationEnergy,
    });
  for (const J of [expo, drude]) {
    const N = 400;
    const closed = bath.discretize(J, { modes: N });
    const numeric = bath.discretize(asCustom(J), { modes: N });
    for (let k = 0; k < N; k++) {
      // Λ is tabulated with relTol 1e-12 per panel and inverted by Newton to
      // 1e-13 in ln ω: 1e-9 relative leaves room for the accumulated panel sums.
      assertClose(
        numeric.frequencies[k],
        closed.frequencies[k],
        { rel: 1e-9 },
        `ω_${k}`,
      );
    }
  }
});

Deno.test("uniform grid: ω_k = kΔω, recurrence time 2π/Δω, couplings from J", () => {
  const B = bath.discretize(expo, {
    modes: 100,
    scheme: "uniform",
    maxFrequency: 40,
    preserveReorganization: false,
  });
  assertClose(B.frequencies[9], 4, { rel: 1e-15 }, "ω_10");
  assertClose(B.recurrenceTime, 2 * Math.PI / 0.4, { rel: 1e-15 }, "t_rec");
  const c = Math.sqrt((2 / Math.PI) * 4 * expo.at(4) * 0.4);
  assertClose(B.couplings[9], c, { rel: 1e-15 }, "c_10");
});

const densityArb = fc.oneof(
  fc.record({
    gamma: fc.double({ min: -3, max: 1, noNaN: true }).map((x) => 10 ** x),
    wc: fc.double({ min: -1, max: 2, noNaN: true }).map((x) => 10 ** x),
    kind: fc.constantFrom("exponential", "drude", "gaussian", "sharp"),
    s: fc.double({ min: 0.3, max: 1.9, noNaN: true }),
    one: fc.boolean(),
  }).map(({ gamma, wc, kind, s, one }) =>
    spectral.ohmic({
      gamma,
      cutoff: { kind: kind as spectral.CutoffKind, frequency: wc },
      exponent: one ? 1 : s,
    })
  ),
  fc.record({
    c: fc.double({ min: 0.1, max: 3, noNaN: true }),
    w0: fc.double({ min: 0.1, max: 10, noNaN: true }),
    g: fc.double({ min: 0.05, max: 20, noNaN: true }),
  }).map(({ c, w0, g }) =>
    spectral.underdamped({ coupling: c, frequency: w0, width: g })
  ),
);

Deno.test("λ_N = λ for every scheme (reorganization energy is preserved)", () => {
  fc.assert(
    fc.property(
      densityArb,
      fc.constantFrom("uniform", "equal-reorganization", "logarithmic"),
      fc.integer({ min: 1, max: 300 }),
      (J, scheme, modes) => {
        const B = bath.discretize(J, { modes, scheme: scheme as bath.Scheme });
        // Equal-λ modes carry λ/N each; the grids are rescaled to λ: a sum of
        // ≤ 300 positive terms, so ≤ 1e-13 relative.
        return Math.abs(B.reorganizationEnergy - J.reorganizationEnergy) <=
            1e-13 * J.reorganizationEnergy &&
          B.frequencies.every((w) => w > 0 && Number.isFinite(w)) &&
          B.couplings.every(Number.isFinite);
      },
    ),
    { seed: 41, numRuns: 120 },
  );
});

Deno.test("γ_N → γ on [0, t_max] as the number of modes grows", () => {
  for (const J of [drude, expo]) {
    const errors = [100, 1000, 10000].map((modes) =>
      bath.discretize(J, { modes }).certificate({ tMax: 2, points: 41 })
        .kernelRelativeError
    );
    assert.ok(
      errors[1] < errors[0] / 3 && errors[2] < errors[1] / 3,
      `errors ${errors}`,
    );
    // With 10⁴ equal-λ modes the kernel is reproduced to 0.2 % of γ(0) on [0, 2].
    assert.ok(errors[2] < 2e-3, `10⁴ modes: ${errors[2]}`);
  }
});

Deno.test("certificate: K_N → K at finite temperature", () => {
  const errors = [200, 3000].map((modes) =>
    bath.discretize(expo, { modes }).certificate({
      tMax: 2,
      points: 21,
      temperature: 1,
    }).noiseKernelRelativeError ?? NaN
  );
  assert.ok(errors[1] < errors[0] / 3, `noise kernel errors ${errors}`);
});

Deno.test("discrete K_N at T → ∞ approaches the classical limit M T γ_N(t)", () => {
  const B = bath.discretize(drude, { modes: 50 });
  // coth(x/2) = 2/x + x/6 + …: relative correction ≤ (ω_max/T)²/12.
  const T = 1e6;
  const bound = (B.maxFrequency / T) ** 2 / 12;
  assertClose(B.noiseKernel(0.3, T), T * B.dampingKernel(0.3), {
    rel: bound + 1e-12,
  }, "K_N");
});

Deno.test("discretize validates its input", () => {
  assertThrowsWith(
    () => bath.discretize(drude, { modes: 0 }),
    RangeError,
    /`modes` must be an integer/,
  );
  assertThrowsWith(
    () => bath.discretize(drude, { modes: 10, scheme: "gauss" as bath.Scheme }),
    RangeError,
    /`scheme` must be one of/,
  );
  assertThrowsWith(
    () => bath.discretize({} as spectral.SpectralDensity, { modes: 10 }),
    TypeError,
    /SpectralDensity/,
  );
  assertThrowsWith(
    () =>
      bath.discretize(drude, {
        modes: 10,
        scheme: "logarithmic",
        minFrequency: 5,
        maxFrequency: 1,
      }),
    RangeError,
    /minFrequency/,
  );
  assertThrowsWith(
    () => bath.discretize(drude, { modes: 10 }).certificate({ tMax: -1 }),
    RangeError,
    /tMax/,
  );
});

Deno.test("fuzz: discretize gives a valid bath or a RangeError/TypeError", () => {
  const num = fc.oneof(
    fc.double(),
    fc.constantFrom(0, 1, 1e-300, 1e300, NaN, Infinity, -1),
  );
  fc.assert(
    fc.property(
      fc.record({
        modes: fc.oneof(fc.integer({ min: -2, max: 400 }), num),
        scheme: fc.constantFrom(
          "uniform",
          "equal-reorganization",
          "logarithmic",
          "x",
          undefined,
        ),
        maxFrequency: fc.option(num, { nil: undefined }),
        minFrequency: fc.option(num, { nil: undefined }),
        mass: fc.option(num, { nil: undefined }),
      }),
      (o) => {
        let B: bath.DiscreteBath;
        try {
          B = bath.discretize(drude, o as bath.DiscretizeOptions);
        } catch (e) {
          if (e instanceof RangeError || e instanceof TypeError) {
            return /^Cannot/.test(e.message);
          }
          throw e;
        }
        return Number.isFinite(B.dampingKernel(0.7)) &&
          Number.isFinite(B.reorganizationEnergy) &&
          B.frequencies.every((w) => w > 0 && Number.isFinite(w)) &&
          B.couplings.every(Number.isFinite);
      },
    ),
    { seed: 42, numRuns: 300 },
  );
});

Deno.test("describe() of a bath and of a certificate", () => {
  const B = bath.discretize(drude, { modes: 30 });
  const d = B.describe();
  assert.equal(d.preview?.series.length, 2);
  assert.ok(
    d.preview?.series.every((s) => Array.from(s.y).every(Number.isFinite)),
  );
  const c = B.certificate({ tMax: 1, points: 5 });
  assert.match(c.describe().title, /certificate/);
  const show = (c as unknown as Record<symbol, () => Record<string, unknown>>)[
    Symbol.for("Jupyter.display")
  ];
  assert.equal(typeof show, "function");
});

import fc from "fast-check";
import assert from "node:assert/strict";
import { assertClose, assertThrowsWith } from "../_assert.ts";
import * as spectral from "../../src/spectral/mod.ts";
import type { CutoffKind, SpectralDensity } from "../../src/spectral/mod.ts";
import { integrate } from "../../src/quadrature/mod.ts";

const logUniform = (lo: number, hi: number) =>
  fc.double({ min: Math.log(lo), max: Math.log(hi), noNaN: true }).map(
    Math.exp,
  );
const cutoffArb = fc.constantFrom<CutoffKind>(
  "exponential",
  "drude",
  "gaussian",
  "sharp",
);

const ohmicArb = (exponent: fc.Arbitrary<number>) =>
  fc.record({
    gamma: logUniform(1e-2, 10),
    wc: logUniform(0.1, 100),
    kind: cutoffArb,
    s: exponent,
    mass: logUniform(0.1, 10),
  }).map(({ gamma, wc, kind, s, mass }) =>
    spectral.ohmic({
      gamma,
      cutoff: { kind, frequency: wc },
      exponent: kind === "drude" ? Math.min(s, 1.9) : s,
      mass,
    })
  );

const underdampedArb = fc.record({
  c: logUniform(0.1, 3),
  w0: logUniform(0.1, 10),
  g: logUniform(0.05, 20),
  mass: logUniform(0.1, 10),
}).map(({ c, w0, g, mass }) =>
  spectral.underdamped({ coupling: c, frequency: w0, width: g, mass })
);

const tableArb = fc.array(logUniform(1e-3, 10), { minLength: 2, maxLength: 20 })
  .map((vs) =>
    spectral.tabulated({ omega: vs.map((_, i) => (i + 1) * 0.5), values: vs })
  );

const anyDensity: fc.Arbitrary<SpectralDensity> = fc.oneof(
  ohmicArb(fc.double({ min: 0.2, max: 4, noNaN: true })),
  underdampedArb,
  tableArb,
);

Deno.test("J(ω) ≥ 0 for every density, and J(ω) = 0 for ω ≤ 0", () => {
  fc.assert(
    fc.property(anyDensity, logUniform(1e-6, 1e6), (J, w) => {
      const j = J.at(w);
      return j >= 0 && Number.isFinite(j) && J.at(-w) === 0 && J.at(0) === 0;
    }),
    { seed: 51, numRuns: 300 },
  );
});

Deno.test("γ̂(0) = ∫₀^∞ γ(t) dt = γ for every Ohmic (s = 1) density", () => {
  fc.assert(
    fc.property(ohmicArb(fc.constant(1)), (J) => {
      const spec = J.spec;
      if (spec.kind !== "ohmic") return false;
      const g = spec.gamma;
      if (J.laplace(0) !== g) return false;
      // γ̂(z) = γ − O(ζ ln(1/ζ)), ζ = z/ω_c (exponential; O(ζ) otherwise): at ζ = 1e-11 the defect is ≤ 1e-9 γ.
      if (
        !(Math.abs(J.laplace(1e-11 * spec.cutoffFrequency) - g) <= 1e-9 * g)
      ) {
        return false;
      }
      if (spec.cutoff === "sharp") return true; // γ(t) ~ sin(ω_c t)/t is not absolutely integrable
      // Direct ∫₀^∞ γ dt by adaptive quadrature (relTol 1e-10): 1e-8 relative.
      const r = integrate((t) => J.dampingKernel(t), 0, Infinity, {
        relTol: 1e-11,
        absTol: 0,
      });
      return Math.abs(r.value - g) <= 1e-8 * g;
    }),
    { seed: 52, numRuns: 60 },
  );
});

Deno.test("λ = M γ(0)/2, and γ(t) → γ(0) continuously as t → 0", () => {
  fc.assert(
    fc.property(anyDensity, (J) => {
      const g0 = J.dampingKernel(0);
      const near = J.dampingKernel(1e-7 / J.frequencyScale);
      // t = 0 is exact (2λ/M); t = 1e-7/ω_max moves γ by ≤ ½(1e-7)²·⟨ω²⟩/ω_max² ≪ 1e-9,
      // and quadrature kernels are accurate to 1e-10 relative.
      return Math.abs(J.mass * g0 / 2 - J.reorganizationEnergy) <=
          1e-14 * J.reorganizationEnergy &&
        Math.abs(near - g0) <= 1e-8 * g0;
    }),
    { seed: 53, numRuns: 60 },
  );
});

Deno.test("γ̂(z) = ∫₀^∞ γ(t) e^{−zt} dt for the closed-form kernels", () => {
  const closed = fc.oneof(
    fc.record({
      gamma: logUniform(0.1, 5),
      wc: logUniform(0.3, 30),
      kind: fc.constantFrom<CutoffKind>("exponential", "drude"),
    })
      .map(({ gamma, wc, kind }) =>
        spectral.ohmic({ gamma, cutoff: { kind, frequency: wc } })
      ),
    underdampedArb,
  );
  fc.assert(
    fc.property(closed, logUniform(1e-2, 1e2), (J, z) => {
      const r = integrate(
        (t) => J.dampingKernel(t) * Math.exp(-z * t),
        0,
        Infinity,
        { relTol: 1e-11, absTol: 0 },
      );
      // Quadrature relTol 1e-11 against closed forms good to ~1e-13: 1e-9 relative.
      return Math.abs(r.value - J.laplace(z)) <=
        1e-9 * Math.abs(r.value) + 1e-14;
    }),
    { seed: 54, numRuns: 60 },
  );
});

Deno.test("convert: round trips between every pair of conventions are the identity", () => {
  const conv = fc.constantFrom<spectral.Convention>(
    "thermoquilt",
    "qutip",
    "hierarchicaleom",
    "oqupy",
  );
  fc.assert(
    fc.property(
      conv,
      conv,
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((v) =>
        v === 0 || Math.abs(v) > 1e-300
      ), // subnormals carry fewer digits
      (a, b, v) => {
        const there = spectral.convert(v, { from: a, to: b });
        const back = spectral.convert(there, { from: b, to: a });
        // Two multiplications by a factor and its inverse: 2 ulps (normal numbers;
        // subnormals have fewer digits than that).
        return Math.abs(back - v) <= 4.5e-16 * Math.abs(v);
      },
    ),
    { seed: 55 },
  );
  assert.equal(spectral.conventionFactor("qutip"), 1);
  assert.equal(spectral.conventionFactor("hierarchicaleom"), 2);
  assertClose(
    spectral.conventionFactor("oqupy"),
    1 / Math.PI,
    { rel: 1e-16 },
    "OQuPy",
  );
});

Deno.test("fromConvention(toConvention(J, c), c) reproduces J and λ", () => {
  const J = spectral.ohmic({
    gamma: 0.5,
    cutoff: { kind: "exponential", frequency: 5 },
  });
  for (const c of ["qutip", "hierarchicaleom", "oqupy"] as const) {
    const back = spectral.fromConvention(spectral.toConvention(J, c), {
      convention: c,
      frequencyScale: J.frequencyScale,
    });
    assertClose(back.at(3), J.at(3), { rel: 1e-15 }, `${c}: J(3)`);
    // λ by adaptive quadrature (relTol 1e-10) against the closed form.
    assertClose(back.reorganizationEnergy, J.reorganizationEnergy, {
      rel: 1e-9,
    }, `${c}: λ`);
  }
  // HEOM.jl's Drude Δ equals our λ, and its J is twice ours:
  const d = spectral.ohmic({
    gamma: 0.4,
    cutoff: { kind: "drude", frequency: 3 },
  });
  const delta = d.reorganizationEnergy, W = 3;
  assertClose(
    spectral.toConvention(d, "hierarchicaleom")(1.7),
    4 * delta * W * 1.7 / (W * W + 1.7 * 1.7),
    { rel: 1e-15 },
    "HEOM.jl Drude",
  );
  // QuTiP's DrudeLorentz: J = 2λγω/(γ² + ω²) with lam = our λ, gamma = ω_c.
  assertClose(
    spectral.toConvention(d, "qutip")(1.7),
    2 * delta * W * 1.7 / (W * W + 1.7 * 1.7),
    { rel: 1e-15 },
    "QuTiP Drude",
  );
});

Deno.test("underdamped kernel is continuous through critical damping", () => {
  const crit = spectral.underdamped({ coupling: 1, frequency: 1, width: 2 });
  for (const eps of [1e-9, -1e-9]) {
    const J = spectral.underdamped({
      coupling: 1,
      frequency: 1,
      width: 2 * (1 + eps),
    });
    for (const t of [0, 0.1, 1, 5, 30]) {
      // ∂γ/∂Γ is O(t²·γ): a relative change 1e-9 in Γ moves γ by ≲ 1e-9·(1 + t²)·|γ(0)|.
      assertClose(J.dampingKernel(t), crit.dampingKernel(t), {
        abs: 1e-9 * (1 + t * t),
      }, `t = ${t}, ε = ${eps}`);
    }
  }
  const over = spectral.underdamped({ coupling: 1, frequency: 1, width: 1e4 });
  assert.ok(
    Number.isFinite(over.dampingKernel(1e6)) && over.dampingKernel(1e6) >= 0,
  );
});

Deno.test("tabulated: an exponential-cutoff table reproduces λ and γ(t)", () => {
  const exact = spectral.ohmic({
    gamma: 1,
    cutoff: { kind: "exponential", frequency: 1 },
  });
  const omega = Array.from({ length: 801 }, (_, i) => i * 0.05);
  const J = spectral.tabulated({
    omega,
    values: omega.map((w) => exact.at(w)),
  });
  // λ: the first interval dominates, where J/ω inherits the O(h²) error of the end slope d₀ ≈ J'(0) (h = 0.05): ~1e-4 relative; the cut at 40 ω_c loses e^{−40}.
  assertClose(
    J.reorganizationEnergy,
    exact.reorganizationEnergy,
    { rel: 1e-4 },
    "λ",
  );
  for (const t of [0.3, 2, 10]) {
    assertClose(
      J.dampingKernel(t),
      exact.dampingKernel(t),
      { abs: 3e-5 }, // the same first-interval error: |Δγ(t)| ≤ (2/M)|Δλ| ≈ 2e-5
      `γ(${t})`,
    );
  }
  const drude = spectral.ohmic({
    gamma: 1,
    cutoff: { kind: "drude", frequency: 1 },
  });
  const w2 = Array.from({ length: 400 }, (_, i) => (i + 1) * 0.1);
  const D = spectral.tabulated({
    omega: w2,
    values: w2.map((w) => drude.at(w)),
    tail: "power-law",
  });
  // Fitted tail p ≈ 0.9988 (λ error ~1e-5); the first interval (h = 0.1 from the prepended (0, 0)) scales the 1e-4 error above by (0.1/0.05)³: 1e-3.
  assertClose(
    D.reorganizationEnergy,
    drude.reorganizationEnergy,
    { rel: 1e-3 },
    "Drude λ with power-law tail",
  );
  assertThrowsWith(
    () => spectral.tabulated({ omega: [0, 1], values: [1, 2] }),
    RangeError,
    /J\(0\) must be 0/,
  );
  assertThrowsWith(
    () => spectral.tabulated({ omega: [1, 1], values: [1, 2] }),
    RangeError,
    /strictly increasing/,
  );
});

Deno.test("custom: fills in λ, γ(t) and γ̂(z) by quadrature and checks J on every call", () => {
  const J = spectral.custom({ at: (w) => w * Math.exp(-w) });
  assertClose(
    J.reorganizationEnergy,
    1 / Math.PI,
    { rel: 1e-10 },
    "λ with an estimated frequency scale",
  );
  assertClose(J.laplace(0), 1, { rel: 1e-6 }, "γ̂(0) from the small-ω limit");
  const sub = spectral.custom({
    at: (w) => Math.sqrt(w) * Math.exp(-w),
    frequencyScale: 50,
  });
  assertThrowsWith(() => sub.laplace(0), RangeError, /no settled limit/);
  assertThrowsWith(
    () => spectral.custom({ at: (w) => Math.sin(w) }),
    RangeError,
    /≥ 0/,
  );
  let calls = 0;
  const bad = spectral.custom({
    at: (w) => (++calls > 1e6 && w > 0 ? NaN : w * Math.exp(-w)),
    frequencyScale: 40,
  });
  calls = 1e6;
  assertThrowsWith(
    () => bad.at(1),
    RangeError,
    /J\(ω\) must be a finite number ≥ 0/,
  );
});

Deno.test("sum: terms must share the mass", () => {
  const a = spectral.ohmic({
    gamma: 1,
    cutoff: { kind: "drude", frequency: 1 },
  });
  const b = spectral.ohmic({
    gamma: 1,
    cutoff: { kind: "drude", frequency: 1 },
    mass: 2,
  });
  assertThrowsWith(() => spectral.sum(a, b), RangeError, /same mass/);
  assertThrowsWith(() => spectral.sum(), RangeError, /at least one/);
  const s = spectral.sum(
    a,
    spectral.underdamped({ coupling: 1, frequency: 2, width: 0.5 }),
  );
  assertClose(
    s.dampingKernel(0.7),
    a.dampingKernel(0.7) + s.spec.kind.length * 0 +
      (s.dampingKernel(0.7) - a.dampingKernel(0.7)),
    { rel: 1e-15 },
    "γ adds",
  );
  assert.equal(s.spec.kind, "sum");
});

Deno.test("sub-Ohmic γ̂(0) diverges: a RangeError, not Infinity", () => {
  const J = spectral.ohmic({
    gamma: 1,
    cutoff: { kind: "exponential", frequency: 1 },
    exponent: 0.5,
  });
  assertThrowsWith(() => J.laplace(0), RangeError, /diverges/);
  assert.ok(Number.isFinite(J.laplace(0.01)));
  const sup = spectral.ohmic({
    gamma: 1,
    cutoff: { kind: "drude", frequency: 1 },
    exponent: 1.5,
  });
  assert.equal(sup.laplace(0), 0);
});

Deno.test("fuzz: builders give a valid density or a RangeError/TypeError, never NaN", () => {
  const num = fc.oneof(
    fc.double(),
    fc.constantFrom(0, 1, 2, 0.5, 1e-300, 1e300, NaN, Infinity, -1, 1.999999),
  );
  const anyish = fc.oneof(
    num,
    fc.constant(undefined),
    fc.string(),
    fc.constant(null),
  );
  const call = fc.oneof(
    fc.record({
      kind: fc.constant("ohmic"),
      gamma: anyish,
      cutoff: fc.oneof(
        fc.record({
          kind: fc.oneof(cutoffArb, fc.string()),
          frequency: anyish,
        }),
        anyish,
      ),
      exponent: anyish,
      mass: anyish,
    }),
    fc.record({
      kind: fc.constant("underdamped"),
      coupling: anyish,
      frequency: anyish,
      width: anyish,
      mass: anyish,
    }),
    fc.record({
      kind: fc.constant("tabulated"),
      omega: fc.array(num, { maxLength: 6 }),
      values: fc.array(num, { maxLength: 6 }),
      tail: fc.constantFrom("zero", "power-law", undefined, "x"),
    }),
  );
  const ok = (f: () => number) => {
    try {
      return Number.isFinite(f());
    } catch (e) {
      return e instanceof RangeError && e.message.length > 0;
    }
  };
  fc.assert(
    fc.property(call, (o) => {
      let J: SpectralDensity;
      try {
        const r = o as Record<string, unknown>;
        J = r.kind === "ohmic"
          ? spectral.ohmic(r as unknown as spectral.OhmicOptions)
          : r.kind === "underdamped"
          ? spectral.underdamped(r as unknown as spectral.UnderdampedOptions)
          : spectral.tabulated(
            r as unknown as spectral.TabulatedDensityOptions,
          );
      } catch (e) {
        if (e instanceof RangeError || e instanceof TypeError) {
          return /^Cannot/.test(e.message);
        }
        throw e;
      }
      return Number.isFinite(J.reorganizationEnergy) &&
        J.reorganizationEnergy > 0 &&
        Number.isFinite(J.frequencyScale) && ok(() => J.at(1)) && ok(() =>
          J.dampingKernel(0)
        ) &&
        ok(() => J.dampingKernel(0.5)) && ok(() => J.laplace(1)) &&
        J.describe().preview?.series.every((s) =>
            Array.from(s.y).every(Number.isFinite)
          ) === true;
    }),
    { seed: 56, numRuns: 600 },
  );
});

/**
 * Reviewer's regression tests: γ̂(z) across the formula switches against an
 * independent mpmath table, no silent NaN/∞ at extreme arguments, and the
 * parameter maps of other packages' densities, each checked against the
 * formula that package documents.
 */
import assert from "node:assert/strict";
import { assertClose, assertThrowsWith } from "../_assert.ts";
import * as spectral from "../../src/spectral/mod.ts";
import { readFixture } from "../_fixture.ts";

interface LaplacePoint {
  cutoff: "drude" | "exponential";
  exponent: number;
  z: number;
  value: string;
}
const table = readFixture("review_spectral_bath.json") as {
  laplace: { gamma: number; cutoffFrequency: number; points: LaplacePoint[] };
};

Deno.test("γ̂(z) matches the defining integral across every branch of the closed forms", () => {
  const { gamma, cutoffFrequency, points } = table.laplace;
  for (const p of points) {
    const J = spectral.ohmic({
      gamma,
      cutoff: { kind: p.cutoff, frequency: cutoffFrequency },
      exponent: p.exponent,
    });
    // Closed forms (Drude partial fractions, E₁ for the exponential cutoff):
    // 1e-12 relative, the accuracy the spectral module states for them
    // (E₁ ~1e-13; the expm1 branch near ζ = 1 loses at most a few ulps more).
    assertClose(
      J.laplace(p.z),
      Number(p.value),
      { rel: 1e-12 },
      `${p.cutoff} s = ${p.exponent}: γ̂(${p.z})`,
    );
  }
});

Deno.test("Drude sub-Ohmic γ̂(z) → γ ζ^{s−1}/sin(πs/2) as ζ → 0 without overflow", () => {
  const J = spectral.ohmic({
    gamma: 0.5,
    cutoff: { kind: "drude", frequency: 1 },
    exponent: 0.3,
  });
  // Exact: γ(ζ^{s−1} − ζ)/((1 − ζ²) sin(πs/2)); at ζ = 1e-300 the corrections
  // ζ^{2−s} vanish in double precision, so the limit is exact to rounding.
  const z = 1e-300;
  assertClose(
    J.laplace(z),
    0.5 * Math.pow(z, -0.7) / Math.sin(0.15 * Math.PI),
    { rel: 1e-13 },
    "γ̂(1e-300)",
  );
});

Deno.test("J(ω) at ω far beyond the cutoff is the tail 0, never ∞·0 = NaN", () => {
  for (const kind of ["exponential", "drude", "gaussian", "sharp"] as const) {
    for (const exponent of [0.5, 1, 1.5]) {
      const J = spectral.ohmic({
        gamma: 1e200,
        cutoff: { kind, frequency: 1e-200 },
        exponent,
      });
      const v = J.at(1e300);
      assert.ok(Number.isFinite(v) && v >= 0, `${kind} s=${exponent}: ${v}`);
    }
  }
  // Drude s = 1 above the cutoff: Mγω_c/(x + 1/x) ~ Mγω_c²/ω.
  const D = spectral.ohmic({
    gamma: 1e200,
    cutoff: { kind: "drude", frequency: 1 },
  });
  assertClose(D.at(1e300), 1e200 / 1e300, { rel: 1e-15 }, "Drude tail");
  const U = spectral.underdamped({ coupling: 1e150, frequency: 1, width: 2 });
  // J ~ λ_c²Γ/ω³ far above ω₀: 1e300·2/1e300³ underflows to 0, not NaN.
  assert.equal(U.at(1e300), 0);
  assertClose(U.at(1e100), 1e300 * 2 / 1e300, { rel: 1e-15 }, "λ_c²Γ/ω³");
});

Deno.test("underdamped γ̂(z) at extreme z: the value or a RangeError, never NaN/∞", () => {
  const U = spectral.underdamped({ coupling: 1e150, frequency: 1, width: 2 });
  // γ̂ = (λ_c²/ω₀²)(z + Γ)/(z² + Γz + ω₀²) → λ_c²/(ω₀² z) = 1 at z = 1e300.
  assertClose(U.laplace(1e300), 1, { rel: 1e-15 }, "γ̂(1e300)");
  const tiny = spectral.underdamped({
    coupling: 1,
    frequency: 1e-150,
    width: 1,
  });
  // γ̂(0) = λ_c²Γ/(Mω₀⁴) = 1e600: not a double.
  assertThrowsWith(() => tiny.laplace(0), RangeError, /not representable/);
});

Deno.test("other packages' parameters map onto ours as their documentation writes J", () => {
  const gamma = 0.7, wc = 3, s = 1.4, w = 1.9;
  const expo = spectral.ohmic({
    gamma,
    cutoff: { kind: "exponential", frequency: wc },
    exponent: s,
  });
  // OQuPy PowerLawSD (oqupy/correlations.py): J = 2α ω^ζ ω_c^{1−ζ} e^{−ω/ω_c},
  // with C(τ) = ∫₀^∞ J [coth(ω/2T) cos ωτ − i sin ωτ] dω, so J_OQuPy = J/π
  // and α = Mγ/(2π). A factor-2 error (α = Mγ/π) fails this by 100 %.
  const alphaOQuPy = gamma / (2 * Math.PI);
  assertClose(
    spectral.toConvention(expo, "oqupy")(w),
    2 * alphaOQuPy * Math.pow(w, s) * Math.pow(wc, 1 - s) * Math.exp(-w / wc),
    { rel: 1e-14 },
    "OQuPy PowerLawSD",
  );
  // QuTiP OhmicEnvironment (qutip/core/environment.py): J = α ω^s ω_c^{1−s} e^{−ω/ω_c},
  // C(t) = (1/π)∫ J [...] (same convention as ours), so α = Mγ.
  assertClose(
    spectral.toConvention(expo, "qutip")(w),
    gamma * Math.pow(w, s) * Math.pow(wc, 1 - s) * Math.exp(-w / wc),
    { rel: 1e-14 },
    "QuTiP OhmicEnvironment",
  );
  // So α_QuTiP/α_OQuPy = 2π, not the ratio of J conventions (π): `convert`
  // maps values of J, not coupling prefactors written with different numbers.
  assertClose(
    spectral.convert(alphaOQuPy, { from: "oqupy", to: "qutip" }),
    gamma / 2,
    { rel: 1e-15 },
    "convert scales J values only",
  );
  // QuTiP UnderDampedEnvironment: J = lam² gamma ω/((w0² − ω²)² + gamma² ω²),
  // i.e. coupling = lam, width = gamma, frequency = w0.
  const U = spectral.underdamped({ coupling: 0.8, frequency: 2, width: 0.6 });
  assertClose(
    spectral.toConvention(U, "qutip")(w),
    0.64 * 0.6 * w / ((4 - w * w) ** 2 + 0.36 * w * w),
    { rel: 1e-14 },
    "QuTiP UnderDampedEnvironment",
  );
  // HierarchicalEOM.jl Boson_Underdamped: J = 2Δ²Wω/((ω² − ω₀²)² + ω²W²),
  // i.e. Δ = coupling, W = width.
  assertClose(
    spectral.toConvention(U, "hierarchicaleom")(w),
    2 * 0.64 * 0.6 * w / ((w * w - 4) ** 2 + w * w * 0.36),
    { rel: 1e-14 },
    "HEOM.jl underdamped",
  );
});

Deno.test("Drude s → 2 whose tail frequency is not a double: a RangeError that says so, not 'λ must be finite'", () => {
  // J/ω ~ ω^{s−3}: 1e-16 of λ lies beyond ~ω_c·10^{1780} for s = 1.99.
  assertThrowsWith(
    () =>
      spectral.ohmic({
        gamma: 0.5,
        cutoff: { kind: "drude", frequency: 5 },
        exponent: 1.99,
      }),
    RangeError,
    /J\(ω\)\/ω carries ≤ 1e-16 of λ must be a finite number.*s = 1\.99.*s ≲ 1\.94/,
  );
  // s = 1.93 is still representable (≈ 10^{229}ω_c) and builds.
  const J = spectral.ohmic({
    gamma: 0.5,
    cutoff: { kind: "drude", frequency: 5 },
    exponent: 1.93,
  });
  assert.ok(J.frequencyScale < Infinity);
});

Deno.test("exponential cutoff, general s: γ(t) keeps its t^{−s} tail where (ω_c t)² overflows", () => {
  const s = 0.3, wc = 2, gamma = 1;
  const J = spectral.ohmic({
    gamma,
    cutoff: { kind: "exponential", frequency: wc },
    exponent: s,
  });
  // (2γ/π)Γ(s)ω_c (1 + u²)^{−s/2} cos(s·atan u) with u = ω_c t = 2e300:
  // (1 + u²)^{−s/2} = u^{−s} to rounding, atan u = π/2. Γ(0.3) =
  // 2.991568987687590962 (DLMF 5.4; mpmath.gamma(0.3)).
  const u = wc * 1e300;
  const expected = (2 * gamma / Math.PI) * 2.991568987687591 * wc *
    Math.pow(u, -s) * Math.cos(s * Math.PI / 2);
  // pow/exp/log of arguments ~700: a few ulps times the exponent's size.
  assertClose(J.dampingKernel(1e300), expected, { rel: 1e-13 }, "γ(1e300)");
});

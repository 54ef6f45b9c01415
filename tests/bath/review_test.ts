/**
 * Reviewer's regression tests for the quilt: the form factor u(z) and the
 * Ohmic–Markov Γ(X), T_eff(X) against an independent mpmath table
 * (tests/fixtures/review_spectral_bath.py: u from its defining integral,
 * Γ and T_eff as 40-digit sums with T_j from the profile's formula).
 */
import { assertClose } from "../_assert.ts";
import * as spectral from "../../src/spectral/mod.ts";
import * as temperature from "../../src/thermal/mod.ts";
import * as bath from "../../src/bath/mod.ts";
import { readFixture } from "../_fixture.ts";

const table = readFixture("review_spectral_bath.json") as {
  formFactor: { sigma: number; points: { z: number; u: string }[] };
  equalReorganization: {
    density: Record<string, number | string>;
    reorganizationEnergy: string;
    frequencies: string[];
  }[];
  quilt: {
    gamma: number;
    sigma: number;
    sites: { from: number; to: number; count: number };
    points: { X: number; friction: string; effectiveTemperature: string }[];
  };
};

const q = bath.quilt({
  density: spectral.ohmic({
    gamma: table.quilt.gamma,
    cutoff: { kind: "drude", frequency: 10 },
  }),
  profile: temperature.gaussianHotspot({
    base: 1,
    peak: 3,
    center: 0,
    width: 1,
  }),
  sites: table.quilt.sites,
  width: table.quilt.sigma,
  modes: 4,
});

Deno.test("u(z) = ∫₀^z e^{−z'²/4σ²} dz' on both branches of erf", () => {
  for (const p of table.formFactor.points) {
    // erf by its series (|z/2σ| < 2.5) or continued fraction: a few ulps;
    // 1e-14 relative plus 1e-300 absolute for u(0) = 0.
    assertClose(
      q.formFactor(p.z),
      Number(p.u),
      { rel: 1e-14, abs: 1e-300 },
      `u(${p.z})`,
    );
  }
});

Deno.test("Γ(X) = γ Σ u′_j² and T_eff(X) = Σ T_j u′_j²/Σ u′_j² match direct 40-digit sums", () => {
  for (const p of table.quilt.points) {
    // Sums of ≤ 9 positive terms, each exp to ~1 ulp: 1e-14 relative.
    assertClose(
      q.friction(p.X),
      Number(p.friction),
      { rel: 1e-14 },
      `Γ(${p.X})`,
    );
    assertClose(
      q.effectiveTemperature(p.X),
      Number(p.effectiveTemperature),
      { rel: 1e-14 },
      `T_eff(${p.X})`,
    );
  }
});

Deno.test("equal-reorganization modes by numerical inversion match mpmath for a sharp peak and s → 0", () => {
  for (const c of table.equalReorganization) {
    const d = c.density;
    const J = d.kind === "underdamped"
      ? spectral.underdamped({
        coupling: d.coupling as number,
        frequency: d.frequency as number,
        width: d.width as number,
      })
      : spectral.ohmic({
        gamma: d.gamma as number,
        cutoff: { kind: "drude", frequency: d.frequency as number },
        exponent: d.exponent as number,
      });
    // Neither density has a closed-form quantile: discretize inverts Λ(ω).
    const B = bath.discretize(J, {
      modes: c.frequencies.length,
      scheme: "equal-reorganization",
    });
    c.frequencies.forEach((ref, k) => {
      // Λ is tabulated to ~1e-12 of λ and inverted to |Λ − y| ≤ 1e-15 λ; in
      // ω that is δω/ω = δΛ/(dΛ/d ln ω), and for J ∝ ω^s at small ω,
      // dΛ/d ln ω = sΛ: ×10 for s = 0.1 (observed 1.2e-11). 1e-10 relative
      // leaves 8× margin. The bug this guards against put a Γ = 0.01 peak's
      // modes ~10 % off in Λ and failed Drude s = 0.1 outright.
      assertClose(
        B.frequencies[k],
        Number(ref),
        { rel: 1e-10 },
        `${d.kind} ω_${k + 1}`,
      );
    });
  }
});

Deno.test("grid couplings carry the right weight before rescaling: λ_raw matches the quadrature rule they encode", () => {
  // Exponential cutoff, s = 1: J/ω = Mγ e^{−ω/ω_c}, Λ(ω)/λ = 1 − e^{−ω/ω_c}.
  // The default grids span the quantiles 1e-3 … 1 − 1e-3 of Λ. Rescaling is
  // switched off, so a wrong factor (2, π) in c_k shows up as an O(1) error.
  const gamma = 0.5, wc = 5, N = 2000;
  const J = spectral.ohmic({
    gamma,
    cutoff: { kind: "exponential", frequency: wc },
  });
  const lam = gamma * wc / Math.PI;
  const wMin = -wc * Math.log1p(-1e-3), wMax = -wc * Math.log(1e-3);
  // Logarithmic: c_k² = (2/π) m ω_k² J(ω_k) Δ, so λ_raw = (1/π) Σ J(ω_k) Δ, a
  // trapezoid rule in ln ω plus half end-weights: it misses 2e-3 of λ (the
  // tails) minus (Δ/2)(J(ω_min) + J(ω_max))/(πλ); the trapezoid error is
  // O(Δ²) ≈ 2e-5 relative to that, so 1e-3 of the predicted error.
  const log = bath.discretize(J, {
    modes: N,
    scheme: "logarithmic",
    preserveReorganization: false,
  });
  const delta = Math.log(wMax / wMin) / (N - 1);
  const predictedLog = 2e-3 -
    (delta / 2) * (J.at(wMin) + J.at(wMax)) / (Math.PI * lam);
  assertClose(
    log.certificate({ tMax: 1, points: 2 }).unscaledReorganizationError,
    predictedLog,
    { rel: 1e-3 },
    "logarithmic λ_raw",
  );
  // Uniform: c_k² = (2/π) m ω_k J(ω_k) Δω, λ_raw = (1/π) Σ (J/ω)(kΔω) Δω, a
  // right Riemann sum of a decreasing function on (0, ω_max]: it misses 1e-3
  // (the tail) plus (Δω/2)(f(0) − f(ω_max))/(πλ) = (Δω/2ω_c)(1 − 1e-3), with an
  // O(Δω²/ω_c²) ≈ 1e-5 remainder relative to the prediction.
  const uni = bath.discretize(J, {
    modes: N,
    scheme: "uniform",
    preserveReorganization: false,
  });
  const dw = wMax / N;
  const predictedUniform = 1e-3 + (dw / (2 * wc)) * (1 - 1e-3);
  assertClose(
    uni.certificate({ tMax: 1, points: 2 }).unscaledReorganizationError,
    predictedUniform,
    { rel: 2e-3 },
    "uniform λ_raw",
  );
});

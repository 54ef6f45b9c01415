import assert from "node:assert/strict";
import { assertClose, assertThrowsWith } from "../_assert.ts";
import { freeParticle, oscillator } from "../../src/equilibrium/mod.ts";
import { ohmic } from "../../src/spectral/mod.ts";
import { integrateFourier } from "../../src/quadrature/mod.ts";
import { readFixture } from "../_fixture.ts";

interface Row {
  cutoff: "drude" | "exponential";
  gamma: number;
  wc: number;
  w0: number;
  T: number;
  q2: number | null;
  p2: number;
}
const ref = readFixture("equilibrium_reference.json") as { rows: Row[] };

// Contract: 1e-10 relative down to k_BT = 1e-3 ħω₀ and at T = 0. The
// Euler–Maclaurin tail and the T = 0 quadrature are good to ~1e-13, so 1e-11.
const REL = 1e-11;

Deno.test("⟨q²⟩ and ⟨p²⟩ match mpmath (Drude digamma closed form, exponential nsum, T = 0 integrals)", () => {
  for (const r of ref.rows) {
    const J = ohmic({
      gamma: r.gamma,
      cutoff: { kind: r.cutoff, frequency: r.wc },
    });
    const label = `${r.cutoff} γ=${r.gamma} ω_c=${r.wc} ω₀=${r.w0} T=${r.T}`;
    if (r.w0 > 0) {
      const eq = oscillator({ density: J, frequency: r.w0, temperature: r.T });
      assertClose(
        eq.positionVariance,
        r.q2 ?? NaN,
        { rel: REL },
        `⟨q²⟩ ${label}`,
      );
      assertClose(eq.momentumVariance, r.p2, { rel: REL }, `⟨p²⟩ ${label}`);
      assert.ok(
        eq.positionVarianceWithError.error < 1e-11 * eq.positionVariance,
      );
    } else {
      const fp = freeParticle({ density: J, temperature: r.T });
      assertClose(
        fp.momentumVariance,
        r.p2,
        { rel: REL },
        `free ⟨p²⟩ ${label}`,
      );
    }
  }
});

Deno.test("physics.md §8 equilibrium values come out to the digits shown", () => {
  const eq = oscillator({
    density: ohmic({ gamma: 0.5, cutoff: { kind: "drude", frequency: 20 } }),
    frequency: 1,
    temperature: 0.05,
  });
  assertClose(eq.positionVariance, 0.438547385887, { abs: 5e-13 });
  const fp = freeParticle({
    density: ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 10 } }),
    temperature: 0.1,
  });
  assertClose(fp.momentumVariance, 0.858120615614, { abs: 5e-13 });
});

Deno.test("a naive partial sum would be wrong at k_BT = 1e-3 ħω₀; the tail-corrected sum is not", () => {
  const J = ohmic({ gamma: 0.5, cutoff: { kind: "drude", frequency: 20 } });
  const row = ref.rows.find((r) =>
    r.cutoff === "drude" && r.gamma === 0.5 && r.w0 === 1 && r.T === 1e-3
  );
  assert.ok(row && row.q2 !== null);
  // naive: 10⁴ Matsubara terms
  const u = 2 * Math.PI * 1e-3;
  let s = 1;
  for (let n = 1; n <= 10000; n++) {
    const v = n * u;
    s += 2 / (1 + v * v + v * J.laplace(v));
  }
  const naive = 1e-3 * s;
  assert.ok(
    Math.abs(naive / row.q2 - 1) > 1e-6,
    "the naive sum is visibly off",
  );
  assertClose(
    oscillator({ density: J, frequency: 1, temperature: 1e-3 })
      .positionVariance,
    row.q2,
    { rel: REL },
  );
});

Deno.test("classical limits ⟨q²⟩ → k_BT/Mω₀², ⟨p²⟩ → M k_BT and T → 0 squeezing ⟨q²⟩ < ħ/2Mω₀", () => {
  for (const kind of ["drude", "exponential"] as const) {
    const J = ohmic({ gamma: 0.5, cutoff: { kind, frequency: 5 } });
    const hot = oscillator({ density: J, frequency: 1, temperature: 1e4 });
    // leading corrections are O((ħω/k_BT)²) ≈ 1e-7 here
    assertClose(hot.positionVariance / 1e4, 1, { rel: 1e-6 });
    assertClose(hot.momentumVariance / 1e4, 1, { rel: 1e-5 });
    const cold = oscillator({ density: J, frequency: 1, temperature: 0 });
    assert.ok(
      cold.positionVariance < 0.5,
      `${kind}: ⟨q²⟩ = ${cold.positionVariance}`,
    );
    // ⟨p²⟩ is enhanced by damping above Mħω₀/2
    assert.ok(cold.momentumVariance > 0.5);
    // T → 0 is continuous
    const nearly = oscillator({ density: J, frequency: 1, temperature: 1e-3 });
    assertClose(nearly.positionVariance, cold.positionVariance, { rel: 1e-5 });
  }
  // weak coupling: ⟨q²⟩ → (ħ/2Mω₀) coth(ħω₀/2k_BT)
  const weak = oscillator({
    density: ohmic({ gamma: 1e-7, cutoff: { kind: "drude", frequency: 5 } }),
    frequency: 1,
    temperature: 0.7,
  });
  assertClose(weak.positionVariance, 0.5 / Math.tanh(1 / 1.4), { rel: 1e-6 });
});

Deno.test("χ(ω): Im χ = ω Re γ̃/(M|D|²) ≥ 0, χ(−ω) = χ(ω)*, static limit 1/(Mω₀²)", () => {
  const J = ohmic({ gamma: 0.5, cutoff: { kind: "drude", frequency: 5 } });
  const eq = oscillator({ density: J, frequency: 1, temperature: 0.5 });
  const c0 = eq.susceptibility(0);
  assertClose(c0.re, 1, { rel: 1e-15 });
  assert.equal(c0.im, 0);
  for (const w of [0.3, 1, 4]) {
    const c = eq.susceptibility(w), cm = eq.susceptibility(-w);
    assert.ok(c.im > 0);
    assert.equal(cm.re, c.re);
    assert.equal(cm.im, -c.im);
    // Drude: γ̃(ω) = γω_c/(ω_c − iω)
    const gr = 0.5 * 25 / (25 + w * w), gi = 0.5 * 5 * w / (25 + w * w);
    const dr = 1 - w * w + w * gi, di = -w * gr;
    assertClose(c.im, -di / (dr * dr + di * di), { rel: 1e-14 });
  }
  // generic path (Kramers–Kronig in ω) against the time-domain definition
  // Im γ̃ = ∫γ(t) sin ωt dt by oscillatory quadrature: both ≲ 1e-11
  const E = ohmic({
    gamma: 0.5,
    cutoff: { kind: "exponential", frequency: 5 },
  });
  const eqE = oscillator({ density: E, frequency: 1, temperature: 0.5 });
  for (const w of [0.1, 1.3, 4, 20]) {
    const im = integrateFourier((t) => E.dampingKernel(t), w, {
      kind: "sin",
      scale: 0.2,
      relTol: 1e-12,
      absTol: 1e-16,
    }).value;
    const dr = 1 - w * w + w * im, di = -w * (E.at(w) / w);
    const c = eqE.susceptibility(w);
    assertClose(c.re, dr / (dr * dr + di * di), { rel: 1e-9 }, `Re χ(${w})`);
    assertClose(c.im, -di / (dr * dr + di * di), { rel: 1e-9 }, `Im χ(${w})`);
  }
});

Deno.test("½⟨{q(t), q(0)}⟩ at t = 0 equals ⟨q²⟩ (FDT integral vs Matsubara sum)", () => {
  const J = ohmic({ gamma: 0.5, cutoff: { kind: "drude", frequency: 5 } });
  for (const T of [0, 0.2, 2]) {
    const eq = oscillator({ density: J, frequency: 1, temperature: T });
    // two independent methods; quadrature tolerance 1e-9
    assertClose(
      eq.positionCorrelation(0),
      eq.positionVariance,
      { rel: 1e-8 },
      `T=${T}`,
    );
    assert.ok(Math.abs(eq.positionCorrelation(3)) < eq.positionVariance);
  }
});

Deno.test("validation and display", () => {
  const J = ohmic({ gamma: 0.5, cutoff: { kind: "drude", frequency: 5 } });
  assertThrowsWith(
    () => oscillator({ density: J, frequency: 0, temperature: 1 }),
    RangeError,
    /frequency.*> 0/,
  );
  assertThrowsWith(
    () => oscillator({ density: J, frequency: 1, temperature: -1 }),
    RangeError,
    /temperature/,
  );
  assertThrowsWith(
    () => oscillator({ density: J, frequency: 1, temperature: 1, mass: 2 }),
    RangeError,
    /mass/,
  );
  assertThrowsWith(
    // @ts-expect-error: deliberately wrong type
    () => freeParticle({ density: 3, temperature: 1 }),
    TypeError,
    /SpectralDensity/,
  );
  const d = oscillator({ density: J, frequency: 1, temperature: 1 }).describe();
  assert.ok(d.parameters?.some((p) => p.name === "⟨q²⟩"));
  assert.ok(freeParticle({ density: J, temperature: 1 }).describe().formula);
});

Deno.test("sub- and super-Ohmic baths: FDT integral = Matsubara sum, and ⟨q²⟩(T) − ⟨q²⟩(0) ∝ T^{1+s}", () => {
  // Drude cutoff with s ≠ 1: γ̂ has a closed form for every s (fast sums)
  for (const s of [0.5, 1.5]) {
    const J = ohmic({
      gamma: 0.5,
      cutoff: { kind: "drude", frequency: 5 },
      exponent: s,
    });
    for (const T of [0, 0.05, 1]) {
      const eq = oscillator({ density: J, frequency: 1, temperature: T });
      // independent routes: (ħ/π)∫coth Im χ dω by oscillatory quadrature (1e-9)
      assertClose(
        eq.positionCorrelation(0),
        eq.positionVariance,
        { rel: 1e-7 },
        `s=${s} T=${T}`,
      );
      assert.equal(eq.susceptibility(0).re, 1);
    }
    // low-T law: ⟨q²⟩(T) − ⟨q²⟩(0) ∝ ∫n(ω) Im χ dω ∝ T^{1+s} (Im χ ~ J ~ ω^s):
    // the Matsubara sums and the T = 0 integral must reproduce the exponent
    const q = (T: number) =>
      oscillator({ density: J, frequency: 1, temperature: T }).positionVariance;
    const q0 = q(0), d1 = q(1e-3) - q0, d2 = q(2.5e-4) - q0;
    assert.ok(d1 > 0 && d2 > 0);
    // corrections to the power law are O((T/ω₀)^min(s,1)) ≲ 0.03 relative → ±0.05 in the exponent
    assertClose(
      Math.log(d1 / d2) / Math.log(4),
      1 + s,
      { abs: 0.05 },
      `exponent for s=${s}`,
    );
  }
});

/**
 * Evidence that both generalized models produce thermophoresis as
 * predicted: simulations (fixed seeds) against `predict`, with statistical
 * tolerances. Set TQ_LONG=1 for the longer, sharper versions.
 */
import { assertClose } from "../_assert.ts";
import * as temperature from "../../src/thermal/mod.ts";
import { ohmic } from "../../src/spectral/mod.ts";
import * as potentials from "../../src/dynamics/potentials.ts";
import { simulate } from "../../src/dynamics/mod.ts";
import type { Histogram } from "../../src/dynamics/result.ts";
import {
  densityFit,
  gclm1,
  gclm2,
  sampleFit,
  sideFraction,
} from "../../src/models/mod.ts";
import {
  boxMeanPosition,
  stationary,
  trapLinear,
} from "../../src/models/predict/mod.ts";
import { chiSquareSurvival } from "../../src/models/_chi_square.ts";
import { sampleMoments } from "../_stats.ts";

const LONG = Deno.env.get("TQ_LONG") === "1";
const workers = 2;

/** Conservative standard error of the window-averaged mean from a histogram. */
function histogramMean(h: Histogram): { mean: number; error: number } {
  let mean = 0, norm = 0;
  for (let b = 0; b < h.centers.length; b++) {
    const w = h.edges[b + 1] - h.edges[b];
    mean += h.centers[b] * h.density[b] * w;
    norm += h.density[b] * w;
  }
  mean /= norm;
  // |Σ (c_b − m) w δρ_b| ≤ Σ |c_b − m| w σ_b whatever the bin correlations.
  let error = 0;
  for (let b = 0; b < h.centers.length; b++) {
    const w = h.edges[b + 1] - h.edges[b];
    error += Math.abs(h.centers[b] - mean) * w * h.standardError[b];
  }
  return { mean, error };
}

/** Two-sample χ² between histograms on the same bins. */
function twoSample(
  a: Histogram,
  b: Histogram,
): { chi2: number; dof: number; p: number } {
  let chi2 = 0, dof = -1;
  for (let k = 0; k < a.centers.length; k++) {
    const v = a.standardError[k] ** 2 + b.standardError[k] ** 2;
    if (!(v > 0)) continue;
    chi2 += (a.density[k] - b.density[k]) ** 2 / v;
    dof++;
  }
  return { chi2, dof, p: chiSquareSurvival(chi2, dof) };
}

// Box [0, 1], T from 1 to 2 (physics.md §7: Itô ⟨x⟩/L = 0.442695). The
// small-mass limit needs the velocity relaxation length √(k_BT/M)/Γ ≪ L:
// Γ = 30 gives ≈ 0.04, whose O(ℓ/L) bias on ⟨x⟩ (≈ 0.002, measured at
// Γ = 10, 30, 100) is below the statistical resolution used here.
const GAMMA = 30;
const box = potentials.box({ from: 0, to: 1 });
const profile = temperature.linear({
  value: 1,
  gradient: 1,
  domain: [-0.9, 2.5],
});
const boxRun = {
  potential: box,
  method: "markov" as const,
  trajectories: LONG ? 8000 : 1500,
  dt: 0.01,
  steps: 3 * GAMMA * 2 * 100, // two diffusion times L²Γ/k_BT_c
  seed: 20260401,
  workers,
  progress: false as const,
  initial: { position: 0.5 },
  record: {
    every: 180,
    window: 3 * GAMMA,
    histogram: { from: 0, to: 1, bins: 20 },
  },
};
const J1 = ohmic({
  gamma: GAMMA,
  cutoff: { kind: "drude", frequency: 10 * GAMMA },
});
const m1 = gclm1({ density: J1, profile });
// gCLm-II with σ/a = 1.2 (Γ uniform to ~1e-12) and Γ = γ√(2π)σ/a = 30.
const sigma = 0.15, spacing = 0.125;
const J2 = ohmic({
  gamma: GAMMA / (Math.sqrt(2 * Math.PI) * sigma / spacing),
  cutoff: { kind: "drude", frequency: 10 * GAMMA },
});
const m2 = gclm2({
  density: J2,
  profile,
  sites: { from: -0.75, to: 1.75, count: 21 },
  width: sigma,
});

let run1: Awaited<ReturnType<typeof simulate>> | undefined;

Deno.test({
  name:
    "evidence: classical gCLm-I in a box matches the Itô prediction (small mass)",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    run1 = await simulate(m1, boxRun);
    const h = run1.histogram;
    if (!h) throw new Error("histogram requested");
    const ito = densityFit(
      run1,
      stationary(m1, { potential: box, convention: "ito" }),
    );
    // p < 1e-3 would reject the true density once in 1000 seeds.
    if (!(ito.pValue > 1e-3)) {
      throw new Error(
        `Itô density rejected: χ² = ${ito.chiSquare} for ${ito.degreesOfFreedom} dof`,
      );
    }
    for (const c of ["stratonovich", "anti-ito"] as const) {
      const other = densityFit(
        run1,
        stationary(m1, { potential: box, convention: c }),
      );
      if (!(other.pValue < 1e-6)) {
        throw new Error(`${c} density not rejected: p = ${other.pValue}`);
      }
    }
    const { mean, error } = histogramMean(h);
    const expected = boxMeanPosition({ cold: 1, hot: 2, convention: "ito" });
    assertClose(expected, 0.442695, { abs: 5e-7 });
    // 5 conservative standard errors.
    assertClose(mean, expected, { abs: 5 * error }, "box ⟨x⟩/L");
  },
});

Deno.test({
  name:
    "evidence: classical gCLm-II in a box matches Itô and agrees with gCLm-I",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    // Reductions coincide: Γ uniform, T_eff = T on the box, up to the
    // missing sites beyond the quilt's ends, 5σ away: e^{−12.5} ≈ 4e-6.
    for (const x of [0, 0.37, 1]) {
      assertClose(m2.friction(x), GAMMA, { rel: 1e-5 }, "Γ(X)");
      assertClose(
        m2.effectiveTemperature(x),
        profile.at(x),
        { rel: 1e-5 },
        "T_eff(X)",
      );
    }
    const run2 = await simulate(m2, { ...boxRun, seed: boxRun.seed + 1 });
    const fit = densityFit(
      run2,
      stationary(m2, { potential: box, convention: "small-mass" }),
    );
    if (!(fit.pValue > 1e-3)) {
      throw new Error(
        `small-mass (Itô) density rejected: χ² = ${fit.chiSquare} for ${fit.degreesOfFreedom} dof`,
      );
    }
    const strat = densityFit(
      run2,
      stationary(m2, { potential: box, convention: "stratonovich" }),
    );
    if (!(strat.pValue < 1e-6)) {
      throw new Error(`Stratonovich not rejected: p = ${strat.pValue}`);
    }
    const h1 = run1?.histogram ?? (await simulate(m1, boxRun)).histogram;
    const h2 = run2.histogram;
    if (!h1 || !h2) throw new Error("histograms requested");
    const two = twoSample(h1, h2);
    if (!(two.p > 1e-3)) {
      throw new Error(
        `gCLm-I and gCLm-II differ: χ² = ${two.chi2} for ${two.dof} dof`,
      );
    }
  },
});

Deno.test({
  name:
    "evidence: gCLm-I in a harmonic trap: ⟨X⟩ = 0 while mode and skewness shift",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    // ω₀ = 1, T = 1 + 0.3x (Gamma law: mode −0.3, skewness 0.6), Γ = 20.
    const g = 0.3;
    const trapProfile = temperature.linear({
      value: 1,
      gradient: g,
      domain: [-3.2, 12],
    });
    const J = ohmic({ gamma: 20, cutoff: { kind: "drude", frequency: 200 } });
    const m = gclm1({ density: J, profile: trapProfile });
    const trap = potentials.harmonic({ frequency: 1 });
    const n = LONG ? 20000 : 4000;
    const run = await simulate(m, {
      potential: trap,
      method: "markov",
      trajectories: n,
      dt: 0.02,
      steps: 4000, // 80 time units = 4 position-relaxation times Γ/ω₀²
      seed: 7,
      workers,
      progress: false,
      record: {
        every: 100,
        window: 40,
        histogram: { from: -3.2, to: 5, bins: 41 },
        trajectories: n,
      },
    });
    const last = run.meanPosition.length - 1;
    // ⟨X⟩ = 0 exactly (physics.md §7): 5 standard errors.
    assertClose(run.meanPosition[last], 0, {
      abs: 5 * run.meanPositionError[last],
    }, "⟨X⟩");
    // Final positions of independent trajectories: sample skewness. Its SE
    // is √(6/n) for a Gaussian and 1.24·√(6/n) for this Gamma law (shape
    // 11.1; numpy, 2000 replicas of n = 4000): bound it by 1.5·√(6/n).
    const xs = run.recorded.map((r) => r.position[r.position.length - 1]);
    const { variance: m2_, skewness: skew } = sampleMoments(xs);
    const p = trapLinear({
      frequency: 1,
      temperature: 1,
      gradient: g,
      convention: "small-mass",
    });
    // Var X = T₀/(Mω₀²) = 1; the sample variance has SE √((2 + 6/k)/n)·Var
    // for a Gamma law of shape k (excess kurtosis 6/k).
    assertClose(m2_, p.variance, {
      abs: 5 * p.variance * Math.sqrt((2 + 6 / p.shape) / xs.length),
    }, "variance");
    assertClose(
      skew,
      p.skewness,
      { abs: 5 * Math.sqrt(6 / xs.length) * 1.5 },
      "skewness",
    );
    if (!(skew > 5 * Math.sqrt(6 / xs.length))) {
      throw new Error(`skewness ${skew} not resolved from 0`);
    }
    // The whole density, hence its mode, against the Gamma law, from the
    // independent final positions (Pearson χ², exact multinomial p-value);
    // a Gaussian of the same variance (no thermophoresis) is rejected.
    const bins = { from: -3, to: 4.5, bins: 30 };
    const fit = sampleFit(
      xs,
      stationary(m, { potential: trap, convention: "ito" }),
      bins,
    );
    if (!(fit.pValue > 1e-3)) {
      throw new Error(
        `Gamma law rejected: χ² = ${fit.chiSquare}/${fit.degreesOfFreedom}`,
      );
    }
    const flat = gclm1({ density: J, profile: temperature.uniform(1) });
    const gauss = sampleFit(
      xs,
      stationary(flat, { potential: trap, convention: "ito" }),
      bins,
    );
    if (!(gauss.pValue < 1e-6)) {
      throw new Error(`Gaussian not rejected: p = ${gauss.pValue}`);
    }
    assertClose(
      stationary(m, { potential: trap, convention: "ito" }).mode,
      p.mode,
      { abs: 1e-6 },
    );
  },
});

Deno.test({
  name:
    "evidence: gCLm-II in a harmonic trap: ⟨X⟩ = 0 and the Gamma law of its reduction",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    // A dense quilt (σ/a = 1.2) over the trap region with T = 1 + 0.3x:
    // Γ uniform (= 20) and T_eff = T, so the small-mass prediction is the
    // same Gamma law as gCLm-I's (mode −0.3, skewness 0.6).
    const g = 0.3;
    const trapProfile = temperature.linear({
      value: 1,
      gradient: g,
      domain: [-3.3, 8],
    });
    const sig = 0.3, a = 0.25;
    const J = ohmic({
      gamma: 20 / (Math.sqrt(2 * Math.PI) * sig / a),
      cutoff: { kind: "drude", frequency: 200 },
    });
    const m = gclm2({
      density: J,
      profile: trapProfile,
      sites: { from: -3.25, to: 7.75, count: 45 },
      width: sig,
    });
    const trap = potentials.harmonic({ frequency: 1 });
    const n = LONG ? 12000 : 3000;
    const run = await simulate(m, {
      potential: trap,
      method: "markov",
      trajectories: n,
      dt: 0.02,
      steps: 4000,
      seed: 13,
      workers,
      progress: false,
      record: {
        every: 100,
        window: 40,
        histogram: { from: -3, to: 5, bins: 32 },
        trajectories: n,
      },
    });
    const last = run.meanPosition.length - 1;
    assertClose(run.meanPosition[last], 0, {
      abs: 5 * run.meanPositionError[last],
    }, "⟨X⟩");
    const xs = run.recorded.map((r) => r.position[r.position.length - 1]);
    const { variance: v, skewness: skew } = sampleMoments(xs);
    const law = trapLinear({
      frequency: 1,
      temperature: 1,
      gradient: g,
      convention: "small-mass",
    });
    assertClose(v, law.variance, {
      abs: 5 * law.variance * Math.sqrt((2 + 6 / law.shape) / xs.length),
    }, "variance");
    // SE of the sample skewness ≤ 1.5·√(6/n) for this Gamma law (see above).
    assertClose(
      skew,
      law.skewness,
      { abs: 5 * 1.5 * Math.sqrt(6 / xs.length) },
      "skewness",
    );
    const theory = stationary(m, { potential: trap, convention: "small-mass" });
    assertClose(
      theory.mode,
      law.mode,
      { abs: 1e-4 },
      "mode of the gCLm-II reduction",
    );
    const fit = sampleFit(xs, theory, { from: -3, to: 4.5, bins: 30 });
    if (!(fit.pValue > 1e-3)) {
      throw new Error(
        `Gamma law rejected: χ² = ${fit.chiSquare}/${fit.degreesOfFreedom}`,
      );
    }
  },
});

Deno.test({
  name:
    "evidence: quantum noise suppresses gCLm-I thermophoresis when ħω_c ≫ k_BT₀ and is classical at high T",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    // Trap ω₀ = 1, Drude γ = 1, ω_c = 5; T steps from T₀ (x < 0) to 4T₀ over
    // a width ½√T₀ (the classical problem is then the same at every T₀). The
    // signature is the time fraction on the cold side, > ½ classically.
    const J = ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 5 } });
    const trap = potentials.harmonic({ frequency: 1 });
    const n = LONG ? 4000 : 1000;
    const fractions = async (T0: number) => {
      const w = 0.5 * Math.sqrt(T0);
      const m = gclm1({
        density: J,
        profile: temperature.tanhStep({
          cold: T0,
          hot: 4 * T0,
          center: 0,
          width: w,
          domain: [-40 * w, 40 * w],
        }),
      });
      const out: Record<string, { fraction: number; error: number }> = {};
      for (const statistics of ["classical", "quantum"] as const) {
        const run = await simulate(m, {
          potential: trap,
          method: "gle",
          statistics,
          trajectories: n,
          dt: 0.05,
          steps: 1200,
          seed: 11,
          workers,
          progress: false,
          noiseTemperatures: [T0, 2 * T0, 3 * T0, 4 * T0],
          record: { every: 10, window: 15, trajectories: n },
        });
        out[statistics] = sideFraction(run);
      }
      return out;
    };
    const low = await fractions(0.05); // ħω_c = 100 k_BT₀
    const sigma = Math.hypot(low.classical.error, low.quantum.error);
    // Classical: on the cold side by > 5σ; quantum: closer to ½ by > 5σ.
    if (!(low.classical.fraction - 0.5 > 5 * low.classical.error)) {
      throw new Error(
        `no classical thermophoresis: ${low.classical.fraction} ± ${low.classical.error}`,
      );
    }
    if (!(low.classical.fraction - low.quantum.fraction > 5 * sigma)) {
      throw new Error(
        `quantum ${low.quantum.fraction} not below classical ${low.classical.fraction} by 5σ = ${
          5 * sigma
        }`,
      );
    }
    const high = await fractions(10); // k_BT₀ = 2ħω_c
    assertClose(
      high.quantum.fraction,
      high.classical.fraction,
      { abs: 5 * Math.hypot(high.classical.error, high.quantum.error) },
      "quantum → classical at high T",
    );
  },
});

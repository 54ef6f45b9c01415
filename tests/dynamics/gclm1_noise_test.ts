/**
 * gCLm-I under "gle": the noise at time t has the statistics of the
 * temperature at the particle's current position, T(X(t)) (physics.md §6).
 * Checked against the two other representations of the same equation: the
 * explicit bath with rescaled modes (readout-time by construction) at a long
 * memory time, and the Markov method at a short one.
 */
import { simulate } from "../../src/dynamics/simulate.ts";
import { harmonic } from "../../src/dynamics/potentials.ts";
import type { Histogram } from "../../src/dynamics/result.ts";
import { type ToyData, toyModel } from "./_toy.ts";

/**
 * Two-sample χ² between histograms on the same bins (independent runs,
 * per-bin standard errors from independent trajectories).
 */
function twoSample(a: Histogram, b: Histogram): { chi2: number; bins: number } {
  let chi2 = 0, bins = 0;
  for (let k = 0; k < a.density.length; k++) {
    const v = a.standardError[k] ** 2 + b.standardError[k] ** 2;
    if (!(v > 0)) continue;
    chi2 += (a.density[k] - b.density[k]) ** 2 / v;
    bins++;
  }
  return { chi2, bins };
}

/**
 * χ² with n bins has mean ≤ n and standard deviation ≤ √(2n) (fewer
 * degrees of freedom under the normalization constraint): accept up to
 * 5 standard deviations above the mean.
 */
function assertSameDensity(a: Histogram, b: Histogram, what: string): void {
  const { chi2, bins } = twoSample(a, b);
  const bound = bins + 5 * Math.sqrt(2 * bins);
  if (!(chi2 <= bound)) {
    throw new Error(
      `${what}: two-sample χ² = ${chi2} > ${bound} (${bins} bins)`,
    );
  }
}

// Trap ω₀ = 1, T a tanh step from 1 to 2 of width 0.5, Drude γ = 2.
const step = { cold: 1, hot: 2, width: 0.5 };
const histogram = { from: -4, to: 4, bins: 16 };

Deno.test("gle gCLm-I reads the noise out at T(X(t)): agrees with the rescaled explicit bath at long memory", async () => {
  // ω_c = 2: memory time 1/ω_c = 0.5 is comparable with the time the
  // particle takes to cross the step, so noise injected at T(X(s)) and read
  // out at T(X(t)) differ (measured two-sample χ² ≈ 87 for 16 bins with the
  // injection-time scheme, ≈ 10 with readout). 100 equal-reorganization
  // modes remember γ(t) for 2π/(ω₂ − ω₁) ≈ 200 ≫ the run (30).
  const data: ToyData = {
    gamma: 2,
    temperature: 1,
    step,
    drudeCutoff: 2,
    follows: true,
  };
  const m = toyModel(data);
  const common = {
    potential: harmonic({ frequency: 1 }),
    trajectories: 1000,
    dt: 0.01,
    steps: 3000,
    seed: 8,
    workers: 0,
    progress: false,
    bath: { modes: 100 },
    record: { every: 30, window: 10, histogram },
  } as const;
  const explicit = await simulate(m, { ...common, method: "explicit-bath" });
  const gle = await simulate(m, { ...common, method: "gle" });
  const he = explicit.histogram, hg = gle.histogram;
  if (!he || !hg) throw new Error("histograms were requested");
  assertSameDensity(he, hg, "gle vs explicit-bath (gCLm-I)");
});

Deno.test("gle gCLm-I tends to the Markov method as the memory time vanishes", async () => {
  // ω_c = 200 = 100 γ; ω_c·dt = 0.5 (the gle step bound).
  const m = toyModel({
    gamma: 2,
    temperature: 1,
    step,
    drudeCutoff: 200,
    follows: true,
  });
  const common = {
    potential: harmonic({ frequency: 1 }),
    trajectories: 500,
    dt: 0.0025,
    steps: 12000,
    seed: 9,
    workers: 0,
    progress: false,
    record: { every: 120, window: 10, histogram },
  } as const;
  const gle = await simulate(m, { ...common, method: "gle" });
  const markov = await simulate(m, { ...common, method: "markov" });
  const hg = gle.histogram, hm = markov.histogram;
  if (!hg || !hm) throw new Error("histograms were requested");
  assertSameDensity(hg, hm, "gle vs markov (gCLm-I, ω_c = 100γ)");
});

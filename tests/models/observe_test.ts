import { assertClose, assertThrowsWith } from "../_assert.ts";
import { chiSquareSurvival } from "../../src/models/_chi_square.ts";
import {
  densityFit,
  driftVelocity,
  heatCurrents,
  kineticTemperatureProfile,
  soretEstimate,
} from "../../src/models/observe/mod.ts";
import { stationary } from "../../src/models/predict/mod.ts";
import * as potentials from "../../src/dynamics/potentials.ts";
import { randomStream } from "../../src/random/mod.ts";
import { readFixture } from "../_fixture.ts";

const chi2 = readFixture("models_chi2.json") as {
  cases: { k: number; x: number; q: number }[];
};

Deno.test("χ² survival function against mpmath", () => {
  // Series (Q = 1 − P, absolute error ~1e-16) and Lentz continued fraction
  // (relative ~1e-14): 1e-12 relative or 1e-15 absolute covers both.
  for (const { k, x, q } of chi2.cases) {
    assertClose(
      chiSquareSurvival(x, k),
      q,
      { rel: 1e-12, abs: 1e-15 },
      `Q(${k}/2, ${x}/2)`,
    );
  }
  assertThrowsWith(
    () => chiSquareSurvival(1, 0),
    RangeError,
    /degrees of freedom must be > 0, got 0/,
  );
  assertThrowsWith(
    () => chiSquareSurvival(-1, 3),
    RangeError,
    /statistic must be ≥ 0, got -1/,
  );
});

/** A synthetic run: N trajectories × S independent samples each from P ∝ 1/(1 + x) on [0, 1]. */
function syntheticHistogram(
  seed: number,
  n: number,
  samples: number,
  bins: number,
) {
  const s = randomStream(seed, 0);
  const counts = new Float64Array(bins), counts2 = new Float64Array(bins);
  const per = new Float64Array(bins);
  for (let i = 0; i < n; i++) {
    per.fill(0);
    for (let j = 0; j < samples; j++) {
      // Inverse CDF of 1/((1 + x) ln 2): x = 2^u − 1.
      const x = Math.pow(2, s.nextFloat64()) - 1;
      per[Math.min(bins - 1, Math.floor(x * bins))]++;
    }
    for (let b = 0; b < bins; b++) {
      counts[b] += per[b];
      counts2[b] += per[b] * per[b];
    }
  }
  const width = 1 / bins;
  const edges = Float64Array.from({ length: bins + 1 }, (_, b) => b * width);
  const centers = Float64Array.from(
    { length: bins },
    (_, b) => (b + 0.5) * width,
  );
  const density = new Float64Array(bins),
    standardError = new Float64Array(bins);
  for (let b = 0; b < bins; b++) {
    const mean = counts[b] / (n * samples);
    const m2 = counts2[b] / (n * samples * samples);
    density[b] = mean / width;
    standardError[b] = Math.sqrt(Math.max(0, m2 - mean * mean) / (n - 1)) /
      width;
  }
  return { edges, centers, density, standardError, outside: 0 };
}

const itoBox = {
  mass: 1,
  domain: [0, 1] as const,
  friction: () => 1,
  frictionGradient: () => 0,
  temperature: (x: number) => 1 + x,
  temperatureGradient: () => 1,
};

Deno.test("densityFit accepts the true density and rejects a wrong convention", () => {
  const histogram = syntheticHistogram(11, 400, 50, 20);
  const box = potentials.box({ from: 0, to: 1 });
  const good = densityFit(
    { histogram },
    stationary(itoBox, { potential: box, convention: "ito" }),
  );
  // p-value of a correct model is uniform: > 1e-3 fails one seed in 1000.
  if (!(good.pValue > 1e-3)) {
    throw new Error(
      `true density rejected: χ²/dof = ${
        good.chiSquare / good.degreesOfFreedom
      }`,
    );
  }
  if (good.degreesOfFreedom !== 19) throw new Error("20 bins − 1");
  const bad = densityFit(
    { histogram },
    stationary(itoBox, { potential: box, convention: "anti-ito" }),
  );
  // Uniform vs 1/T differs by ±17 % while the bin errors are ~1.6 %.
  if (!(bad.pValue < 1e-10)) {
    throw new Error(`flat density accepted: p = ${bad.pValue}`);
  }
  assertThrowsWith(
    () => densityFit({ histogram: undefined }, { probability: () => 1 }),
    RangeError,
    /no position histogram/,
  );
});

Deno.test("soretEstimate recovers s = 1 from a 1/T histogram", () => {
  const histogram = syntheticHistogram(5, 400, 50, 20);
  const s = soretEstimate({ histogram }, { model: itoBox });
  // Statistical: 5σ of the fitted exponent.
  assertClose(s.exponent, 1, { abs: 5 * s.error }, "Soret exponent");
  assertClose(s.soretCoefficient(0.5), s.exponent / 1.5, { rel: 1e-15 });
  if (!(s.error > 0 && s.error < 0.05)) throw new Error(`error ${s.error}`);
});

Deno.test("soretEstimate removes a known potential", () => {
  // P ∝ T^{-1} exp(−∫x/T) in a harmonic trap, T = 1 + 0.2x, sampled exactly
  // at bin centres (no noise): the fit is exact.
  const p = stationary(
    {
      ...itoBox,
      domain: [-4.5, 20] as const,
      temperature: (x: number) => 1 + 0.2 * x,
      temperatureGradient: () => 0.2,
    },
    { potential: potentials.harmonic({ frequency: 1 }), convention: "ito" },
  );
  const centers = Float64Array.from(
    { length: 30 },
    (_, b) => -2 + (b + 0.5) * 0.15,
  );
  const edges = Float64Array.from({ length: 31 }, (_, b) => -2 + b * 0.15);
  const density = p.sample(centers);
  const standardError = density.map((d) => 0.01 * d);
  const s = soretEstimate(
    { histogram: { edges, centers, density, standardError, outside: 0 } },
    {
      model: { temperature: (x: number) => 1 + 0.2 * x },
      potential: potentials.harmonic({ frequency: 1 }),
    },
  );
  // Quadrature of ∫V'/T at 1e-10 relative per bin.
  assertClose(s.exponent, 1, { abs: 1e-8 });
});

Deno.test("driftVelocity, kineticTemperatureProfile, heatCurrents", () => {
  const d = driftVelocity({
    times: new Float64Array([0, 1, 2, 3]),
    meanPosition: new Float64Array([0, 0.5, 1, 1.5]),
    meanPositionError: new Float64Array([0, 0.1, 0.1, 0.1]),
  }, { from: 1, to: 3 });
  assertClose(d.velocity, 0.5, { rel: 1e-15 });
  assertClose(d.error, 0.1, { rel: 1e-15 });
  assertThrowsWith(
    () =>
      driftVelocity({
        times: new Float64Array([0]),
        meanPosition: new Float64Array([0]),
        meanPositionError: new Float64Array([0]),
      }),
    RangeError,
    /two recorded times/,
  );
  const k = kineticTemperatureProfile({
    kineticTemperature: {
      centers: new Float64Array([0.25, 0.75, 2]),
      value: new Float64Array([1.25 + 0.02, 1.75 - 0.02, 3]),
      standardError: new Float64Array([0.01, 0.01, 0.01]),
      samples: new Float64Array([1000, 1000, 1000]),
    },
  }, itoBox);
  // The bin at x = 2 lies outside the domain and is skipped: χ² = 2² + 2².
  assertClose(k.chiSquare, 8, { rel: 1e-12 });
  if (k.degreesOfFreedom !== 2) throw new Error("2 bins");
  const h = heatCurrents(
    {
      baths: {
        energyChange: [],
        heatCurrent: new Float64Array([-0.3, 0.1, 0.2]),
        heatCurrentError: new Float64Array([0.1, 0.1, 0.1]),
      },
    },
    {
      baths: [1, 2, 3].map((t, j) => ({
        temperature: 4 - t,
        site: j,
        density: undefined as never,
        formFactor: { kind: "linear" as const },
      })),
    },
  );
  // Temperatures 3, 2, 1 (mean 2): hot→cold = ½(0.2 − (−0.3)) = 0.25.
  assertClose(h.hotToCold, 0.25, { rel: 1e-15 });
  assertClose(h.total, 0, { abs: 1e-16 });
  assertClose(h.totalError, Math.sqrt(0.03), { rel: 1e-15 });
});

Deno.test("sampleFit: Pearson χ² of independent samples", async (t) => {
  const { sampleFit } = await import("../../src/models/observe/mod.ts");
  const s = randomStream(21, 0);
  // 5000 exact draws from P ∝ 1/(1 + x) on [0, 1] (inverse CDF 2^u − 1).
  const xs = Array.from(
    { length: 5000 },
    () => Math.pow(2, s.nextFloat64()) - 1,
  );
  const box = potentials.box({ from: 0, to: 1 });
  await t.step("accepts the true density, rejects the flat one", () => {
    const good = sampleFit(
      xs,
      stationary(itoBox, { potential: box, convention: "ito" }),
      { from: 0, to: 1, bins: 20 },
    );
    // A correct model fails p > 1e-3 once in 1000 seeds.
    if (!(good.pValue > 1e-3)) {
      throw new Error(
        `rejected: χ² = ${good.chiSquare}/${good.degreesOfFreedom}`,
      );
    }
    if (good.degreesOfFreedom !== 19) {
      throw new Error("20 cells, nothing outside");
    }
    const flat = sampleFit(
      xs,
      stationary(itoBox, { potential: box, convention: "anti-ito" }),
      { from: 0, to: 1, bins: 20 },
    );
    if (!(flat.pValue < 1e-10)) {
      throw new Error(`flat accepted: p = ${flat.pValue}`);
    }
  });
  await t.step("pools rare bins with the outside", () => {
    // Range wider than the support: bins beyond x = 1 expect 0 and are pooled.
    const f = sampleFit(
      xs,
      stationary(itoBox, { potential: box, convention: "ito" }),
      { from: 0, to: 2, bins: 20 },
    );
    if (f.degreesOfFreedom !== 9) {
      throw new Error(
        `10 live cells + an empty pooled one → dof 9, got ${f.degreesOfFreedom}`,
      );
    }
  });
  await t.step("validation", () => {
    assertThrowsWith(
      () =>
        sampleFit(xs, { probability: () => 0 }, { from: 1, to: 0, bins: 3 }),
      RangeError,
      /from < to/,
    );
    assertThrowsWith(
      () =>
        sampleFit(xs, { probability: () => 0 }, { from: 0, to: 1, bins: 1 }),
      RangeError,
      /`bins` must be an integer ≥ 2, got 1/,
    );
  });
});

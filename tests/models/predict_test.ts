import { assertClose, assertThrowsWith } from "../_assert.ts";
import * as temperature from "../../src/thermal/mod.ts";
import * as potentials from "../../src/dynamics/potentials.ts";
import {
  boxMeanPosition,
  type Convention,
  freeSpreading,
  type ReducedModel,
  smallMassConvention,
  stationary,
  thermophoresis,
  trapLinear,
} from "../../src/models/predict/mod.ts";
import type { TemperatureProfile } from "../../src/thermal/types.ts";
import type { Potential } from "../../src/dynamics/potentials.ts";
import { readFixture } from "../_fixture.ts";

interface Case {
  name: string;
  profile: Record<string, unknown> & { kind: string };
  potential: Record<string, unknown> & { kind: string };
  mass?: number;
  friction: number;
  alpha: number | "small-mass";
  mean: number;
  variance: number;
  skewness: number;
  mode?: number;
  density: [number, number][];
  closedForm?: {
    mode: number;
    mean: number;
    skewness: number;
    variance: number;
  };
}
interface Quilt {
  sites: { from: number; to: number; count: number };
  width: number;
  gamma: number;
  reduction: [number, number, number, number][];
  stationary: Record<
    string,
    {
      mean: number;
      variance: number;
      skewness: number;
      density: [number, number][];
    }
  >;
}
const fixture = readFixture("models_reference.json") as {
  headline: Record<string, number>;
  boxMeanClosedForm: { a: number; ito: number }[];
  cases: Case[];
  quilt: Quilt[];
};

function profileOf(p: Case["profile"]): TemperatureProfile {
  const domain = p.domain as [number, number];
  switch (p.kind) {
    case "linear":
      return temperature.linear({
        value: p.value as number,
        gradient: p.gradient as number,
        at: p.at as number,
        domain,
      });
    case "tanhStep":
      return temperature.tanhStep({
        cold: p.cold as number,
        hot: p.hot as number,
        center: p.center as number,
        width: p.width as number,
        domain,
      });
    case "gaussianHotspot":
      return temperature.gaussianHotspot({
        base: p.base as number,
        peak: p.peak as number,
        center: p.center as number,
        width: p.width as number,
        domain,
      });
  }
  throw new Error(`unknown profile ${p.kind}`);
}

function potentialOf(v: Case["potential"], mass: number): Potential {
  switch (v.kind) {
    case "box":
      return potentials.box({ from: v.from as number, to: v.to as number });
    case "harmonic":
      return potentials.harmonic({ frequency: v.frequency as number, mass });
    case "doubleWell":
      return potentials.doubleWell({
        barrier: v.height as number,
        minima: v.minimum as number,
      });
  }
  throw new Error(`unknown potential ${v.kind}`);
}

function modelOf(
  T: TemperatureProfile,
  friction: number,
  mass = 1,
): ReducedModel {
  return {
    mass,
    domain: T.domain,
    friction: () => friction,
    frictionGradient: () => 0,
    temperature: (x) => T.at(x),
    temperatureGradient: (x) => T.gradient(x),
  };
}

Deno.test("predict.boxMeanPosition", async (t) => {
  await t.step("physics.md §7 headline values for T_h/T_c = 2", () => {
    // Closed form (Itô) and 1e-13-tolerance quadrature: a few ulps to 1e-13.
    for (const c of ["ito", "stratonovich", "anti-ito"] as const) {
      assertClose(
        boxMeanPosition({ cold: 1, hot: 2, convention: c }),
        fixture.headline[c],
        { rel: 1e-13 },
        c,
      );
    }
    // The rounded values quoted in physics.md, to their 6 digits.
    assertClose(
      boxMeanPosition({ cold: 1, hot: 2, convention: "ito" }),
      0.442695,
      { abs: 5e-7 },
    );
    assertClose(
      boxMeanPosition({ cold: 1, hot: 2, convention: "stratonovich" }),
      0.471405,
      { abs: 5e-7 },
    );
  });
  await t.step("Itô closed form 1/ln(1+a) − 1/a, tiny to large a", () => {
    // Series for a < 1e-3 (truncation < 2e-17), log1p otherwise: 1e-13.
    for (const { a, ito } of fixture.boxMeanClosedForm) {
      assertClose(
        boxMeanPosition({ cold: 1, hot: 1 + a, convention: "ito" }),
        ito,
        { rel: 1e-13 },
        `a = ${a}`,
      );
    }
  });
  await t.step("every α against mpmath and against stationary()", () => {
    for (
      const c of fixture.cases.filter((c) => c.name.startsWith("box linear"))
    ) {
      const a = c.profile.gradient as number;
      const alpha = c.alpha as number;
      // Quadrature at relTol 1e-13.
      assertClose(
        boxMeanPosition({ cold: 1, hot: 1 + a, convention: alpha }),
        c.mean,
        { rel: 1e-12 },
        c.name,
      );
    }
  });
  await t.step(
    "the small-mass convention with constant friction is Itô",
    () => {
      assertClose(
        boxMeanPosition({ cold: 1, hot: 3, convention: "small-mass" }),
        boxMeanPosition({ cold: 1, hot: 3, convention: "ito" }),
        { rel: 0 },
      );
    },
  );
  await t.step("validation", () => {
    assertThrowsWith(
      () => boxMeanPosition({ cold: 0, hot: 2, convention: "ito" }),
      RangeError,
      /`cold` must be > 0, got 0/,
    );
    assertThrowsWith(
      () => boxMeanPosition({ cold: 1, hot: 2, convention: 2 }),
      RangeError,
      /\[0, 1\], got 2/,
    );
    assertThrowsWith(
      () =>
        boxMeanPosition({
          cold: 1,
          hot: 2,
          convention: "ito-ish" as Convention,
        }),
      TypeError,
      /"ito-ish"/,
    );
  });
});

Deno.test("predict.stationary against the mpmath references", async (t) => {
  for (const c of fixture.cases) {
    await t.step(c.name, () => {
      const mass = c.mass ?? 1;
      const model = modelOf(profileOf(c.profile), c.friction, mass);
      const p = stationary(model, {
        potential: potentialOf(c.potential, mass),
        convention: c.alpha,
      });
      // Panel-wise Gauss–Kronrod at relTol 1e-12 against 30-digit mpmath;
      // moments lose up to ~3 digits to cancellation in central moments.
      const scale = Math.sqrt(c.variance);
      assertClose(p.meanPosition, c.mean, { abs: 1e-10 * scale }, "mean");
      assertClose(p.variance, c.variance, { rel: 1e-9 }, "variance");
      assertClose(p.skewness, c.skewness, { abs: 1e-8 }, "skewness");
      for (const [x, d] of c.density) {
        assertClose(p.density(x), d, { rel: 1e-9 }, `P(${x})`);
      }
      if (c.mode !== undefined) {
        // Golden-section search on a smooth maximum: √ε relative in x.
        assertClose(p.mode, c.mode, { abs: 1e-6 * scale }, "mode");
      }
      // Normalization, independently of the moments.
      assertClose(
        p.probability(p.window[0], p.window[1]),
        1,
        { rel: 1e-11 },
        "∫P = 1",
      );
    });
  }
});

Deno.test("predict.trapLinear: the exact Gamma law", async (t) => {
  for (const c of fixture.cases.filter((c) => c.closedForm)) {
    await t.step(c.name, () => {
      const cf = c.closedForm;
      if (!cf) return;
      const p = trapLinear({
        frequency: c.potential.frequency as number,
        temperature: c.profile.value as number,
        gradient: c.profile.gradient as number,
        mass: c.mass ?? 1,
        convention: c.alpha,
      });
      // Closed forms: a few ulps against mpmath's closed form; 1e-9 against
      // its truncated-domain quadrature (the truncation is < 1e-30).
      assertClose(p.mode, cf.mode, { rel: 1e-14, abs: 1e-16 }, "mode");
      assertClose(p.skewness, cf.skewness, { rel: 1e-14 }, "skewness");
      assertClose(p.variance, cf.variance, { rel: 1e-14 }, "variance");
      assertClose(p.meanPosition, cf.mean, { abs: 1e-16 }, "mean");
      assertClose(
        p.skewness,
        c.skewness,
        { rel: 1e-9 },
        "skewness vs quadrature",
      );
      assertClose(
        p.variance,
        c.variance,
        { rel: 1e-9 },
        "variance vs quadrature",
      );
    });
  }
  await t.step(
    "physics.md §7: mode −k_B g/(Mω₀²), skewness 2g√(k_B/(Mω₀²T₀))",
    () => {
      const p = trapLinear({
        frequency: 2,
        temperature: 0.5,
        gradient: -0.3,
        mass: 1.5,
        convention: "small-mass",
      });
      assertClose(p.mode, 0.3 / (1.5 * 4), { rel: 1e-15 });
      assertClose(p.skewness, 2 * -0.3 * Math.sqrt(1 / (1.5 * 4 * 0.5)), {
        rel: 1e-15,
      });
      assertClose(p.meanPosition, 0, { abs: 0 });
    },
  );
});

Deno.test("predict.freeSpreading agrees with the moments of the exact propagator", () => {
  // Itô, D = D₀ + D₁x, zero drift: Var = 2D₀t exactly; the third cumulant
  // 6D₀D₁t²; Stratonovich adds the drift D₁/2.
  const s = freeSpreading({
    temperature: 2,
    gradient: 0.3,
    friction: 0.5,
    mass: 2,
    convention: "stratonovich",
    times: [0, 1.5],
  });
  const d0 = 2 / 1, d1 = 0.3 / 1;
  assertClose(s.meanShift[1], 0.5 * d1 * 1.5, { rel: 1e-15 });
  assertClose(s.variance[1], 2 * d0 * 1.5 + 0.5 * d1 * d1 * 1.5 * 1.5, {
    rel: 1e-15,
  });
  assertClose(
    s.thirdCumulant[1],
    6 * d1 * (d0 * 2.25 + 0.5 * d1 * d1 * 3.375 / 3),
    { rel: 1e-15 },
  );
  assertClose(s.skewness[0], 0, { abs: 0 });
});

Deno.test("predict.smallMassConvention derives Itô plus −k_BTΓ'/(MΓ²)", async (t) => {
  await t.step("constant friction: α = 0 and no extra drift", () => {
    const T = temperature.linear({ value: 1, gradient: 0.5, domain: [-1, 1] });
    const lim = smallMassConvention(modelOf(T, 2, 3));
    assertClose(lim.alpha, 0, { abs: 0 });
    assertClose(lim.extraDrift(0.3), 0, { abs: 0 });
    assertClose(lim.equivalentAlpha(0.3), 0, { abs: 0 });
  });
  await t.step(
    "position-dependent friction: anti-Itô for Γ at constant T",
    () => {
      const model: ReducedModel = {
        mass: 2,
        domain: [0, 1],
        friction: (x) => 1 + x * x,
        frictionGradient: (x) => 2 * x,
        temperature: () => 0.7,
        temperatureGradient: () => 0,
      };
      const lim = smallMassConvention(model);
      assertClose(lim.alpha, 0, { abs: 0 });
      const x = 0.6, g = 1.36;
      // Exact expression: a few ulps.
      assertClose(lim.extraDrift(x), -0.7 * 1.2 / (2 * g * g), { rel: 1e-14 });
      // With T constant the limit is the anti-Itô equation (α(x) = 1).
      assertClose(lim.equivalentAlpha(x), 1, { rel: 1e-14 });
    },
  );
  await t.step("the gCLm-II reduction: extra drift against mpmath", () => {
    for (const q of fixture.quilt) {
      const model = quiltModel(q);
      const lim = smallMassConvention(model);
      for (const [x, , , drift] of q.reduction) {
        // mpmath differentiates Γ numerically at 30 digits; analytic Γ' here.
        assertClose(
          lim.extraDrift(x),
          drift,
          { abs: 1e-12, rel: 1e-10 },
          `x = ${x}`,
        );
      }
    }
  });
  await t.step("is displayed with its derivation", () => {
    const T = temperature.linear({ value: 1, gradient: 0.5, domain: [-1, 1] });
    const d = smallMassConvention(modelOf(T, 1)).describe();
    if (!d.notes || !d.notes.some((n) => n.includes("Hottovy"))) {
      throw new Error("derivation missing");
    }
  });
});

/** The gCLm-II Ohmic–Markov reduction written out (physics.md §6). */
function quiltModel(q: Quilt): ReducedModel {
  const n = q.sites.count;
  const ys = Array.from(
    { length: n },
    (_, j) => q.sites.from + (q.sites.to - q.sites.from) * j / (n - 1),
  );
  const ts = ys.map((y) => 1 + 0.2 * y);
  const s2 = q.width * q.width;
  const sums = (x: number) => {
    let w = 0, wp = 0, tw = 0, twp = 0;
    for (let j = 0; j < n; j++) {
      const z = x - ys[j];
      const u2 = Math.exp(-z * z / (2 * s2));
      const u2p = -z / s2 * u2;
      w += u2;
      wp += u2p;
      tw += ts[j] * u2;
      twp += ts[j] * u2p;
    }
    return { w, wp, tw, twp };
  };
  return {
    mass: 1,
    domain: [-4, 4],
    friction: (x) => q.gamma * sums(x).w,
    frictionGradient: (x) => q.gamma * sums(x).wp,
    temperature: (x) => {
      const s = sums(x);
      return s.tw / s.w;
    },
    temperatureGradient: (x) => {
      const s = sums(x);
      return (s.twp * s.w - s.tw * s.wp) / (s.w * s.w);
    },
  };
}

Deno.test("predict.stationary for the gCLm-II reduction with Γ(x)", async (t) => {
  for (const q of fixture.quilt) {
    for (const conv of ["0", "0.5", "small-mass"]) {
      await t.step(`${q.sites.count} sites, σ = ${q.width}, ${conv}`, () => {
        const ref = q.stationary[conv];
        const p = stationary(quiltModel(q), {
          potential: potentials.box({ from: -2, to: 2 }),
          convention: conv === "small-mass" ? "small-mass" : Number(conv),
        });
        // As above: relTol 1e-12 quadratures against 30-digit mpmath.
        assertClose(p.meanPosition, ref.mean, { abs: 1e-10 }, "mean");
        assertClose(p.variance, ref.variance, { rel: 1e-9 }, "variance");
        assertClose(p.skewness, ref.skewness, { abs: 1e-8 }, "skewness");
        for (const [x, d] of ref.density) {
          assertClose(p.density(x), d, { rel: 1e-9 }, `P(${x})`);
        }
      });
    }
  }
});

Deno.test("predict.thermophoresis", async (t) => {
  const T = temperature.linear({ value: 1, gradient: 0.5, domain: [-1, 1] });
  await t.step("Soret coefficient (1 − α)/T; ideal 1/T in Itô", () => {
    const m = modelOf(T, 2);
    for (
      const [c, a] of [["ito", 0], ["stratonovich", 0.5], [
        "anti-ito",
        1,
      ]] as const
    ) {
      const th = thermophoresis(m, { convention: c });
      assertClose(th.soretCoefficient(0.4), (1 - a) / 1.2, { rel: 1e-15 }, c);
      assertClose(
        th.thermalDiffusion(0.4) / th.diffusion(0.4),
        th.soretCoefficient(0.4),
        { rel: 1e-14 },
        c,
      );
    }
  });
  await t.step("drift velocity in a trap: F/(MΓ) + αD'", () => {
    const th = thermophoresis(modelOf(T, 2, 1), {
      convention: "stratonovich",
      potential: potentials.harmonic({ frequency: 1 }),
    });
    assertClose(th.driftVelocity(0.4), -0.4 / 2 + 0.5 * 0.5 / 2, {
      rel: 1e-14,
    });
  });
  await t.step("the zero-flux condition reproduces stationary()", () => {
    // d ln P/dx from the flux decomposition must equal the numerical slope
    // of the stationary density: −(D' − F/(MΓ) − E... ) checked by central
    // differences (h = 1e-4: error ~h² ≈ 1e-8).
    const q = fixture.quilt[1];
    const model = quiltModel(q);
    const th = thermophoresis(model, { convention: "small-mass" });
    const p = stationary(model, {
      potential: potentials.box({ from: -2, to: 2 }),
      convention: "small-mass",
    });
    for (const x of [-0.4, 0.13, 1.1]) {
      const h = 1e-4;
      const slope = (Math.log(p.density(x + h)) - Math.log(p.density(x - h))) /
        (2 * h);
      // J = 0: −D P' − D_T T' P + v_Γ P = 0 (F = 0).
      const predicted =
        (-th.thermalDiffusion(x) * model.temperatureGradient(x) +
          th.frictionDrift(x)) /
        th.diffusion(x);
      assertClose(slope, predicted, { abs: 1e-6 }, `x = ${x}`);
    }
  });
});

Deno.test("predict.stationary validation", () => {
  const T = temperature.linear({ value: 1, gradient: 0.1, domain: [-5, 5] });
  const uni = temperature.uniform(1);
  assertThrowsWith(
    () =>
      stationary(modelOf(uni, 1), {
        potential: potentials.free(),
        convention: "ito",
      }),
    RangeError,
    /not normalizable/,
  );
  assertThrowsWith(
    () =>
      stationary(modelOf(T, 1), {
        potential: potentials.box({ from: 6, to: 7 }),
        convention: "ito",
      }),
    RangeError,
    /do not overlap/,
  );
  assertThrowsWith(
    () =>
      stationary(modelOf(T, 1), {
        potential: potentials.free(),
        convention: "ito",
        panels: 2,
      }),
    RangeError,
    /`panels` must be an integer ≥ 4, got 2/,
  );
  // A uniform profile on an infinite domain in a trap: the Gaussian.
  const g = stationary(modelOf(uni, 1), {
    potential: potentials.harmonic({ frequency: 2 }),
    convention: "ito",
  });
  assertClose(g.variance, 0.25, { rel: 1e-10 });
  assertClose(g.density(0), Math.sqrt(4 / (2 * Math.PI)), { rel: 1e-10 });
});

Deno.test("regression: grid points one ulp past the end of the support are clamped", () => {
  // fast-check counterexample [ω₀ = 1, T₀ = 1, g/(ω₀√T₀) = −0.21845116799482492, α = 0]:
  // −40 + (hi + 40)·1024/1024 exceeded hi by one ulp and T(x) threw.
  const g = -0.21845116799482492;
  const hi = -1 / g * 0.98;
  const T = temperature.linear({ value: 1, gradient: g, domain: [-40, hi] });
  const p = stationary(modelOf(T, 1), {
    potential: potentials.harmonic({ frequency: 1 }),
    convention: "ito",
  });
  // Gamma-law mode −g/(Mω₀²) for the Itô convention; golden section to ~1e-8.
  assertClose(p.mode, -g, { abs: 1e-6 });
  if (!p.describe().preview) throw new Error("preview over the whole window");
});

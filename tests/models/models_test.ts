import { assertClose, assertThrowsWith } from "../_assert.ts";
import * as temperature from "../../src/thermal/mod.ts";
import { ohmic } from "../../src/spectral/mod.ts";
import { noiseKernel } from "../../src/noise/mod.ts";
import { gclm1, standard } from "../../src/models/mod.ts";
import { rebuildModel } from "../../src/models/recipe.ts";
import type { ReductionData } from "../../src/models/_reduction.ts";

const J = ohmic({ gamma: 0.5, cutoff: { kind: "drude", frequency: 5 } });

Deno.test("models.standard", async (t) => {
  await t.step("reductions: Γ = γ̂(0), T uniform", () => {
    const m = standard({ density: J, temperature: 0.7 });
    // γ̂(0) of a Drude density is γ (closed form; a few ulps).
    assertClose(m.friction(1.3), 0.5, { rel: 1e-14 });
    assertClose(m.frictionGradient(1.3), 0, { abs: 0 });
    assertClose(m.effectiveTemperature(-4), 0.7, { rel: 0 });
    if (m.baths.length !== 1 || m.baths[0].formFactor.kind !== "linear") {
      throw new Error("one linear bath");
    }
    if (!m.recipe) throw new Error("constant reductions always have a recipe");
  });
  await t.step("validation names the parameter and the value", () => {
    assertThrowsWith(
      () => standard({ density: J, temperature: -1 }),
      RangeError,
      /`temperature` must be ≥ 0, got -1/,
    );
    assertThrowsWith(
      () => standard({ density: {} as typeof J, temperature: 1 }),
      TypeError,
      /`density` must be a SpectralDensity/,
    );
    const sub = ohmic({
      gamma: 0.5,
      cutoff: { kind: "exponential", frequency: 5 },
      exponent: 0.5,
    });
    assertThrowsWith(
      () => standard({ density: sub, temperature: 1 }),
      RangeError,
      /Markov friction/,
    );
  });
});

Deno.test("models.gclm1", async (t) => {
  const profile = temperature.tanhStep({
    cold: 1,
    hot: 2,
    center: 0.3,
    width: 0.5,
    domain: [-3, 3],
  });
  const m = gclm1({ density: J, profile });
  await t.step("T(X) follows the profile (Hermite table, 8192 panels)", () => {
    // Table error h⁴ max|T''''|/384 with h = 6/8192 and |T''''| ≲ 25: ~2e-14.
    for (const x of [-3, -1.234, 0.3, 0.31, 2.99, 3]) {
      assertClose(
        m.effectiveTemperature(x),
        profile.at(x),
        { rel: 1e-12 },
        `T(${x})`,
      );
      // Derivative of the Hermite cubic: one order less, ~1e-10.
      assertClose(
        m.temperatureGradient(x),
        profile.gradient(x),
        { abs: 1e-9 },
        `T'(${x})`,
      );
    }
    assertClose(m.friction(0.1), 0.5, { rel: 1e-14 });
    if (!m.noiseFollowsParticle || m.kind !== "gclm1") {
      throw new Error("driven bath");
    }
  });
  await t.step(
    "the worker recipe rebuilds the same functions bit for bit",
    () => {
      const r = m.recipe;
      if (!r) throw new Error("finite domain: recipe expected");
      const w = rebuildModel(structuredClone(r.data) as ReductionData);
      for (const x of [-2.9, -0.77, 0.3, 1.5, 2.2]) {
        if (w.temperature(x) !== m.temperature(x)) {
          throw new Error(
            `T(${x}) differs`,
          );
        }
        if (
          w.temperatureGradient(x) !== m.temperatureGradient(x)
        ) throw new Error(`T'(${x}) differs`);
        if (w.friction(x) !== m.friction(x)) throw new Error(`Γ(${x}) differs`);
      }
    },
  );
  await t.step(
    "an infinite non-uniform profile keeps exact evaluation and has no recipe",
    () => {
      const inf = gclm1({
        density: J,
        profile: temperature.tanhStep({ cold: 1, hot: 2, center: 0, width: 1 }),
      });
      if (inf.recipe !== undefined) {
        throw new Error("no recipe for an infinite domain");
      }
      assertClose(inf.temperature(0.5), 1 + 0.5 * (1 + Math.tanh(0.5)), {
        rel: 1e-15,
      });
    },
  );
  await t.step(
    "local noise is the bath's kernel at T(X), quantum and classical",
    () => {
      const x = 1.2;
      const T = profile.at(x);
      const q = m.localNoise(x);
      const ref = noiseKernel(J, { temperature: m.temperature(x) });
      assertClose(q.temperature, T, { rel: 1e-12 });
      assertClose(q.symmetric(0.3), ref.symmetric(0.3), { rel: 1e-14 });
      const c = m.localNoise(x, { statistics: "classical" });
      // K_cl(t) = M k_BT γ(t) (physics.md §0).
      assertClose(
        c.symmetric(0.3),
        J.mass * m.temperature(x) * J.dampingKernel(0.3),
        { rel: 1e-12 },
      );
      assertThrowsWith(
        () => m.localNoise(4),
        RangeError,
        /domain \[-3, 3\], got 4/,
      );
    },
  );
  await t.step(
    "describes itself as this library's formulation of the paper's idea",
    () => {
      const d = m.describe();
      const text = [d.title, d.formula ?? "", ...(d.notes ?? [])].join("\n");
      for (
        const needle of [
          "arXiv:2603.26980",
          "abstract",
          "thermoquilt's own formulation",
          "\\xi_{T(X(t))}",
        ]
      ) {
        if (!text.includes(needle)) {
          throw new Error(
            `description lacks ${needle}`,
          );
        }
      }
    },
  );
  await t.step("validation", () => {
    assertThrowsWith(
      () => gclm1({ density: J, profile: 3 as never }),
      TypeError,
      /`profile` must be a TemperatureProfile/,
    );
    assertThrowsWith(
      () => gclm1({ density: J, profile, referenceTemperature: 0 }),
      RangeError,
      /`referenceTemperature` must be > 0, got 0/,
    );
  });
});

import assert from "node:assert/strict";
import { assertClose, assertThrowsWith } from "../_assert.ts";
import * as temperature from "../../src/thermal/mod.ts";
import { ohmic } from "../../src/spectral/mod.ts";
import { noiseKernel } from "../../src/noise/mod.ts";
import { gclm1, gclm2, standard } from "../../src/models/mod.ts";
import { rebuildModel } from "../../src/models/recipe.ts";
import type { ReductionData } from "../../src/models/_reduction.ts";
import { readFixture } from "../_fixture.ts";

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
  await t.step("shared validators (src/_validate.ts) word the failures", () => {
    assertThrowsWith(
      () => standard(null as never),
      TypeError,
      /`options` must be an options object, got null/,
    );
    assertThrowsWith(
      () => standard({ density: J, temperature: -0.5 }),
      RangeError,
      /Cannot build the standard Caldeira–Leggett model: `temperature` must be ≥ 0, got -0\.5/,
    );
    assertThrowsWith(
      () => standard({ density: [] as never, temperature: 1 }),
      TypeError,
      /`density` must be a SpectralDensity \(from `spectral`\), got an array of length 0/,
    );
    assertThrowsWith(
      () => standard({ density: J, temperature: {} as never }),
      TypeError,
      /`temperature` must be a number, got an object/,
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
      // The rebuilt model states the same closed forms (so a worker runs
      // the compiled Markov kernel too).
      assert.deepStrictEqual(w.forms, m.forms);
      assert.deepStrictEqual(m.forms?.friction?.kind, "constant");
      assert.deepStrictEqual(m.forms?.temperature?.kind, "hermite");
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
    // A negative zero is shown as such (src/_validate.ts show).
    assertThrowsWith(
      () => gclm1({ density: J, profile, referenceTemperature: -0 }),
      RangeError,
      /`referenceTemperature` must be > 0, got -0$/,
    );
  });
});

interface QuiltRef {
  sites: { from: number; to: number; count: number };
  width: number;
  gamma: number;
  reduction: [number, number, number, number][];
}
const quiltRefs =
  (readFixture("models_reference.json") as { quilt: QuiltRef[] }).quilt;

Deno.test("models.gclm2", async (t) => {
  const profile = temperature.linear({
    value: 1,
    gradient: 0.2,
    domain: [-4, 4],
  });
  for (const q of quiltRefs) {
    await t.step(
      `reductions against mpmath: ${q.sites.count} sites, σ = ${q.width}`,
      () => {
        const m = gclm2({
          density: ohmic({
            gamma: q.gamma,
            cutoff: { kind: "drude", frequency: 5 },
          }),
          profile,
          sites: q.sites,
          width: q.width,
        });
        for (const [x, gam, teff] of q.reduction) {
          // Hermite tables (8192 panels over ≤ 8 L) of smooth Gaussians: ~1e-12.
          assertClose(m.friction(x), gam, { rel: 1e-10 }, `Γ(${x})`);
          assertClose(
            m.effectiveTemperature(x),
            teff,
            { rel: 1e-10 },
            `T_eff(${x})`,
          );
        }
        // Gradients against central differences of the exact quilt (h = 1e-5: error ~1e-9).
        for (const x of [-1.3, 0.2, 2.05]) {
          const h = 1e-5;
          assertClose(
            m.frictionGradient(x),
            (m.quilt.friction(x + h) - m.quilt.friction(x - h)) / (2 * h),
            { abs: 1e-7 },
            `Γ'(${x})`,
          );
          assertClose(
            m.temperatureGradient(x),
            (m.quilt.effectiveTemperature(x + h) -
              m.quilt.effectiveTemperature(x - h)) / (2 * h),
            { abs: 1e-7 },
            `T_eff'(${x})`,
          );
        }
      },
    );
  }
  const m = gclm2({
    density: J,
    profile,
    sites: { from: -3, to: 3, count: 7 },
    width: 0.5,
  });
  await t.step("one Gaussian-coupled bath per site, at T(y_j)", () => {
    if (m.baths.length !== 7 || m.noiseFollowsParticle) {
      throw new Error("7 fixed baths");
    }
    m.baths.forEach((b, j) => {
      assertClose(b.site, -3 + j, { abs: 1e-15 });
      assertClose(b.temperature, 1 + 0.2 * (-3 + j), { rel: 1e-15 });
      if (b.formFactor.kind !== "gaussian" || b.formFactor.width !== 0.5) {
        throw new Error("form factor");
      }
    });
    // Domain: the profile's, cut 6σ beyond the outer sites.
    if (m.domain[0] !== -4 || m.domain[1] !== 4) {
      throw new Error(`domain ${m.domain}`);
    }
  });
  await t.step(
    "local noise is Σ_j u'(X − y_j)² K_j (quantum and classical)",
    () => {
      const x = 0.3, s = 0.7;
      const w = m.baths.map((b) => Math.exp(-((x - b.site) ** 2) / (2 * 0.25)));
      const q = m.localNoise(x);
      const c = m.localNoise(x, { statistics: "classical" });
      let kq = 0, kc = 0, sq = 0;
      m.baths.forEach((b, j) => {
        const k = noiseKernel(J, { temperature: b.temperature });
        kq += w[j] * k.symmetric(s);
        kc += w[j] * J.mass * b.temperature * J.dampingKernel(s);
        sq += w[j] * k.symmetricSpectrum(2);
      });
      assertClose(q.symmetric(s), kq, { rel: 1e-13 });
      assertClose(c.symmetric(s), kc, { rel: 1e-12 });
      assertClose(q.symmetricSpectrum(2), sq, { rel: 1e-13 });
      assertClose(q.temperature, m.effectiveTemperature(x), { rel: 0 });
    },
  );
  await t.step("describes itself with the paper's provenance", () => {
    const d = m.describe();
    const text = [d.title, d.formula ?? "", ...(d.notes ?? [])].join("\n");
    for (
      const needle of [
        "arXiv:2603.26980",
        "quilt",
        "u'(z) = e^{-z^2/4\\sigma^2}",
        "truncated-Wigner",
      ]
    ) {
      if (!text.includes(needle)) {
        throw new Error(`description lacks ${needle}`);
      }
    }
  });
  await t.step(
    "its parameter table reuses the quilt's rows (no drift), without modes per site",
    () => {
      const rows = m.describe().parameters ?? [];
      const quiltRows = m.quilt.describe().parameters ?? [];
      const shared = quiltRows.filter((r) => r.name !== "modes per site");
      if (shared.length === quiltRows.length) {
        throw new Error(
          "Quilt.describe() has no `modes per site` row any more",
        );
      }
      assert.deepEqual(rows.slice(0, shared.length), shared);
      assert.deepEqual(
        rows.slice(shared.length).map((r) => r.name),
        ["mass", "domain"],
      );
      if (rows.some((r) => r.name === "modes per site")) {
        throw new Error("modes per site is an artifact of the reductions");
      }
    },
  );
  await t.step("validation", () => {
    assertThrowsWith(
      () =>
        gclm2({
          density: J,
          profile,
          sites: { from: -5, to: 3, count: 9 },
          width: 0.5,
        }),
      RangeError,
      /outside the profile's domain/,
    );
    assertThrowsWith(
      () =>
        gclm2({
          density: J,
          profile,
          sites: { from: -3, to: 3, count: 7 },
          width: 0,
        }),
      RangeError,
      /`width` must be > 0/,
    );
  });
});

Deno.test({
  name:
    "models run bit-identically on 0 and 2 workers (the recipe rebuilds the same reduction)",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const { simulate } = await import("../../src/dynamics/mod.ts");
    const { box } = await import("../../src/dynamics/potentials.ts");
    const profile = temperature.linear({
      value: 1,
      gradient: 1,
      domain: [-0.9, 2.5],
    });
    const fast = ohmic({
      gamma: 10,
      cutoff: { kind: "drude", frequency: 100 },
    });
    for (
      const m of [
        gclm1({ density: fast, profile }),
        gclm2({
          density: fast,
          profile,
          sites: { from: -0.5, to: 1.5, count: 9 },
          width: 0.2,
        }),
      ]
    ) {
      // 64 × 4000 trajectory-steps: above simulate's 2·10⁵ threshold for workers.
      const options = {
        potential: box({ from: 0, to: 1 }),
        method: "markov" as const,
        trajectories: 64,
        dt: 0.01,
        steps: 4000,
        seed: 3,
        progress: false as const,
        record: { every: 400 },
      };
      const a = await simulate(m, { ...options, workers: 0 });
      const b = await simulate(m, { ...options, workers: 2 });
      if (b.timing.workers === 0) {
        throw new Error(`${m.kind}: the recipe did not reach a worker`);
      }
      for (let r = 0; r < a.times.length; r++) {
        if (a.meanPosition[r] !== b.meanPosition[r]) {
          throw new Error(`${m.kind}: ⟨X⟩ differs at record ${r}`);
        }
      }
    }
  },
});

import assert from "node:assert/strict";
import fc from "fast-check";
import { assertThrowsWith } from "../_assert.ts";
import {
  arbitraries,
  checkProperties,
  properties,
  verify,
} from "../../src/fdt/mod.ts";
import * as spectral from "../../src/spectral/mod.ts";
import type { SpectralDensity } from "../../src/spectral/mod.ts";
import { displayBundle } from "../../src/describe.ts";

function table(n: number) {
  const omega = new Float64Array(n), values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    omega[i] = (40 * i) / (n - 1);
    values[i] = 0.5 * omega[i] * Math.exp(-omega[i]);
  }
  return spectral.tabulated({ omega, values });
}

const BUILT_IN: Record<string, SpectralDensity> = {
  "drude": spectral.ohmic({
    gamma: 0.5,
    cutoff: { kind: "drude", frequency: 5 },
  }),
  "exponential s=0.5": spectral.ohmic({
    gamma: 0.5,
    cutoff: { kind: "exponential", frequency: 5 },
    exponent: 0.5,
  }),
  "exponential s=1": spectral.ohmic({
    gamma: 0.5,
    cutoff: { kind: "exponential", frequency: 5 },
  }),
  "exponential s=3": spectral.ohmic({
    gamma: 0.5,
    cutoff: { kind: "exponential", frequency: 5 },
    exponent: 3,
  }),
  "gaussian": spectral.ohmic({
    gamma: 0.5,
    cutoff: { kind: "gaussian", frequency: 5 },
  }),
  "sharp": spectral.ohmic({
    gamma: 0.5,
    cutoff: { kind: "sharp", frequency: 5 },
  }),
  "underdamped": spectral.underdamped({
    coupling: 0.8,
    frequency: 2,
    width: 0.6,
  }),
  "tabulated": table(400),
  "sum": spectral.sum(
    spectral.ohmic({ gamma: 0.5, cutoff: { kind: "drude", frequency: 5 } }),
    spectral.underdamped({ coupling: 0.8, frequency: 2, width: 0.6 }),
  ),
};

/**
 * A density that mixes conventions: J is HierarchicalEOM.jl's Drude J (2×
 * ours) while λ, γ(t) and γ̂ are thermoquilt's. Exactly the mistake
 * physics.md §0 warns about.
 */
function mixedConventions(): SpectralDensity {
  const good = spectral.ohmic({
    gamma: 0.5,
    cutoff: { kind: "drude", frequency: 5 },
  });
  return {
    spec: { kind: "custom", mass: 1 },
    mass: 1,
    reorganizationEnergy: good.reorganizationEnergy,
    frequencyScale: good.frequencyScale,
    at: (w) => 2 * good.at(w),
    dampingKernel: (t) => good.dampingKernel(t),
    laplace: (z) => good.laplace(z),
    describe: () => ({
      title: "Drude J in HierarchicalEOM.jl's convention (broken)",
    }),
  };
}

/** J with a negative lobe above ω = 2 (not a physical density). */
function negativeLobe(): SpectralDensity {
  const J = (w: number) => (w <= 0 ? 0 : 0.5 * w * (1 - w / 2) * Math.exp(-w));
  return {
    spec: { kind: "custom", mass: 1 },
    mass: 1,
    // (1/π)∫J/ω = (0.5/π)(1 − 1/2)
    reorganizationEnergy: 0.25 / Math.PI,
    frequencyScale: 60,
    at: J,
    // γ(t) = (2/π)∫J/ω cos ωt dω = (1/π)[1/(1+t²) − (1−t²)/(2(1+t²)²)]
    dampingKernel: (t) =>
      (1 / Math.PI) * (1 / (1 + t * t) - (1 - t * t) / (2 * (1 + t * t) ** 2)),
    // only γ̂(0) = lim J/(Mω) = 0.5 is used by the checks below
    laplace: () => 0.5,
    describe: () => ({ title: "density with a negative lobe (broken)" }),
  };
}

Deno.test("fdt.verify passes for every built-in density family at T = 0, 0.1, 10", () => {
  for (const [name, J] of Object.entries(BUILT_IN)) {
    for (const T of [0, 0.1, 10]) {
      const r = verify(J, { temperature: T });
      assert.equal(r.checks.length, 7);
      assert.ok(
        r.passed,
        `${name} at T = ${T}: ${
          JSON.stringify(r.checks.filter((c) => !c.passed))
        }`,
      );
      for (const c of r.checks) assert.ok(c.maxError <= c.tolerance);
    }
  }
});

Deno.test("fdt.verify fails, readably, for a density that mixes conventions (J 2× too large)", () => {
  const r = verify(mixedConventions(), { temperature: 1 });
  assert.equal(r.passed, false);
  const failed = r.checks.filter((c) => !c.passed).map((c) => c.name);
  assert.ok(
    failed.some((n) => n.includes("classical limit")),
    failed.join("; "),
  );
  assert.ok(failed.some((n) => n.includes("sum rule")), failed.join("; "));
  // K from J is twice M k_BT γ(t): the classical check sees an O(1) error
  const cl = r.checks.find((c) => c.name.includes("classical limit"));
  assert.ok(cl && cl.maxError > 0.3);
  const d = r.describe();
  assert.ok(d.title.includes("FAILED"));
  assert.ok(
    d.table && d.table.rows.some((row) => String(row[1]).includes("FAILED")),
  );
  const md = String(
    displayBundle(d)["text/markdown"] ?? displayBundle(d)["text/plain"],
  );
  assert.ok(md.length > 0);
});

Deno.test("fdt.verify fails for a negative J: S ≥ 0 is violated", () => {
  const r = verify(negativeLobe(), { temperature: 1 });
  const pos = r.checks.find((c) => c.name.includes("non-negative spectrum"));
  assert.ok(pos && !pos.passed && pos.maxError > 0, JSON.stringify(pos));
  assert.ok(pos.where.startsWith("ω ="));
});

Deno.test("fdt.verify validates its input", () => {
  assertThrowsWith(
    () => verify(BUILT_IN.drude, { temperature: -1 }),
    RangeError,
    /temperature.*-1/,
  );
  assertThrowsWith(
    // @ts-expect-error: deliberately wrong type
    () => verify(null, { temperature: 1 }),
    TypeError,
    /SpectralDensity/,
  );
});

Deno.test("every FDT property holds on every built-in family (fast-check, seed 7)", () => {
  for (const family of arbitraries.DENSITY_FAMILIES) {
    // quadrature-heavy families get fewer runs to keep the suite fast
    const numRuns = family === "tabulated" || family === "sum" ? 3 : 8;
    const report = checkProperties({
      densities: arbitraries.density([family]),
      numRuns,
      seed: 7,
    });
    assert.ok(
      report.passed,
      `${family}: ${JSON.stringify(report.outcomes.filter((o) => !o.passed))}`,
    );
  }
});

Deno.test("a broken density is caught by the property suite and shrunk to a readable counterexample", () => {
  const broken = arbitraries.labeled(negativeLobe(), "negativeLobe()");
  const report = checkProperties({
    densities: fc.constant(broken),
    numRuns: 50,
    seed: 3,
    properties: [properties.positivity, properties.detailedBalance],
  });
  assert.equal(report.passed, false);
  const pos = report.outcomes[0];
  assert.equal(pos.passed, false);
  assert.ok(pos.counterexample?.includes("negativeLobe()"), pos.counterexample);
  assert.ok(pos.message?.includes("non-negative spectrum"), pos.message);
  // detailed balance is algebra on J: it holds even for this J
  assert.equal(report.outcomes[1].passed, true);
  assert.ok(report.describe().table?.rows.length === 2);
});

Deno.test("properties are named after their identity", () => {
  const names = properties.all.map((p) => p.name);
  assert.ok(
    names.includes("satisfies detailed balance S(−ω) = e^{−ħω/k_BT} S(ω)"),
  );
  assert.equal(names.length, 7);
  assert.equal(new Set(names).size, 7);
});

Deno.test("arbitraries: log-uniform ranges, every family, positive profiles", () => {
  fc.assert(
    fc.property(
      arbitraries.temperature(),
      arbitraries.frequency(),
      (T, w) => T >= 1e-3 && T <= 1e3 && w >= 1e-2 && w <= 1e2,
    ),
    { seed: 1, numRuns: 200 },
  );
  // log-uniform: about half the samples below the geometric mean (±5σ)
  const xs = fc.sample(arbitraries.logUniform(1e-3, 1e3), {
    seed: 2,
    numRuns: 2000,
  });
  const below = xs.filter((x) => x < 1).length / xs.length;
  assert.ok(
    Math.abs(below - 0.5) < 5 * 0.5 / Math.sqrt(2000),
    `fraction below 1: ${below}`,
  );
  const kinds = new Set<string>(
    fc.sample(arbitraries.density(), { seed: 3, numRuns: 200 }).map((J) =>
      J.spec.kind === "ohmic" ? J.spec.cutoff : J.spec.kind
    ),
  );
  for (
    const k of [
      "drude",
      "exponential",
      "gaussian",
      "sharp",
      "underdamped",
      "tabulated",
      "sum",
    ]
  ) {
    assert.ok(kinds.has(k), `family ${k} never drawn`);
  }
  fc.assert(
    fc.property(
      arbitraries.profile(),
      fc.double({ min: -2, max: 2, noNaN: true }),
      (P, x) => P.at(x) > 0 && Number.isFinite(P.gradient(x)),
    ),
    { seed: 4, numRuns: 200 },
  );
  const J =
    fc.sample(arbitraries.density(["drude"]), { seed: 5, numRuns: 1 })[0];
  assert.ok(String(J).startsWith("ohmic({ gamma:"));
  assertThrowsWith(() => arbitraries.logUniform(0, 1), RangeError, /lo/);
});

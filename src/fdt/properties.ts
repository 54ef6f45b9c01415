/**
 * The fluctuation–dissipation identities as reusable fast-check
 * properties, each named after its identity.
 *
 * @module
 */
import fc from "fast-check";
import {
  type Description,
  displayBundle,
  type MimeBundle,
} from "../describe.ts";
import type { SpectralDensity } from "../spectral/types.ts";
import { characteristicFrequency, noiseKernel } from "../noise/mod.ts";
import {
  IDENTITY_CHECKS,
  type IdentityCheck,
  type IdentityOutcome,
} from "./_checks.ts";
import * as arb from "./arbitraries.ts";

/** One identity as a property over (density, temperature, point). */
export interface FdtProperty {
  /** The identity, e.g. "satisfies detailed balance S(−ω) = e^{−ħω/k_BT} S(ω)". */
  readonly name: string;
  /**
   * The fast-check property over densities drawn from `densities` (default
   * every built-in family), temperatures log-uniform in [1e-3, 1e3] and a
   * point (ω or t, log-uniform around the density's scale).
   */
  property(
    densities?: fc.Arbitrary<SpectralDensity>,
  ): fc.IPropertyWithHooks<[SpectralDensity, number, number]>;
}

/** Thrown inside a property when an identity fails, with the numbers. */
class IdentityFailure extends Error {
  constructor(name: string, o: IdentityOutcome, where: string) {
    super(
      `${name} fails ${where}: error ${o.error.toExponential(3)} > tolerance ${
        o.tolerance.toExponential(0)
      }`,
    );
    this.name = "IdentityFailure";
  }
}

function make(check: IdentityCheck, point: "omega" | "time"): FdtProperty {
  const name = check.name;
  return {
    name,
    property(densities = arb.density()) {
      // the point is drawn as a multiple of the density's scale (10^±1.5)
      const rel = arb.logUniform(10 ** -1.5, 10 ** 1.5);
      return fc.property(densities, arb.temperature(), rel, (J, T, r) => {
        const wc = characteristicFrequency(J);
        const x = point === "omega" ? r * wc : r / wc;
        const o = check.evaluate({
          J,
          T,
          kernel: () => noiseKernel(J, { temperature: T }),
        }, x);
        if (!(o.error <= o.tolerance)) {
          throw new IdentityFailure(
            name,
            o,
            `at k_BT = ${T.toPrecision(4)}, ${
              point === "omega" ? "ω" : "t"
            } = ${x.toPrecision(4)}`,
          );
        }
      });
    },
  };
}

/** The identities of physics.md §0 as fast-check properties (see {@linkcode FdtProperty}). */
export const properties: {
  /** S(−ω) = e^{−ħω/k_BT} S(ω). */
  readonly detailedBalance: FdtProperty;
  /** S(ω) ≥ 0 for ω of both signs. */
  readonly positivity: FdtProperty;
  /** K(t) finite and even. */
  readonly evenReal: FdtProperty;
  /** D(t) independent of T. */
  readonly dissipationTemperature: FdtProperty;
  /** K(t) = (1/π)∫S_sym cos ωt dω (quadrature). */
  readonly fourier: FdtProperty;
  /** K(t) → M k_BT γ(t) at high T. */
  readonly classical: FdtProperty;
  /** λ = (1/π)∫J/ω = Mγ(0)/2. */
  readonly sumRule: FdtProperty;
  /** All of them, in this order. */
  readonly all: readonly FdtProperty[];
} = (() => {
  const c = IDENTITY_CHECKS;
  const p = {
    detailedBalance: make(c.detailedBalance, "omega"),
    positivity: make(c.positivity, "omega"),
    evenReal: make(c.evenReal, "time"),
    dissipationTemperature: make(c.dissipationTemperature, "time"),
    fourier: make(c.fourier, "time"),
    classical: make(c.classical, "time"),
    sumRule: make(c.sumRule, "omega"),
  };
  return { ...p, all: Object.values(p) };
})();

/** One property's outcome in a {@linkcode PropertySuiteReport}. */
export interface PropertyOutcome {
  /** The identity. */
  readonly name: string;
  /** Whether every run passed. */
  readonly passed: boolean;
  /** Runs executed. */
  readonly numRuns: number;
  /** The shrunk counterexample, printed, when it failed. */
  readonly counterexample?: string;
  /** The failure message of the shrunk counterexample. */
  readonly message?: string;
}

/** The result of {@linkcode checkProperties}. */
export interface PropertySuiteReport {
  /** True when every property held. */
  readonly passed: boolean;
  /** One outcome per property. */
  readonly outcomes: readonly PropertyOutcome[];
  /** Data-only description (a table). */
  describe(): Description;
}

/** Options of {@linkcode checkProperties}. */
export interface CheckPropertiesOptions {
  /** Densities to draw (default every built-in family). */
  readonly densities?: fc.Arbitrary<SpectralDensity>;
  /** Runs per property (default 25). */
  readonly numRuns?: number;
  /** fast-check seed (default 1). */
  readonly seed?: number;
  /** Which properties (default all). */
  readonly properties?: readonly FdtProperty[];
}

class SuiteReport implements PropertySuiteReport {
  readonly passed: boolean;
  readonly outcomes: readonly PropertyOutcome[];
  constructor(outcomes: PropertyOutcome[]) {
    this.outcomes = outcomes;
    this.passed = outcomes.every((o) => o.passed);
  }
  describe(): Description {
    return {
      title: `FDT property suite: ${
        this.passed ? "all identities hold" : "FAILED"
      }`,
      table: {
        columns: ["identity", "passed", "runs", "shrunk counterexample"],
        rows: this.outcomes.map((o) => [
          o.name,
          o.passed ? "✓" : "✗ FAILED",
          o.numRuns,
          o.counterexample ?? "",
        ]),
      },
      notes: this.outcomes.filter((o) => !o.passed).map((o) =>
        `**${o.name}**: ${o.message ?? ""}`
      ),
    };
  }
  [Symbol.for("Jupyter.display")](): MimeBundle {
    return displayBundle(this.describe());
  }
}

/**
 * Runs the FDT properties (default all) with fast-check and collects the
 * outcomes, shrinking any failure to a minimal counterexample. Use it in
 * a notebook to check a user-built density (`densities: fc.constant(J)`).
 *
 * @param options Densities, runs, seed, which properties.
 * @returns A report with a table display.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { checkProperties, properties } from "./properties.ts";
 * import { ohmic } from "../spectral/mod.ts";
 * const J = ohmic({ gamma: 0.5, cutoff: { kind: "drude", frequency: 5 } });
 * const r = checkProperties({ densities: fc.constant(J), numRuns: 5, properties: [properties.detailedBalance] });
 * if (!r.passed) throw new Error(JSON.stringify(r.outcomes));
 * ```
 */
export function checkProperties(
  options: CheckPropertiesOptions = {},
): PropertySuiteReport {
  const list = options.properties ?? properties.all;
  const numRuns = options.numRuns ?? 25;
  const seed = options.seed ?? 1;
  const outcomes: PropertyOutcome[] = list.map((p) => {
    const d = fc.check(p.property(options.densities), { numRuns, seed });
    if (!d.failed) return { name: p.name, passed: true, numRuns: d.numRuns };
    const ce = d.counterexample;
    const err = d.errorInstance;
    return {
      name: p.name,
      passed: false,
      numRuns: d.numRuns,
      counterexample: ce
        ? `J = ${String(ce[0])}, k_BT = ${
          ce[1].toPrecision(4)
        }, point/scale = ${ce[2].toPrecision(4)}`
        : "",
      message: err instanceof Error ? err.message : String(err),
    };
  });
  return new SuiteReport(outcomes);
}

/**
 * `fdt.verify(J, { temperature })`: run every fluctuation–dissipation
 * identity on the kernels the library computes for a density.
 *
 * @module
 */
import {
  type Description,
  displayBundle,
  type MimeBundle,
} from "../describe.ts";
import type { SpectralDensity } from "../spectral/types.ts";
import { characteristicFrequency, noiseKernel } from "../noise/mod.ts";
import {
  IDENTITY_CHECKS as C,
  type IdentityCheck,
  type IdentitySubject,
} from "./_checks.ts";

/** One row of an FDT report. */
export interface FdtCheck {
  /** The identity, e.g. "satisfies detailed balance S(−ω) = e^{−ħω/k_BT} S(ω)". */
  readonly name: string;
  /** Whether every sampled point met the tolerance. */
  readonly passed: boolean;
  /** Largest error over the sampled points (dimensionless, see `tolerance`). */
  readonly maxError: number;
  /** The tolerance (relative, dimensionless). */
  readonly tolerance: number;
  /** Where the largest error occurred, e.g. "ω = 3.2", or the exception message. */
  readonly where: string;
}

/** The result of {@linkcode verify}. */
export interface FdtReport {
  /** True when every check passed. */
  readonly passed: boolean;
  /** The checks, in a fixed order. */
  readonly checks: readonly FdtCheck[];
  /** Temperature k_BT the kernels were built at. */
  readonly temperature: number;
  /** Data-only description (a table) for rich display. */
  describe(): Description;
}

/** Options of {@linkcode verify}. */
export interface VerifyOptions {
  /** Temperature k_BT ≥ 0. */
  readonly temperature: number;
  /** ħ > 0 (default 1). */
  readonly hbar?: number;
}

class Report implements FdtReport {
  readonly passed: boolean;
  readonly checks: readonly FdtCheck[];
  readonly temperature: number;
  readonly #title: string;

  constructor(checks: FdtCheck[], temperature: number, title: string) {
    this.checks = checks;
    this.passed = checks.every((c) => c.passed);
    this.temperature = temperature;
    this.#title = title;
  }

  describe(): Description {
    const n = this.checks.filter((c) => c.passed).length;
    return {
      title:
        `FDT verification of ${this.#title} at k_BT = ${this.temperature}: ${
          this.passed ? "PASSED" : "FAILED"
        } (${n}/${this.checks.length})`,
      table: {
        columns: ["identity", "passed", "max error", "tolerance", "worst at"],
        rows: this.checks.map((c) => [
          c.name,
          c.passed ? "✓" : "✗ FAILED",
          Number.isFinite(c.maxError)
            ? c.maxError.toExponential(2)
            : String(c.maxError),
          c.tolerance.toExponential(0),
          c.where,
        ]),
      },
      notes: this.passed
        ? []
        : this.checks.filter((c) => !c.passed).map((c) =>
          `**${c.name}** fails: max error ${c.maxError.toExponential(2)} > ${
            c.tolerance.toExponential(0)
          } (${c.where}).`
        ),
    };
  }

  [Symbol.for("Jupyter.display")](): MimeBundle {
    return displayBundle(this.describe());
  }
}

function run(
  check: IdentityCheck,
  points: readonly number[],
  label: string,
  s: IdentitySubject,
): FdtCheck {
  const name = check.name;
  let worst = -1, where = "", tol = 0, ok = true;
  try {
    for (const x of points) {
      const o = check.evaluate(s, x);
      tol = o.tolerance;
      const e = Number.isNaN(o.error) ? Infinity : o.error;
      if (!(e <= o.tolerance)) ok = false;
      if (e > worst) {
        worst = e;
        where = `${label} = ${x.toPrecision(4)}`;
      }
    }
  } catch (e) {
    return {
      name,
      passed: false,
      maxError: Infinity,
      tolerance: tol,
      where: `threw: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  return {
    name,
    passed: ok,
    maxError: Math.max(worst, 0),
    tolerance: tol,
    where,
  };
}

function grid(scale: number, lo: number, hi: number, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    out.push(scale * Math.pow(10, lo + ((hi - lo) * i) / (n - 1)));
  }
  return out;
}

/**
 * Checks the fluctuation–dissipation identities of physics.md §0 on the
 * kernels `noiseKernel(J, { temperature })` computes: detailed balance,
 * S ≥ 0, K even/real/finite, D independent of T, K ↔ S through a numerical
 * Fourier transform, the classical limit K → M k_BT γ(t), and the sum rule
 * λ = (1/π)∫J/ω = Mγ(0)/2. Works on any density, including user-built ones
 * (it is how a hand-made density with mixed conventions gets caught).
 *
 * ## Method
 * Frequencies ω_c·10^{−2…1.5} (12 points) and times 10^{−1.5…1}/ω_c
 * (8 points, 4 for the quadrature-based K ↔ S check), ω_c the density's
 * characteristic frequency. Tolerances: 1e-12 for detailed balance (exact
 * algebra), 0 for positivity, 1e-15 for evenness, 1e-9 for D(T), 1e-7 for
 * K ↔ S (independent oscillatory quadrature at 1e-10), 2e-3 of M T′γ(0)
 * for the classical limit at T′ = 1e4 ħω_c (quantum corrections there are
 * ≲ 1e-3), 1e-7 for the sum rule. Errors are relative (see each check).
 * A check that throws is reported as failed with the message.
 *
 * @param J The density.
 * @param options Temperature (≥ 0) and ħ.
 * @returns The report; `report.passed` and a table display.
 *
 * @example
 * ```ts
 * import { verify } from "./verify.ts";
 * import { ohmic } from "../spectral/mod.ts";
 * const r = verify(ohmic({ gamma: 0.5, cutoff: { kind: "drude", frequency: 5 } }), { temperature: 1 });
 * if (!r.passed || r.checks.length !== 7) throw new Error(JSON.stringify(r.checks));
 * ```
 */
export function verify(J: SpectralDensity, options: VerifyOptions): FdtReport {
  const doing = "Cannot verify the fluctuation–dissipation identities";
  if (typeof J !== "object" || J === null || typeof J.at !== "function") {
    throw new TypeError(
      `${doing}: \`J\` must be a SpectralDensity, but got ${typeof J}`,
    );
  }
  const T = options?.temperature;
  if (typeof T !== "number" || !(T >= 0) || !Number.isFinite(T)) {
    throw new RangeError(
      `${doing}: \`temperature\` must be finite and ≥ 0, but got ${String(T)}`,
    );
  }
  const hbar = options.hbar ?? 1;
  const K = noiseKernel(J, { temperature: T, hbar });
  const wc = characteristicFrequency(J);
  const ws = grid(wc, -2, 1.5, 12);
  const ts = grid(1 / wc, -1.5, 1, 8);
  const tsQ = grid(1 / wc, -1, 0.5, 4);
  const s = { J, T, hbar, kernel: () => K };
  const checks = [
    run(C.detailedBalance, ws, "ω", s),
    run(C.positivity, ws, "ω", s),
    run(C.evenReal, ts, "t", s),
    run(C.dissipationTemperature, tsQ, "t", s),
    run(C.fourier, tsQ, "t", s),
    run(C.classical, tsQ, "t", s),
    run(C.sumRule, [0], "–", s),
  ];
  return new Report(checks, T, J.describe().title);
}

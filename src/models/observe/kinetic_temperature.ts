/**
 * The local kinetic temperature of a run against the model's effective
 * temperature.
 *
 * @module
 */
import type { SimulationResult } from "../../dynamics/result.ts";
import { chiSquareSurvival } from "../_chi_square.ts";
import type { ReducedModel } from "../predict/reduced_model.ts";

/** Measured M⟨v²|X⟩/k_B against T_eff(X). */
export interface KineticTemperatureProfile {
  /** Bin centres (L) of the bins used. */
  readonly centers: Float64Array;
  /** M⟨v²|X⟩/k_B (ħω_ref). */
  readonly measured: Float64Array;
  /** Its standard error. */
  readonly standardError: Float64Array;
  /** The model's T(x) (T_eff for gCLm-II) at the centres. */
  readonly expected: Float64Array;
  /** Σ ((measured − expected)/σ)². */
  readonly chiSquare: number;
  /** Number of bins used. */
  readonly degreesOfFreedom: number;
  /** p-value of χ². */
  readonly pValue: number;
}

/**
 * The position-resolved kinetic temperature M⟨v²|X⟩/k_B of a run's window
 * (a direct thermometer, physics.md §7), against the model's effective
 * temperature at the bin centres, over the bins with samples (and, by
 * default, at least `minSamples` of them).
 *
 * ## Method
 * Uses the run's ratio estimator and its standard error; χ² over bins with
 * σ > 0, dof = bins used (nothing is fitted). In the inertial Markov
 * equation M⟨v²|X⟩ equals k_BT(X) up to corrections of order
 * (velocity-relaxation length × T'/T)², so a significant χ² at large
 * gradients is physics, not an error.
 *
 * @example
 * ```ts
 * import { kineticTemperatureProfile } from "./kinetic_temperature.ts";
 * const run = { kineticTemperature: { centers: new Float64Array([0, 1]), value: new Float64Array([1, 2]),
 *   standardError: new Float64Array([0.1, 0.1]), samples: new Float64Array([500, 500]) } };
 * const k = kineticTemperatureProfile(run, { temperature: (x: number) => 1 + x, domain: [0, 1] });
 * if (k.chiSquare !== 0 || k.degreesOfFreedom !== 2) throw new Error("exact");
 * ```
 */
export function kineticTemperatureProfile(
  run: Pick<SimulationResult, "kineticTemperature">,
  model: Pick<ReducedModel, "temperature" | "domain">,
  options: { readonly minSamples?: number } = {},
): KineticTemperatureProfile {
  const k = run.kineticTemperature;
  if (!k) {
    throw new RangeError(
      "Cannot compare the kinetic temperature: the run has none (it needs velocities, i.e. not the overdamped method, and `record.histogram`)",
    );
  }
  const min = options.minSamples ?? 100;
  const c: number[] = [], m: number[] = [], s: number[] = [], e: number[] = [];
  let chi2 = 0;
  for (let b = 0; b < k.centers.length; b++) {
    const x = k.centers[b];
    if (
      !(k.samples[b] >= min && k.standardError[b] > 0) ||
      !(x >= model.domain[0] && x <= model.domain[1])
    ) continue;
    const t = model.temperature(x);
    c.push(x);
    m.push(k.value[b]);
    s.push(k.standardError[b]);
    e.push(t);
    const z = (k.value[b] - t) / k.standardError[b];
    chi2 += z * z;
  }
  if (c.length === 0) {
    throw new RangeError(
      `Cannot compare the kinetic temperature: no bin has ≥ ${min} samples and a non-zero standard error`,
    );
  }
  return {
    centers: Float64Array.from(c),
    measured: Float64Array.from(m),
    standardError: Float64Array.from(s),
    expected: Float64Array.from(e),
    chiSquare: chi2,
    degreesOfFreedom: c.length,
    pValue: chiSquareSurvival(chi2, c.length),
  };
}

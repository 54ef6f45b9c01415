/**
 * Heat currents between the local baths of a gCLm-II run.
 *
 * @module
 */
import type { LangevinModel } from "../../dynamics/model.ts";
import type { SimulationResult } from "../../dynamics/result.ts";

/** Heat flowing into each bath. */
export interface HeatCurrents {
  /** Site y_j of each bath (L). */
  readonly sites: Float64Array;
  /** Initial temperature T_j of each bath (ħω_ref). */
  readonly temperatures: Float64Array;
  /** Mean heat current into bath j over the window (ħω_ref ω_ref); > 0: the bath warms. */
  readonly current: Float64Array;
  /** Standard errors. */
  readonly error: Float64Array;
  /** Σ_j current_j: ≈ 0 once the particle's energy is stationary. */
  readonly total: number;
  /** √Σ error² (bath currents treated as independent). */
  readonly totalError: number;
  /**
   * Net heat carried from hot to cold per unit time: half the current into
   * the baths colder than the mean bath temperature minus that into the
   * hotter ones (ħω_ref ω_ref).
   */
  readonly hotToCold: number;
}

/**
 * The heat currents into the local baths of an explicit-bath run (method
 * `"explicit-bath"`), with the baths' sites and temperatures: in a
 * temperature gradient the particle carries heat from hot baths to cold
 * ones.
 *
 * ## Method
 * Reads `run.baths` (energy change of each bath over the window per unit
 * time, with standard errors over trajectories) and pairs it with
 * `model.baths`. `hotToCold` = ½(Σ_{T_j<T̄} J_j − Σ_{T_j>T̄} J_j) with T̄ the
 * mean bath temperature.
 *
 * @example
 * ```ts
 * import { heatCurrents } from "./heat_currents.ts";
 * const run = { baths: { energyChange: [], heatCurrent: new Float64Array([-0.2, 0.2]), heatCurrentError: new Float64Array([0.01, 0.01]) } };
 * const model = { baths: [{ site: -1, temperature: 2 }, { site: 1, temperature: 1 }] } as const;
 * const h = heatCurrents(run, model as never);
 * if (Math.abs(h.hotToCold - 0.2) > 1e-15 || h.total !== 0) throw new Error("0.2 from hot to cold");
 * ```
 */
export function heatCurrents(
  run: Pick<SimulationResult, "baths">,
  model: Pick<LangevinModel, "baths">,
): HeatCurrents {
  const b = run.baths;
  if (!b) {
    throw new RangeError(
      'Cannot compute heat currents: the run has no bath energies (use method "explicit-bath")',
    );
  }
  const n = b.heatCurrent.length;
  if (n !== model.baths.length) {
    throw new RangeError(
      `Cannot compute heat currents: the run has ${n} baths but the model ${model.baths.length}`,
    );
  }
  const sites = Float64Array.from(model.baths, (x) => x.site);
  const temperatures = Float64Array.from(model.baths, (x) => x.temperature);
  let total = 0, var2 = 0, mean = 0;
  for (let j = 0; j < n; j++) mean += temperatures[j];
  mean /= n;
  // Baths within rounding of the mean count as neither hot nor cold.
  const tie = 1e-12 * Math.abs(mean);
  let h2c = 0;
  for (let j = 0; j < n; j++) {
    total += b.heatCurrent[j];
    var2 += b.heatCurrentError[j] ** 2;
    if (temperatures[j] < mean - tie) h2c += 0.5 * b.heatCurrent[j];
    else if (temperatures[j] > mean + tie) h2c -= 0.5 * b.heatCurrent[j];
  }
  return {
    sites,
    temperatures,
    current: Float64Array.from(b.heatCurrent),
    error: Float64Array.from(b.heatCurrentError),
    total,
    totalError: Math.sqrt(var2),
    hotToCold: h2c,
  };
}

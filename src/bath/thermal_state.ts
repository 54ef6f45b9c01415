/**
 * Thermal initial conditions of a discrete bath, displaced around the
 * particle's initial position.
 *
 * @module
 */
import { RandomStream, randomStream } from "../random/mod.ts";
import { cothHalf } from "../special/mod.ts";
import {
  finite,
  integer,
  nonNegative,
  oneOf,
  rangeError,
  record,
  typeError,
} from "../_validate.ts";
import { DiscreteBath } from "./discrete_bath.ts";

/** Classical Boltzmann or quantum (Wigner) statistics of the initial modes. */
export type Statistics = "classical" | "wigner";

/** Options of {@linkcode thermalState}. */
export interface ThermalStateOptions {
  /** Bath temperature T ≥ 0 (k_B = 1). */
  readonly temperature: number;
  /** `"classical"` (default) or `"wigner"` (quantum, ħ = 1). */
  readonly statistics?: Statistics;
  /** Particle position X(0) the bath equilibrates around (default 0). */
  readonly particlePosition?: number;
  /** Seed of the random stream (integer or bigint); required unless `stream` is given. */
  readonly seed?: number | bigint;
  /** Stream index, e.g. the trajectory number (default 0). */
  readonly index?: number;
  /** A stream to draw from instead of `randomStream(seed, index)`. */
  readonly stream?: RandomStream;
  /** Arrays to fill instead of allocating (length = number of modes). */
  readonly into?: {
    readonly positions: Float64Array;
    readonly momenta: Float64Array;
  };
}

/** Mode coordinates drawn from the thermal distribution. */
export interface ThermalState {
  /** x_k (length units). */
  readonly positions: Float64Array;
  /** p_k (momentum units). */
  readonly momenta: Float64Array;
}

/**
 * Fills x_k, p_k of one set of modes (no validation; used by the quilt too).
 * Centres x̄_k = c_k·shift/(m_kω_k²), with shift = X(0) for linear coupling,
 * u(X(0) − y_j) for a quilt site.
 */
export function fillThermal(
  w: Float64Array,
  c: Float64Array,
  m: Float64Array,
  T: number,
  wigner: boolean,
  shift: number,
  stream: RandomStream,
  x: Float64Array,
  p: Float64Array,
  offset: number,
): void {
  const n = w.length;
  const xs = x.subarray(offset, offset + n);
  const ps = p.subarray(offset, offset + n);
  stream.fillNormal(xs);
  stream.fillNormal(ps);
  for (let k = 0; k < n; k++) {
    const om = w[k], mk = m[k];
    // θ = ⟨p²⟩/m: T classically, (ω/2)coth(ω/2T) for Wigner (→ ω/2 at T = 0).
    const theta = wigner
      ? (T === 0 ? 0.5 * om : 0.5 * om * cothHalf(om / T))
      : T;
    xs[k] = c[k] * shift / (mk * om * om) +
      xs[k] * Math.sqrt(theta / (mk * om * om));
    ps[k] = ps[k] * Math.sqrt(theta * mk);
  }
}

const WHAT = "draw a thermal state of a discrete bath";

/**
 * Initial bath coordinates at temperature T around X(0) (physics.md §4):
 * x_k = x̄_k + δx_k with x̄_k = c_k X(0)/(m_kω_k²).
 * Classical: ⟨δx_k²⟩ = T/(m_kω_k²), ⟨p_k²⟩ = m_k T.
 * Wigner: ⟨δx_k²⟩ = coth(ω_k/2T)/(2m_kω_k), ⟨p_k²⟩ = m_kω_k coth(ω_k/2T)/2.
 * Random numbers from `randomStream(seed, index)`: the state depends only
 * on (seed, index).
 *
 * @example
 * ```ts
 * import { discretize } from "./discretize.ts";
 * import { thermalState } from "./thermal_state.ts";
 * import { ohmic } from "../spectral/ohmic.ts";
 * const B = discretize(ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 5 } }), { modes: 100 });
 * const a = thermalState(B, { temperature: 0.5, statistics: "wigner", seed: 7, index: 3 });
 * const b = thermalState(B, { temperature: 0.5, statistics: "wigner", seed: 7, index: 3 });
 * if (!a.positions.every((x, k) => x === b.positions[k])) throw new Error("reproducible");
 * ```
 */
export function thermalState(
  bath: DiscreteBath,
  options: ThermalStateOptions,
): ThermalState {
  if (!(bath instanceof DiscreteBath)) {
    throw typeError(
      WHAT,
      "`bath` must be a DiscreteBath (from `bath.discretize`)",
    );
  }
  const o = record(WHAT, "options", options);
  const T = nonNegative(WHAT, "temperature", o.temperature);
  const statistics = o.statistics === undefined
    ? "classical"
    : oneOf(WHAT, "statistics", o.statistics, ["classical", "wigner"] as const);
  const X0 = o.particlePosition === undefined
    ? 0
    : finite(WHAT, "particlePosition", o.particlePosition);
  const stream = resolveStream(WHAT, o);
  const n = bath.modes;
  let x: Float64Array, p: Float64Array;
  if (o.into !== undefined) {
    const into = record(WHAT, "into", o.into);
    if (
      !(into.positions instanceof Float64Array) ||
      !(into.momenta instanceof Float64Array) ||
      into.positions.length !== n || into.momenta.length !== n
    ) {
      throw rangeError(
        WHAT,
        `\`into\` must hold two Float64Arrays of length ${n} (the number of modes)`,
      );
    }
    x = into.positions;
    p = into.momenta;
  } else {
    x = new Float64Array(n);
    p = new Float64Array(n);
  }
  fillThermal(
    bath.frequencies,
    bath.couplings,
    bath.masses,
    T,
    statistics === "wigner",
    X0,
    stream,
    x,
    p,
    0,
  );
  return { positions: x, momenta: p };
}

/** The stream from `stream` or from (seed, index). */
export function resolveStream(
  what: string,
  o: Record<string, unknown>,
): RandomStream {
  if (o.stream !== undefined) {
    if (!(o.stream instanceof RandomStream)) {
      throw typeError(
        what,
        "`stream` must be a RandomStream (from `random.randomStream`)",
      );
    }
    return o.stream;
  }
  if (o.seed === undefined) {
    throw typeError(what, "`seed` is required (or pass a `stream`)");
  }
  if (typeof o.seed !== "number" && typeof o.seed !== "bigint") {
    throw typeError(what, "`seed` must be an integer or a bigint");
  }
  const index = o.index === undefined
    ? 0
    : integer(what, "index", o.index, 0, Number.MAX_SAFE_INTEGER);
  return randomStream(o.seed, index);
}

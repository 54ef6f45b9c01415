/**
 * Thermal initial conditions of a discrete bath, displaced around the
 * particle's initial position.
 *
 * @module
 */
import { RandomStream } from "../random/mod.ts";
import { cothHalf } from "../special/mod.ts";
import {
  finite,
  integer,
  nonNegative,
  rangeError,
  record,
  show,
  typeError,
} from "../_validate.ts";
import { DiscreteBath } from "./discrete_bath.ts";
import { isWigner, resolveStream, stateArrays } from "./_state_options.ts";

/**
 * Statistics of the initial modes: `"classical"` (Boltzmann) or `"quantum"`,
 * the quantum thermal state sampled through its Wigner function (ħ = 1),
 * the same word `simulate` uses; `"wigner"` is accepted as an alias of
 * `"quantum"`.
 */
export type Statistics = "classical" | "quantum" | "wigner";

/** Options of {@linkcode thermalState}. */
export interface ThermalStateOptions {
  /** Bath temperature T ≥ 0 (k_B = 1). */
  readonly temperature: number;
  /**
   * `"classical"` (default) or `"quantum"` (Wigner sampling of the quantum
   * thermal state, ħ = 1; `"wigner"` is an alias).
   */
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
 * Fills the thermal state of one set of modes in place: the low-level
 * sampler behind {@linkcode thermalState} and {@linkcode Quilt.thermalState},
 * for integrators that draw the initial bath of every trajectory into
 * preallocated arrays. Writes x_k = x̄_k + δx_k and p_k into
 * `x[offset + k]`, `p[offset + k]` for k < n = `w.length`, with centres
 * x̄_k = c_k·shift/(m_kω_k²) (shift = X(0) for linear coupling,
 * u(X(0) − y_j) for a quilt site) and the covariances of
 * {@linkcode thermalState}: θ_k = ⟨p_k²⟩/m_k is T classically and
 * (ω_k/2)coth(ω_k/2T) for Wigner (ω_k/2 at T = 0), ⟨δx_k²⟩ = θ_k/(m_kω_k²).
 * Draws 2n normals from `stream`: n for the positions, then n for the
 * momenta.
 *
 * Only O(1) checks (stream, array types and lengths, T, shift, offset), so a
 * trajectory's cost stays the n draws; the modes themselves (ω_k, m_k > 0,
 * finite c_k) are trusted as built by {@linkcode discretize}.
 *
 * @param w Mode frequencies ω_k > 0 (1/time), length n.
 * @param c Couplings c_k (mass/time²), length n.
 * @param m Mode masses m_k > 0 (mass), length n.
 * @param T Temperature T ≥ 0 (k_B = 1).
 * @param wigner `true` for Wigner (quantum, ħ = 1) statistics, `false` for classical.
 * @param shift What the centres are displaced by (length units).
 * @param stream Where the normals come from.
 * @param x Positions to fill, length ≥ offset + n.
 * @param p Momenta to fill, length ≥ offset + n.
 * @param offset First index written in `x` and `p` (integer ≥ 0).
 *
 * @example
 * ```ts
 * import { discretize, fillThermal, thermalState } from "./mod.ts";
 * import { ohmic } from "../spectral/ohmic.ts";
 * import { randomStream } from "../random/mod.ts";
 * const B = discretize(ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 5 } }), { modes: 50 });
 * // Two copies side by side in one pair of arrays, the second from index 50.
 * const x = new Float64Array(100), p = new Float64Array(100);
 * fillThermal(B.frequencies, B.couplings, B.masses, 0.5, true, 0, randomStream(7, 0), x, p, 50);
 * // The sampler of thermalState: same stream, same draws.
 * const s = thermalState(B, { temperature: 0.5, statistics: "wigner", stream: randomStream(7, 0) });
 * if (!s.momenta.every((v, k) => v === p[50 + k]) || x[0] !== 0) throw new Error("same sampler");
 * ```
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
  checkFill(w, c, m, T, shift, stream, x, p, offset);
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
const FILL = "fill a thermal state of bath modes";

function checkFill(
  w: Float64Array,
  c: Float64Array,
  m: Float64Array,
  T: number,
  shift: number,
  stream: RandomStream,
  x: Float64Array,
  p: Float64Array,
  offset: number,
): void {
  if (!(stream instanceof RandomStream)) {
    throw typeError(
      FILL,
      `\`stream\` must be a RandomStream (from \`random.randomStream\`), got ${
        show(stream)
      }`,
    );
  }
  const arrays: [string, unknown][] = [
    ["w", w],
    ["c", c],
    ["m", m],
    ["x", x],
    ["p", p],
  ];
  for (const [name, a] of arrays) {
    if (!(a instanceof Float64Array)) {
      throw typeError(
        FILL,
        `\`${name}\` must be a Float64Array, got ${show(a)}`,
      );
    }
  }
  const n = w.length;
  if (c.length !== n || m.length !== n) {
    throw rangeError(
      FILL,
      `\`w\`, \`c\` and \`m\` must have the same length, got ${n}, ${c.length} and ${m.length}`,
    );
  }
  nonNegative(FILL, "T", T);
  finite(FILL, "shift", shift);
  integer(FILL, "offset", offset, 0, Number.MAX_SAFE_INTEGER);
  if (offset + n > x.length || offset + n > p.length) {
    throw rangeError(
      FILL,
      `\`x\` and \`p\` must hold offset + n = ${
        offset + n
      } entries, got ${x.length} and ${p.length}`,
    );
  }
}

/**
 * Initial bath coordinates at temperature T around X(0) (physics.md §4):
 * x_k = x̄_k + δx_k with x̄_k = c_k X(0)/(m_kω_k²).
 * Classical: ⟨δx_k²⟩ = T/(m_kω_k²), ⟨p_k²⟩ = m_k T.
 * Quantum (`"quantum"`, alias `"wigner"`): the Wigner function of the
 * quantum thermal state, a Gaussian with ⟨δx_k²⟩ = coth(ω_k/2T)/(2m_kω_k),
 * ⟨p_k²⟩ = m_kω_k coth(ω_k/2T)/2.
 * Random numbers from `randomStream(seed, index)`: the state depends only
 * on (seed, index).
 *
 * @example
 * ```ts
 * import { discretize } from "./discretize.ts";
 * import { thermalState } from "./thermal_state.ts";
 * import { ohmic } from "../spectral/ohmic.ts";
 * const B = discretize(ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 5 } }), { modes: 100 });
 * const a = thermalState(B, { temperature: 0.5, statistics: "quantum", seed: 7, index: 3 });
 * const b = thermalState(B, { temperature: 0.5, statistics: "quantum", seed: 7, index: 3 });
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
  const wigner = isWigner(WHAT, o.statistics);
  const X0 = o.particlePosition === undefined
    ? 0
    : finite(WHAT, "particlePosition", o.particlePosition);
  const stream = resolveStream(WHAT, o);
  const { positions: x, momenta: p } = stateArrays(
    WHAT,
    o.into,
    bath.modes,
    "the number of modes",
  );
  fillThermal(
    bath.frequencies,
    bath.couplings,
    bath.masses,
    T,
    wigner,
    X0,
    stream,
    x,
    p,
    0,
  );
  return { positions: x, momenta: p };
}

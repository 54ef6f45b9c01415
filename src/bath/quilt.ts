/**
 * gCLm-II's patchwork quilt of local baths (physics.md §6).
 *
 * @module
 */
import {
  type Description,
  displayBundle,
  type MimeBundle,
} from "../describe.ts";
import type { SpectralDensity } from "../spectral/types.ts";
import type { TemperatureProfile } from "../thermal/types.ts";
import {
  finite,
  integer,
  positive,
  rangeError,
  record,
  typeError,
} from "../_validate.ts";
import { gaussianFormFactor, gaussianFormFactorSlope } from "./form_factor.ts";
import type { DiscreteBath, Scheme } from "./discrete_bath.ts";
import { discretize } from "./discretize.ts";
import {
  fillThermal,
  type ThermalState,
  type ThermalStateOptions,
} from "./thermal_state.ts";
import { isWigner, resolveStream, stateArrays } from "./_state_options.ts";

/** Where the local baths sit: `count` equally spaced sites from `from` to `to`. */
export interface QuiltSites {
  /** First site y₁ (length units). */
  readonly from: number;
  /** Last site y_n (length units); > `from` when count ≥ 2. */
  readonly to: number;
  /** Number of sites (integer ≥ 1; one site sits at (from + to)/2). */
  readonly count: number;
}

/** Options of {@linkcode quilt}. */
export interface QuiltOptions {
  /** J(ω) of every local bath (Hänggi–Ingold; its mass is the particle's). */
  readonly density: SpectralDensity;
  /** T(x): site j's bath starts thermal at T(y_j). */
  readonly profile: TemperatureProfile;
  /** The sites. */
  readonly sites: QuiltSites;
  /** Form-factor width σ in [1e-150, 1e150] (length units): u′(z) = e^{−z²/4σ²}. */
  readonly width: number;
  /** Modes per site for the explicit baths (default 100). */
  readonly modes?: number;
  /** Discretization scheme (default `"equal-reorganization"`). */
  readonly scheme?: Scheme;
  /** Highest mode frequency for uniform/logarithmic schemes. */
  readonly maxFrequency?: number;
  /** Mode mass m_k (default 1). */
  readonly mass?: number;
}

/** Options of {@linkcode Quilt.thermalState}. */
export type QuiltThermalStateOptions = Omit<ThermalStateOptions, "temperature">;

const WHAT = "build a quilt of local baths";

/** The local baths of gCLm-II with their Ohmic–Markov friction and temperature. */
export class Quilt {
  /** The per-site density. */
  readonly density: SpectralDensity;
  /** The temperature profile the sites sample. */
  readonly profile: TemperatureProfile;
  /** Site positions y_j (length units). */
  readonly sites: Float64Array;
  /** T_j = T(y_j). */
  readonly temperatures: Float64Array;
  /** Form-factor width σ (length units). */
  readonly width: number;
  /** Site spacing a (Infinity for one site). */
  readonly spacing: number;
  /**
   * Markov friction of one site, γ = γ̂(0) = ∫₀^∞ γ(t) dt of the density
   * (the Ohmic γ for s = 1; 0 for super-Ohmic densities).
   */
  readonly gamma: number;
  /**
   * Relative ripple of Γ(X) between sites deep inside the quilt,
   * ≈ 4 e^{−2π²σ²/a²} (undefined for one site).
   */
  readonly frictionRipple?: number;
  /** The explicit bath of every site (the same modes for all sites). */
  readonly bath: DiscreteBath;
  /** bath, once per site (entries are the same object). */
  readonly baths: readonly DiscreteBath[];

  /** Use {@linkcode quilt}; this constructor takes validated parts. */
  constructor(
    density: SpectralDensity,
    profile: TemperatureProfile,
    sites: Float64Array,
    temperatures: Float64Array,
    width: number,
    gamma: number,
    bath: DiscreteBath,
  ) {
    this.density = density;
    this.profile = profile;
    this.sites = sites;
    this.temperatures = temperatures;
    this.width = width;
    this.gamma = gamma;
    this.bath = bath;
    this.baths = Array.from(sites, () => bath);
    const n = sites.length;
    this.spacing = n > 1 ? (sites[n - 1] - sites[0]) / (n - 1) : Infinity;
    if (n > 1) {
      const r = width / this.spacing;
      this.frictionRipple = 4 * Math.exp(-2 * Math.PI * Math.PI * r * r);
    }
  }

  /** u(z) = σ√π erf(z/2σ) (length units). */
  formFactor(z: number): number {
    return gaussianFormFactor(z, this.width);
  }

  /** u′(z) = e^{−z²/4σ²}. */
  formFactorSlope(z: number): number {
    return gaussianFormFactorSlope(z, this.width);
  }

  /** Γ(X) = γ Σ_j u′(X − y_j)² (1/time), the Ohmic–Markov friction. */
  friction(X: number): number {
    const x = finite("evaluate the quilt friction Γ(X)", "X", X);
    const y = this.sites, s2 = 2 * this.width * this.width;
    let s = 0;
    for (let j = 0; j < y.length; j++) {
      const d = x - y[j];
      s += Math.exp(-d * d / s2);
    }
    return this.gamma * s;
  }

  /**
   * T_eff(X) = Σ_j T_j u′_j(X)² / Σ_j u′_j(X)², the temperature the
   * particle feels in the Ohmic–Markov limit (weights taken relative to the
   * nearest site, so it stays finite far outside the quilt).
   */
  effectiveTemperature(X: number): number {
    const x = finite(
      "evaluate the quilt effective temperature T_eff(X)",
      "X",
      X,
    );
    const y = this.sites,
      T = this.temperatures,
      s2 = 2 * this.width * this.width;
    let dmin = Infinity, nearest = 0;
    for (let j = 0; j < y.length; j++) {
      const d = Math.abs(x - y[j]);
      if (d < dmin) {
        dmin = d;
        nearest = j;
      }
    }
    // So far out that (X − y)² overflows: only the nearest site counts.
    if (!Number.isFinite(dmin * dmin)) {
      // (distances to all sites round to the same double: take the end site)
      return x >= y[y.length - 1]
        ? T[y.length - 1]
        : x <= y[0]
        ? T[0]
        : T[nearest];
    }
    let num = 0, den = 0;
    for (let j = 0; j < y.length; j++) {
      const d = Math.abs(x - y[j]);
      const wgt = Math.exp(-(d - dmin) * (d + dmin) / s2);
      num += wgt * T[j];
      den += wgt;
    }
    return num / den;
  }

  /**
   * Thermal initial state of every site's bath at its own T_j, displaced
   * around u(X(0) − y_j): positions/momenta of length sites × modes, site-major
   * (index j·N + k). Uses one stream for the whole quilt.
   *
   * @example
   * ```ts
   * import { quilt } from "./quilt.ts";
   * import { ohmic } from "../spectral/ohmic.ts";
   * import { linear } from "../thermal/linear.ts";
   * const q = quilt({
   *   density: ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 10 } }),
   *   profile: linear({ value: 1, gradient: 0.1, domain: [-4, 4] }),
   *   sites: { from: -3, to: 3, count: 7 }, width: 0.5, modes: 20,
   * });
   * const s = q.thermalState({ statistics: "wigner", seed: 1, index: 0 });
   * if (s.positions.length !== 7 * 20) throw new Error("sites × modes");
   * ```
   */
  thermalState(options: QuiltThermalStateOptions): ThermalState {
    const what = "draw a thermal state of a quilt";
    const o = record(what, "options", options);
    const wigner = isWigner(what, o.statistics);
    const X0 = o.particlePosition === undefined
      ? 0
      : finite(what, "particlePosition", o.particlePosition);
    const stream = resolveStream(what, o);
    const n = this.bath.modes, total = n * this.sites.length;
    const { positions: x, momenta: p } = stateArrays(
      what,
      o.into,
      total,
      "sites × modes",
    );
    const b = this.bath;
    for (let j = 0; j < this.sites.length; j++) {
      fillThermal(
        b.frequencies,
        b.couplings,
        b.masses,
        this.temperatures[j],
        wigner,
        this.formFactor(X0 - this.sites[j]),
        stream,
        x,
        p,
        j * n,
      );
    }
    return { positions: x, momenta: p };
  }

  /** Parameters and a preview of T(y), T_eff(X) and Γ(X)/γ. */
  describe(): Description {
    const y = this.sites, n = y.length;
    const lo = y[0] - 3 * this.width, hi = y[n - 1] + 3 * this.width;
    const m = 241;
    const x = new Float64Array(m),
      te = new Float64Array(m),
      g = new Float64Array(m),
      tp = new Float64Array(m);
    const [dlo, dhi] = this.profile.domain;
    for (let i = 0; i < m; i++) {
      x[i] = lo + (hi - lo) * i / (m - 1);
      te[i] = this.effectiveTemperature(x[i]);
      g[i] = this.gamma > 0 ? this.friction(x[i]) / this.gamma : 0;
      tp[i] = x[i] >= dlo && x[i] <= dhi ? this.profile.at(x[i]) : te[i];
    }
    return {
      title: `Quilt of ${n} local baths (gCLm-II)`,
      formula:
        "\\Gamma(X) = \\gamma\\sum_j u'(X - y_j)^2,\\quad T_\\mathrm{eff}(X) = \\frac{\\sum_j T(y_j)\\,u'(X - y_j)^2}{\\sum_j u'(X - y_j)^2},\\quad u'(z) = e^{-z^2/4\\sigma^2}",
      parameters: [
        { name: "sites", value: n },
        { name: "first site", symbol: "y_1", value: y[0], unit: "length" },
        { name: "last site", symbol: "y_n", value: y[n - 1], unit: "length" },
        {
          name: "spacing",
          symbol: "a",
          value: Number.isFinite(this.spacing) ? this.spacing : "—",
          unit: "length",
        },
        {
          name: "form-factor width",
          symbol: "\\sigma",
          value: this.width,
          unit: "length",
        },
        {
          name: "Markov friction per site",
          symbol: "\\gamma",
          value: this.gamma,
          unit: "1/time",
        },
        {
          name: "friction ripple ≈ 4e^{−2π²σ²/a²}",
          value: this.frictionRipple ?? "—",
        },
        { name: "modes per site", value: this.bath.modes },
        { name: "density", value: this.density.describe().title },
      ],
      preview: {
        x,
        series: [
          { name: "T(x) (profile)", y: tp },
          { name: "T_eff(X)", y: te },
          { name: "Γ(X)/γ", y: g },
        ],
        xLabel: "x",
        yLabel: "temperature, friction ratio",
      },
      notes: [
        "gCLm-II is this library's formulation of the seed paper's second model (Valente, Matos, Werlang, arXiv:2603.26980): independent baths at T(y_j), coupled through u(X − y_j).",
      ],
    };
  }

  /** Rich display in Jupyter (delegates to the registered renderer). */
  [Symbol.for("Jupyter.display")](): MimeBundle {
    return displayBundle(this.describe());
  }
}

/**
 * Builds gCLm-II's quilt: sites y_j, temperatures T(y_j), the form factor
 * u, u′, the Ohmic–Markov Γ(X) = γ Σ_j u′_j(X)² and T_eff(X), and the
 * explicit bath of every site (one discretization of `density`, shared).
 *
 * γ is the Markov friction of the site density, γ̂(0) = ∫₀^∞ γ(t) dt
 * (= `gamma` of an Ohmic s = 1 density; a RangeError for sub-Ohmic
 * densities, where it diverges).
 *
 * @example
 * ```ts
 * import { quilt } from "./quilt.ts";
 * import { ohmic } from "../spectral/ohmic.ts";
 * import { linear } from "../thermal/linear.ts";
 * const q = quilt({
 *   density: ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 10 } }),
 *   profile: linear({ value: 1, gradient: 0.1, domain: [-4, 4] }),
 *   sites: { from: -3, to: 3, count: 25 }, width: 0.3, modes: 20,
 * });
 * // σ ≳ a: Γ is uniform inside, and a linear profile gives T_eff(X) = T(X).
 * if (Math.abs(q.effectiveTemperature(0.4) - 1.04) > 1e-3) throw new Error("T_eff");
 * ```
 */
export function quilt(options: QuiltOptions): Quilt {
  const o = record(WHAT, "options", options);
  const J = o.density as SpectralDensity;
  if (typeof J !== "object" || J === null || typeof J.at !== "function") {
    throw typeError(
      WHAT,
      "`density` must be a SpectralDensity (from `spectral`)",
    );
  }
  const profile = o.profile as TemperatureProfile;
  if (
    typeof profile !== "object" || profile === null ||
    typeof profile.at !== "function"
  ) {
    throw typeError(
      WHAT,
      "`profile` must be a TemperatureProfile (from `temperature`)",
    );
  }
  const s = record(WHAT, "sites", o.sites);
  const from = finite(WHAT, "sites.from", s.from);
  const to = finite(WHAT, "sites.to", s.to);
  const count = integer(WHAT, "sites.count", s.count, 1, 1e5);
  if (count > 1 && !(to > from)) {
    throw rangeError(
      WHAT,
      `\`sites.to\` must be > \`sites.from\` for ${count} sites, got from ${from}, to ${to}`,
    );
  }
  const width = positive(WHAT, "width", o.width);
  if (!(width >= 1e-150 && width <= 1e150)) {
    throw rangeError(
      WHAT,
      `\`width\` must lie in [1e-150, 1e150] (σ² must be representable), got ${width}`,
    );
  }
  const modes = o.modes === undefined
    ? 100
    : integer(WHAT, "modes", o.modes, 1, 1e6);
  const sites = new Float64Array(count);
  const temps = new Float64Array(count);
  for (let j = 0; j < count; j++) {
    sites[j] = count === 1
      ? (from + to) / 2
      : from + (to - from) * j / (count - 1);
    const [lo, hi] = profile.domain;
    if (!(sites[j] >= lo && sites[j] <= hi)) {
      throw rangeError(
        WHAT,
        `site ${j} at y = ${
          sites[j]
        } lies outside the profile's domain [${lo}, ${hi}]`,
      );
    }
    temps[j] = profile.at(sites[j]);
  }
  let gamma: number;
  try {
    gamma = J.laplace(0);
  } catch (e) {
    throw rangeError(
      WHAT,
      `the Markov friction γ = γ̂(0) of the density is not finite (${
        e instanceof Error ? e.message : String(e)
      })`,
    );
  }
  const bath = discretize(J, {
    modes,
    scheme: o.scheme as Scheme | undefined,
    maxFrequency: o.maxFrequency as number | undefined,
    mass: o.mass as number | undefined,
  });
  return new Quilt(J, profile, sites, temps, width, gamma, bath);
}

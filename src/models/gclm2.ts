/**
 * gCLm-II: a patchwork quilt of local baths.
 *
 * @module
 */
import type { Description } from "../describe.ts";
import { type Quilt, quilt, type QuiltSites } from "../bath/mod.ts";
import { noiseKernel } from "../noise/mod.ts";
import type { NoiseKernel } from "../noise/types.ts";
import type { SpectralDensity } from "../spectral/types.ts";
import type { TemperatureProfile } from "../thermal/types.ts";
import { record } from "../_validate.ts";
import {
  buildModel,
  markovRate,
  PROVENANCE,
  requireProfile,
} from "./_model.ts";
import { quiltGradients } from "./_quilt_gradients.ts";
import type { LocalNoise, Statistics, ThermalModel } from "./types.ts";

/** Name of the row of `Quilt.describe()` the model's table leaves out. */
const QUILT_MODES_ROW = "modes per site";

/** Options of {@linkcode gclm2}. */
export interface Gclm2Options {
  /** J(ω) of every local bath (its `mass` is the particle mass M). */
  readonly density: SpectralDensity;
  /** T(x): bath j starts thermal at T(y_j). */
  readonly profile: TemperatureProfile;
  /** `count` equally spaced sites y_j from `from` to `to` (inside the profile's domain). */
  readonly sites: QuiltSites;
  /** Form-factor width σ > 0 (L): u'(z) = e^{−z²/4σ²}. */
  readonly width: number;
}

/** gCLm-II: a {@linkcode ThermalModel} with its quilt. */
export interface Gclm2Model extends ThermalModel {
  /** The quilt of local baths (sites, temperatures, Γ, T_eff, explicit baths). */
  readonly quilt: Quilt;
}

/** Σ_j w_j K_j: the noise at X from the local baths. */
function quiltNoise(
  q: Quilt,
  weights: Float64Array,
  kernels: readonly NoiseKernel[],
  tEff: number,
  statistics: Statistics,
): LocalNoise {
  const n = kernels.length;
  const method = `Σ_j u'(X − y_j)² K_j, K_j ${kernels[0].method}`;
  const symmetric = (t: number) => {
    let s = 0;
    for (let j = 0; j < n; j++) {
      if (weights[j] > 0) s += weights[j] * kernels[j].symmetric(t);
    }
    return s;
  };
  return {
    temperature: tEff,
    method,
    symmetric,
    evaluate(ts: Float64Array, out?: Float64Array): Float64Array {
      const o = out ?? new Float64Array(ts.length);
      for (let i = 0; i < ts.length; i++) o[i] = symmetric(ts[i]);
      return o;
    },
    symmetricSpectrum(omega: number): number {
      let s = 0;
      for (let j = 0; j < n; j++) {
        if (weights[j] > 0) {
          s += weights[j] * kernels[j].symmetricSpectrum(omega);
        }
      }
      return s;
    },
    describe: (): Description => ({
      title: `Local ${statistics} noise of a quilt of ${q.sites.length} baths`,
      formula: "K_X(t) = \\sum_j u'(X - y_j)^2\\,K_{T_j}(t)",
      parameters: [
        {
          name: "effective temperature",
          symbol: "T_\\mathrm{eff}(X)",
          value: tEff,
          unit: "ħω_ref",
        },
        { name: "method", value: method },
      ],
    }),
  };
}

/**
 * gCLm-II, this library's formulation of the seed paper's second idea (see
 * the module notes): independent Caldeira–Leggett baths j at sites y_j, each
 * initially thermal at T(y_j), coupled to the particle through the
 * localized form factor u(X − y_j), u'(z) = e^{−z²/4σ²} (physics.md §6):
 *
 *     H = P²/2M + V(X) + Σ_j Σ_k [p_jk²/2m_jk + (m_jkω_jk²/2)(x_jk − c_jk u(X − y_j)/(m_jkω_jk²))²]
 *     M Ẍ + V'(X) + M Σ_j u'_j(X(t)) ∫₀^t γ(t−s) u'_j(X(s)) Ẋ(s) ds = Σ_j u'_j(X(t)) ξ_j(t).
 *
 * Ohmic–Markov reduction: Γ(X) = γ Σ_j u'_j(X)², T_eff(X) =
 * Σ_j T_j u'_j² / Σ_j u'_j² (from `bath.quilt`). Runs under `"markov"`,
 * `"overdamped"` and `"explicit-bath"` (classical or Wigner-sampled local
 * baths — the truncated-Wigner approximation, since the coupling is
 * nonlinear). The gradient lives only in the initial state: fully
 * Hamiltonian, the one to quantize.
 *
 * The model's domain is the profile's domain cut at 6σ beyond the outer
 * sites (where Γ has fallen to e^{−18}γ). Γ and T_eff are evaluated through
 * cubic Hermite tables (8192 panels) of the quilt's exact functions so that
 * worker threads reproduce them bit for bit.
 *
 * @example
 * ```ts
 * import { gclm2 } from "./gclm2.ts";
 * import { ohmic } from "../spectral/mod.ts";
 * import { linear } from "../thermal/mod.ts";
 * const m = gclm2({
 *   density: ohmic({ gamma: 0.5, cutoff: { kind: "drude", frequency: 10 } }),
 *   profile: linear({ value: 1, gradient: 0.2, domain: [-4, 4] }),
 *   sites: { from: -3, to: 3, count: 25 }, width: 0.3,
 * });
 * // σ ≳ a: Γ ≈ γ√(2π)σ/a inside, and T_eff(X) = T(X) for a linear profile.
 * if (Math.abs(m.effectiveTemperature(0.4) - 1.08) > 1e-9) throw new Error("T_eff");
 * if (Math.abs(m.friction(0.4) / (0.5 * Math.sqrt(2 * Math.PI) * 0.3 / 0.25) - 1) > 1e-6) throw new Error("Γ");
 * ```
 */
export function gclm2(options: Gclm2Options): Gclm2Model {
  const what = "build the gCLm-II model";
  record(what, "options", options);
  markovRate(what, options.density);
  const profile = requireProfile(what, options.profile);
  const q = quilt({
    density: options.density,
    profile,
    sites: options.sites,
    width: options.width,
    modes: 1,
  });
  const density = options.density;
  const y = q.sites, n = y.length, sigma = q.width;
  const domain: readonly [number, number] = [
    Math.max(profile.domain[0], y[0] - 6 * sigma),
    Math.min(profile.domain[1], y[n - 1] + 6 * sigma),
  ];
  const grad = quiltGradients(q);
  const kernels = new Map<Statistics, NoiseKernel[]>();
  const kernelsOf = (s: Statistics) => {
    let k = kernels.get(s);
    if (!k) {
      k = Array.from(q.temperatures, (t) => {
        const quantum = noiseKernel(density, { temperature: t });
        return s === "classical" ? quantum.classical() : quantum;
      });
      kernels.set(s, k);
    }
    return k;
  };
  const model = buildModel({
    kind: "gclm2",
    title: "gCLm-II",
    density,
    profile,
    gamma: q.gamma,
    domain,
    baths: Array.from(y, (site, j) => ({
      density,
      temperature: q.temperatures[j],
      site,
      formFactor: { kind: "gaussian" as const, width: sigma },
    })),
    noiseFollowsParticle: false,
    friction: { at: (x) => q.friction(x), slope: grad.friction },
    temperature: {
      at: (x) => q.effectiveTemperature(x),
      slope: grad.temperature,
    },
    localNoise: (m, x, o) => {
      const w = new Float64Array(n);
      for (let j = 0; j < n; j++) {
        const u = q.formFactorSlope(x - y[j]);
        w[j] = u * u;
      }
      const s = o.statistics ?? "quantum";
      return quiltNoise(q, w, kernelsOf(s), m.effectiveTemperature(x), s);
    },
    describe: (m) => {
      const xs = Array.from(
        { length: 161 },
        (_, i) =>
          Math.min(domain[1], domain[0] + (domain[1] - domain[0]) * i / 160),
      );
      return {
        title: "gCLm-II — a patchwork quilt of local baths",
        formula: "\\begin{aligned}" +
          "H &= \\frac{P^2}{2M} + V(X) + \\sum_j\\sum_k \\Big[\\frac{p_{jk}^2}{2m_{jk}} + \\frac{m_{jk}\\omega_{jk}^2}{2}\\Big(x_{jk} - \\frac{c_{jk}\\,u(X - y_j)}{m_{jk}\\omega_{jk}^2}\\Big)^2\\Big],\\quad u'(z) = e^{-z^2/4\\sigma^2}\\\\" +
          "M\\ddot X &+ V'(X) + M\\sum_j u'_j(X(t))\\int_0^t \\gamma(t-s)\\,u'_j(X(s))\\,\\dot X(s)\\,ds = \\sum_j u'_j(X(t))\\,\\xi_j(t),\\quad \\xi_j \\text{ at } T(y_j)\\\\" +
          "\\text{Markov: } \\Gamma(X) &= \\gamma\\sum_j u'_j(X)^2,\\quad T_\\mathrm{eff}(X) = \\frac{\\sum_j T(y_j)\\,u'_j(X)^2}{\\sum_j u'_j(X)^2}" +
          "\\end{aligned}",
        // The quilt's own rows (sites, spacing, σ, γ, ripple, density), so
        // the two tables cannot drift; its "modes per site" is left out: the
        // model's baths are continua (noise kernels of J), the one mode per
        // site only serves the Markov reductions.
        parameters: [
          ...q.describe().parameters?.filter((p) =>
            p.name !== QUILT_MODES_ROW
          ) ?? [],
          { name: "mass", symbol: "M", value: density.mass },
          { name: "domain", value: `[${domain[0]}, ${domain[1]}]`, unit: "L" },
        ],
        preview: {
          x: xs,
          series: [
            { name: "T_eff(X)", y: xs.map((x) => m.effectiveTemperature(x)) },
            { name: "Γ(X)/γ", y: xs.map((x) => m.friction(x) / q.gamma) },
          ],
          xLabel: "X",
          yLabel: "k_BT_eff, Γ/γ",
        },
        notes: [
          PROVENANCE,
          "**gCLm-II (ours):** independent Caldeira–Leggett baths at sites y_j, each initially thermal at T(y_j), coupled through the localized form factor u(X − y_j) with u'(z) = e^{−z²/4σ²}. The exact Langevin equation has position-dependent memory friction and multiplicative noise; its Ohmic–Markov limit has Γ(X) and T_eff(X) above. Fully Hamiltonian: the gradient lives only in the initial state.",
          "Limitations: the baths do not exchange heat (no self-consistent profile); finite baths heat up and recur; results depend on σ and a; quantum dynamics with a nonlinear coupling is non-Gaussian (Wigner sampling is the truncated-Wigner approximation).",
        ],
      };
    },
  });
  return Object.assign(model, { quilt: q });
}

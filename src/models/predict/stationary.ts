/**
 * The stationary density of the overdamped equation of a model in a
 * potential, under an explicit stochastic convention.
 *
 * @module
 */
import {
  type Description,
  displayBundle,
  type MimeBundle,
} from "../../describe.ts";
import type { Potential } from "../../dynamics/potentials.ts";
import { record, show } from "../../_validate.ts";
import { type Convention, conventionAlpha } from "./convention.ts";
import { LOG_CUT, LogDensity, quad } from "./_log_density.ts";
import type { ReducedModel } from "./reduced_model.ts";
import { smallMassConvention } from "./small_mass.ts";

/** Options of {@linkcode stationary}. */
export interface StationaryOptions {
  /** The external potential (its walls, if any, bound the density). */
  readonly potential: Potential;
  /**
   * The stochastic convention (required: there is no neutral choice; see
   * {@linkcode Convention}). `"small-mass"` uses the limit derived by
   * {@linkcode smallMassConvention}, which is what a simulation of the
   * inertial equation with small M/Γ approaches.
   */
  readonly convention: Convention;
  /**
   * Number of panels of the internal table of ∫V'/k_BT (an integer ≥ 4).
   * Default 64. More panels make each density evaluation cheaper and the
   * build slower; accuracy is set by the adaptive quadratures either way.
   */
  readonly panels?: number;
}

/** A stationary density with its moments. */
export interface StationaryPrediction {
  /** The convention it was computed in. */
  readonly convention: Convention;
  /** α used (0 = Itô); for `"small-mass"` the derived α. */
  readonly alpha: number;
  /**
   * The interval [lo, hi] (L) on which the density lives: the potential's
   * walls ∩ the model's domain (reflecting ends).
   */
  readonly support: readonly [number, number];
  /**
   * The interval actually integrated: `support` trimmed to where the density
   * exceeds e^{−60} of its maximum.
   */
  readonly window: readonly [number, number];
  /** ⟨X⟩ (L). */
  readonly meanPosition: number;
  /** ⟨(X − ⟨X⟩)²⟩ (L²). */
  readonly variance: number;
  /** ⟨(X − ⟨X⟩)³⟩ / variance^{3/2} (dimensionless). */
  readonly skewness: number;
  /** The position of the maximum of the density (L). */
  readonly mode: number;
  /** P(x) (1/L), normalized on `support`; 0 outside it. */
  density(x: number): number;
  /** P over many points (1/L). */
  sample(xs: ArrayLike<number>): Float64Array;
  /** ∫_a^b P(x) dx, the probability of [a, b]. */
  probability(a: number, b: number): number;
  /** Data-only description for rich display. */
  describe(): Description;
}

const WHAT = "compute the stationary density";

function referencePoint(
  potential: Potential,
  lo: number,
  hi: number,
): number {
  const clamp = (x: number) => Math.min(hi, Math.max(lo, x));
  const spec = potential.spec;
  if (spec.kind === "harmonic") return clamp(spec.center);
  if (spec.kind === "double-well") {
    return clamp(0.5 * (spec.minima[0] + spec.minima[1]));
  }
  if (Number.isFinite(lo) && Number.isFinite(hi)) return 0.5 * (lo + hi);
  if (Number.isFinite(lo)) return lo;
  if (Number.isFinite(hi)) return hi;
  return 0;
}

/**
 * The stationary density of the model's overdamped equation in a potential,
 * under the stated convention, normalized by adaptive quadrature, with its
 * mean, variance, skewness and mode.
 *
 * With D(x) = k_B T(x)/(MΓ(x)) and the α-equation
 * dX = F/(MΓ) dt + √(2D) ∘_α dW (plus, for `"small-mass"`, the derived
 * extra drift E(x)), zero probability flux gives
 *
 *     P(x) ∝ (T(x)/Γ(x))^{α−1} exp(∫ [F(y)/k_BT(y) + E(y) MΓ(y)/k_BT(y)] dy)
 *
 * (physics.md §7); for constant friction P ∝ T^{α−1} exp(−∫V'/k_BT), and the
 * small-mass limit gives P ∝ T^{−1} exp(−∫V'/k_BT) for any Γ(x).
 *
 * ## Method
 * The support (walls ∩ domain) is trimmed to where ln P is within 60 of its
 * maximum by an outward doubling search from the trap centre (or the middle
 * of the support) and bisection; an unbounded support without a confining
 * potential is rejected. The cumulative integral ∫F/k_BT is tabulated at
 * `panels` + 1 nodes by adaptive Gauss–Kronrod quadrature (relative
 * tolerance 1e-12); P(x) adds one short quadrature from the nearest node.
 * The normalization and the moments are adaptive Gauss–Kronrod integrals
 * panel by panel (relative tolerance 1e-12; where roundoff alone stops the
 * bisection, as it can for tabulated reductions, an estimated error below
 * 1e-9 relative is accepted and anything worse throws); the mode is a grid search over
 * 1024 points refined by golden-section search. Accuracy against the mpmath
 * references of tests/fixtures/models_reference.py: better than 1e-9
 * relative.
 *
 * @param model The model's Ohmic–Markov reduction.
 * @param options Potential, convention, table size.
 * @returns The normalized density and its moments.
 * @throws {RangeError} if the density is not normalizable (no walls, no
 *   confining potential on an unbounded domain), or T or Γ is not > 0.
 *
 * @example Itô in a box with T rising from 1 to 2: ⟨x⟩/L = 1/ln 2 − 1
 * ```ts
 * import { stationary } from "./stationary.ts";
 * import { box } from "../../dynamics/potentials.ts";
 * const model = {
 *   mass: 1, domain: [0, 1] as const,
 *   friction: () => 1, frictionGradient: () => 0,
 *   temperature: (x: number) => 1 + x, temperatureGradient: () => 1,
 * };
 * const p = stationary(model, { potential: box({ from: 0, to: 1 }), convention: "ito" });
 * if (Math.abs(p.meanPosition - (1 / Math.LN2 - 1)) > 1e-12) throw new Error("0.442695");
 * if (Math.abs(p.density(0) - 1 / Math.LN2) > 1e-12) throw new Error("P(0) = 1/ln 2");
 * ```
 */
export function stationary(
  model: ReducedModel,
  options: StationaryOptions,
): StationaryPrediction {
  record(WHAT, "options", options);
  const potential = options.potential;
  if (
    typeof potential !== "object" || potential === null ||
    typeof potential.force !== "function"
  ) {
    throw new TypeError(
      `Cannot ${WHAT}: \`potential\` must be a Potential (from \`potentials\`), got ${
        show(potential)
      }`,
    );
  }
  const convention = options.convention;
  const bare = conventionAlpha(convention, WHAT);
  const panels = options.panels ?? 64;
  if (!Number.isInteger(panels) || panels < 4) {
    throw new RangeError(
      `Cannot ${WHAT}: \`panels\` must be an integer ≥ 4, got ${show(panels)}`,
    );
  }
  let alpha: number;
  let extra: ((x: number) => number) | undefined;
  if (bare === undefined) {
    const limit = smallMassConvention(model);
    alpha = limit.alpha;
    extra = limit.extraDrift;
  } else {
    alpha = bare;
  }
  const walls = potential.walls;
  const lo = Math.max(model.domain[0], walls ? walls[0] : -Infinity);
  const hi = Math.min(model.domain[1], walls ? walls[1] : Infinity);
  if (!(hi > lo)) {
    throw new RangeError(
      `Cannot ${WHAT}: the potential's walls and the model's domain [${
        model.domain[0]
      }, ${model.domain[1]}] do not overlap`,
    );
  }
  const mass = model.mass;
  const tOf = (x: number) => {
    const t = model.temperature(x);
    if (!(t > 0) || !Number.isFinite(t)) {
      throw new RangeError(
        `Cannot ${WHAT}: the temperature must be > 0 and finite on the support, but T(${x}) = ${t}`,
      );
    }
    return t;
  };
  const gOf = (x: number) => {
    const g = model.friction(x);
    if (!(g > 0) || !Number.isFinite(g)) {
      throw new RangeError(
        `Cannot ${WHAT}: the friction must be > 0 and finite on the support, but Γ(${x}) = ${g}`,
      );
    }
    return g;
  };
  const local = alpha === 1
    ? () => 0
    : (x: number) => (alpha - 1) * Math.log(tOf(x) / gOf(x));
  const spec = potential.spec.kind;
  const forceFree = spec === "free" || spec === "box";
  let g: ((x: number) => number) | undefined;
  if (extra) {
    const e = extra;
    g = (x) => {
      const t = tOf(x);
      return -(potential.force(x) + e(x) * mass * gOf(x)) / t;
    };
  } else if (!forceFree) {
    g = (x) => -potential.force(x) / tOf(x);
  }
  const lw = (ref: number, x: number) =>
    local(x) - (g && x !== ref ? quad(g, ref, x, 1e-12) : 0);
  const ref = referencePoint(potential, lo, hi);
  const window = trim(lw, ref, lo, hi);
  const dens = new LogDensity(local, g, window[0], window[1], panels);
  const z = dens.integrateWeighted(() => 1, window[0], window[1]);
  const mean = dens.integrateWeighted((x) => x, window[0], window[1]) / z;
  const variance = dens.integrateWeighted(
    (x) => (x - mean) * (x - mean),
    window[0],
    window[1],
  ) / z;
  const third = dens.integrateWeighted(
    (x) => (x - mean) * (x - mean) * (x - mean),
    window[0],
    window[1],
  ) / z;
  const skewness = third / Math.pow(variance, 1.5);
  const mode = findMode(dens, window[0], window[1]);
  const lnZ = Math.log(z);
  const density = (x: number): number => {
    if (!(x >= lo && x <= hi)) return 0;
    return Math.exp(dens.logWeight(x) - lnZ);
  };
  const probability = (a: number, b: number): number => {
    if (!(b >= a)) {
      throw new RangeError(
        `Cannot compute a probability of the stationary density: need a ≤ b, got [${a}, ${b}]`,
      );
    }
    const p = Math.max(a, window[0]);
    const q = Math.min(b, window[1]);
    return q > p ? dens.integrateWeighted(() => 1, p, q) / z : 0;
  };
  const alphaName = typeof convention === "number"
    ? `α = ${convention}`
    : convention;
  const description = (): Description => {
    const n = 101;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      xs[i] = i === n - 1
        ? window[1]
        : window[0] + (window[1] - window[0]) * i / (n - 1);
      ys[i] = density(xs[i]);
    }
    return {
      title: `Stationary density (${alphaName})`,
      formula: extra
        ? "P(x) \\propto \\frac{1}{k_BT(x)}\\exp\\Big(-\\int^x \\frac{V'(y)}{k_BT(y)}dy\\Big)"
        : "P(x) \\propto \\Big(\\frac{T(x)}{\\Gamma(x)}\\Big)^{\\alpha-1}\\exp\\Big(-\\int^x \\frac{V'(y)}{k_BT(y)}dy\\Big)",
      parameters: [
        { name: "convention", symbol: "\\alpha", value: alpha },
        { name: "mean", symbol: "\\langle X\\rangle", value: mean, unit: "L" },
        { name: "variance", symbol: "\\sigma^2", value: variance, unit: "L²" },
        { name: "skewness", value: skewness },
        { name: "mode", value: mode, unit: "L" },
      ],
      preview: {
        x: xs,
        series: [{ name: "P(x)", y: ys }],
        xLabel: "x",
        yLabel: "P(x)",
      },
    };
  };
  return {
    convention,
    alpha,
    support: [lo, hi],
    window,
    meanPosition: mean,
    variance,
    skewness,
    mode,
    density,
    sample(xs: ArrayLike<number>): Float64Array {
      const out = new Float64Array(xs.length);
      for (let i = 0; i < xs.length; i++) out[i] = density(xs[i]);
      return out;
    },
    probability,
    describe: description,
    [Symbol.for("Jupyter.display")](): MimeBundle {
      return displayBundle(description());
    },
  };
}

/** Trims [lo, hi] to where ln w ≥ max ln w − LOG_CUT. */
function trim(
  lw: (ref: number, x: number) => number,
  ref: number,
  lo: number,
  hi: number,
): readonly [number, number] {
  const finite = Number.isFinite(lo) && Number.isFinite(hi);
  const h0 = finite ? (hi - lo) / 64 : 0.05 * Math.max(1, Math.abs(ref));
  let max = lw(ref, ref);
  const side = (dir: 1 | -1, end: number): number => {
    let prev = ref;
    let prevLw = max;
    let step = h0;
    for (let k = 0; k < 80; k++) {
      let x = prev + dir * step;
      let hitEnd = false;
      if (dir > 0 ? x >= end : x <= end) {
        x = end;
        hitEnd = true;
      }
      const v = lw(ref, x);
      if (v > max) max = v;
      if (v < max - LOG_CUT && v < prevLw) {
        let a = prev;
        let b = x;
        for (
          let it = 0;
          it < 60 && Math.abs(b - a) > 1e-12 * (1 + Math.abs(a));
          it++
        ) {
          const c = 0.5 * (a + b);
          if (lw(ref, c) < max - LOG_CUT) b = c;
          else a = c;
        }
        return b;
      }
      if (hitEnd) return end;
      prev = x;
      prevLw = v;
      step *= 2;
    }
    throw new RangeError(
      `Cannot ${WHAT}: the density is not normalizable on the unbounded support (no walls and no confining potential in direction ${
        dir > 0 ? "+∞" : "−∞"
      })`,
    );
  };
  // Two passes: the first finds the maximum, the second cuts relative to it.
  side(1, hi);
  side(-1, lo);
  return [side(-1, lo), side(1, hi)];
}

function findMode(dens: LogDensity, lo: number, hi: number): number {
  const n = 1024;
  // lo + (hi − lo)·i/n can exceed hi by an ulp: clamp every grid point.
  const at = (i: number) => i >= n ? hi : Math.min(hi, lo + (hi - lo) * i / n);
  let best = 0;
  let bestV = -Infinity;
  for (let i = 0; i <= n; i++) {
    const v = dens.logWeight(at(i));
    if (v > bestV) {
      bestV = v;
      best = i;
    }
  }
  let a = at(Math.max(0, best - 1));
  let b = at(Math.min(n, best + 1));
  const r = (Math.sqrt(5) - 1) / 2;
  let c = b - r * (b - a);
  let d = a + r * (b - a);
  let fc = dens.logWeight(c);
  let fd = dens.logWeight(d);
  for (let it = 0; it < 80 && b - a > 1e-13 * (1 + Math.abs(a)); it++) {
    if (fc >= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - r * (b - a);
      fc = dens.logWeight(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + r * (b - a);
      fd = dens.logWeight(d);
    }
  }
  const x = 0.5 * (a + b);
  const edge = best === 0 ? lo : best === n ? hi : undefined;
  if (edge !== undefined && dens.logWeight(edge) >= dens.logWeight(x)) {
    return edge;
  }
  return x;
}

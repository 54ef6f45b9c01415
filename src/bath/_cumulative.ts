/**
 * The cumulative reorganization energy Λ(ω) = (1/π) ∫₀^ω J(ω')/ω' dω' of a
 * density, tabulated once and inverted fast (equal-reorganization modes,
 * quantile-based default frequency ranges).
 *
 * ## Method
 * Λ is tabulated at panel edges ω_i spaced 16 per decade, from the
 * density's `frequencyScale` (beyond which J/ω carries < 1e-16 of λ) down
 * until λ minus the panels' sum is < 1e-9 of λ (at least 6, at most 300
 * decades),
 * each panel by adaptive Gauss–Kronrod (`quadrature.integrate`), the part
 * [0, ω₀] below the lowest edge included exactly (integrable singularities
 * of J/ω at 0 allowed). Inversion of Λ(ω) = y: binary search for the panel, a start
 * from linear interpolation of Λ in ln ω, then safeguarded Newton steps in
 * ln ω with dΛ/d ln ω = J(ω)/π and Λ(ω) − Λ(ω_i) by 10-point Gauss–Legendre
 * on [ln ω_i, ln ω]. Below ω₀ Λ is continued as the power law
 * Λ(ω₀)(ω/ω₀)^a with a = J(ω₀)/(πΛ(ω₀)), exact for J ∝ ω^a there.
 *
 * @module
 */
import { integrate } from "../quadrature/mod.ts";
import type { SpectralDensity } from "../spectral/types.ts";

const PER_DECADE = 16;
const MIN_DECADES = 6;
const MAX_DECADES = 300;

// 10-point Gauss–Legendre nodes and weights on [−1, 1] (positive half).
const GL_X = [
  0.1488743389816312108848260,
  0.4333953941292471907992659,
  0.6794095682990244062343274,
  0.8650633666889845107320967,
  0.9739065285171717200779640,
];
const GL_W = [
  0.2955242247147528701738930,
  0.2692667193099963550912269,
  0.2190863625159820439955349,
  0.1494513491505805931457763,
  0.0666713443086881375935688,
];

/** Tabulated Λ(ω) with fast inversion. */
export class Cumulative {
  /** Panel edges ω_i (ascending, ω_0 > 0). */
  readonly edges: Float64Array;
  /** Λ(ω_i). */
  readonly values: Float64Array;
  /** Λ(∞) as integrated (≈ λ). */
  readonly total: number;
  readonly #J: SpectralDensity;
  readonly #lowExponent: number;

  constructor(J: SpectralDensity) {
    this.#J = J;
    const top = J.frequencyScale;
    const g = (w: number) => J.at(w) / w;
    const lam = J.reorganizationEnergy;
    const opts = {
      relTol: 1e-11,
      absTol: 1e-17 * lam * Math.PI,
      maxSubdivisions: 500,
    };
    // Panels from the top down until what is left below, λ − Σ panels,
    // is < 1e-9 of λ (then integrated exactly), at most MAX_DECADES.
    const pieces: number[] = [];
    const edgesDown: number[] = [top];
    let sum = 0;
    for (let d = 0; d < MAX_DECADES; d++) {
      for (let j = 0; j < PER_DECADE; j++) {
        const i = d * PER_DECADE + j + 1;
        const b = edgesDown[i - 1];
        const a = top * Math.pow(10, -i / PER_DECADE);
        const piece = integrate(g, a, b, opts).value / Math.PI;
        pieces.push(piece);
        sum += piece;
        edgesDown.push(a);
      }
      if (d + 1 >= MIN_DECADES && lam - sum <= 1e-9 * lam) break;
    }
    const below = integrate(g, 0, edgesDown[edgesDown.length - 1], opts)
      .value / Math.PI;
    const n = edgesDown.length;
    const edges = new Float64Array(n);
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) edges[i] = edgesDown[n - 1 - i];
    values[0] = below;
    for (let i = 1; i < n; i++) values[i] = values[i - 1] + pieces[n - 1 - i];
    this.edges = edges;
    this.values = values;
    this.total = values[n - 1];
    const l0 = values[0];
    this.#lowExponent = l0 > 0 ? J.at(edges[0]) / (Math.PI * l0) : 1;
  }

  /** Λ(ω) − Λ(a) for a ≤ ω inside one panel, by 10-point Gauss–Legendre in ln ω. */
  #partial(a: number, w: number): number {
    const la = Math.log(a), lb = Math.log(w);
    const h = 0.5 * (lb - la), m = 0.5 * (lb + la);
    let s = 0;
    for (let k = 0; k < 5; k++) {
      s += GL_W[k] *
        (this.#J.at(Math.exp(m + h * GL_X[k])) +
          this.#J.at(Math.exp(m - h * GL_X[k])));
    }
    return s * h / Math.PI;
  }

  /** The ω with Λ(ω) = y, for 0 < y < total. */
  invert(y: number): number {
    const e = this.edges, v = this.values;
    if (y <= v[0]) {
      return v[0] > 0 ? e[0] * Math.pow(y / v[0], 1 / this.#lowExponent) : e[0];
    }
    let lo = 0, hi = e.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (v[mid] < y) lo = mid;
      else hi = mid;
    }
    const a = e[lo], b = e[hi];
    const la = Math.log(a), lb = Math.log(b);
    const span = v[hi] - v[lo];
    let x = span > 0 ? la + (lb - la) * (y - v[lo]) / span : la;
    for (let it = 0; it < 4; it++) {
      const w = Math.exp(x);
      const f = v[lo] + this.#partial(a, w) - y;
      const d = this.#J.at(w) / Math.PI;
      if (!(d > 0)) break;
      const next = Math.min(lb, Math.max(la, x - f / d));
      if (Math.abs(next - x) < 1e-13) {
        x = next;
        break;
      }
      x = next;
    }
    return Math.exp(x);
  }

  /** ω at which Λ(ω)/Λ(∞) = q, 0 < q < 1. */
  quantile(q: number): number {
    return this.invert(q * this.total);
  }
}

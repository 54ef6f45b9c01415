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
 * from linear interpolation of Λ in ln ω, then Newton steps in ln ω with
 * dΛ/d ln ω = J(ω)/π, safeguarded by bisection of the panel bracket (a step
 * that leaves the bracket or does not halve the residual is replaced by a
 * bisection), to |Δ ln ω| ≤ 1e-14 or |Λ − y| ≤ 1e-15 λ. Partial integrals
 * by 10-point Gauss–Legendre in ln ω from the bracket's lower end. Panels
 * where that rule does not reproduce the adaptive panel integral (to
 * 1e-14 λ + 1e-11 of the panel) are halved in ln ω at construction until
 * it does (at most 40 times; the rare panel still failing falls back to
 * adaptive partial integrals): a sharp peak, e.g. an underdamped density
 * with Γ ≪ ω₀, lives inside one 1/16-decade panel. Below ω₀ Λ is continued as
 * the power law Λ(ω₀)(ω/ω₀)^a with a = J(ω₀)/(πΛ(ω₀)), exact for J ∝ ω^a
 * there.
 *
 * @module
 */
import { integrate } from "../quadrature/mod.ts";
import type { SpectralDensity } from "../spectral/types.ts";

const PER_DECADE = 16;
const MIN_DECADES = 6;
const MAX_DECADES = 300;
/** Halvings (in ln ω) of a panel where 10-point Gauss–Legendre is not enough. */
const MAX_SPLITS = 40;

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
  /** 1 where 10-point Gauss–Legendre reproduces the panel's integral. */
  readonly #smooth: Uint8Array;

  constructor(J: SpectralDensity) {
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
    // What is left below the lowest edge is ≤ 1e-9 λ (unless MAX_DECADES
    // stopped the loop) and needs only the panels' absolute accuracy: an
    // absolute tolerance of 1e-13 λ lets integrable singularities of J/ω at 0
    // (sub-Ohmic, s → 0) converge. If even that fails, the remainder λ − Σ
    // panels is the same number to the panels' accuracy.
    const lowest = edgesDown[edgesDown.length - 1];
    let below: number;
    try {
      below = integrate(g, 0, lowest, {
        ...opts,
        absTol: 1e-13 * lam * Math.PI,
      }).value / Math.PI;
    } catch (e) {
      if (!(e instanceof RangeError) || !(lam - sum > 0)) throw e;
      below = lam - sum;
    }
    // Ascending panels, each split in half (in ln ω) until 10-point
    // Gauss–Legendre reproduces its adaptive integral, so that the inversion's
    // partial integrals are accurate: a sharp peak (underdamped Γ ≪ ω₀) sits
    // inside one 1/16-decade panel and would defeat a fixed rule.
    this.#J = J;
    const tol = 1e-14 * lam;
    const outEdges: number[] = [edgesDown[edgesDown.length - 1]];
    const outValues: number[] = [below];
    const outSmooth: number[] = [];
    const refine = (a: number, b: number, piece: number, depth: number) => {
      const ok = Math.abs(this.#gaussLegendre(a, b) - piece) <=
        tol + 1e-11 * piece;
      if (ok || depth >= MAX_SPLITS) {
        outEdges.push(b);
        outValues.push(outValues[outValues.length - 1] + piece);
        outSmooth.push(ok ? 1 : 0);
        return;
      }
      const m = Math.sqrt(a) * Math.sqrt(b);
      const left = integrate(g, a, m, opts).value / Math.PI;
      const right = integrate(g, m, b, opts).value / Math.PI;
      refine(a, m, left, depth + 1);
      refine(m, b, right, depth + 1);
    };
    for (let i = edgesDown.length - 1; i > 0; i--) {
      refine(edgesDown[i], edgesDown[i - 1], pieces[i - 1], 0);
    }
    const n = outEdges.length;
    this.edges = Float64Array.from(outEdges);
    this.values = Float64Array.from(outValues);
    this.#smooth = Uint8Array.from(outSmooth);
    this.total = this.values[n - 1];
    const l0 = this.values[0];
    this.#lowExponent = l0 > 0 ? J.at(this.edges[0]) / (Math.PI * l0) : 1;
  }

  /** Λ(ω) − Λ(a) for a ≤ ω inside panel i (adaptive where GL10 is not enough). */
  #partial(i: number, a: number, w: number): number {
    if (this.#smooth[i] === 1) return this.#gaussLegendre(a, w);
    const J = this.#J;
    // Near a sharp resonance J itself carries relative rounding errors far
    // above 1e-12 (ω₀² − ω² cancels): take the best value roundoff allows
    // rather than fail ("flag"), which is as accurate as J is.
    return integrate((u) => J.at(Math.exp(u)), Math.log(a), Math.log(w), {
      relTol: 1e-12,
      absTol: 1e-15 * this.total * Math.PI,
      maxSubdivisions: 500,
      onFailure: "flag",
    }).value / Math.PI;
  }

  /** Λ(ω) − Λ(a) by 10-point Gauss–Legendre in ln ω. */
  #gaussLegendre(a: number, w: number): number {
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
    // Bracket [xl, xh] in ln ω with Λ(e^xl) ≤ y ≤ Λ(e^xh); Newton inside it,
    // bisection whenever Newton leaves it or stalls.
    let xl = la, xh = lb;
    let x = span > 0 ? la + (lb - la) * (y - v[lo]) / span : 0.5 * (la + lb);
    if (!(x > xl && x < xh)) x = 0.5 * (xl + xh);
    const ftol = 1e-15 * this.total;
    // Λ(e^xl) − y, known: each residual integrates only from xl to x.
    let fl = v[lo] - y;
    let step = xh - xl, last = step;
    for (let it = 0; it < 200; it++) {
      const w = Math.exp(x);
      const f = fl + this.#partial(lo, Math.exp(xl), w);
      if (Math.abs(f) <= ftol) return w;
      if (f < 0) {
        xl = x;
        fl = f;
      } else {
        xh = x;
      }
      const d = this.#J.at(w) / Math.PI;
      let next = d > 0 ? x - f / d : NaN;
      if (!(next > xl && next < xh) || Math.abs(2 * f) > Math.abs(last * d)) {
        next = 0.5 * (xl + xh);
      }
      last = step;
      step = next - x;
      x = next;
      if (Math.abs(step) <= 1e-14 * Math.max(1, Math.abs(x))) break;
    }
    return Math.exp(x);
  }

  /** ω at which Λ(ω)/Λ(∞) = q, 0 < q < 1. */
  quantile(q: number): number {
    return this.invert(q * this.total);
  }
}

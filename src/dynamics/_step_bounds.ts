/**
 * Time-step and duration limits of the "gle" and "explicit-bath"
 * integrators, checked when the plan is built so that a run outside them
 * throws instead of returning a silently wrong result. Private; the limits
 * are documented on `simulate`.
 *
 * @module
 */
import type { BathPlan } from "./_plan.ts";
import { formFactorSlope } from "./_form_factor.ts";

/**
 * explicit-bath: largest dt·√κ accepted, κ = sup_X Σ_jk u'_j(X)² c_jk²/(M
 * m_jk ω_jk²) (= γ_N(0), γω_c for a Drude bath). The Strang splitting is
 * unstable from dt·√κ = 2 on, and its resonances with the fast modes
 * (ω_k·dt near multiples of π) make the linear step map grow by ~1e-4 to
 * 1e-3 per step from dt·√κ ≈ 0.3 on (60–200 Drude modes); at ≤ 0.2 the
 * measured growth is ≤ 1e-5 per step, zero for ≤ 100 modes.
 */
export const EXPLICIT_STEP_BOUND = 0.2;

/** gle: largest r_i·dt accepted for the memory rates r_i (1/ω_c for Drude). */
export const GLE_STEP_BOUND = 0.5;

/** κ = sup_X Σ_j u'_j(X)² Σ_k c_jk²/(M m_jk ω_jk²) (ω_ref²). */
export function bathStiffness(baths: readonly BathPlan[], M: number): number {
  const kappa = baths.map((b) => {
    const w = b.frequencies, c = b.couplings, m = b.masses;
    let s = 0;
    if (w && c && m) {
      for (let k = 0; k < w.length; k++) {
        s += c[k] * c[k] / (m[k] * w[k] * w[k]);
      }
    }
    return s / M;
  });
  // Linear couplings have u' = 1; Gaussian ones peak at their sites: scan
  // the sites and a fine grid between them.
  if (baths.every((b) => b.formFactor.kind === "linear")) {
    return kappa.reduce((a, b) => a + b, 0);
  }
  let lo = Infinity, hi = -Infinity, h = Infinity;
  for (const b of baths) {
    const width = b.formFactor.kind === "gaussian" ? b.formFactor.width : 1;
    lo = Math.min(lo, b.site - 4 * width);
    hi = Math.max(hi, b.site + 4 * width);
    h = Math.min(h, width / 8);
  }
  const n = Math.min(100_000, Math.ceil((hi - lo) / h));
  let best = 0;
  for (let q = 0; q <= n; q++) {
    const X = lo + (hi - lo) * q / n;
    let s = 0;
    baths.forEach((b, j) => {
      const u = formFactorSlope(b.formFactor, X - b.site);
      s += u * u * kappa[j];
    });
    best = Math.max(best, s);
  }
  return best;
}

/**
 * How long a discretized bath reproduces the friction γ(t) on slow motion:
 * 2π/(ω₂ − ω₁) over its two lowest distinct frequencies (the recurrence
 * time of a uniform grid; for equal-reorganization Drude modes ≈ 4N/ω_c).
 * A single mode: 2π/ω₁.
 */
export function memoryTime(frequencies: ArrayLike<number>): number {
  let w1 = Infinity, w2 = Infinity;
  for (let k = 0; k < frequencies.length; k++) {
    const w = frequencies[k];
    if (w < w1) {
      w2 = w1;
      w1 = w;
    } else if (w > w1 && w < w2) w2 = w;
  }
  if (!Number.isFinite(w1)) return 0;
  return 2 * Math.PI / (Number.isFinite(w2) ? w2 - w1 : w1);
}

/**
 * Time-step and duration limits of the "gle" and "explicit-bath"
 * integrators, checked when the plan is built so that a run outside them
 * throws instead of returning a silently wrong result. Private; the limits
 * are documented on `simulate`.
 *
 * @module
 */
import type { BathPlan, BlockSums, Plan } from "./_plan.ts";

const WHAT = "Cannot simulate";
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

/**
 * Quantum noise with hard walls: largest accepted wall-collision rate per
 * unit friction, ν/Γ (ν = reflections per trajectory per unit time). With
 * Drude γ = 2, ω_c = 10, T = 0.05 the excess of M⟨v²⟩ over the FDT value
 * was measured ≈ 3·ν/Γ (relative): +3% at ν/Γ = 0.011, +15% at 0.06, ×4.5
 * at 0.8; it grows with the zero-point energy available, ħω_c/2k_BT.
 */
export const ZERO_POINT_LEAKAGE_BOUND = 0.01;

/**
 * Throws when classical trajectories driven by quantum (zero-point) noise
 * hit hard walls often: each reflection mixes frequencies, and the particle
 * takes up the zero-point energy ħω/2 of the fast bath modes instead of
 * the FDT value (zero-point energy leakage).
 */
export function checkZeroPointLeakage(
  plan: Plan,
  sums: BlockSums,
  friction: number,
): void {
  if (plan.statistics !== "quantum" || !plan.walls || sums.count === 0) return;
  const rate = sums.wallHits / (sums.count * plan.steps * plan.dt);
  const ratio = rate / friction;
  if (!(ratio <= ZERO_POINT_LEAKAGE_BOUND)) {
    throw new RangeError(
      `${WHAT}: quantum noise with hard walls: the particle hit the walls ${
        rate.toPrecision(3)
      } times per unit time, ν/Γ = ${
        ratio.toPrecision(3)
      } per velocity-relaxation time 1/Γ (Γ = ${friction}), above ${ZERO_POINT_LEAKAGE_BOUND}. Classical trajectories driven by zero-point noise then take up the zero-point energy ħω/2 of the fast bath modes at every reflection (zero-point energy leakage; in a box of width 1 with Drude γ = 2, ω_c = 10, T = 0.05: M⟨v²⟩ ≈ 6 instead of ≈ 1.4), so the result would be wrong: widen the box, or use statistics "classical"`,
    );
  }
}

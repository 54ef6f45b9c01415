/**
 * Scalar core of the exponential-cutoff noise kernel,
 * J(ω) = M γ ω_c^{1−s} ω^s e^{−ω/ω_c}, in dimensionless variables
 * u = ω_c t and θ = ħω_c/k_BT: K(t) = (ħMγω_c²/π) Γ(s+1) E_s(u, θ).
 *
 * ## Method (derivation)
 * Expanding coth(βħω/2) = 1 + 2 Σ_{n≥1} e^{−nβħω} (ω > 0) under the integral
 * and using ∫₀^∞ ω^s e^{−aω} cos ωt dω = Γ(s+1) Re[(a − it)^{−s−1}]
 * (Re a > 0, principal branch; Gradshteyn–Ryzhik 3.944.6) term by term,
 *
 *   K(t) = (ħMγω_c^{1−s}/π) Γ(s+1) Re[ Σ_{n≥0} c_n (1/ω_c + nβħ − it)^{−s−1} ],
 *
 * with c_0 = 1, c_n = 2. Since Σ_{n≥1} (A + nB)^{−s−1} = B^{−s−1} ζ(s+1, 1 + A/B)
 * (Hurwitz zeta), with A = 1/ω_c − it and B = βħ, and pulling out ω_c^{s+1},
 *
 *   E_s(u, θ) = Re[ (1 − iu)^{−s−1} + 2 θ^{−s−1} ζ(s+1, 1 + (1 − iu)/θ) ].
 *
 * For s = 1, ζ(2, w) = ψ′(w) (trigamma): this is physics.md §2's formula
 * with ψ′(z) = ψ′(z+1) + 1/z² used to take the n = 0 term out exactly. The
 * interchange of sum and integral is justified by dominated convergence
 * (all terms are bounded by ω^s e^{−ω/ω_c}(1 + 2Σ e^{−nβħω})).
 * The same steps with sin give D(t) = (ħMγω_c²/π) Γ(s+1) Im[(1 − iu)^{−s−1}],
 * temperature independent as it must be. T = 0 keeps the n = 0 term only:
 * K₀ = (ħMγω_c²/π) Γ(s+1) cos((s+1) arctan u)/(1 + u²)^{(s+1)/2}, which for
 * s = 1 is the rational (1 − u²)/(1 + u²)².
 * Checked against quadrature of the defining integral in
 * tests/fixtures/noise_reference.py (mpmath, 40 digits).
 *
 * @module
 */
import { hurwitzZeta, trigammaInto } from "../special/mod.ts";

const buf = new Float64Array(2);

/** Re and Im of (1 − iu)^{−p} into out. */
function powOneMinusIU(p: number, u: number, out: Float64Array): void {
  const phi = Math.atan(u); // arg(1 − iu) = −φ, so (1 − iu)^{−p} has arg +pφ
  const mod = Math.pow(1 + u * u, -p / 2);
  out[0] = mod * Math.cos(p * phi);
  out[1] = mod * Math.sin(p * phi);
}

/** E_s at T = 0: Re (1 − iu)^{−s−1}. */
export function exponentialZeroT(s: number, u: number): number {
  if (s === 1) {
    const u2 = u * u, d = 1 + u2;
    return (1 - u2) / (d * d);
  }
  powOneMinusIU(s + 1, u, buf);
  return buf[0];
}

/** Im (1 − iu)^{−s−1}: the dissipation kernel in units of (ħMγω_c²/π)Γ(s+1). */
export function exponentialDissipation(s: number, u: number): number {
  if (s === 1) {
    const d = 1 + u * u;
    return (2 * u) / (d * d);
  }
  powOneMinusIU(s + 1, u, buf);
  return buf[1];
}

/** E_s(u, θ) for θ = ħω_c/k_BT > 0. */
export function exponentialThermal(
  s: number,
  u: number,
  theta: number,
): number {
  const x = 1 + 1 / theta, y = -u / theta;
  if (s === 1) {
    trigammaInto(x, y, buf);
    return exponentialZeroT(s, u) + 2 * Math.pow(theta, -s - 1) * buf[0];
  }
  const z = hurwitzZeta(s + 1, { re: x, im: y });
  return exponentialZeroT(s, u) + 2 * Math.pow(theta, -s - 1) * z.re;
}

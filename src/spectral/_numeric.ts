/**
 * Quadrature fall-backs for densities without closed forms: γ(t), γ̂(z) and λ
 * from J(ω)/ω, each with the integrator's error estimate.
 *
 * ## Method
 * λ = (1/π) ∫₀^∞ J(ω)/ω dω and γ̂(z) = (2/(Mπ)) ∫₀^∞ J(ω)/ω · z/(z² + ω²) dω
 * by adaptive Gauss–Kronrod (`quadrature.integrate`, infinite range mapped
 * to (0, 1]). γ(t) = (2/(Mπ)) ∫₀^∞ J(ω)/ω cos ωt dω by the oscillatory
 * Fourier integrator `quadrature.integrateFourier`, which stays accurate at
 * large t where plain adaptive quadrature fails.
 *
 * @module
 */
import { integrate, integrateFourier } from "../quadrature/mod.ts";
import type { KernelEstimate } from "./types.ts";

/** Tolerances used for every spectral quadrature. */
const OPTIONS = { relTol: 1e-10, absTol: 0, maxSubdivisions: 2000 } as const;

/** λ = (1/π) ∫₀^∞ g(ω) dω with g = J/ω, integrated up to `top` (∞ allowed). */
export function numericLambda(
  g: (omega: number) => number,
  top: number,
): { value: number; error: number } {
  const r = integrate(g, 0, top, { ...OPTIONS, absTol: 1e-300 });
  return { value: r.value / Math.PI, error: r.error / Math.PI };
}

/** γ̂(z) = (2/(Mπ)) ∫₀^top g(ω) z/(z² + ω²) dω, z > 0. */
export function numericLaplace(
  g: (omega: number) => number,
  z: number,
  mass: number,
  top: number,
  scale: number,
): number {
  // Split at z where the Lorentzian weight turns over: helps for tiny z.
  const f = (w: number) => g(w) * z / (z * z + w * w);
  const c = Math.min(z, top);
  const a = integrate(f, 0, c, { ...OPTIONS, absTol: 1e-15 * scale });
  const b = c < top
    ? integrate(f, c, top, { ...OPTIONS, absTol: 1e-15 * scale })
    : { value: 0 };
  return 2 * (a.value + b.value) / (mass * Math.PI);
}

/**
 * γ(t) = (2/(Mπ)) ∫₀^∞ g(ω) cos ωt dω with its error estimate; `wscale` is
 * the frequency scale of g's structure (e.g. ω_c), γ₀ = γ(0) sets the
 * absolute tolerance 1e-12·γ₀.
 */
export function numericKernel(
  g: (omega: number) => number,
  t: number,
  mass: number,
  wscale: number,
  gamma0: number,
): KernelEstimate {
  const k = 2 / (mass * Math.PI);
  const r = integrateFourier(g, t, {
    kind: "cos",
    scale: wscale,
    relTol: 1e-10,
    absTol: 1e-12 * gamma0 / k,
  });
  return { value: k * r.value, error: k * r.error, method: r.method };
}

/**
 * Spectral densities J(ω) and their damping kernels (physics.md §1).
 * Exported from the root module as `spectral`.
 *
 * Every density has `at(ω)` (0 for ω ≤ 0), `dampingKernel(t)` γ(t) (closed
 * form where one exists, oscillatory quadrature with an error estimate in
 * `dampingKernelEstimate(t)` otherwise), `laplace(z)` γ̂(z) for real z ≥ 0,
 * `reorganizationEnergy` λ = (1/π)∫J/ω dω = Mγ(0)/2, `mass`,
 * `frequencyScale`, `spec` (for closed-form dispatch), `describe()` and a
 * Jupyter display.
 *
 * Convention (Hänggi–Ingold, ħ = k_B = 1):
 * J(ω) = (π/2) Σ_k c_k²/(m_kω_k) δ(ω − ω_k), γ(t) = (2/(Mπ)) ∫₀^∞ J(ω)/ω cos ωt dω.
 *
 * ## Why does my λ differ by 2 or π?
 *
 * The same physical bath has a different J(ω) in each package. Multiply
 * thermoquilt's J by the factor to get the package's J (or use
 * {@linkcode convert} / {@linkcode toConvention} / {@linkcode fromConvention}):
 *
 * | package | its J(ω) | factor vs thermoquilt | Drude bath, thermoquilt `ohmic({ gamma: γ, cutoff: { kind: "drude", frequency: ω_c } })` | Ohmic exponential, `ohmic({ gamma: γ, cutoff: { kind: "exponential", frequency: ω_c }, exponent: s })` |
 * |---|---|---|---|---|
 * | thermoquilt | (π/2)Σ c²/(mω) δ(ω − ω_k) | 1 | λ = Mγω_c/2 | J = Mγω_c^{1−s}ω^s e^{−ω/ω_c} |
 * | QuTiP | πΣ g² δ(ω − ω_k), g = c√(ħ/2mω) | 1 | `DrudeLorentzEnvironment(lam=λ, gamma=ω_c)`: J = 2λω_cω/(ω_c² + ω²) | `OhmicEnvironment(alpha=Mγ, wc=ω_c, s=s)` |
 * | HierarchicalEOM.jl | 2πΣ \|g\|² δ(ω − ω_k) | 2 | `Boson_DrudeLorentz(…, Δ=λ, W=ω_c, …)`: J = 4ΔWω/(W² + ω²) | — |
 * | OQuPy | J_ours/π | 1/π | — | `PowerLawSD(alpha=Mγ/(2π), zeta=s, cutoff=ω_c, cutoff_type="exponential")`: J = 2αω_c^{1−s}ω^s e^{−ω/ω_c} |
 *
 * The underdamped density `underdamped({ coupling, frequency, width })` is
 * QuTiP's `UnderDampedEnvironment(lam=coupling, gamma=width, w0=frequency)`
 * and HierarchicalEOM.jl's underdamped bath with Δ = coupling, W = width
 * (its J = 2Δ²Wω/((ω² − ω₀²)² + ω²W²), twice ours).
 *
 * So: λ computed as (1/π)∫J/ω from HierarchicalEOM.jl's J is twice ours
 * (its parameter Δ equals our λ), and from OQuPy's J it is ours divided by
 * π. QuTiP and thermoquilt agree.
 *
 * @example
 * ```ts
 * import * as spectral from "./mod.ts";
 * const J = spectral.ohmic({ gamma: 0.5, cutoff: { kind: "exponential", frequency: 5 } });
 * // λ = Mγω_c/π and γ(0) = 2λ/M:
 * if (Math.abs(J.dampingKernel(0) - 2 * J.reorganizationEnergy) > 1e-14) throw new Error("γ(0) = 2λ/M");
 * if (Math.abs(spectral.convert(J.at(1), { from: "thermoquilt", to: "hierarchicaleom" }) - 2 * J.at(1)) > 1e-15) throw new Error("×2");
 * ```
 *
 * @module
 */
export type {
  CutoffKind,
  DensitySpec,
  KernelEstimate,
  SpectralDensity,
} from "./types.ts";
export { type Cutoff, ohmic, type OhmicOptions } from "./ohmic.ts";
export { underdamped, type UnderdampedOptions } from "./underdamped.ts";
export { tabulated, type TabulatedDensityOptions } from "./tabulated.ts";
export { sum } from "./sum.ts";
export { custom, type CustomDensityOptions } from "./custom.ts";
export {
  type Convention,
  conventionFactor,
  convert,
  type ConvertOptions,
  fromConvention,
  type FromConventionOptions,
  toConvention,
} from "./convert.ts";

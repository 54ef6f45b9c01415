/**
 * Converters between the spectral-density conventions of thermoquilt
 * (Hänggi–Ingold), QuTiP, HierarchicalEOM.jl and OQuPy.
 *
 * @module
 */
import type { SpectralDensity } from "./types.ts";
import { custom } from "./custom.ts";
import { finite, oneOf, positive, record, typeError } from "../_validate.ts";

/** A package whose J(ω) convention the converters know. */
export type Convention = "thermoquilt" | "qutip" | "hierarchicaleom" | "oqupy";

const CONVENTIONS: readonly Convention[] = [
  "thermoquilt",
  "qutip",
  "hierarchicaleom",
  "oqupy",
];

/**
 * J_package(ω) / J_thermoquilt(ω) for the same physical bath (ħ = 1):
 * QuTiP 1 (J = πΣg²δ, g_k = c_k√(ħ/2m_kω_k)); HierarchicalEOM.jl 2
 * (J = 2πΣ|g|²δ); OQuPy 1/π.
 *
 * @example
 * ```ts
 * import { conventionFactor } from "./convert.ts";
 * if (conventionFactor("hierarchicaleom") !== 2) throw new Error("HEOM.jl J is 2×");
 * ```
 */
export function conventionFactor(convention: Convention): number {
  const c = oneOf(
    "look up a spectral-density convention",
    "convention",
    convention,
    CONVENTIONS,
  );
  return c === "hierarchicaleom" ? 2 : c === "oqupy" ? 1 / Math.PI : 1;
}

/** Options of {@linkcode convert}. */
export interface ConvertOptions {
  /** Convention the value is given in. */
  readonly from: Convention;
  /** Convention wanted. */
  readonly to: Convention;
}

/**
 * Converts a value of J(ω) — or anything linear in J, such as a λ computed
 * as (1/π)∫J/ω from that package's J — from one convention to another:
 * multiplies by factor(to)/factor(from).
 *
 * Not for coupling parameters: packages write J with their own numeric
 * prefactors (OQuPy's `PowerLawSD` is J = 2αω…, QuTiP's `OhmicEnvironment`
 * J = αω…), so α_QuTiP = 2π α_OQuPy, not π α_OQuPy. Map parameters with the
 * table in the `spectral` module documentation (OQuPy α = Mγ/(2π), QuTiP
 * α = Mγ).
 *
 * @example
 * ```ts
 * import { convert } from "./convert.ts";
 * // OQuPy's J is ours divided by π:
 * const j = convert(1, { from: "oqupy", to: "thermoquilt" });
 * if (Math.abs(j - Math.PI) > 1e-15) throw new Error("×π");
 * const back = convert(j, { from: "thermoquilt", to: "oqupy" });
 * if (Math.abs(back - 1) > 1e-15) throw new Error("round trip");
 * ```
 */
export function convert(value: number, options: ConvertOptions): number {
  const what = "convert a spectral-density value between conventions";
  const v = finite(what, "value", value);
  const o = record(what, "options", options);
  const from = oneOf(what, "from", o.from, CONVENTIONS);
  const to = oneOf(what, "to", o.to, CONVENTIONS);
  return v * conventionFactor(to) / conventionFactor(from);
}

/**
 * J(ω) of a density in another package's convention, as a function.
 *
 * @example
 * ```ts
 * import { toConvention } from "./convert.ts";
 * import { ohmic } from "./ohmic.ts";
 * const J = ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 2 } });
 * const heom = toConvention(J, "hierarchicaleom");
 * if (Math.abs(heom(1) - 2 * J.at(1)) > 1e-15) throw new Error("2×");
 * ```
 */
export function toConvention(
  density: SpectralDensity,
  convention: Convention,
): (omega: number) => number {
  if (
    typeof density !== "object" || density === null ||
    typeof density.at !== "function"
  ) {
    throw typeError(
      "convert a spectral density to another convention",
      "`density` must be a SpectralDensity",
    );
  }
  const k = conventionFactor(convention);
  return (omega: number) => k * density.at(omega);
}

/** Options of {@linkcode fromConvention}. */
export interface FromConventionOptions {
  /** The convention `J` is written in. */
  readonly convention: Convention;
  /** Particle mass M > 0 (default 1). */
  readonly mass?: number;
  /** Frequency beyond which J is negligible (see `custom`). */
  readonly frequencyScale?: number;
  /** Display name. */
  readonly name?: string;
}

/**
 * Builds a thermoquilt density from another package's J(ω) (divides by the
 * convention factor, then {@linkcode custom}).
 *
 * @example
 * ```ts
 * import { fromConvention } from "./convert.ts";
 * // OQuPy's Ohmic J = 2αω e^{−ω/ω_c} with α = 1/(2π), ω_c = 1 is ours with γ = 1: λ = 1/π.
 * const J = fromConvention((w) => (2 / (2 * Math.PI)) * w * Math.exp(-w), { convention: "oqupy", frequencyScale: 40 });
 * if (Math.abs(J.reorganizationEnergy - 1 / Math.PI) > 1e-10) throw new Error("λ");
 * ```
 */
export function fromConvention(
  J: (omega: number) => number,
  options: FromConventionOptions,
): SpectralDensity {
  const what = "build a spectral density from another package's convention";
  if (typeof J !== "function") {
    throw typeError(what, "`J` must be a function ω → J(ω)");
  }
  const o = record(what, "options", options);
  const k = 1 / conventionFactor(o.convention as Convention);
  return custom({
    at: (w) => k * J(w),
    mass: o.mass === undefined ? undefined : positive(what, "mass", o.mass),
    frequencyScale: o.frequencyScale as number | undefined,
    name: o.name === undefined
      ? `from ${String(o.convention)}`
      : String(o.name),
  });
}

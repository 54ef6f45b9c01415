/**
 * Sums of spectral densities.
 *
 * @module
 */
import type { KernelEstimate, SpectralDensity } from "./types.ts";
import { Density } from "./_density.ts";
import { rangeError, typeError } from "../_validate.ts";

const WHAT = "build a sum of spectral densities";

/**
 * J = J₁ + J₂ + …: λ, γ(t) and γ̂(z) add (they are linear in J). All terms
 * must refer to the same particle mass (relative difference ≤ 1e-12).
 *
 * @example
 * ```ts
 * import { sum } from "./sum.ts";
 * import { ohmic } from "./ohmic.ts";
 * import { underdamped } from "./underdamped.ts";
 * const a = ohmic({ gamma: 0.5, cutoff: { kind: "drude", frequency: 5 } });
 * const b = underdamped({ coupling: 0.8, frequency: 2, width: 0.6 });
 * const J = sum(a, b);
 * if (Math.abs(J.reorganizationEnergy - (1.25 + 0.08)) > 1e-14) throw new Error("λ adds");
 * if (Math.abs(J.at(1) - a.at(1) - b.at(1)) > 1e-15) throw new Error("J adds");
 * ```
 */
export function sum(...densities: SpectralDensity[]): SpectralDensity {
  if (densities.length === 0) {
    throw rangeError(WHAT, "at least one density is required, got none");
  }
  densities.forEach((d, i) => {
    if (
      typeof d !== "object" || d === null || typeof d.at !== "function" ||
      typeof d.dampingKernel !== "function"
    ) {
      throw typeError(WHAT, `argument ${i} must be a SpectralDensity`);
    }
  });
  const mass = densities[0].mass;
  densities.forEach((d, i) => {
    if (!(Math.abs(d.mass - mass) <= 1e-12 * mass)) {
      throw rangeError(
        WHAT,
        `every term must have the same mass, but term 0 has M = ${mass} and term ${i} has M = ${d.mass}`,
      );
    }
  });
  const terms = densities.slice();
  const lambda = terms.reduce((s, d) => s + d.reorganizationEnergy, 0);
  const scale = Math.max(...terms.map((d) => d.frequencyScale));
  const previewMax = Math.max(
    ...terms.map((d) => {
      const x = d.describe().preview?.x;
      return x && x.length > 0 ? x[x.length - 1] : d.frequencyScale;
    }),
  );
  const kernel = (t: number): KernelEstimate => {
    let value = 0, error = 0;
    const methods = new Set<string>();
    for (const d of terms) {
      if (d.dampingKernelEstimate) {
        const k = d.dampingKernelEstimate(t);
        value += k.value;
        error += k.error;
        methods.add(k.method);
      } else {
        value += d.dampingKernel(t);
        methods.add("unknown");
      }
    }
    return { value, error, method: [...methods].join(" + ") };
  };
  const methods = [...new Set(terms.map((d) => d.kernelMethod ?? "unknown"))];
  return new Density({
    spec: { kind: "sum", terms, mass },
    mass,
    reorganizationEnergy: lambda,
    frequencyScale: scale,
    J: (w) => {
      let s = 0;
      for (const d of terms) s += d.at(w);
      return s;
    },
    kernel,
    gamma: (t) => {
      let s = 0;
      for (const d of terms) s += d.dampingKernel(t);
      return s;
    },
    laplace: (z) => {
      let s = 0;
      for (const d of terms) s += d.laplace(z);
      return s;
    },
    kernelMethod: methods.join(" + "),
    title: `Sum of ${terms.length} spectral densities`,
    formula: "J(\\omega) = \\sum_i J_i(\\omega)",
    parameters: terms.map((d, i) => ({
      name: `term ${i + 1}`,
      value: d.describe().title,
    })),
    previewMax,
  });
}

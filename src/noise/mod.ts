/**
 * Quantum noise kernels of harmonic baths (physics.md §0, §2): the
 * symmetric kernel K(t), the dissipation kernel D(t), the spectra S(ω) and
 * S_sym(ω), their classical and T = 0 versions, computed by closed forms
 * where they exist (Drude Matsubara series, exponential cutoff via trigamma /
 * Hurwitz zeta, strict Ohmic) and by oscillatory quadrature otherwise.
 * `method` always says which.
 *
 * @example
 * ```ts
 * import { noiseKernel } from "./mod.ts";
 * import { ohmic } from "../spectral/mod.ts";
 * const K = noiseKernel(ohmic({ gamma: 0.5, cutoff: { kind: "drude", frequency: 5 } }), { temperature: 10 });
 * if (Math.abs(K.symmetric(0.5) - 2.0091931593) > 1e-9) throw new Error("physics.md §8");
 * ```
 *
 * @module
 */
export {
  noiseKernel,
  type NoiseKernelBuilder,
  type StrictOhmicOptions,
} from "./kernel.ts";
export { characteristicFrequency } from "./characteristic_frequency.ts";
export type {
  CorrelationValue,
  KernelValue,
  NoiseKernel,
  NoiseKernelMethod,
  NoiseKernelOptions,
} from "./types.ts";

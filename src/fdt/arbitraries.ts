/**
 * fast-check arbitraries with physically meaningful ranges: log-uniform
 * temperatures and frequencies, every built-in density family, temperature
 * profiles.
 *
 * @module
 */
import fc from "fast-check";
import {
  type Description,
  displayBundle,
  type MimeBundle,
} from "../describe.ts";
import * as spectral from "../spectral/mod.ts";
import type {
  DensitySpec,
  KernelEstimate,
  SpectralDensity,
} from "../spectral/types.ts";
import * as thermal from "../thermal/mod.ts";
import type { TemperatureProfile } from "../thermal/types.ts";

/**
 * A density that prints as the call that built it (so a counterexample
 * reads `ohmic({ gamma: 0.5, … })`), delegating everything else.
 */
class Labeled implements SpectralDensity {
  readonly #inner: SpectralDensity;
  readonly #label: string;
  constructor(inner: SpectralDensity, label: string) {
    this.#inner = inner;
    this.#label = label;
  }
  get spec(): DensitySpec {
    return this.#inner.spec;
  }
  get mass(): number {
    return this.#inner.mass;
  }
  get reorganizationEnergy(): number {
    return this.#inner.reorganizationEnergy;
  }
  get frequencyScale(): number {
    return this.#inner.frequencyScale;
  }
  get kernelMethod(): string | undefined {
    return this.#inner.kernelMethod;
  }
  at(omega: number): number {
    return this.#inner.at(omega);
  }
  dampingKernel(t: number): number {
    return this.#inner.dampingKernel(t);
  }
  dampingKernelEstimate(t: number): KernelEstimate {
    const e = this.#inner.dampingKernelEstimate;
    if (e) return e.call(this.#inner, t);
    const v = this.#inner.dampingKernel(t);
    return { value: v, error: 4.4e-16 * Math.abs(v), method: "closed form" };
  }
  laplace(z: number): number {
    return this.#inner.laplace(z);
  }
  describe(): Description {
    return this.#inner.describe();
  }
  toString(): string {
    return this.#label;
  }
  [fc.toStringMethod](): string {
    return this.#label;
  }
  [Symbol.for("Jupyter.display")](): MimeBundle {
    return displayBundle(this.describe());
  }
}

/**
 * Wraps a density so that fast-check (and `String(J)`) print it as `label`.
 *
 * @param density The density.
 * @param label How to print it, e.g. the expression that built it.
 * @returns A density that behaves identically.
 *
 * @example
 * ```ts
 * import { labeled } from "./arbitraries.ts";
 * import { ohmic } from "../spectral/mod.ts";
 * const J = labeled(ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 2 } }), "my bath");
 * if (String(J) !== "my bath" || J.at(2) !== 1) throw new Error();
 * ```
 */
export function labeled(
  density: SpectralDensity,
  label: string,
): SpectralDensity {
  return new Labeled(density, label);
}

/**
 * A constant arbitrary of one density (to run the properties on a
 * user-built bath), printed as `label` in counterexamples.
 *
 * @param density The density.
 * @param label How to print it (default "J").
 * @returns An arbitrary that always yields that density.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { just } from "./arbitraries.ts";
 * import { ohmic } from "../spectral/mod.ts";
 * const J = ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 2 } });
 * if (String(fc.sample(just(J, "mine"), { numRuns: 1, seed: 1 })[0]) !== "mine") throw new Error();
 * ```
 */
export function just(
  density: SpectralDensity,
  label = "J",
): fc.Arbitrary<SpectralDensity> {
  return fc.constant(labeled(density, label));
}

const g = (x: number) => Number(x.toPrecision(4));

/**
 * Log-uniform numbers in [lo, hi] (0 < lo < hi): uniform in ln x, so every
 * decade is sampled equally.
 *
 * @param lo Lower bound > 0.
 * @param hi Upper bound > lo.
 * @returns An arbitrary of numbers.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { logUniform } from "./arbitraries.ts";
 * fc.assert(fc.property(logUniform(1e-3, 1e3), (x) => x >= 1e-3 && x <= 1e3), { seed: 1 });
 * ```
 */
export function logUniform(lo: number, hi: number): fc.Arbitrary<number> {
  if (!(lo > 0) || !(hi > lo) || !Number.isFinite(hi)) {
    throw new RangeError(
      `Cannot build a log-uniform arbitrary: need 0 < lo < hi < ∞, but got lo = ${lo}, hi = ${hi}`,
    );
  }
  const a = Math.log(lo), b = Math.log(hi);
  // fc.double is not uniform (it favours small magnitudes); an integer grid
  // of 2³⁰ steps is, and it shrinks towards lo.
  const steps = 2 ** 30;
  return fc.integer({ min: 0, max: steps }).map((k) =>
    Math.min(hi, Math.max(lo, Math.exp(a + ((b - a) * k) / steps)))
  );
}

/**
 * Temperatures k_BT, log-uniform in [1e-3, 1e3] (units of ħω_ref).
 *
 * @returns An arbitrary of temperatures.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { temperature } from "./arbitraries.ts";
 * fc.assert(fc.property(temperature(), (T) => T > 0), { seed: 1, numRuns: 20 });
 * ```
 */
export function temperature(): fc.Arbitrary<number> {
  return logUniform(1e-3, 1e3);
}

/**
 * Frequencies, log-uniform in [1e-2, 1e2] (units of ω_ref).
 *
 * @returns An arbitrary of frequencies.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { frequency } from "./arbitraries.ts";
 * fc.assert(fc.property(frequency(), (w) => w >= 1e-2 && w <= 1e2), { seed: 1, numRuns: 20 });
 * ```
 */
export function frequency(): fc.Arbitrary<number> {
  return logUniform(1e-2, 1e2);
}

/** Families produced by {@linkcode density}. */
export type DensityFamily =
  | "drude"
  | "exponential"
  | "gaussian"
  | "sharp"
  | "underdamped"
  | "tabulated"
  | "sum";

/** Every family {@linkcode density} can produce. */
export const DENSITY_FAMILIES: readonly DensityFamily[] = [
  "drude",
  "exponential",
  "gaussian",
  "sharp",
  "underdamped",
  "tabulated",
  "sum",
];

const gammaArb = logUniform(0.05, 2);
const cutoffArb = logUniform(0.3, 10);

function ohmicArb(
  kind: "drude" | "exponential" | "gaussian" | "sharp",
): fc.Arbitrary<SpectralDensity> {
  const exponent = kind === "exponential"
    ? fc.constantFrom(0.5, 1, 2, 3)
    : fc.constant(1);
  return fc.tuple(gammaArb, cutoffArb, exponent).map(([gm, wc, s]) =>
    labeled(
      spectral.ohmic({
        gamma: gm,
        cutoff: { kind, frequency: wc },
        exponent: s,
      }),
      `ohmic({ gamma: ${g(gm)}, cutoff: { kind: "${kind}", frequency: ${
        g(wc)
      } }${s === 1 ? "" : `, exponent: ${s}`} })`,
    )
  );
}

function familyArb(f: DensityFamily): fc.Arbitrary<SpectralDensity> {
  switch (f) {
    case "drude":
    case "exponential":
    case "gaussian":
    case "sharp":
      return ohmicArb(f);
    case "underdamped":
      return fc.tuple(
        logUniform(0.2, 2),
        logUniform(0.5, 5),
        logUniform(0.1, 2),
      )
        .map(([c, w0, w]) =>
          labeled(
            spectral.underdamped({ coupling: c, frequency: w0, width: w }),
            `underdamped({ coupling: ${g(c)}, frequency: ${g(w0)}, width: ${
              g(w)
            } })`,
          )
        );
    case "tabulated":
      return fc.tuple(gammaArb, cutoffArb).map(([gm, wc]) => {
        // an exponential-cutoff Ohmic density sampled on 400 points up to 40 ω_c
        const n = 400;
        const omega = new Float64Array(n), values = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          omega[i] = (40 * wc * i) / (n - 1);
          values[i] = gm * omega[i] * Math.exp(-omega[i] / wc);
        }
        return labeled(
          spectral.tabulated({ omega, values }),
          `tabulated(γω e^{−ω/ω_c}, γ = ${g(gm)}, ω_c = ${g(wc)})`,
        );
      });
    case "sum":
      return fc.tuple(ohmicArb("drude"), familyArb("underdamped")).map((
        [a, b],
      ) => labeled(spectral.sum(a, b), `sum(${String(a)}, ${String(b)})`));
  }
}

/**
 * Spectral densities of the given families (default: every built-in
 * family), with γ log-uniform in [0.05, 2], ω_c in [0.3, 10], and
 * exponents 0.5, 1, 2, 3 for the exponential cutoff. Each prints as the
 * call that built it.
 *
 * @param families Which families (default {@linkcode DENSITY_FAMILIES}).
 * @returns An arbitrary of densities.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { density } from "./arbitraries.ts";
 * fc.assert(fc.property(density(["drude"]), (J) => J.spec.kind === "ohmic" && J.at(1) > 0), { seed: 1, numRuns: 10 });
 * ```
 */
export function density(
  families: readonly DensityFamily[] = DENSITY_FAMILIES,
): fc.Arbitrary<SpectralDensity> {
  if (families.length === 0) {
    throw new RangeError(
      "Cannot build a density arbitrary: `families` is empty",
    );
  }
  return fc.oneof(...families.map(familyArb));
}

/**
 * Temperature profiles (uniform, linear, tanh step, Gaussian hot spot) on
 * [−2, 2], with temperatures log-uniform in [1e-2, 1e2] and positive
 * everywhere on the domain (built with `thermal`).
 *
 * @returns An arbitrary of profiles.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { profile } from "./arbitraries.ts";
 * fc.assert(fc.property(profile(), (P) => P.at(0) > 0 && P.at(1.9) > 0), { seed: 1, numRuns: 20 });
 * ```
 */
export function profile(): fc.Arbitrary<TemperatureProfile> {
  const T = logUniform(1e-2, 1e2);
  const domain = [-2, 2] as const;
  return fc.oneof(
    T.map((v) => thermal.uniform(v)),
    fc.tuple(T, fc.double({ min: -0.45, max: 0.45, noNaN: true })).map((
      [v, r],
    ) => thermal.linear({ value: v, gradient: r * v, at: 0, domain })),
    fc.tuple(T, logUniform(1.01, 10), logUniform(0.05, 2)).map((
      [c, ratio, w],
    ) => thermal.tanhStep({ cold: c, hot: c * ratio, width: w, domain })),
    fc.tuple(T, logUniform(1.01, 10), logUniform(0.1, 2)).map(([b, ratio, w]) =>
      thermal.gaussianHotspot({ base: b, peak: b * ratio, width: w, domain })
    ),
  );
}

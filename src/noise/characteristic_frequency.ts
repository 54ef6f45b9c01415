/**
 * A characteristic frequency of a spectral density.
 *
 * @module
 */
import type { SpectralDensity } from "../spectral/types.ts";

/**
 * The frequency at which a density "lives", used as the scale of
 * quadratures, Matsubara sums and previews (frequency units): the cutoff
 * ω_c of an Ohmic density, max(ω₀, Γ) of an underdamped one, the largest of
 * the terms of a sum, and otherwise the peak of J on a logarithmic grid
 * (10 points per decade from 1e-8 up to `frequencyScale`).
 *
 * @param J The density.
 * @returns A positive frequency.
 *
 * @example
 * ```ts
 * import { characteristicFrequency } from "./characteristic_frequency.ts";
 * import { ohmic } from "../spectral/mod.ts";
 * const J = ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 5 } });
 * if (characteristicFrequency(J) !== 5) throw new Error("ω_c");
 * ```
 */
export function characteristicFrequency(J: SpectralDensity): number {
  const s = J.spec;
  switch (s.kind) {
    case "ohmic":
      return s.cutoffFrequency;
    case "underdamped":
      return Math.max(s.frequency, s.width);
    case "sum": {
      let m = 0;
      for (const t of s.terms) m = Math.max(m, characteristicFrequency(t));
      return m;
    }
    default: {
      // the peak of J on a log grid (10 points per decade) up to frequencyScale
      const hi = J.frequencyScale > 0 && Number.isFinite(J.frequencyScale)
        ? Math.min(J.frequencyScale, 1e12)
        : 1e12;
      let best = 1, bestJ = -1;
      for (let k = -80; k <= 10 * Math.log10(hi); k++) {
        const w = Math.pow(10, k / 10);
        const j = J.at(w);
        if (j > bestJ) {
          bestJ = j;
          best = w;
        }
      }
      return best;
    }
  }
}

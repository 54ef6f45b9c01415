/**
 * Gradients of gCLm-II's Ohmic–Markov reduction, Γ'(X) and T_eff'(X), from
 * the quilt's sites, temperatures and width (the quilt itself provides Γ
 * and T_eff).
 *
 * @module
 */
import { gaussianFormFactorSlope, type Quilt } from "../bath/mod.ts";

/**
 * Γ'(X) = γ Σ_j d/dX u'_j² = −γ Σ_j (X − y_j)/σ² u'(X − y_j)² with the
 * bath's u'(z) = e^{−z²/4σ²}, and T_eff' = Σ_j (T_j − T_eff) w_j' / Σ_j w_j
 * with w_j = u'_j². The T_eff' weights are exponentials taken relative to
 * the nearest site, e^{−(d_j² − d_min²)/2σ²}, like the quilt's T_eff, so
 * both stay finite far outside where every u'_j² underflows; they are not
 * u'_j² itself and stay written out.
 */
export function quiltGradients(
  q: Quilt,
): { friction: (x: number) => number; temperature: (x: number) => number } {
  const y = q.sites, T = q.temperatures, sigma = q.width, s2 = sigma * sigma;
  const friction = (x: number): number => {
    let s = 0;
    for (let j = 0; j < y.length; j++) {
      const d = x - y[j];
      const u = gaussianFormFactorSlope(d, sigma);
      s -= d / s2 * u * u;
    }
    return q.gamma * s;
  };
  const temperature = (x: number): number => {
    let dmin = Infinity;
    for (let j = 0; j < y.length; j++) {
      dmin = Math.min(dmin, (x - y[j]) * (x - y[j]));
    }
    let w = 0, tw = 0, wp = 0, twp = 0;
    for (let j = 0; j < y.length; j++) {
      const d = x - y[j];
      const e = Math.exp(-(d * d - dmin) / (2 * s2));
      const ep = -d / s2 * e;
      w += e;
      tw += T[j] * e;
      wp += ep;
      twp += T[j] * ep;
    }
    return (twp * w - tw * wp) / (w * w);
  };
  return { friction, temperature };
}

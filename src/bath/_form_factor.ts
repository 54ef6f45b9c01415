/**
 * The Gaussian form factor of gCLm-II (physics.md §6): u′(z) = e^{−z²/4σ²},
 * u(z) = ∫₀^z u′ = σ√π erf(z/2σ).
 *
 * ## Method
 * erf(x) for |x| < 2.5 from the all-positive series
 * erf x = (2/√π) e^{−x²} Σ 2ⁿx^{2n+1}/(2n+1)!! (Abramowitz & Stegun 7.1.6),
 * no cancellation; for |x| ≥ 2.5 as 1 − erfc x with erfc from its continued
 * fraction (A&S 7.1.14) by the modified Lentz method; |x| ≥ 6 gives ±1.
 *
 * @module
 */

const SQRT_PI = Math.sqrt(Math.PI);

/** erf(x), a few ulps. */
export function erf(x: number): number {
  const a = Math.abs(x);
  let r: number;
  if (a >= 6) {
    r = 1;
  } else if (a < 2.5) {
    const x2 = a * a;
    let term = a, s = a;
    for (let n = 1; n < 100; n++) {
      term *= 2 * x2 / (2 * n + 1);
      s += term;
      if (term <= 1e-17 * s) break;
    }
    r = 2 / SQRT_PI * Math.exp(-x2) * s;
  } else {
    // erfc a = e^{−a²}/√π · 1/(a + (1/2)/(a + 1/(a + (3/2)/(a + 2/(a + …))))).
    const tiny = 1e-300;
    let f = a, C = a, D = 0;
    for (let n = 1; n < 200; n++) {
      const an = n / 2;
      D = a + an * D;
      D = D === 0 ? tiny : 1 / D;
      C = a + an / C;
      if (C === 0) C = tiny;
      const delta = C * D;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-16) break;
    }
    r = 1 - Math.exp(-a * a) / (SQRT_PI * f);
  }
  return x < 0 ? -r : r;
}

/** u(z) = σ√π erf(z/2σ). */
export function formFactor(z: number, sigma: number): number {
  return sigma * SQRT_PI * erf(z / (2 * sigma));
}

/** u′(z) = e^{−z²/4σ²}. */
export function formFactorSlope(z: number, sigma: number): number {
  const r = z / (2 * sigma);
  return Math.exp(-r * r);
}

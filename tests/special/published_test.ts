/**
 * Values typed in from published tables, not produced by our generator: an
 * outside check of the mpmath-based table. Each constant cites its source.
 * Tolerances: a few ulps of the value (the functions are well conditioned at
 * these points), stated per assertion.
 */
import {
  complex,
  digamma,
  e1,
  e1Real,
  ei,
  gamma,
  gammaReal,
  hurwitzZeta,
  logGamma,
  polygamma,
  riemannZeta,
  trigamma,
} from "../../src/special/mod.ts";
import { assertClose } from "../_assert.ts";

/** Euler–Mascheroni γ, DLMF 5.2.3 (γ = 0.57721 56649 01532 86060 …). */
const EULER = 0.5772156649015328606;
/** Apéry's constant ζ(3), DLMF 25.6 (A&S Table 23.3: 1.20205 69031 59594 2854). */
const ZETA3 = 1.2020569031595942854;
/** Catalan's constant G, DLMF 25.11.40 context (0.91596 55941 77219 01505). */
const CATALAN = 0.91596559417721901505;
/** Ei(1), A&S Table 5.1 / DLMF 6.2 (1.89511 78163 55936 75547). */
const EI1 = 1.8951178163559367555;
/** E₁(1), A&S Table 5.1 (0.21938 39343 95520 27368). */
const E11 = 0.21938393439552027368;
/** Si(1) and Ci(1), A&S Table 5.1. */
const SI1 = 0.94608307036718301494;
const CI1 = 0.33740392290096813466;
/** Soldner's constant μ, li(μ) = Ei(ln μ) = 0 (DLMF 6.13; OEIS A070769). */
const SOLDNER = 1.4513692348833810503;
/** Γ(1/3), A&S Table 6.1 / DLMF 5.4 context (2.67893 85347 07747 63366). */
const GAMMA_THIRD = 2.6789385347077476337;

const ULP4 = 4 * 2 ** -52; // four ulps relative: closed-form constants

Deno.test("digamma: ψ(1) = −γ (DLMF 5.4.12), ψ(½) = −γ − 2 ln 2 (DLMF 5.4.13)", () => {
  assertClose(digamma(complex(1)).re, -EULER, { rel: ULP4 }, "ψ(1)");
  assertClose(
    digamma(complex(0.5)).re,
    -EULER - 2 * Math.LN2,
    { rel: ULP4 },
    "ψ(½)",
  );
});

Deno.test("trigamma: ψ′(1) = π²/6, ψ′(½) = π²/2 (DLMF 5.15.2–3), ψ′(¼) = π² + 8G (DLMF 5.15.4)", () => {
  assertClose(
    trigamma(complex(1)).re,
    Math.PI ** 2 / 6,
    { rel: ULP4 },
    "ψ′(1)",
  );
  assertClose(
    trigamma(complex(0.5)).re,
    Math.PI ** 2 / 2,
    { rel: ULP4 },
    "ψ′(½)",
  );
  assertClose(
    trigamma(complex(0.25)).re,
    Math.PI ** 2 + 8 * CATALAN,
    { rel: ULP4 },
    "ψ′(¼)",
  );
});

Deno.test("polygamma: ψ″(1) = −2ζ(3) (DLMF 5.15.2), Apéry's constant", () => {
  assertClose(polygamma(2, complex(1)).re, -2 * ZETA3, { rel: ULP4 }, "ψ″(1)");
  assertClose(riemannZeta(3), ZETA3, { rel: ULP4 }, "ζ(3)");
  assertClose(
    riemannZeta(4),
    Math.PI ** 4 / 90,
    { rel: ULP4 },
    "ζ(4) (DLMF 25.6.1)",
  );
  assertClose(
    hurwitzZeta(3, complex(0.5)).re,
    7 * ZETA3,
    { rel: ULP4 },
    "ζ(3, ½) = (2³ − 1)ζ(3) (DLMF 25.11.11)",
  );
});

Deno.test("gamma: Γ(½) = √π (DLMF 5.4.6), Γ(⅓) (A&S 6.1), |Γ(i)|² = π/sinh π (DLMF 5.4.3)", () => {
  assertClose(gammaReal(0.5), Math.sqrt(Math.PI), { rel: ULP4 }, "Γ(½)");
  assertClose(gammaReal(1 / 3), GAMMA_THIRD, { rel: ULP4 }, "Γ(⅓)");
  assertClose(
    gamma(complex(0.5, 0)).re,
    Math.sqrt(Math.PI),
    { rel: ULP4 },
    "Γ(½ + 0i)",
  );
  const g = gamma(complex(0, 1));
  assertClose(
    g.re * g.re + g.im * g.im,
    Math.PI / Math.sinh(Math.PI),
    { rel: 4 * ULP4 }, // a squared modulus doubles the ≈ 4-ulp error of exp(lnΓ)
    "|Γ(i)|²",
  );
  // lnΓ(−½) = ln(2√π) − iπ on the cut from above (Γ(−½) = −2√π, DLMF 5.4.6 + 5.5.1)
  const l = logGamma(complex(-0.5, 0));
  assertClose(
    l.re,
    Math.log(2 * Math.sqrt(Math.PI)),
    { rel: ULP4 },
    "Re lnΓ(−½)",
  );
  assertClose(l.im, -Math.PI, { rel: ULP4 }, "Im lnΓ(−½)");
});

Deno.test("exponential integrals: Ei(1), E₁(1), E₁(i) = −Ci(1) + i(Si(1) − π/2) (A&S 5.1, DLMF 6.5.5)", () => {
  assertClose(ei(1), EI1, { rel: ULP4 }, "Ei(1)");
  assertClose(
    e1Real(1),
    E11,
    { rel: 4e-15 },
    "E₁(1) (continued-fraction/series seam, ≲ 20 ulp)",
  );
  assertClose(ei(-1), -E11, { rel: 4e-15 }, "Ei(−1) = −E₁(1)");
  const w = e1(complex(0, 1));
  assertClose(w.re, -CI1, { rel: 1e-15 }, "Re E₁(i)");
  assertClose(w.im, SI1 - Math.PI / 2, { rel: 1e-15 }, "Im E₁(i)");
  // Ei vanishes at ln μ (Soldner): Ei′ = e^x/x ≈ 3.9 there, so |Ei| ≤ 3.9 × |Δx| with Δx ≈ 1 ulp of ln μ
  assertClose(
    ei(Math.log(SOLDNER)),
    0,
    { abs: 4 * 2 ** -53 * 3.9 },
    "Ei(ln μ) = 0",
  );
});

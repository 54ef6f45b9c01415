/** Poles and out-of-domain arguments throw RangeErrors that name the function, the rule and the value. */
import {
  bose,
  cdiv,
  clog,
  complex,
  cothHalf,
  cpow,
  digamma,
  digammaReal,
  e1,
  e1Real,
  ei,
  gamma,
  gammaReal,
  hurwitzZeta,
  log1mExp,
  logGamma,
  logGammaReal,
  polygamma,
  riemannZeta,
  trigamma,
  trigammaReal,
  xCothHalf,
} from "../../src/special/mod.ts";
import { assertThrowsWith } from "../_assert.ts";

Deno.test("poles of Γ and ψ⁽ᵐ⁾ throw RangeError", () => {
  for (const x of [0, -1, -2, -50]) {
    const z = complex(x, 0);
    assertThrowsWith(
      () => logGamma(z),
      RangeError,
      /lnΓ\(z\).*pole.*z = -?\d+/,
    );
    assertThrowsWith(() => gamma(z), RangeError, /Γ\(z\).*pole/);
    assertThrowsWith(() => digamma(z), RangeError, /ψ\(z\).*pole/);
    assertThrowsWith(() => trigamma(z), RangeError, /ψ′\(z\).*pole/);
    assertThrowsWith(() => polygamma(3, z), RangeError, /ψ⁽3⁾\(z\).*pole/);
    assertThrowsWith(() => gammaReal(x), RangeError, /pole/);
    assertThrowsWith(() => logGammaReal(x), RangeError, /pole/);
    assertThrowsWith(() => digammaReal(x), RangeError, /pole/);
    assertThrowsWith(() => trigammaReal(x), RangeError, /pole/);
    assertThrowsWith(() => hurwitzZeta(2, z), RangeError, /ζ\(s, a\).*pole/);
  }
});

Deno.test("non-finite arguments throw RangeError instead of returning NaN", () => {
  assertThrowsWith(() => trigamma(complex(NaN, 0)), RangeError, /finite/);
  assertThrowsWith(() => logGamma(complex(1, Infinity)), RangeError, /finite/);
  assertThrowsWith(() => digammaReal(NaN), RangeError, /finite/);
  assertThrowsWith(() => ei(NaN), RangeError, /finite/);
  assertThrowsWith(() => e1(complex(NaN, 1)), RangeError, /finite/);
  assertThrowsWith(() => hurwitzZeta(2, complex(1, NaN)), RangeError, /finite/);
  assertThrowsWith(() => bose(NaN), RangeError, /> 0/);
  assertThrowsWith(() => xCothHalf(NaN), RangeError, /number/);
});

Deno.test("out-of-domain arguments throw RangeError with the rule and the value", () => {
  assertThrowsWith(
    () => polygamma(1.5, complex(1)),
    RangeError,
    /integer in \[0, 100\].*m = 1.5/,
  );
  assertThrowsWith(() => polygamma(-1, complex(1)), RangeError, /m = -1/);
  assertThrowsWith(
    () => hurwitzZeta(1, complex(1)),
    RangeError,
    /s must be .* > 1, but s = 1/,
  );
  assertThrowsWith(() => hurwitzZeta(0.5, complex(1)), RangeError, /s = 0.5/);
  assertThrowsWith(
    () => hurwitzZeta(2.5, complex(-1.5, 0)),
    RangeError,
    /branch cut.*a = -1.5/,
  );
  assertThrowsWith(() => riemannZeta(1), RangeError, /s = 1/);
  assertThrowsWith(() => ei(0), RangeError, /Ei\(x\).*non-zero.*x = 0/);
  assertThrowsWith(() => e1(complex(0, 0)), RangeError, /E₁\(z\).*non-zero/);
  assertThrowsWith(() => e1Real(-1), RangeError, /> 0.*x = -1/);
  assertThrowsWith(() => bose(0), RangeError, /Bose.*x = 0/);
  assertThrowsWith(() => bose(-2), RangeError, /x = -2/);
  assertThrowsWith(() => cothHalf(0), RangeError, /coth\(x\/2\).*pole.*x = 0/);
  assertThrowsWith(() => log1mExp(0), RangeError, /x = 0/);
  assertThrowsWith(() => clog(complex(0, 0)), RangeError, /logarithm.*z = 0/);
  assertThrowsWith(
    () => cdiv(complex(1, 1), complex(0, 0)),
    RangeError,
    /divisor/,
  );
  assertThrowsWith(() => cpow(complex(0, 0), -1), RangeError, /exponent/);
});

Deno.test("overflowing results throw RangeError instead of returning Infinity", () => {
  assertThrowsWith(() => gammaReal(172), RangeError, /171.62.*x = 172/);
  assertThrowsWith(() => gamma(complex(200, 1)), RangeError, /709.78/);
  assertThrowsWith(() => ei(720), RangeError, /overflows/);
  assertThrowsWith(() => e1(complex(-800, 1)), RangeError, /overflows/);
  assertThrowsWith(
    () => polygamma(60, complex(1e-6, 0)),
    RangeError,
    /overflows/,
  );
  assertThrowsWith(
    () => hurwitzZeta(40, complex(1e-9, 0)),
    RangeError,
    /overflows/,
  );
});

/**
 * Functional identities as fast-check properties (fixed seeds), over
 * log-uniform moduli 1e-3 … 1e4 and all directions, poles kept ≥ 1e-3 away.
 * Tolerances: the identities are exact, so the residual is rounding in the
 * two sides; each bound is a small multiple of 1e-13 times the size of the
 * terms being compared (stated per property).
 */
import fc from "fast-check";
import {
  bose,
  type Complex,
  complex,
  cothHalf,
  digamma,
  e1,
  e1Real,
  ei,
  gamma,
  hurwitzZeta,
  log1mExp,
  logGamma,
  polygamma,
  trigamma,
  trigammaInto,
  xCothHalf,
} from "../../src/special/mod.ts";
import { AssertionError } from "node:assert/strict";

const SEED = 20261129;
const RUNS = 300;
const TOL = 1e-13;

function near(a: Complex, b: Complex, scale: number, what: string): void {
  const err = Math.hypot(a.re - b.re, a.im - b.im);
  if (!(err <= TOL * scale)) {
    throw new AssertionError({
      message: `${what}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}, |Δ| = ${
        err.toExponential(2)
      } > ${(TOL * scale).toExponential(2)}`,
    });
  }
}
const abs = (z: Complex): number => Math.hypot(z.re, z.im);
const sub = (a: Complex, b: Complex): Complex => ({
  re: a.re - b.re,
  im: a.im - b.im,
});
const add = (a: Complex, b: Complex): Complex => ({
  re: a.re + b.re,
  im: a.im + b.im,
});
const mul = (a: Complex, b: Complex): Complex => ({
  re: a.re * b.re - a.im * b.im,
  im: a.re * b.im + a.im * b.re,
});
const inv = (a: Complex): Complex => {
  const d = a.re * a.re + a.im * a.im;
  return { re: a.re / d, im: -a.im / d };
};

/** z = r e^{iθ}, log-uniform r ∈ [1e-3, 1e4], θ ∈ (−π, π), ≥ 1e-3 from 0, −1, −2, … */
const zArb = fc.tuple(
  fc.double({ min: -3, max: 4, noNaN: true }),
  fc.double({ min: -Math.PI + 1e-6, max: Math.PI - 1e-6, noNaN: true }),
).map(([e, t]) => complex(10 ** e * Math.cos(t), 10 ** e * Math.sin(t)))
  .filter((z) =>
    z.re > 0.5 || Math.hypot(z.re - Math.round(z.re), z.im) > 1e-3
  );

/** Kernel arguments z = (1/ω_c − i t)/(ħβ): Re z ∈ [1e-3, 10], |Im z| ∈ [1e-2, 1e6]. */
const kernelArb = fc.tuple(
  fc.double({ min: -3, max: 1, noNaN: true }),
  fc.double({ min: -2, max: 6, noNaN: true }),
  fc.boolean(),
).map(([a, b, s]) => complex(10 ** a, (s ? 1 : -1) * 10 ** b));

function check<T>(arb: fc.Arbitrary<T>, pred: (v: T) => void): void {
  fc.assert(fc.property(arb, pred), { seed: SEED, numRuns: RUNS });
}

Deno.test("trigamma satisfies the recurrence ψ′(z+1) = ψ′(z) − 1/z²", () => {
  // scale: the largest of the three terms
  check(zArb, (z) => {
    const a = trigamma(add(z, complex(1))), b = trigamma(z);
    const iz2 = mul(inv(z), inv(z));
    near(
      a,
      sub(b, iz2),
      Math.max(abs(a), abs(b), abs(iz2)),
      `z = ${z.re}+${z.im}i`,
    );
  });
});

Deno.test("trigamma satisfies the recurrence in the kernel region Re z > 0, |Im z| ≤ 1e6", () => {
  check(kernelArb, (z) => {
    const a = trigamma(add(z, complex(1))), b = trigamma(z);
    const iz2 = mul(inv(z), inv(z));
    near(
      a,
      sub(b, iz2),
      Math.max(abs(a), abs(b), abs(iz2)),
      `z = ${z.re}+${z.im}i`,
    );
  });
});

Deno.test("trigamma satisfies the reflection ψ′(1−z) + ψ′(z) = π²/sin²(πz)", () => {
  // |Im z| ≤ 5 keeps sin² representable; scale: the two ψ′ terms and the right side
  check(
    zArb.filter((z) =>
      Math.abs(z.im) < 5 && Math.abs(z.re) < 1e3 &&
      Math.hypot(z.re - Math.round(z.re), z.im) > 1e-3
    ),
    (z) => {
      const l = add(trigamma(sub(complex(1), z)), trigamma(z));
      const s = {
        re: Math.sin(Math.PI * z.re) * Math.cosh(Math.PI * z.im),
        im: Math.cos(Math.PI * z.re) * Math.sinh(Math.PI * z.im),
      };
      const r = mul(complex(Math.PI ** 2), inv(mul(s, s)));
      // sin(πz) from the unreduced πz carries |πz|·2⁻⁵³/|sin πz| relative error, doubled by squaring
      const argErr = 2 * Math.PI * abs(z) * 2 ** -53 / abs(s) / TOL;
      near(
        l,
        r,
        Math.max(abs(trigamma(z)), abs(r)) * (1 + argErr),
        `z = ${z.re}+${z.im}i`,
      );
    },
  );
});

Deno.test("trigammaInto agrees exactly with trigamma (same algorithm, no allocation)", () => {
  const out = new Float64Array(2);
  check(kernelArb, (z) => {
    trigammaInto(z.re, z.im, out);
    const w = trigamma(z);
    if (out[0] !== w.re || out[1] !== w.im) {
      throw new AssertionError({ message: "mismatch" });
    }
  });
});

Deno.test("digamma satisfies the recurrence ψ(z+1) = ψ(z) + 1/z", () => {
  check(zArb, (z) => {
    const a = digamma(add(z, complex(1))), b = digamma(z), iz = inv(z);
    near(
      a,
      add(b, iz),
      Math.max(abs(a), abs(b), abs(iz)),
      `z = ${z.re}+${z.im}i`,
    );
  });
});

Deno.test("log-gamma satisfies lnΓ(z+1) = lnΓ(z) + ln z on the principal branch (Γ(z+1) = zΓ(z))", () => {
  check(zArb.filter((z) => z.im !== 0), (z) => {
    const a = logGamma(add(z, complex(1))), b = logGamma(z);
    const lz = complex(Math.log(abs(z)), Math.atan2(z.im, z.re));
    near(
      a,
      add(b, lz),
      Math.max(abs(a), abs(b), abs(lz), 1),
      `z = ${z.re}+${z.im}i`,
    );
  });
});

Deno.test("gamma satisfies Γ(z+1) = zΓ(z) for |z| ≤ 30", () => {
  // relative error of exp(lnΓ) grows like 2⁻⁵³|lnΓ| (≤ 1e-13 for |z| ≤ 30)
  check(zArb.filter((z) => abs(z) <= 30), (z) => {
    const a = gamma(add(z, complex(1))), b = mul(z, gamma(z));
    near(a, b, 2 * abs(a), `z = ${z.re}+${z.im}i`);
  });
});

Deno.test("all complex functions satisfy conjugate symmetry f(z̄) = conj f(z)", () => {
  check(zArb.filter((z) => z.im !== 0 && abs(z) < 700), (z) => {
    const zc = complex(z.re, -z.im);
    const conj = (w: Complex): Complex => complex(w.re, -w.im);
    for (
      const [name, f] of [
        ["lnΓ", logGamma],
        ["ψ", digamma],
        ["ψ′", trigamma],
        ["ψ⁽³⁾", (w: Complex) => polygamma(3, w)],
        ["E₁", e1],
      ] as const
    ) {
      const a = f(zc), b = conj(f(z));
      near(a, b, abs(b), `${name} at z = ${z.re}+${z.im}i`);
    }
  });
});

Deno.test("polygamma satisfies ψ⁽ᵐ⁾(z+1) = ψ⁽ᵐ⁾(z) + (−1)ᵐ m!/z^{m+1} for m = 2, 3, 5", () => {
  check(zArb.filter((z) => z.re > 0), (z) => {
    for (const m of [2, 3, 5]) {
      let f = 1;
      for (let k = 2; k <= m; k++) f *= k;
      let p = complex(1);
      for (let k = 0; k <= m; k++) p = mul(p, inv(z));
      const t = complex(
        (m % 2 === 0 ? 1 : -1) * f * p.re,
        (m % 2 === 0 ? 1 : -1) * f * p.im,
      );
      const a = polygamma(m, add(z, complex(1))), b = polygamma(m, z);
      near(
        a,
        add(b, t),
        Math.max(abs(a), abs(b), abs(t)),
        `m = ${m}, z = ${z.re}+${z.im}i`,
      );
    }
  });
});

Deno.test("Hurwitz zeta satisfies ζ(s, a) = ζ(s, a+1) + a^{−s} and matches ψ′ at s = 2", () => {
  const sArb = fc.double({ min: 1.05, max: 12, noNaN: true });
  check(fc.tuple(sArb, zArb.filter((z) => z.re > 0)), ([s, a]) => {
    const l = hurwitzZeta(s, a), r1 = hurwitzZeta(s, add(a, complex(1)));
    const m = Math.pow(abs(a), -s), th = -s * Math.atan2(a.im, a.re);
    const p = complex(m * Math.cos(th), m * Math.sin(th));
    // the phase −s·arg a carries s·π·2⁻⁵³ absolute error
    near(
      l,
      add(r1, p),
      Math.max(abs(l), abs(r1), abs(p)) * (1 + s * 40 * 2 ** -53 / TOL),
      `s = ${s}, a = ${a.re}+${a.im}i`,
    );
    const t = trigamma(a), z2 = hurwitzZeta(2, a);
    near(t, z2, abs(t), `ψ′ vs ζ(2, ·) at a = ${a.re}+${a.im}i`);
  });
});

Deno.test("exponential integrals satisfy Ei(−x) = −E₁(x) and E₁(x + 0i) = E₁(x)", () => {
  const xArb = fc.double({ min: -6, max: 2.8, noNaN: true }).map((e) =>
    10 ** e
  );
  check(xArb, (x) => {
    const a = ei(-x), b = -e1Real(x), c = e1(complex(x, 0)).re;
    near(complex(a), complex(b), Math.abs(b), `x = ${x}`);
    near(complex(c), complex(-b), Math.abs(b), `x = ${x}`);
  });
});

Deno.test("thermal helpers satisfy coth(x/2) = 1 + 2n(x), n(x)eˣ = n(x) + 1, x coth(x/2) and ln(1 − e^{−x})", () => {
  const xArb = fc.double({ min: -8, max: 2.5, noNaN: true }).map((e) =>
    10 ** e
  );
  check(xArb, (x) => {
    const n = bose(x);
    near(complex(cothHalf(x)), complex(1 + 2 * n), 1 + 2 * n, `coth at ${x}`);
    near(
      complex(cothHalf(-x)),
      complex(-(1 + 2 * n)),
      1 + 2 * n,
      `odd at ${x}`,
    );
    near(
      complex(xCothHalf(x)),
      complex(x * cothHalf(x)),
      xCothHalf(x),
      `x coth at ${x}`,
    );
    near(
      complex(xCothHalf(-x)),
      complex(xCothHalf(x)),
      xCothHalf(x),
      `even at ${x}`,
    );
    if (x < 30) {
      // detailed balance of the Bose factor; eˣ carries x·2⁻⁵³ relative error
      near(
        complex(n * Math.exp(x)),
        complex(n + 1),
        (n + 1) * (1 + x * 2 ** -53 / TOL),
        `n eˣ at ${x}`,
      );
    }
    // ln(1 − e^{−x}) = ln n(x) + ... : e^{ln1mExp} = −expm1(−x)
    near(
      complex(Math.exp(log1mExp(x))),
      complex(-Math.expm1(-x)),
      -Math.expm1(-x),
      `log1mExp at ${x}`,
    );
  });
});

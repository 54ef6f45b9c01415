import { assertClose } from "../_assert.ts";
import * as spectral from "../../src/spectral/mod.ts";
import type { SpectralDensity } from "../../src/spectral/mod.ts";
import { readFixture } from "../_fixture.ts";

interface Case {
  density: Record<string, number | string>;
  reorganizationEnergy: string;
  kernel: [number, string][];
  laplace: [number, string][];
}
const table = readFixture("spectral_reference.json") as { cases: Case[] };

function build(d: Record<string, number | string>): SpectralDensity {
  if (d.kind === "ohmic") {
    return spectral.ohmic({
      gamma: d.gamma as number,
      cutoff: {
        kind: d.cutoff as "exponential" | "drude" | "gaussian" | "sharp",
        frequency: d.frequency as number,
      },
      exponent: d.exponent as number,
      mass: d.mass as number,
    });
  }
  return spectral.underdamped({
    coupling: d.coupling as number,
    frequency: d.frequency as number,
    width: d.width as number,
    mass: d.mass as number,
  });
}

for (const c of table.cases) {
  const J = build(c.density);
  const label = JSON.stringify(c.density);
  Deno.test(`matches the mpmath table: ${label}`, () => {
    // λ: closed forms, 1e-13 relative (a few ulps through Γ(s) and sin, plus
    // the special-function module's stated ~1e-13 accuracy of Γ).
    assertClose(J.reorganizationEnergy, Number(c.reorganizationEnergy), {
      rel: 1e-13,
    }, "λ");
    const g0 = Number(c.kernel[0][1]);
    for (const [t, ref] of c.kernel) {
      const closed = J.kernelMethod === "closed form";
      // Closed forms: 1e-10 relative (physics.md §8), with an absolute floor
      // of 1e-14·γ(0) where γ(t) is tiny and its relative digits are
      // meaningless. Quadrature: the integrator's own target
      // max(1e-10·|γ|, 1e-12·γ(0)), doubled for safety of the estimate.
      const tol = closed
        ? { rel: 1e-10, abs: 1e-14 * g0 }
        : { rel: 2e-10, abs: 2e-12 * g0 };
      assertClose(J.dampingKernel(t), Number(ref), tol, `γ(${t})`);
    }
    const d = c.density;
    const closedLaplace = d.kind === "underdamped" || d.cutoff === "drude" ||
      (d.exponent === 1 &&
        (d.cutoff === "exponential" || d.cutoff === "sharp"));
    for (const [z, ref] of c.laplace) {
      // γ̂(z): closed forms 1e-12 relative (E₁ is accurate to ~1e-13);
      // quadrature 1e-9 relative (integrator relTol 1e-10 on two pieces).
      const rel = closedLaplace ? 1e-12 : 1e-9;
      assertClose(J.laplace(z), Number(ref), { rel }, `γ̂(${z})`);
    }
  });
}

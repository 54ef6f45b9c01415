import assert from "node:assert/strict";
import { assertClose, assertThrowsWith } from "../_assert.ts";
import * as spectral from "../../src/spectral/mod.ts";
import * as bath from "../../src/bath/mod.ts";
import { randomStream } from "../../src/random/mod.ts";

const J = spectral.ohmic({ gamma: 1, cutoff: { kind: "drude", frequency: 3 } });
const B = bath.discretize(J, { modes: 4, mass: 1.5 });

/** Sample means and variances of x_k − x̄_k and p_k over `draws` streams. */
function moments(
  statistics: bath.Statistics,
  T: number,
  X0: number,
  draws: number,
): {
  mx: Float64Array;
  vx: Float64Array;
  mp: Float64Array;
  vp: Float64Array;
  cxp: Float64Array;
} {
  const n = B.modes;
  const mx = new Float64Array(n),
    vx = new Float64Array(n),
    mp = new Float64Array(n),
    vp = new Float64Array(n);
  const cxp = new Float64Array(n);
  const into = { positions: new Float64Array(n), momenta: new Float64Array(n) };
  for (let i = 0; i < draws; i++) {
    const s = bath.thermalState(B, {
      temperature: T,
      statistics,
      particlePosition: X0,
      seed: 2026,
      index: i,
      into,
    });
    for (let k = 0; k < n; k++) {
      const centre = B.couplings[k] * X0 /
        (B.masses[k] * B.frequencies[k] ** 2);
      const dx = s.positions[k] - centre, p = s.momenta[k];
      mx[k] += dx / draws;
      vx[k] += dx * dx / draws;
      mp[k] += p / draws;
      vp[k] += p * p / draws;
      cxp[k] += dx * p / draws;
    }
  }
  return { mx, vx, mp, vp, cxp };
}

function checkCovariances(statistics: bath.Statistics, T: number) {
  const draws = 4000, X0 = 0.7;
  const { mx, vx, mp, vp, cxp } = moments(statistics, T, X0, draws);
  for (let k = 0; k < B.modes; k++) {
    const w = B.frequencies[k], m = B.masses[k];
    const coth = T === 0 ? 1 : 1 / Math.tanh(w / (2 * T));
    const sx2 = statistics === "classical"
      ? T / (m * w * w)
      : coth / (2 * m * w);
    const sp2 = statistics === "classical" ? m * T : m * w * coth / 2;
    // Gaussian sample moments: mean ± σ/√N, variance ± σ²√(2/N), ⟨xp⟩ ± σxσp/√N; k = 5.
    const r = Math.sqrt(draws);
    assertClose(mx[k], 0, { abs: 5 * Math.sqrt(sx2) / r }, `⟨δx_${k}⟩`);
    assertClose(mp[k], 0, { abs: 5 * Math.sqrt(sp2) / r }, `⟨p_${k}⟩`);
    assertClose(vx[k], sx2, { abs: 5 * sx2 * Math.sqrt(2) / r }, `⟨δx_${k}²⟩`);
    assertClose(vp[k], sp2, { abs: 5 * sp2 * Math.sqrt(2) / r }, `⟨p_${k}²⟩`);
    assertClose(
      cxp[k],
      0,
      { abs: 5 * Math.sqrt(sx2 * sp2) / r },
      `⟨δx_${k} p_${k}⟩`,
    );
  }
}

Deno.test("Wigner sample covariances match (1/2mω)coth(ω/2T), (mω/2)coth(ω/2T) within 5σ/√N", () => {
  checkCovariances("wigner", 0.4);
  checkCovariances("wigner", 0);
});

Deno.test('statistics "quantum" is Wigner sampling: covariances (1/2mω)coth(ω/2T), (mω/2)coth(ω/2T) within 5σ/√N, draws identical to "wigner"', () => {
  checkCovariances("quantum", 0.4);
  for (const T of [0, 0.4]) {
    const q = bath.thermalState(B, {
      temperature: T,
      statistics: "quantum",
      particlePosition: 0.3,
      seed: 11,
      index: 2,
    });
    const w = bath.thermalState(B, {
      temperature: T,
      statistics: "wigner",
      particlePosition: 0.3,
      seed: 11,
      index: 2,
    });
    assert.deepEqual([...q.positions], [...w.positions]);
    assert.deepEqual([...q.momenta], [...w.momenta]);
  }
});

Deno.test("classical sample covariances match T/(mω²), mT within 5σ/√N", () => {
  checkCovariances("classical", 0.4);
});

Deno.test("thermal states depend only on (seed, index), and a stream can be passed", () => {
  const a = bath.thermalState(B, {
    temperature: 1,
    statistics: "wigner",
    seed: 5,
    index: 9,
  });
  const b = bath.thermalState(B, {
    temperature: 1,
    statistics: "wigner",
    stream: randomStream(5, 9),
  });
  assert.deepEqual([...a.positions], [...b.positions]);
  assert.deepEqual([...a.momenta], [...b.momenta]);
  const c = bath.thermalState(B, {
    temperature: 1,
    statistics: "wigner",
    seed: 5,
    index: 10,
  });
  assert.notDeepEqual([...a.positions], [...c.positions]);
});

Deno.test("classical T = 0 puts every mode at rest at its displaced centre", () => {
  const s = bath.thermalState(B, {
    temperature: 0,
    particlePosition: 2,
    seed: 1,
  });
  for (let k = 0; k < B.modes; k++) {
    assert.ok(s.momenta[k] === 0, `p_${k} = ${s.momenta[k]}`);
    assertClose(
      s.positions[k],
      B.couplings[k] * 2 / (B.masses[k] * B.frequencies[k] ** 2),
      { rel: 1e-15 },
      `x̄_${k}`,
    );
  }
});

Deno.test("thermalState validates", () => {
  assertThrowsWith(
    () => bath.thermalState(B, { temperature: -1, seed: 1 }),
    RangeError,
    /temperature/,
  );
  assertThrowsWith(
    () => bath.thermalState(B, { temperature: 1 }),
    TypeError,
    /`seed` is required/,
  );
  assertThrowsWith(
    () =>
      bath.thermalState(B, {
        temperature: 1,
        seed: 1,
        statistics: "bose" as bath.Statistics,
      }),
    RangeError,
    /statistics/,
  );
  assertThrowsWith(
    () =>
      bath.thermalState(B, {
        temperature: 1,
        seed: 1,
        into: { positions: new Float64Array(2), momenta: new Float64Array(2) },
      }),
    RangeError,
    /length 4/,
  );
});

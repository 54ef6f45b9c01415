/**
 * The overdamped method's explicit convention α: a box with a linear
 * temperature profile (physics.md §7, ⟨x⟩/L for T_h/T_c = 2).
 */
import { assertClose, assertThrowsWith } from "../_assert.ts";
import { simulate } from "../../src/dynamics/simulate.ts";
import { box } from "../../src/dynamics/potentials.ts";
import { toyModel } from "./_toy.ts";
import { windowMean } from "./_stats.ts";

const model = toyModel({
  gamma: 1,
  temperature: 1,
  gradient: 1,
  domain: [0, 1],
});

async function boxMean(
  convention: "ito" | "stratonovich" | "anti-ito" | "small-mass",
  N = 600,
): Promise<{ mean: number; se: number }> {
  const dt = 2e-4;
  const run = await simulate(model, {
    potential: box({ from: 0, to: 1 }),
    method: "overdamped",
    convention,
    trajectories: N,
    dt,
    steps: Math.round(1.6 / dt),
    seed: 5,
    initial: { position: 0.5 },
    record: { every: 50, window: 0.3, trajectories: N },
    progress: false,
  });
  return windowMean(run, (x) => x);
}

// Exact stationary means for P ∝ T^{α−1} on [0, 1], T = 1 + x, by
// elementary integration (physics.md §7 quotes 0.442695, 0.471405, 0.5).
const r2 = Math.SQRT2;
const expected = {
  "ito": 1 / Math.log(2) - 1,
  "stratonovich": ((2 / 3) * (2 * r2 - 1) - 2 * (r2 - 1)) / (2 * (r2 - 1)),
  "anti-ito": 0.5,
};

for (const c of ["ito", "stratonovich", "anti-ito"] as const) {
  Deno.test(`overdamped ${c} gives the box mean of P ∝ T^(α−1)`, async () => {
    const m = await boxMean(c);
    // 5 standard errors, plus 3e-3 for the weak O(√dt) bias of
    // Euler–Maruyama with reflection at the walls (measured ≈ 2e-3 at
    // dt = 4e-4, halving with dt).
    assertClose(m.mean, expected[c], { abs: 5 * m.se + 3e-3 }, `⟨x⟩ (${c})`);
  });
}

Deno.test("overdamped small-mass limit equals Itô at constant friction", async () => {
  const a = await boxMean("small-mass", 40);
  const b = await boxMean("ito", 40);
  // Same seed, same drift (T Γ' = 0): identical to the last bit.
  if (a.mean !== b.mean) throw new Error(`${a.mean} ≠ ${b.mean}`);
});

Deno.test("overdamped requires an explicit convention", async () => {
  let caught: unknown;
  try {
    await simulate(model, {
      potential: box({ from: 0, to: 1 }),
      method: "overdamped",
      trajectories: 1,
      dt: 1e-3,
      steps: 10,
      progress: false,
    });
  } catch (e) {
    caught = e;
  }
  assertThrowsWith(
    () => {
      throw caught;
    },
    TypeError,
    /explicit `convention`/,
  );
});

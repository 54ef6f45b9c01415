/**
 * The workloads shared by `builders_bench.ts` (Deno.bench) and
 * `builders_timing.ts` (JSON timings for `builders_compare.py`).
 *
 * @module
 */
import * as spectral from "../src/spectral/mod.ts";
import * as bath from "../src/bath/mod.ts";

/** Points per array workload. */
export const POINTS = 1_000_000;
/** Modes per discretization workload. */
export const MODES = 10_000;

const omegas = new Float64Array(POINTS).map((_, i) => 50 * (i + 0.5) / POINTS);
const times = new Float64Array(POINTS).map((_, i) => 10 * i / POINTS);
const out = new Float64Array(POINTS);

const drude = spectral.ohmic({
  gamma: 0.5,
  cutoff: { kind: "drude", frequency: 5 },
});
const expo1 = spectral.ohmic({
  gamma: 0.5,
  cutoff: { kind: "exponential", frequency: 5 },
});
const expo25 = spectral.ohmic({
  gamma: 0.5,
  cutoff: { kind: "exponential", frequency: 5 },
  exponent: 2.5,
});
const ud = spectral.underdamped({ coupling: 0.8, frequency: 2, width: 0.6 });

/** One benchmark case. */
export interface Case {
  readonly id: string;
  readonly label: string;
  readonly run: () => number;
}

function overJ(J: spectral.SpectralDensity): () => number {
  return () => {
    for (let i = 0; i < POINTS; i++) out[i] = J.at(omegas[i]);
    return out[POINTS - 1];
  };
}

function overGamma(J: spectral.SpectralDensity): () => number {
  return () => {
    for (let i = 0; i < POINTS; i++) out[i] = J.dampingKernel(times[i]);
    return out[POINTS - 1];
  };
}

/** The cases, with ids matched by the python comparison. */
export const CASES: readonly Case[] = [
  { id: "J_drude", label: "Drude J(ω) on 10⁶ points", run: overJ(drude) },
  {
    id: "J_exp25",
    label: "exponential s = 2.5 J(ω) on 10⁶ points",
    run: overJ(expo25),
  },
  {
    id: "J_underdamped",
    label: "underdamped J(ω) on 10⁶ points",
    run: overJ(ud),
  },
  {
    id: "gamma_drude",
    label: "Drude γ(t) on 10⁶ points",
    run: overGamma(drude),
  },
  {
    id: "gamma_exp1",
    label: "exponential s = 1 γ(t) on 10⁶ points",
    run: overGamma(expo1),
  },
  {
    id: "gamma_exp25",
    label: "exponential s = 2.5 γ(t) = Re(1 − iω_c t)^{−s} on 10⁶ points",
    run: overGamma(expo25),
  },
  {
    id: "gamma_underdamped",
    label: "underdamped γ(t) on 10⁶ points",
    run: overGamma(ud),
  },
  {
    id: "discretize_closed",
    label: "discretize Drude, 10⁴ equal-λ modes (closed form)",
    run: () => bath.discretize(drude, { modes: MODES }).frequencies[0],
  },
  {
    id: "discretize_numeric",
    label:
      "discretize exponential s = 2.5, 10⁴ equal-λ modes (numerical inversion)",
    run: () => bath.discretize(expo25, { modes: MODES }).frequencies[0],
  },
];

/**
 * Distribution checks of the uniform and normal samplers, at fixed seeds.
 *
 * Tolerances: a sample average of N i.i.d. values with variance σ² is within
 * 5σ/√N of its expectation (a 5.7·10⁻⁷ two-sided chance of a false failure
 * per check, for a fixed seed either always or never); σ² comes from the exact
 * moments of the target distribution, not from the sample. Skewness and
 * kurtosis are tested through the third and fourth moments about the known
 * mean, whose variances are again exact: for U(0, 1), E(u − ½)^{2k} =
 * 2^{−2k}/(2k + 1); for N(0, 1), E z^{2k} = (2k − 1)!!.
 */
import { assertClose } from "../_assert.ts";
import { type RandomGenerator, randomStream } from "../../src/random/mod.ts";

const GENERATORS: readonly RandomGenerator[] = [
  "xoshiro128**",
  "threefry4x32-20",
  "philox4x32-10",
];
const N = 1 << 20;
const K = 5;

/** Averages of (x − c)^p for p = 1..4. */
function moments(
  xs: Float64Array,
  c: number,
): [number, number, number, number] {
  let m1 = 0, m2 = 0, m3 = 0, m4 = 0;
  for (let k = 0; k < xs.length; k++) {
    const d = xs[k] - c, d2 = d * d;
    m1 += d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  const n = xs.length;
  return [m1 / n, m2 / n, m3 / n, m4 / n];
}

Deno.test("uniform moments: mean ½, variance 1/12, skewness 0, kurtosis 9/5 within 5σ/√N", () => {
  for (const generator of GENERATORS) {
    const u = randomStream(2026, 1, { generator }).fillUniform(
      new Float64Array(N),
    );
    const [m1, m2, m3, m4] = moments(u, 0.5);
    // E(u−½)^{2k} = 4^{−k}/(2k+1): 1/12, 1/80, 1/448, 1/2304.
    const e2 = 1 / 12, e4 = 1 / 80, e6 = 1 / 448, e8 = 1 / 2304;
    const se = (v: number) => K * Math.sqrt(v / N);
    assertClose(m1, 0, { abs: se(e2) }, `${generator} mean − ½`);
    assertClose(m2, e2, { abs: se(e4 - e2 * e2) }, `${generator} variance`);
    assertClose(m3, 0, { abs: se(e6) }, `${generator} third central moment`);
    assertClose(
      m4,
      e4,
      { abs: se(e8 - e4 * e4) },
      `${generator} fourth central moment`,
    );
  }
});

Deno.test("normal moments: mean 0, variance 1, skewness 0, kurtosis 3 within 5σ/√N", () => {
  for (const generator of GENERATORS) {
    const z = randomStream(2026, 2, { generator }).fillNormal(
      new Float64Array(N),
    );
    const [m1, m2, m3, m4] = moments(z, 0);
    // E z^{2k} = (2k−1)!!: 1, 3, 15, 105.
    const se = (v: number) => K * Math.sqrt(v / N);
    assertClose(m1, 0, { abs: se(1) }, `${generator} mean`);
    assertClose(m2, 1, { abs: se(3 - 1) }, `${generator} variance`);
    assertClose(m3, 0, { abs: se(15) }, `${generator} third moment`);
    assertClose(m4, 3, { abs: se(105 - 9) }, `${generator} fourth moment`);
  }
});

/**
 * Standard normal CDF Φ(z) = ½(1 + erf(z/√2)), with erf from the series
 * erf x = (2/√π) e^{−x²} Σₙ 2ⁿ x^{2n+1} / (1·3·…·(2n+1)), whose terms are all
 * positive (no cancellation: relative error ~1e-15). Beyond |z| = 8 the tail
 * mass is < 1e-15 and Φ is returned as 0 or 1. Absolute error < 1e-14, far
 * below the KS critical value ~4e-3 it serves.
 */
function normalCdf(z: number): number {
  if (z > 8) return 1;
  if (z < -8) return 0;
  const x = Math.abs(z) / Math.SQRT2, x2 = x * x;
  let term = x, sum = x;
  for (let n = 1; term > 1e-17 * sum; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
  }
  const erf = (2 / Math.sqrt(Math.PI)) * Math.exp(-x2) * sum;
  return z >= 0 ? 0.5 + 0.5 * erf : 0.5 - 0.5 * erf;
}

/** Kolmogorov–Smirnov statistic D = sup |F_N − F| of a sample (sorted in place). */
function ksStatistic(xs: Float64Array, cdf: (x: number) => number): number {
  xs.sort();
  const n = xs.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(xs[i]);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}

// Asymptotic Kolmogorov law: P(√N·D > t) ≈ 2 exp(−2t²) (the next term,
// 2 exp(−8t²), is ~1e-25 here). At significance α = 1e-6,
// t = √(ln(2/α)/2) = 2.6935, so the test fails only for a real discrepancy.
const KS_ALPHA = 1e-6;
const KS_T = Math.sqrt(Math.log(2 / KS_ALPHA) / 2);
const N_KS = 1 << 19;

Deno.test("Kolmogorov–Smirnov: normals follow Φ (α = 1e-6, D < 2.6935/√N)", () => {
  for (const generator of GENERATORS) {
    const z = randomStream(77, 0, { generator }).fillNormal(
      new Float64Array(N_KS),
    );
    const d = ksStatistic(z, normalCdf);
    const critical = KS_T / Math.sqrt(N_KS);
    if (!(d < critical)) {
      throw new Error(
        `${generator}: D = ${d} ≥ critical ${critical} (α = ${KS_ALPHA})`,
      );
    }
  }
});

Deno.test("Kolmogorov–Smirnov: uniforms follow U(0, 1) (α = 1e-6, D < 2.6935/√N)", () => {
  for (const generator of GENERATORS) {
    const u = randomStream(78, 0, { generator }).fillUniform(
      new Float64Array(N_KS),
    );
    const d = ksStatistic(u, (x) => x);
    const critical = KS_T / Math.sqrt(N_KS);
    if (!(d < critical)) {
      throw new Error(
        `${generator}: D = ${d} ≥ critical ${critical} (α = ${KS_ALPHA})`,
      );
    }
  }
});

Deno.test("ziggurat tails: P(|z| > t) for t = 3, r, 4, 4.5 within 5σ of the binomial count", () => {
  // P(|Z| > t) = erfc(t/√2) from tests/fixtures/random_ziggurat_constants.py
  // (mpmath 1.3.0, 50 digits); r = 3.6541528853610088 starts the ziggurat's
  // tail sampler, so counts beyond r exercise it directly.
  const cases: Array<[number, number]> = [
    [3, 0.0026997960632601891],
    [3.6541528853610088, 0.00025803248765390091],
    [4, 6.3342483666239843e-5],
    [4.5, 6.7953462494601208e-6],
  ];
  const n = 1 << 22;
  const z = randomStream(31, 0).fillNormal(new Float64Array(n));
  for (const [t, p] of cases) {
    let above = 0, below = 0;
    for (let k = 0; k < n; k++) {
      if (z[k] > t) above++;
      else if (z[k] < -t) below++;
    }
    const sd = Math.sqrt(n * p * (1 - p));
    assertClose(above + below, n * p, { abs: K * sd }, `|z| > ${t}`);
    // Each side separately: p/2, binomial σ.
    const sdSide = Math.sqrt((n * p) / 2 * (1 - p / 2));
    assertClose(above, (n * p) / 2, { abs: K * sdSide }, `z > ${t}`);
    assertClose(below, (n * p) / 2, { abs: K * sdSide }, `z < −${t}`);
  }
  // Beyond r, |z| should follow the normal tail law P(|Z| ≤ t | |Z| > r) =
  // 1 − Q(t)/Q(r) with Q(t) = Φ(−t); KS at α = 1e-6 on the ~1100 tail draws.
  const r = cases[1][0];
  const tail = new Float64Array(z.filter((x) => Math.abs(x) > r).map(Math.abs));
  const qr = normalCdf(-r);
  const d = ksStatistic(tail, (t) => 1 - normalCdf(-t) / qr);
  const critical = KS_T / Math.sqrt(tail.length);
  if (!(d < critical)) {
    throw new Error(
      `tail beyond r: D = ${d} ≥ ${critical} (n = ${tail.length})`,
    );
  }
});

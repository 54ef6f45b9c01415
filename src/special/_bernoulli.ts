/**
 * Even Bernoulli numbers B₂, B₄, … as doubles, computed once at load time in
 * exact rational arithmetic (BigInt) with the Akiyama–Tanigawa algorithm, so
 * no hand-typed table can be wrong.
 *
 * Source: M. Kaneko, "The Akiyama–Tanigawa algorithm for Bernoulli numbers",
 * J. Integer Sequences 3 (2000) 00.2.9.
 *
 * @module
 */

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Nearest double to n/d for arbitrarily large BigInts (d > 0). */
function ratioToNumber(n: bigint, d: bigint): number {
  const neg = n < 0n;
  if (neg) n = -n;
  // Scale so the integer quotient carries ≥ 64 significant bits.
  const shift = BigInt(
    Math.max(0, 64 - (n.toString(2).length - d.toString(2).length)),
  );
  const q = (n << shift) / d;
  const v = Number(q) / 2 ** Number(shift);
  return neg ? -v : v;
}

function computeEven(count: number): Float64Array {
  const nMax = 2 * count;
  const num: bigint[] = [], den: bigint[] = [];
  const out = new Float64Array(count + 1); // out[k] = B_{2k}
  for (let m = 0; m <= nMax; m++) {
    num[m] = 1n;
    den[m] = BigInt(m + 1);
    for (let j = m; j >= 1; j--) {
      // A[j−1] = j·(A[j−1] − A[j])
      let n = (num[j - 1] * den[j] - num[j] * den[j - 1]) * BigInt(j);
      let d = den[j - 1] * den[j];
      const g = gcd(n, d);
      if (g > 1n) {
        n /= g;
        d /= g;
      }
      num[j - 1] = n;
      den[j - 1] = d;
    }
    if (m % 2 === 0) out[m / 2] = ratioToNumber(num[0], den[0]);
  }
  return out;
}

/** B_{2k} for k = 0 … 30 (index k); B₀ = 1, B₂ = 1/6, B₄ = −1/30, … */
export const BERNOULLI_EVEN: Float64Array = computeEven(30);

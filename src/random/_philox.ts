/**
 * Philox4x32-10 block function in 32-bit integer arithmetic (private).
 *
 * Salmon, Moraes, Dror & Shaw, "Parallel random numbers: as easy as 1, 2, 3",
 * Proc. SC'11 (2011), §4.2. One round maps the counter (c0, c1, c2, c3) with
 * round key (k0, k1) to
 *   (hi(M1·c2) ⊕ c1 ⊕ k0, lo(M1·c2), hi(M0·c0) ⊕ c3 ⊕ k1, lo(M0·c0)),
 * and the key is bumped by the Weyl constants (W0, W1) between rounds.
 *
 * The 64-bit products are split without BigInt: `Math.imul` gives the low
 * word exactly, and the high word is recovered from the double-precision
 * product. For a, b < 2^32 the exact product P = hi·2^32 + lo is below 2^64,
 * so `a * b` carries an absolute rounding error of at most 2^10 and
 * `a * b - lo` one more of at most 2^10; divided by 2^32 this is a distance
 * below 2^-21 from the integer `hi`, which adding ½ and truncating (the
 * ToInt32 of a `^`) recovers exactly. `tests/random/philox_test.ts` checks
 * this against BigInt on random and extreme words.
 *
 * @module
 */

/** Philox4x32 multiplier applied to counter word 0. */
export const PHILOX_M0 = 0xd2511f53;
/** Philox4x32 multiplier applied to counter word 2. */
export const PHILOX_M1 = 0xcd9e8d57;
/** Weyl increment of key word 0 (golden ratio). */
export const PHILOX_W0 = 0x9e3779b9;
/** Weyl increment of key word 1 (√3 − 1). */
export const PHILOX_W1 = 0xbb67ae85;
/** Number of rounds (the Crush-resistant choice recommended by the paper). */
export const PHILOX_ROUNDS = 10;

const TWO_M32 = 2 ** -32;

/**
 * The ten round keys of key (k0, k1): entries 2r and 2r + 1 are the key of
 * round r, as signed 32-bit integers.
 */
export function philoxRoundKeys(k0: number, k1: number): Int32Array {
  const rk = new Int32Array(2 * PHILOX_ROUNDS);
  for (let r = 0; r < PHILOX_ROUNDS; r++) {
    rk[2 * r] = k0 + Math.imul(r, PHILOX_W0);
    rk[2 * r + 1] = k1 + Math.imul(r, PHILOX_W1);
  }
  return rk;
}

/**
 * Writes Philox4x32-10(counter = (c0, c1, c2, c3), key) into
 * `out[at .. at + 3]`. Counter words are unsigned 32-bit integers; `rk` comes
 * from {@linkcode philoxRoundKeys}.
 */
export function philoxBlock(
  c0: number,
  c1: number,
  c2: number,
  c3: number,
  rk: Int32Array,
  out: Uint32Array,
  at: number,
): void {
  let x0 = c0 >>> 0, x1 = c1 | 0, x2 = c2 >>> 0, x3 = c3 | 0;
  for (let r = 0; r < 2 * PHILOX_ROUNDS; r += 2) {
    const lo0 = Math.imul(PHILOX_M0, x0) >>> 0;
    const lo1 = Math.imul(PHILOX_M1, x2) >>> 0;
    const hi0 = (PHILOX_M0 * x0 - lo0) * TWO_M32 + 0.5;
    const hi1 = (PHILOX_M1 * x2 - lo1) * TWO_M32 + 0.5;
    x0 = (hi1 ^ x1 ^ rk[r]) >>> 0;
    x1 = lo1;
    x2 = (hi0 ^ x3 ^ rk[r + 1]) >>> 0;
    x3 = lo0;
  }
  out[at] = x0;
  out[at + 1] = x1;
  out[at + 2] = x2;
  out[at + 3] = x3;
}

/**
 * Writes the four consecutive blocks with counters (b + l, i0, i1), l = 0..3,
 * where b = blockHigh·2³² + blockLow (carry included), into `out[at .. at + 15]`. Same
 * arithmetic as {@linkcode philoxBlock}, four lanes interleaved so that the
 * multiplications of independent blocks overlap (about 2× the throughput of
 * one block at a time in V8).
 */
export function philoxBlocks4(
  blockLow: number,
  blockHigh: number,
  i0: number,
  i1: number,
  rk: Int32Array,
  out: Uint32Array,
  at: number,
): void {
  let a0 = (blockLow + 0) | 0,
    b0 = (blockLow + 0 > 0xffffffff ? blockHigh + 1 : blockHigh) | 0;
  let c0 = i0 | 0, d0 = i1 | 0;
  let a1 = (blockLow + 1) | 0,
    b1 = (blockLow + 1 > 0xffffffff ? blockHigh + 1 : blockHigh) | 0;
  let c1 = i0 | 0, d1 = i1 | 0;
  let a2 = (blockLow + 2) | 0,
    b2 = (blockLow + 2 > 0xffffffff ? blockHigh + 1 : blockHigh) | 0;
  let c2 = i0 | 0, d2 = i1 | 0;
  let a3 = (blockLow + 3) | 0,
    b3 = (blockLow + 3 > 0xffffffff ? blockHigh + 1 : blockHigh) | 0;
  let c3 = i0 | 0, d3 = i1 | 0;
  for (let r = 0; r < 2 * PHILOX_ROUNDS; r += 2) {
    const k0 = rk[r], k1 = rk[r + 1];
    const la0 = Math.imul(PHILOX_M0, a0), lc0 = Math.imul(PHILOX_M1, c0);
    const ha0 = (PHILOX_M0 * (a0 >>> 0) - (la0 >>> 0)) * TWO_M32 + 0.5;
    const hc0 = (PHILOX_M1 * (c0 >>> 0) - (lc0 >>> 0)) * TWO_M32 + 0.5;
    a0 = hc0 ^ b0 ^ k0;
    b0 = lc0;
    c0 = ha0 ^ d0 ^ k1;
    d0 = la0;
    const la1 = Math.imul(PHILOX_M0, a1), lc1 = Math.imul(PHILOX_M1, c1);
    const ha1 = (PHILOX_M0 * (a1 >>> 0) - (la1 >>> 0)) * TWO_M32 + 0.5;
    const hc1 = (PHILOX_M1 * (c1 >>> 0) - (lc1 >>> 0)) * TWO_M32 + 0.5;
    a1 = hc1 ^ b1 ^ k0;
    b1 = lc1;
    c1 = ha1 ^ d1 ^ k1;
    d1 = la1;
    const la2 = Math.imul(PHILOX_M0, a2), lc2 = Math.imul(PHILOX_M1, c2);
    const ha2 = (PHILOX_M0 * (a2 >>> 0) - (la2 >>> 0)) * TWO_M32 + 0.5;
    const hc2 = (PHILOX_M1 * (c2 >>> 0) - (lc2 >>> 0)) * TWO_M32 + 0.5;
    a2 = hc2 ^ b2 ^ k0;
    b2 = lc2;
    c2 = ha2 ^ d2 ^ k1;
    d2 = la2;
    const la3 = Math.imul(PHILOX_M0, a3), lc3 = Math.imul(PHILOX_M1, c3);
    const ha3 = (PHILOX_M0 * (a3 >>> 0) - (la3 >>> 0)) * TWO_M32 + 0.5;
    const hc3 = (PHILOX_M1 * (c3 >>> 0) - (lc3 >>> 0)) * TWO_M32 + 0.5;
    a3 = hc3 ^ b3 ^ k0;
    b3 = lc3;
    c3 = ha3 ^ d3 ^ k1;
    d3 = la3;
  }
  out[at + 0] = a0;
  out[at + 1] = b0;
  out[at + 2] = c0;
  out[at + 3] = d0;
  out[at + 4] = a1;
  out[at + 5] = b1;
  out[at + 6] = c1;
  out[at + 7] = d1;
  out[at + 8] = a2;
  out[at + 9] = b2;
  out[at + 10] = c2;
  out[at + 11] = d2;
  out[at + 12] = a3;
  out[at + 13] = b3;
  out[at + 14] = c3;
  out[at + 15] = d3;
}

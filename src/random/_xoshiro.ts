/**
 * xoshiro128** in 32-bit integer arithmetic (private).
 *
 * Blackman & Vigna, "Scrambled linear pseudorandom number generators",
 * ACM Trans. Math. Softw. 47(4), 36 (2021): an F₂-linear engine on four
 * 32-bit words (xor, shift, rotate; period 2¹²⁸ − 1, every non-zero state)
 * whose output is scrambled by rotl(s₁ · 5, 7) · 9. The authors report that
 * xoshiro128** passes TestU01's BigCrush and PractRand up to the sizes they
 * tested; unlike xoshiro128+ its low bits are not linear, so every bit of a
 * word may be used (the ziggurat takes the layer from the low byte).
 *
 * One word costs about a dozen single-cycle operations, against about 36 per
 * word for Threefry4x32-20, which is why it is the default engine of a
 * stream; each stream's initial state comes from Threefry4x32-20 (see
 * stream.ts), so the generator is still a function of (seed, index) only.
 *
 * @module
 */

/**
 * Writes the next `count` outputs of the xoshiro128** state `s` (four words,
 * read and advanced in place) into `out[at .. at + count − 1]`.
 */
export function xoshiroFill(
  s: Int32Array,
  out: Uint32Array,
  at: number,
  count: number,
): void {
  let s0 = s[0], s1 = s[1], s2 = s[2], s3 = s[3];
  const end = at + count;
  for (let w = at; w < end; w++) {
    // ·5 and ·9 as shift-and-add: exact modulo 2³², like Math.imul.
    const a = (s1 + (s1 << 2)) | 0;
    const r = (a << 7) | (a >>> 25);
    out[w] = (r + (r << 3)) | 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
  }
  s[0] = s0;
  s[1] = s1;
  s[2] = s2;
  s[3] = s3;
}

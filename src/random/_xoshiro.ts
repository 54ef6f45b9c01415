/**
 * `xoshiro128**` in 32-bit integer arithmetic (private).
 *
 * Blackman & Vigna, "Scrambled linear pseudorandom number generators",
 * ACM Trans. Math. Softw. 47(4), 36 (2021): an F₂-linear engine on four
 * 32-bit words (xor, shift, rotate; period 2¹²⁸ − 1, every non-zero state)
 * whose output is scrambled by rotl(s₁ · 5, 7) · 9. The authors report that
 * `xoshiro128**` passes TestU01's BigCrush and PractRand up to the sizes they
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
import { ZIG_K, ZIG_W } from "./_ziggurat.ts";

const TWO_32 = 2 ** 32;

/**
 * Writes the next `count` outputs of the `xoshiro128**` state `s` (four words,
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

/**
 * Standard normals straight from the `xoshiro128**` state `s` (advanced in
 * place), by the core branch of the ziggurat in stream.ts: each normal takes
 * two outputs (u0, u1), layer u0 & 255, sign bit 8, 53-bit abscissa from the
 * top 21 bits of u0 and all of u1. Writes mean + sd · z to out[from], … and
 * returns the index k where it stopped: k = to, or k < to when the pair
 * drawn for out[k] fell outside the core; that pair is left in
 * `pending[0..1]` for the caller's full ziggurat step.
 *
 * The words never pass through a buffer, and the state stays in registers:
 * this is `RandomStream.fillNormal`'s path when its word buffer is empty.
 */
export function xoshiroNormals(
  s: Int32Array,
  out: Float64Array,
  from: number,
  to: number,
  mean: number,
  sd: number,
  pending: Uint32Array,
): number {
  let s0 = s[0], s1 = s[1], s2 = s[2], s3 = s[3];
  let k = from;
  for (; k < to; k++) {
    let a = (s1 + (s1 << 2)) | 0;
    let r = (a << 7) | (a >>> 25);
    const u0 = (r + (r << 3)) | 0;
    let t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    a = (s1 + (s1 << 2)) | 0;
    r = (a << 7) | (a >>> 25);
    const u1 = (r + (r << 3)) >>> 0;
    t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    const m = (u0 >>> 11) * TWO_32 + u1;
    if (m >= ZIG_K[u0 & 255]) {
      pending[0] = u0;
      pending[1] = u1;
      break;
    }
    out[k] = mean + sd * (m * ZIG_W[u0 & 511]);
  }
  s[0] = s0;
  s[1] = s1;
  s[2] = s2;
  s[3] = s3;
  return k;
}

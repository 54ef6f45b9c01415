/**
 * Reflecting walls: folding a position that left [lo, hi] back into the
 * box by as many mirror reflections as it takes. Private.
 *
 * @module
 */

/**
 * Number of wall reflections that bring x into [lo, hi]: the k with
 * lo + kL ≤ x < lo + (k+1)L, L = hi − lo (k ≠ 0 only outside the box).
 */
export function wallCrossings(x: number, lo: number, hi: number): number {
  return Math.floor((x - lo) / (hi - lo));
}

/**
 * x folded into [lo, hi] by repeated mirror reflection at both walls (the
 * velocity changes sign when `wallCrossings` is odd). Exact for a jump of
 * any size, unlike a single reflection per step.
 */
export function foldIntoBox(x: number, lo: number, hi: number): number {
  const L = hi - lo;
  const k = wallCrossings(x, lo, hi);
  const y = Math.min(L, Math.max(0, x - lo - k * L));
  return k % 2 === 0 ? lo + y : hi - y;
}

/**
 * Tables of the 256-layer ziggurat for the standard normal (private).
 *
 * Marsaglia & Tsang, "The ziggurat method for generating random variables",
 * J. Stat. Softw. 5(8) (2000). The region under f(x) = exp(−x²/2), x ≥ 0, is
 * covered by 256 pieces of equal area v: layer 0 is the strip [0, r] × [0, f(r)]
 * plus the tail x > r (given the pseudo-width x₀ = v / f(r)); layer i ≥ 1 is
 * the rectangle [0, xᵢ] × [f(xᵢ), f(xᵢ₊₁)] with x₁ = r, xᵢ₊₁ = f⁻¹(f(xᵢ) + v / xᵢ)
 * and x₂₅₆ = 0. The constants r and v solve the closure condition (the top
 * rectangle has area v too); they were computed at 50 digits by
 * `tests/fixtures/random_ziggurat_constants.py`, and replaying the recurrence
 * in double precision leaves a relative area mismatch of 1.2e-13 in the top
 * layer (a bias no test with fewer than ~10²⁶ samples can see).
 *
 * @module
 */

/** Number of layers. */
export const ZIG_LAYERS = 256;
/** Start of the tail, x₁ = r. */
export const ZIG_R = 3.654152885361009;
/** Common area of the layers, v (of exp(−x²/2), not normalized). */
export const ZIG_V = 0.004928673233974655;

/** Right edges xᵢ, i = 0..256 (x₀ = v / f(r), x₁ = r, x₂₅₆ = 0). */
export const ZIG_X: Float64Array = new Float64Array(ZIG_LAYERS + 1);
/** fᵢ = exp(−xᵢ²/2), i = 0..256 (f₂₅₆ = 1). */
export const ZIG_F: Float64Array = new Float64Array(ZIG_LAYERS + 1);
/**
 * Signed scale from a 53-bit integer m to the abscissa: entry j = i + 256·s
 * (layer i, sign bit s) is (−1)ˢ · xᵢ / 2⁵³, so x = m · w_j. Folding the sign
 * into the table spares the hot loop an unpredictable branch.
 */
export const ZIG_W: Float64Array = new Float64Array(2 * ZIG_LAYERS);
/**
 * Core threshold: m < kᵢ ⇔ x < xᵢ₊₁, i.e. the point lies inside the part of
 * layer i that is entirely under the curve and is accepted at once.
 */
export const ZIG_K: Float64Array = new Float64Array(ZIG_LAYERS);

{
  const f = (x: number): number => Math.exp(-0.5 * x * x);
  ZIG_X[0] = ZIG_V / f(ZIG_R);
  ZIG_X[1] = ZIG_R;
  for (let i = 1; i < ZIG_LAYERS - 1; i++) {
    ZIG_X[i + 1] = Math.sqrt(-2 * Math.log(f(ZIG_X[i]) + ZIG_V / ZIG_X[i]));
  }
  ZIG_X[ZIG_LAYERS] = 0;
  for (let i = 0; i <= ZIG_LAYERS; i++) ZIG_F[i] = f(ZIG_X[i]);
  const two53 = 2 ** 53;
  for (let i = 0; i < ZIG_LAYERS; i++) {
    ZIG_W[i] = ZIG_X[i] / two53;
    ZIG_W[i + ZIG_LAYERS] = -ZIG_X[i] / two53;
    ZIG_K[i] = (ZIG_X[i + 1] / ZIG_X[i]) * two53;
  }
}

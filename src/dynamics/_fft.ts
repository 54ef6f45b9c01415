/**
 * In-place iterative radix-2 complex FFT (Cooley–Tukey), used to colour
 * white noise by spectral filtering. Private.
 *
 * @module
 */

/** Precomputed twiddles and bit reversal for one power-of-two length. */
export class Fft {
  readonly length: number;
  private readonly cos: Float64Array;
  private readonly sin: Float64Array;
  private readonly rev: Uint32Array;

  constructor(length: number) {
    if (!(length >= 2 && (length & (length - 1)) === 0)) {
      throw new RangeError(
        `Cannot plan an FFT: \`length\` must be a power of two ≥ 2, but got ${length}`,
      );
    }
    this.length = length;
    const half = length >> 1;
    this.cos = new Float64Array(half);
    this.sin = new Float64Array(half);
    for (let k = 0; k < half; k++) {
      this.cos[k] = Math.cos(2 * Math.PI * k / length);
      this.sin[k] = Math.sin(2 * Math.PI * k / length);
    }
    this.rev = new Uint32Array(length);
    let bits = 0;
    while ((1 << bits) < length) bits++;
    for (let i = 0; i < length; i++) {
      let r = 0;
      for (let b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
      this.rev[i] = r;
    }
  }

  /**
   * Transforms (re, im) in place: X_m = Σ_n x_n e^{∓2πi mn/L}, the minus
   * sign for `inverse = false`. No 1/L normalization.
   */
  transform(re: Float64Array, im: Float64Array, inverse: boolean): void {
    const n = this.length, rev = this.rev;
    for (let i = 0; i < n; i++) {
      const j = rev[i];
      if (j > i) {
        let t = re[i];
        re[i] = re[j];
        re[j] = t;
        t = im[i];
        im[i] = im[j];
        im[j] = t;
      }
    }
    const sign = inverse ? 1 : -1;
    for (let size = 2; size <= n; size <<= 1) {
      const halfSize = size >> 1, step = n / size;
      for (let start = 0; start < n; start += size) {
        for (let k = 0; k < halfSize; k++) {
          const wr = this.cos[k * step], wi = sign * this.sin[k * step];
          const a = start + k, b = a + halfSize;
          const tr = re[b] * wr - im[b] * wi;
          const ti = re[b] * wi + im[b] * wr;
          re[b] = re[a] - tr;
          im[b] = im[a] - ti;
          re[a] += tr;
          im[a] += ti;
        }
      }
    }
  }
}

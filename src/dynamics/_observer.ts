/**
 * Streams one trajectory's observations into a block's partial sums, so that
 * memory does not grow with trajectories × steps. Private.
 *
 * @module
 */
import type { BlockSums, Plan } from "./_plan.ts";

/** Per-trajectory accumulator writing into {@linkcode BlockSums}. */
export class Observer {
  private readonly records: number;
  private readonly windowStart: number;
  private readonly hFrom: number;
  private readonly hScale: number;
  private readonly hBins: number;
  private readonly vFrom: number;
  private readonly vScale: number;
  private readonly vBins: number;
  private readonly n: Float64Array;
  private readonly s: Float64Array;
  private readonly vcount: Float64Array;
  private readonly e0: Float64Array;
  private readonly eStart: Float64Array;
  private readonly keep: number;
  private path: { index: number; x: Float64Array; v: Float64Array } | undefined;

  constructor(plan: Plan, private readonly sums: BlockSums) {
    this.records = plan.records;
    this.windowStart = plan.windowStart;
    const h = plan.histogram;
    this.hBins = h?.bins ?? 0;
    this.hFrom = h?.from ?? 0;
    this.hScale = h ? h.bins / (h.to - h.from) : 0;
    const vh = plan.velocityHistogram;
    this.vBins = vh?.bins ?? 0;
    this.vFrom = vh?.from ?? 0;
    this.vScale = vh ? vh.bins / (vh.to - vh.from) : 0;
    this.n = new Float64Array(this.hBins);
    this.s = new Float64Array(this.hBins);
    this.vcount = new Float64Array(this.vBins);
    const nb = sums.heat.length;
    this.e0 = new Float64Array(nb);
    this.eStart = new Float64Array(nb);
    this.keep = plan.keep;
  }

  /** Starts trajectory `index`. */
  begin(index: number): void {
    this.n.fill(0);
    this.s.fill(0);
    this.vcount.fill(0);
    this.path = index < this.keep
      ? {
        index,
        x: new Float64Array(this.records),
        v: new Float64Array(this.records),
      }
      : undefined;
  }

  /** Records position x and velocity v (NaN when there is none) at record r. */
  record(r: number, x: number, v: number): void {
    const S = this.sums;
    S.x[r] += x;
    S.x2[r] += x * x;
    S.v[r] += v;
    S.v2[r] += v * v;
    if (this.path) {
      this.path.x[r] = x;
      this.path.v[r] = v;
    }
    if (r < this.windowStart) return;
    if (this.hBins > 0) {
      const b = Math.floor((x - this.hFrom) * this.hScale);
      if (b >= 0 && b < this.hBins) {
        this.n[b] += 1;
        this.s[b] += v * v;
      } else if (x === this.hFrom + this.hBins / this.hScale) {
        // The right edge belongs to the last bin (walls put mass exactly there).
        this.n[this.hBins - 1] += 1;
        this.s[this.hBins - 1] += v * v;
      }
    }
    if (this.vBins > 0) {
      const b = Math.floor((v - this.vFrom) * this.vScale);
      if (b >= 0 && b < this.vBins) this.vcount[b] += 1;
    }
  }

  /** Records the energy e of bath j at record r. */
  recordBath(r: number, j: number, e: number): void {
    if (r === 0) this.e0[j] = e;
    if (r === this.windowStart) this.eStart[j] = e;
    this.sums.bathEnergy[j * this.records + r] += e - this.e0[j];
    if (r === this.records - 1) {
      const q = e - this.eStart[j];
      this.sums.heat[j] += q;
      this.sums.heat2[j] += q * q;
    }
  }

  /** Ends the current trajectory. */
  end(): void {
    const S = this.sums;
    S.count += 1;
    for (let b = 0; b < this.hBins; b++) {
      const n = this.n[b], s = this.s[b];
      S.hn[b] += n;
      S.hn2[b] += n * n;
      S.hs[b] += s;
      S.hs2[b] += s * s;
      S.hsn[b] += s * n;
    }
    for (let b = 0; b < this.vBins; b++) {
      const n = this.vcount[b];
      S.vn[b] += n;
      S.vn2[b] += n * n;
    }
    if (this.path) S.paths.push(this.path);
  }
}

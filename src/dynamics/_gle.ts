/**
 * Generalized Langevin equation by Markovian embedding. Private; the method
 * is documented on `simulate`.
 *
 * Bath j couples through u_j(X − y_j); its memory is
 * γ_j(t) = Σ_i a_i e^{−r_i t}. Auxiliary variables ζ_{ji} carry the memory
 * force, dζ = −r ζ dt + M a u'_j(X) V dt, and the particle feels
 * −Σ_j u'_j(X) (Σ_i ζ_{ji} − ξ_j(t)). Classical noise is embedded too
 * (s = ζ − ξ_i, each ξ_i an OU process with ⟨ξ_i ξ_i⟩ = M a_i T e^{−r_i t});
 * quantum noise ξ_j is pre-generated per trajectory by FFT filtering.
 * Classical noise following the particle (gCLm-I) keeps friction and noise
 * apart: ζ carries only the memory friction, a reference OU noise η_i at
 * unit temperature is read out as ξ(t) = √(k_BT(X(t)))·Σ_i η_i(t) at the
 * current position (physics.md §6: the noise at time t has the statistics
 * of T(X(t)), not of the temperatures where it was injected).
 *
 * @module
 */
import { randomStream } from "../random/mod.ts";
import type { LangevinModel } from "./model.ts";
import type { Potential } from "./potentials.ts";
import type { BlockSums, Plan } from "./_plan.ts";
import { Observer } from "./_observer.ts";
import { foldIntoBox, wallCrossings } from "./_walls.ts";
import { formFactorSlope } from "./_form_factor.ts";
import { Fft } from "./_fft.ts";
import { blockContext, initialVelocity, leftDomain } from "./_block.ts";

const NORMALS = 1024;

/**
 * Fills `out[t]` (t = 0 … steps) with one realization of each requested
 * filter applied to the same white noise: out_f = IFFT(FFT(z)·h_f)/L.
 */
function colouredNoise(
  fft: Fft,
  rng: { fillNormal(out: Float64Array): Float64Array },
  filters: readonly Float64Array[],
  outs: readonly Float64Array[],
  re: Float64Array,
  im: Float64Array,
  zr: Float64Array,
  zi: Float64Array,
): void {
  const L = fft.length;
  rng.fillNormal(zr);
  zi.fill(0);
  fft.transform(zr, zi, false);
  for (let f = 0; f < filters.length; f++) {
    const h = filters[f], out = outs[f];
    for (let m = 0; m < L; m++) {
      re[m] = zr[m] * h[m];
      im[m] = zi[m] * h[m];
    }
    fft.transform(re, im, true);
    for (let t = 0; t < out.length; t++) out[t] = re[t] / L;
  }
}

/** Runs one block of trajectories with the embedded GLE. */
export function runGleBlock(
  plan: Plan,
  model: LangevinModel | undefined,
  potential: Potential,
  block: number,
  sums: BlockSums,
  onTrajectory: () => void,
): void {
  const c = blockContext(plan, potential, model, "gle", block);
  const { dt, half, steps, every, force, follows, quantum } = c;
  const { dlo, dhi, wlo, whi, first, last } = c, M = c.mass;
  const temperatureAt = (x: number): number =>
    model ? model.temperature(x) : plan.baths[0].temperature;
  const nb = plan.baths.length;
  // Flattened auxiliary variables and their per-term constants.
  let nAux = 0;
  const auxStart = new Int32Array(nb + 1);
  for (let j = 0; j < nb; j++) {
    auxStart[j] = nAux;
    nAux += plan.baths[j].memory?.rates.length ?? 0;
  }
  auxStart[nb] = nAux;
  const decay = new Float64Array(nAux), drive = new Float64Array(nAux);
  const noiseVar = new Float64Array(nAux), amp = new Float64Array(nAux);
  for (let j = 0; j < nb; j++) {
    const mem = plan.baths[j].memory;
    if (!mem) continue;
    for (let i = 0; i < mem.rates.length; i++) {
      const q = auxStart[j] + i, r = mem.rates[i], a = mem.amplitudes[i];
      decay[q] = Math.exp(-r * dt);
      drive[q] = M * a * (-Math.expm1(-r * dt)) / r;
      noiseVar[q] = M * a * (-Math.expm1(-2 * r * dt));
      amp[q] = M * a;
    }
  }
  const aux = new Float64Array(nAux);
  // Classical noise following the particle: reference noise at k_BT = 1,
  // read out with √T(X(t)) (aux then holds the friction part only).
  const readout = follows && !quantum;
  const ref = new Float64Array(readout ? nAux : 0);
  const buf = new Float64Array(NORMALS);
  // Quantum noise buffers.
  const L = plan.fftLength;
  const fft = quantum ? new Fft(L) : undefined;
  const nodes = plan.noiseTemperatures;
  const nNodes = follows && nodes ? nodes.length : 1;
  const noise: Float64Array[][] = [];
  const re = new Float64Array(quantum ? L : 0),
    im = new Float64Array(quantum ? L : 0);
  const zr = new Float64Array(quantum ? L : 0),
    zi = new Float64Array(quantum ? L : 0);
  if (quantum) {
    for (let j = 0; j < nb; j++) {
      const row: Float64Array[] = [];
      for (let f = 0; f < nNodes; f++) row.push(new Float64Array(steps + 1));
      noise.push(row);
    }
  }
  const xi = new Float64Array(nb);
  const noiseAt = (n: number, x: number): void => {
    if (!follows || !nodes) {
      for (let j = 0; j < nb; j++) xi[j] = noise[j][0][n];
      return;
    }
    const T = temperatureAt(x);
    let lo = 0;
    const last = nodes.length - 1;
    if (T >= nodes[last]) lo = last - 1;
    else {
      while (lo < last - 1 && nodes[lo + 1] <= T) lo++;
    }
    const w = Math.min(
      1,
      Math.max(0, (T - nodes[lo]) / (nodes[lo + 1] - nodes[lo])),
    );
    for (let j = 0; j < nb; j++) {
      xi[j] = (1 - w) * noise[j][lo][n] + w * noise[j][lo + 1][n];
    }
  };
  const bathForce = (x: number, n: number): number => {
    let s = 0;
    if (quantum) noiseAt(n, x);
    const rootT = readout ? Math.sqrt(temperatureAt(x)) : 0;
    for (let j = 0; j < nb; j++) {
      const b = plan.baths[j];
      const u = formFactorSlope(b.formFactor, x - b.site);
      let z = quantum ? -xi[j] : 0;
      for (let q = auxStart[j]; q < auxStart[j + 1]; q++) z += aux[q];
      if (readout) {
        let e = 0;
        for (let q = auxStart[j]; q < auxStart[j + 1]; q++) e += ref[q];
        z -= rootT * e;
      }
      s -= u * z;
    }
    return s;
  };
  const obs = new Observer(plan, sums);
  for (let i = first; i < last; i++) {
    const rng = randomStream(plan.seed, i, plan.random);
    rng.fillNormal(buf);
    let k = 0;
    let x = plan.initialPosition;
    let v = initialVelocity(plan, buf[k++]);
    if (quantum && fft) {
      for (let j = 0; j < nb; j++) {
        const b = plan.baths[j];
        const filters = follows && b.noiseFilters
          ? b.noiseFilters
          : [b.noiseFilter ?? new Float64Array(L)];
        colouredNoise(fft, rng, filters, noise[j], re, im, zr, zi);
      }
      aux.fill(0);
    } else if (readout) {
      // Friction starts from rest (no velocity history); the reference
      // noise starts stationary.
      aux.fill(0);
      for (let q = 0; q < nAux; q++) {
        if (k === NORMALS) {
          rng.fillNormal(buf);
          k = 0;
        }
        ref[q] = Math.sqrt(amp[q]) * buf[k++];
      }
    } else {
      for (let j = 0; j < nb; j++) {
        const Tj = plan.baths[j].temperature;
        for (let q = auxStart[j]; q < auxStart[j + 1]; q++) {
          if (k === NORMALS) {
            rng.fillNormal(buf);
            k = 0;
          }
          aux[q] = Math.sqrt(amp[q] * Tj) * buf[k++];
        }
      }
    }
    obs.begin(i);
    let hits = 0;
    obs.record(0, x, v);
    let f = force(x) + bathForce(x, 0);
    let r = 1, untilRecord = every;
    for (let n = 1; n <= steps; n++) {
      v += half * f / M;
      x += half * v;
      if (x < wlo) {
        x = 2 * wlo - x;
        v = -v;
        hits++;
      } else if (x > whi) {
        x = 2 * whi - x;
        v = -v;
        hits++;
      }
      if (x < wlo || x > whi) {
        // A jump longer than the box: fold by repeated reflection.
        if (wallCrossings(x, wlo, whi) % 2 !== 0) v = -v;
        x = foldIntoBox(x, wlo, whi);
      }
      if (!(x >= dlo && x <= dhi)) leftDomain(plan, i, n, x);
      for (let j = 0; j < nb; j++) {
        const b = plan.baths[j];
        const u = formFactorSlope(b.formFactor, x - b.site);
        const Tj = b.temperature;
        for (let q = auxStart[j]; q < auxStart[j + 1]; q++) {
          let s = decay[q] * aux[q] + drive[q] * u * v;
          if (readout) {
            if (k === NORMALS) {
              rng.fillNormal(buf);
              k = 0;
            }
            ref[q] = decay[q] * ref[q] + Math.sqrt(noiseVar[q]) * buf[k++];
          } else if (!quantum) {
            if (k === NORMALS) {
              rng.fillNormal(buf);
              k = 0;
            }
            s -= Math.sqrt(noiseVar[q] * Tj) * buf[k++];
          }
          aux[q] = s;
        }
      }
      x += half * v;
      if (x < wlo) {
        x = 2 * wlo - x;
        v = -v;
        hits++;
      } else if (x > whi) {
        x = 2 * whi - x;
        v = -v;
        hits++;
      }
      if (x < wlo || x > whi) {
        // A jump longer than the box: fold by repeated reflection.
        if (wallCrossings(x, wlo, whi) % 2 !== 0) v = -v;
        x = foldIntoBox(x, wlo, whi);
      }
      f = force(x) + bathForce(x, n);
      v += half * f / M;
      if (--untilRecord === 0) {
        untilRecord = every;
        obs.record(r++, x, v);
      }
    }
    obs.end();
    sums.wallHits += hits;
    onTrajectory();
  }
}

/**
 * Particle plus explicit harmonic baths, integrated by the symplectic Strang
 * splitting H = P²/2M + [V(X) + H_bath(X, x, p)]: half drift of X, then the
 * exact flow of the second part at fixed X (every mode rotates exactly about
 * its displaced centre c u(X − y)/(mω²) and P receives the exact time
 * integral of the bath force), then half drift. Private; the method is
 * documented on `simulate`.
 *
 * @module
 */
import { randomStream } from "../random/mod.ts";
import type { LangevinModel } from "./model.ts";
import type { Potential } from "./potentials.ts";
import type { BlockSums, Plan } from "./_plan.ts";
import { Observer } from "./_observer.ts";
import { foldIntoBox, wallCrossings } from "./_walls.ts";
import { formFactorSlope, formFactorValue } from "./_form_factor.ts";
import { fillThermal } from "../bath/mod.ts";
import { blockContext, initialVelocity, leftDomain } from "./_block.ts";

/** θ(ω, T) = (ħω/2) coth(ħω/2k_BT), T ≥ 0 (ħ = k_B = 1). */
function theta(omega: number, T: number): number {
  if (T <= 0) return 0.5 * omega;
  return 0.5 * omega * (1 + 2 / Math.expm1(omega / T));
}

/** Runs one block of trajectories with explicit baths. */
export function runExplicitBlock(
  plan: Plan,
  model: LangevinModel | undefined,
  potential: Potential,
  block: number,
  sums: BlockSums,
  onTrajectory: () => void,
): void {
  const c = blockContext(plan, potential, model, "explicit-bath", block);
  const { dt, half, steps, every, force, follows, quantum } = c;
  const { dlo, dhi, wlo, whi, first, last } = c, M = c.mass;
  const nb = plan.baths.length;
  const start = new Int32Array(nb + 1);
  let N = 0;
  for (let j = 0; j < nb; j++) {
    start[j] = N;
    N += plan.baths[j].frequencies?.length ?? 0;
  }
  start[nb] = N;
  // Per-mode constants.
  const cw = new Float64Array(N), sw = new Float64Array(N);
  const mw = new Float64Array(N), kA = new Float64Array(N);
  const kB = new Float64Array(N), g = new Float64Array(N);
  const m = new Float64Array(N);
  // Folded constants of the inner loop: c·A, c·B, sin/(mω), mω·sin.
  const ckA = new Float64Array(N), ckB = new Float64Array(N);
  const swm = new Float64Array(N), mws = new Float64Array(N);
  const om = new Float64Array(N);
  const thetaRef = new Float64Array(N);
  for (let j = 0; j < nb; j++) {
    const b = plan.baths[j];
    const w = b.frequencies, cc = b.couplings, mm = b.masses;
    if (!w || !cc || !mm) continue;
    for (let q = 0; q < w.length; q++) {
      const k = start[j] + q, wk = w[q], mk = mm[q];
      const s = Math.sin(0.5 * wk * dt);
      om[k] = wk;
      cw[k] = Math.cos(wk * dt);
      sw[k] = Math.sin(wk * dt);
      mw[k] = mk * wk;
      kA[k] = sw[k] / wk;
      kB[k] = 2 * s * s / (mk * wk * wk);
      ckA[k] = cc[q] * kA[k];
      ckB[k] = cc[q] * kB[k];
      swm[k] = sw[k] / (mk * wk);
      mws[k] = mk * wk * sw[k];
      g[k] = cc[q] / (mk * wk * wk);
      m[k] = mk;
      thetaRef[k] = theta(wk, plan.referenceTemperature);
    }
  }
  // State: x, p (full modes, or the response part when noise follows the
  // particle), x0, p0 (free thermal part, only when noise follows).
  const x = new Float64Array(N), p = new Float64Array(N);
  const x0 = new Float64Array(follows ? N : 0),
    p0 = new Float64Array(follows ? N : 0);
  const uVal = new Float64Array(nb), uSlope = new Float64Array(nb);
  const scale = new Float64Array(follows && quantum ? N : 0);
  const classicalRef = plan.referenceTemperature;
  let lastScaleT = NaN, classicalScale = 1;

  const couplings = (X: number): void => {
    for (let j = 0; j < nb; j++) {
      const b = plan.baths[j];
      uVal[j] = formFactorValue(b.formFactor, X - b.site);
      uSlope[j] = formFactorSlope(b.formFactor, X - b.site);
    }
  };
  const updateScale = (X: number): void => {
    if (!model) return;
    const T = model.temperature(X);
    if (T === lastScaleT) return;
    lastScaleT = T;
    if (quantum) {
      for (let k = 0; k < N; k++) {
        scale[k] = Math.sqrt(theta(om[k], T) / thetaRef[k]);
      }
    } else classicalScale = Math.sqrt(T / classicalRef);
  };
  /** The exact fixed-X flow over dt; returns the momentum kick. */
  const bathFlow = (X: number): number => {
    couplings(X);
    if (follows) return drivenFlow(X);
    let kick = 0;
    for (let j = 0; j < nb; j++) {
      const uj = uVal[j];
      let sum = 0;
      for (let k = start[j]; k < start[j + 1]; k++) {
        const xb = g[k] * uj;
        const dx = x[k] - xb, pk = p[k];
        sum += dx * ckA[k] + pk * ckB[k];
        x[k] = xb + dx * cw[k] + pk * swm[k];
        p[k] = pk * cw[k] - dx * mws[k];
      }
      kick += uSlope[j] * sum;
    }
    return kick;
  };
  /** The same for a driven bath: free thermal part rescaled, response part. */
  const drivenFlow = (X: number): number => {
    updateScale(X);
    let kick = 0;
    for (let j = 0; j < nb; j++) {
      const uj = uVal[j];
      let sum = 0;
      for (let k = start[j]; k < start[j + 1]; k++) {
        const xb = g[k] * uj;
        const dx = x[k] - xb, pk = p[k];
        const fx = x0[k], fp = p0[k];
        const s = quantum ? scale[k] : classicalScale;
        sum += dx * ckA[k] + pk * ckB[k] + s * (fx * ckA[k] + fp * ckB[k]);
        x0[k] = fx * cw[k] + fp * swm[k];
        p0[k] = fp * cw[k] - fx * mws[k];
        x[k] = xb + dx * cw[k] + pk * swm[k];
        p[k] = pk * cw[k] - dx * mws[k];
      }
      kick += uSlope[j] * sum;
    }
    return kick;
  };
  const bathEnergy = (j: number): number => {
    const uj = uVal[j];
    let e = 0;
    for (let k = start[j]; k < start[j + 1]; k++) {
      const dx = x[k] - g[k] * uj;
      e += 0.5 * (p[k] * p[k] / m[k] + mw[k] * om[k] * dx * dx);
    }
    return e;
  };
  const recordEnergy = plan.method === "explicit-bath" && !follows;

  const obs = new Observer(plan, sums);
  for (let i = first; i < last; i++) {
    const rng = randomStream(plan.seed, i, plan.random);
    let X = plan.initialPosition;
    let V = initialVelocity(plan, rng.normal());
    couplings(X);
    // Modes thermal at their bath's temperature around X(0) (bath layer's
    // sampler; classical or Wigner). A driven bath keeps its thermal part
    // about 0 and starts the response part at rest on the centre.
    for (let j = 0; j < nb; j++) {
      const b = plan.baths[j];
      const w = b.frequencies, cc = b.couplings, mm = b.masses;
      if (!w || !cc || !mm) continue;
      const T = follows ? plan.referenceTemperature : b.temperature;
      if (follows) {
        fillThermal(w, cc, mm, T, quantum, 0, rng, x0, p0, start[j]);
        for (let k = start[j]; k < start[j + 1]; k++) {
          x[k] = g[k] * uVal[j];
          p[k] = 0;
        }
      } else {
        fillThermal(w, cc, mm, T, quantum, uVal[j], rng, x, p, start[j]);
      }
    }
    obs.begin(i);
    let hits = 0;
    obs.record(0, X, V);
    if (recordEnergy) {
      for (let j = 0; j < nb; j++) obs.recordBath(0, j, bathEnergy(j));
    }
    let r = 1, untilRecord = every;
    for (let n = 1; n <= steps; n++) {
      X += half * V;
      if (X < wlo) {
        X = 2 * wlo - X;
        V = -V;
        hits++;
      } else if (X > whi) {
        X = 2 * whi - X;
        V = -V;
        hits++;
      }
      if (X < wlo || X > whi) {
        // A jump longer than the box: fold by repeated reflection.
        if (wallCrossings(X, wlo, whi) % 2 !== 0) V = -V;
        X = foldIntoBox(X, wlo, whi);
      }
      if (!(X >= dlo && X <= dhi)) leftDomain(plan, i, n, X);
      V += (dt * force(X) + bathFlow(X)) / M;
      X += half * V;
      if (X < wlo) {
        X = 2 * wlo - X;
        V = -V;
        hits++;
      } else if (X > whi) {
        X = 2 * whi - X;
        V = -V;
        hits++;
      }
      if (X < wlo || X > whi) {
        // A jump longer than the box: fold by repeated reflection.
        if (wallCrossings(X, wlo, whi) % 2 !== 0) V = -V;
        X = foldIntoBox(X, wlo, whi);
      }
      if (--untilRecord === 0) {
        untilRecord = every;
        obs.record(r, X, V);
        if (recordEnergy) {
          couplings(X);
          for (let j = 0; j < nb; j++) obs.recordBath(r, j, bathEnergy(j));
        }
        r++;
      }
    }
    obs.end();
    sums.wallHits += hits;
    onTrajectory();
  }
}

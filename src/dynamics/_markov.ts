/**
 * Markov integrators: underdamped BAOAB with position-dependent Γ(X), T(X),
 * and the overdamped Euler–Maruyama scheme with an explicit convention α.
 * Private; see simulate.ts for the documented method.
 *
 * @module
 */
import { type RandomStream, randomStream } from "../random/mod.ts";
import type { LangevinModel } from "./model.ts";
import type { Potential } from "./potentials.ts";
import type { BlockSums, Plan } from "./_plan.ts";
import { Observer } from "./_observer.ts";

const NORMALS = 1024;

/** Throws the error for a trajectory that left the model's domain. */
export function leftDomain(
  plan: Plan,
  index: number,
  step: number,
  x: number,
): never {
  throw new RangeError(
    `Cannot continue the simulation: trajectory ${index} left the model's domain [${
      plan.domain[0]
    }, ${plan.domain[1]}] at t = ${
      step * plan.dt
    } (X = ${x}); confine it with a potential or widen the temperature profile`,
  );
}

/** Maxwell velocity at the initial temperature, or the plan's fixed velocity. */
export function initialVelocity(plan: Plan, normal: number): number {
  return Number.isNaN(plan.initialVelocity)
    ? Math.sqrt(plan.initialTemperature / plan.mass) * normal
    : plan.initialVelocity;
}

/** Trajectories integrated side by side (independent dependency chains). */
const LANES = 8;

/**
 * BAOAB (Leimkuhler–Matthews): half kick, half drift, exact OU velocity
 * update with Γ and T taken at the mid-step position, half drift, half kick.
 *
 * A single trajectory's step is one long chain of dependent floating-point
 * operations (latency-bound, ~16 ns); {@linkcode LANES} trajectories are
 * advanced together so their chains overlap. Each lane still draws only
 * from its own stream, so trajectory i depends only on (seed, i), and the
 * partial sums are added in trajectory order.
 */
export function runMarkovBlock(
  plan: Plan,
  model: LangevinModel,
  potential: Potential,
  block: number,
  sums: BlockSums,
  onTrajectory: () => void,
): void {
  const dt = plan.dt, M = plan.mass, steps = plan.steps, every = plan.every;
  const half = 0.5 * dt, kickScale = half / M, invM = 1 / M;
  const [dlo, dhi] = plan.domain;
  const walls = plan.walls;
  const wlo = walls ? walls[0] : -Infinity, whi = walls ? walls[1] : Infinity;
  const force = potential.force;
  const observers: Observer[] = [];
  const bufs: Float64Array[] = [];
  for (let j = 0; j < LANES; j++) {
    observers.push(new Observer(plan, sums));
    bufs.push(new Float64Array(NORMALS));
  }
  const rngs: RandomStream[] = new Array(LANES);
  const xs = new Float64Array(LANES), vs = new Float64Array(LANES);
  const fs = new Float64Array(LANES), gs = new Float64Array(LANES);
  const cs = new Float64Array(LANES), s2s = new Float64Array(LANES);
  const first = block * plan.blockSize;
  const last = Math.min(plan.trajectories, first + plan.blockSize);
  for (let i0 = first; i0 < last; i0 += LANES) {
    const lanes = Math.min(LANES, last - i0);
    for (let j = 0; j < lanes; j++) {
      const rng = randomStream(plan.seed, i0 + j);
      rngs[j] = rng;
      rng.fillNormal(bufs[j]);
      xs[j] = plan.initialPosition;
      vs[j] = initialVelocity(plan, bufs[j][0]);
      fs[j] = force(xs[j]);
      gs[j] = NaN;
      observers[j].begin(i0 + j);
      observers[j].record(0, xs[j], vs[j]);
    }
    let k = 1, r = 1, untilRecord = every;
    for (let n = 1; n <= steps; n++) {
      if (k === NORMALS) {
        for (let j = 0; j < lanes; j++) rngs[j].fillNormal(bufs[j]);
        k = 0;
      }
      for (let j = 0; j < lanes; j++) {
        let x = xs[j], v = vs[j];
        v += kickScale * fs[j];
        x += half * v;
        if (x < wlo) {
          x = 2 * wlo - x;
          v = -v;
        } else if (x > whi) {
          x = 2 * whi - x;
          v = -v;
        }
        if (!(x >= dlo && x <= dhi)) leftDomain(plan, i0 + j, n, x);
        const g = model.friction(x);
        if (g !== gs[j]) {
          gs[j] = g;
          cs[j] = Math.exp(-g * dt);
          s2s[j] = -Math.expm1(-2 * g * dt);
        }
        v = cs[j] * v +
          Math.sqrt(s2s[j] * model.temperature(x) * invM) * bufs[j][k];
        x += half * v;
        if (x < wlo) {
          x = 2 * wlo - x;
          v = -v;
        } else if (x > whi) {
          x = 2 * whi - x;
          v = -v;
        }
        const f = force(x);
        fs[j] = f;
        xs[j] = x;
        vs[j] = v + kickScale * f;
      }
      k++;
      if (--untilRecord === 0) {
        untilRecord = every;
        for (let j = 0; j < lanes; j++) observers[j].record(r, xs[j], vs[j]);
        r++;
      }
    }
    for (let j = 0; j < lanes; j++) {
      observers[j].end();
      onTrajectory();
    }
  }
}

/**
 * Euler–Maruyama for the Itô form of the overdamped SDE (trajectories
 * advanced in lanes, as in the Markov integrator)
 * dX = [F/(MΓ) + α D'(X)] dt + √(2D(X)) dW, D = T/(MΓ) (α ∈ [0, 1]), or
 * with the small-mass drift F/(MΓ) − T Γ'/(MΓ²) (α = −1 in the plan).
 */
export function runOverdampedBlock(
  plan: Plan,
  model: LangevinModel,
  potential: Potential,
  block: number,
  sums: BlockSums,
  onTrajectory: () => void,
): void {
  const dt = plan.dt, M = plan.mass, steps = plan.steps, every = plan.every;
  const alpha = plan.alpha;
  const smallMass = alpha < 0;
  const [dlo, dhi] = plan.domain;
  const walls = plan.walls;
  const wlo = walls ? walls[0] : -Infinity, whi = walls ? walls[1] : Infinity;
  const force = potential.force;
  const observers: Observer[] = [];
  const bufs: Float64Array[] = [];
  for (let j = 0; j < LANES; j++) {
    observers.push(new Observer(plan, sums));
    bufs.push(new Float64Array(NORMALS));
  }
  const rngs: RandomStream[] = new Array(LANES);
  const xs = new Float64Array(LANES);
  const first = block * plan.blockSize;
  const last = Math.min(plan.trajectories, first + plan.blockSize);
  for (let i0 = first; i0 < last; i0 += LANES) {
    const lanes = Math.min(LANES, last - i0);
    for (let j = 0; j < lanes; j++) {
      const rng = randomStream(plan.seed, i0 + j);
      rngs[j] = rng;
      rng.fillNormal(bufs[j]);
      xs[j] = plan.initialPosition;
      observers[j].begin(i0 + j);
      observers[j].record(0, xs[j], NaN);
    }
    let k = 0, r = 1, untilRecord = every;
    for (let n = 1; n <= steps; n++) {
      if (k === NORMALS) {
        for (let j = 0; j < lanes; j++) rngs[j].fillNormal(bufs[j]);
        k = 0;
      }
      for (let j = 0; j < lanes; j++) {
        let x = xs[j];
        const g = model.friction(x);
        const T = model.temperature(x);
        const mg = M * g;
        let drift = force(x) / mg;
        if (smallMass) {
          drift -= T * model.frictionGradient(x) / (mg * g);
        } else if (alpha !== 0) {
          drift += alpha *
            (model.temperatureGradient(x) * g -
              T * model.frictionGradient(x)) /
            (mg * g);
        }
        x += drift * dt + Math.sqrt(2 * T * dt / mg) * bufs[j][k];
        if (x < wlo) x = 2 * wlo - x;
        else if (x > whi) x = 2 * whi - x;
        if (!(x >= dlo && x <= dhi)) leftDomain(plan, i0 + j, n, x);
        xs[j] = x;
      }
      k++;
      if (--untilRecord === 0) {
        untilRecord = every;
        for (let j = 0; j < lanes; j++) observers[j].record(r, xs[j], NaN);
        r++;
      }
    }
    for (let j = 0; j < lanes; j++) {
      observers[j].end();
      onTrajectory();
    }
  }
}

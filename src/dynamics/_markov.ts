/**
 * Markov integrators: underdamped BAOAB with position-dependent Γ(X), T(X),
 * and the overdamped Euler–Maruyama scheme with an explicit convention α.
 * Private; see simulate.ts for the documented method.
 *
 * @module
 */
import { randomStream } from "../random/mod.ts";
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

/**
 * BAOAB (Leimkuhler–Matthews): half kick, half drift, exact OU velocity
 * update with Γ and T taken at the mid-step position, half drift, half kick.
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
  const half = 0.5 * dt;
  const [dlo, dhi] = plan.domain;
  const walls = plan.walls;
  const wlo = walls ? walls[0] : -Infinity, whi = walls ? walls[1] : Infinity;
  const force = potential.force;
  const obs = new Observer(plan, sums);
  const buf = new Float64Array(NORMALS);
  const first = block * plan.blockSize;
  const last = Math.min(plan.trajectories, first + plan.blockSize);
  for (let i = first; i < last; i++) {
    const rng = randomStream(plan.seed, i);
    rng.fillNormal(buf);
    let k = 0;
    let x = plan.initialPosition;
    let v = initialVelocity(plan, buf[k++]);
    obs.begin(i);
    obs.record(0, x, v);
    let f = force(x);
    let gPrev = NaN, c = 0, s2 = 0;
    let r = 1, untilRecord = every;
    for (let n = 1; n <= steps; n++) {
      v += half * f / M;
      x += half * v;
      if (x < wlo) {
        x = 2 * wlo - x;
        v = -v;
      } else if (x > whi) {
        x = 2 * whi - x;
        v = -v;
      }
      if (!(x >= dlo && x <= dhi)) leftDomain(plan, i, n, x);
      const g = model.friction(x);
      if (g !== gPrev) {
        gPrev = g;
        c = Math.exp(-g * dt);
        s2 = -Math.expm1(-2 * g * dt);
      }
      if (k === NORMALS) {
        rng.fillNormal(buf);
        k = 0;
      }
      v = c * v + Math.sqrt(s2 * model.temperature(x) / M) * buf[k++];
      x += half * v;
      if (x < wlo) {
        x = 2 * wlo - x;
        v = -v;
      } else if (x > whi) {
        x = 2 * whi - x;
        v = -v;
      }
      f = force(x);
      v += half * f / M;
      if (--untilRecord === 0) {
        untilRecord = every;
        obs.record(r++, x, v);
      }
    }
    obs.end();
    onTrajectory();
  }
}

/**
 * Euler–Maruyama for the Itô form of the overdamped SDE
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
  const obs = new Observer(plan, sums);
  const buf = new Float64Array(NORMALS);
  const first = block * plan.blockSize;
  const last = Math.min(plan.trajectories, first + plan.blockSize);
  for (let i = first; i < last; i++) {
    const rng = randomStream(plan.seed, i);
    rng.fillNormal(buf);
    let k = 0;
    let x = plan.initialPosition;
    obs.begin(i);
    obs.record(0, x, NaN);
    let r = 1, untilRecord = every;
    for (let n = 1; n <= steps; n++) {
      const g = model.friction(x);
      const T = model.temperature(x);
      const mg = M * g;
      let drift = force(x) / mg;
      if (smallMass) {
        drift -= T * model.frictionGradient(x) / (mg * g);
      } else if (alpha !== 0) {
        drift += alpha *
          (model.temperatureGradient(x) * g - T * model.frictionGradient(x)) /
          (mg * g);
      }
      if (k === NORMALS) {
        rng.fillNormal(buf);
        k = 0;
      }
      x += drift * dt + Math.sqrt(2 * T * dt / mg) * buf[k++];
      if (x < wlo) x = 2 * wlo - x;
      else if (x > whi) x = 2 * whi - x;
      if (!(x >= dlo && x <= dhi)) leftDomain(plan, i, n, x);
      if (--untilRecord === 0) {
        untilRecord = every;
        obs.record(r++, x, NaN);
      }
    }
    obs.end();
    onTrajectory();
  }
}

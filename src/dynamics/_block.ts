/**
 * The constants every block integrator reads from its plan before its
 * trajectory loop (step sizes, domain, walls, force, the block's range of
 * trajectories), the initial velocity and the domain error. Private; shared
 * by _markov.ts, _gle.ts and _explicit.ts.
 *
 * @module
 */
import type { LangevinModel } from "./model.ts";
import type { Potential } from "./potentials.ts";
import type { Plan } from "./_plan.ts";

/** Per-block constants; the integrators copy them into locals. */
export interface BlockContext {
  /** Time step (1/ω_ref). */
  readonly dt: number;
  /** Half time step, 0.5·dt. */
  readonly half: number;
  /** Particle mass. */
  readonly mass: number;
  /** Number of steps per trajectory. */
  readonly steps: number;
  /** Steps between records. */
  readonly every: number;
  /** The model's domain [dlo, dhi]. */
  readonly dlo: number;
  readonly dhi: number;
  /** Reflecting walls [wlo, whi], or ∓Infinity without walls. */
  readonly wlo: number;
  readonly whi: number;
  /** The potential's force closure. */
  readonly force: (x: number) => number;
  /** Whether the noise follows the particle (gCLm-I). */
  readonly follows: boolean;
  /** Whether the statistics are quantum. */
  readonly quantum: boolean;
  /** The block's trajectories are first … last − 1. */
  readonly first: number;
  readonly last: number;
}

/**
 * Reads the constants of block `block` from the plan. Throws a TypeError
 * naming `methodName` when the model's noise follows the particle but no
 * model was rebuilt (the bath methods need its temperature profile).
 */
export function blockContext(
  plan: Plan,
  potential: Potential,
  model: LangevinModel | undefined,
  methodName: string,
  block: number,
): BlockContext {
  const follows = plan.noiseFollowsParticle;
  if (follows && !model) {
    throw new TypeError(
      `Cannot run the ${methodName} method: the model's noise follows the particle but no model was rebuilt`,
    );
  }
  const walls = plan.walls;
  const first = block * plan.blockSize;
  return {
    dt: plan.dt,
    half: 0.5 * plan.dt,
    mass: plan.mass,
    steps: plan.steps,
    every: plan.every,
    dlo: plan.domain[0],
    dhi: plan.domain[1],
    wlo: walls ? walls[0] : -Infinity,
    whi: walls ? walls[1] : Infinity,
    force: potential.force,
    follows,
    quantum: plan.statistics === "quantum",
    first,
    last: Math.min(plan.trajectories, first + plan.blockSize),
  };
}

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

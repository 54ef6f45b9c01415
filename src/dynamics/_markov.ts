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
import { type BlockSums, emptySums, type Plan } from "./_plan.ts";
import { Observer } from "./_observer.ts";
import { foldIntoBox, wallCrossings } from "./_walls.ts";
import {
  type BlockContext,
  blockContext,
  initialVelocity,
  leftDomain,
} from "./_block.ts";
import {
  compiledMarkov,
  type RedoSteps,
  runMarkovBlockWasm,
  WASM_LANES,
} from "./_markov_wasm.ts";

/** Normals drawn per lane and refill (8 lanes × 2 KB stay in L1). */
const NORMALS = 256;

/** Trajectories integrated side by side (independent dependency chains). */
const LANES = 8;

/**
 * The state of up to {@linkcode LANES} BAOAB trajectories and the constants
 * of their step. The step loops ({@linkcode baoabSteps} and
 * {@linkcode baoabStepsHarmonic}) are small functions of their own, not
 * loops inside runMarkovBlock, so V8 optimizes them as hot functions rather
 * than through on-stack replacement of a large one.
 */
class BaoabLanes {
  readonly x: Float64Array;
  readonly v: Float64Array;
  /** Force at x. */
  readonly f: Float64Array;
  /** Last Γ seen in each lane, with e^{−Γdt} and 1 − e^{−2Γdt}. */
  readonly g: Float64Array;
  readonly c: Float64Array;
  readonly s2: Float64Array;
  /** Normals: lane j's block is [j·NORMALS, (j + 1)·NORMALS). */
  readonly xi: Float64Array;
  /** Lane j's block of `xi`, for RandomStream.fillNormal. */
  readonly xiLane: Float64Array[] = [];
  /** Set by baoabSteps when a trajectory leaves the domain. */
  failLane = -1;
  failStep = 0;
  failX = NaN;
  readonly harmonic: boolean;
  readonly trapK: number;
  readonly trapC: number;
  readonly half: number;
  readonly kick: number;

  constructor(
    readonly plan: Plan,
    readonly model: LangevinModel,
    readonly potential: Potential,
    width: number = LANES,
  ) {
    this.x = new Float64Array(width);
    this.v = new Float64Array(width);
    this.f = new Float64Array(width);
    this.g = new Float64Array(width);
    this.c = new Float64Array(width);
    this.s2 = new Float64Array(width);
    this.xi = new Float64Array(width * NORMALS);
    for (let j = 0; j < width; j++) {
      this.xiLane.push(this.xi.subarray(j * NORMALS, (j + 1) * NORMALS));
    }
    // A harmonic trap's force is evaluated inline, with the expression of
    // its closure (so the same bits): every simulate() call rebuilds the
    // potential, and a call site that has seen several closures is no longer
    // inlined (see baoabStepsHarmonic).
    const spec = potential.spec;
    this.harmonic = spec.kind === "harmonic" && plan.walls === undefined;
    this.trapK = spec.kind === "harmonic"
      ? spec.mass * spec.frequency * spec.frequency
      : 0;
    this.trapC = spec.kind === "harmonic" ? spec.center : 0;
    this.half = 0.5 * plan.dt;
    this.kick = this.half / plan.mass;
  }
}

/**
 * Advances lanes 0 … lanes − 1 by `count` BAOAB steps, the first being step
 * `n0`, using normals k0 … k0 + count − 1 of each lane's block. Returns
 * false (with failLane/failStep/failX set) when a trajectory leaves the
 * domain. The force is the harmonic trap's, inline: no call is left in
 * the loop (an opaque call makes V8 spill the loop's registers around it,
 * which more than doubles the cost of a step), and there are no walls (a
 * harmonic potential has none).
 */
function baoabStepsHarmonic(
  s: BaoabLanes,
  lanes: number,
  n0: number,
  k0: number,
  count: number,
): boolean {
  const xs = s.x, vs = s.v, fs = s.f, gs = s.g, cs = s.c, s2s = s.s2;
  const xi = s.xi;
  const plan = s.plan;
  const dt = plan.dt, invM = 1 / plan.mass;
  const half = s.half, kick = s.kick;
  // A trajectory that overflowed to ±∞ has left any domain.
  const dlo = Math.max(plan.domain[0], -Number.MAX_VALUE);
  const dhi = Math.min(plan.domain[1], Number.MAX_VALUE);
  const friction = s.model.friction, temperature = s.model.temperature;
  const trapK = s.trapK, trapC = s.trapC;
  // One flat loop over (step, lane) pairs, not two nested loops: TurboFan
  // hoists the (pure) e^{−Γdt} of a constant Γ out of the innermost loop
  // only, so with a lane loop inside a step loop it ran once per step.
  const total = count * lanes;
  for (let t = 0, q = 0, j = 0, k = k0; t < total; t++) {
    let x = xs[j], v = vs[j];
    v += kick * fs[j];
    x += half * v;
    if (!(x >= dlo && x <= dhi)) {
      s.failLane = j;
      s.failStep = n0 + q;
      s.failX = x;
      return false;
    }
    const g = friction(x);
    if (g !== gs[j]) {
      gs[j] = g;
      cs[j] = Math.exp(-g * dt);
      s2s[j] = -Math.expm1(-2 * g * dt);
    }
    v = cs[j] * v +
      Math.sqrt(s2s[j] * temperature(x) * invM) * xi[j * NORMALS + k];
    x += half * v;
    const f = -trapK * (x - trapC);
    fs[j] = f;
    xs[j] = x;
    vs[j] = v + kick * f;
    if (++j === lanes) {
      j = 0;
      q++;
      k++;
    }
  }
  return true;
}

/**
 * Advances lanes 0 … lanes − 1 by `count` BAOAB steps, the first being step
 * `n0`, using normals k0 … k0 + count − 1 of each lane's block. Returns
 * false (with failLane/failStep/failX set) when a trajectory leaves the
 * domain. Any potential, through its force closure.
 */
function baoabSteps(
  s: BaoabLanes,
  lanes: number,
  n0: number,
  k0: number,
  count: number,
): boolean {
  const xs = s.x, vs = s.v, fs = s.f, gs = s.g, cs = s.c, s2s = s.s2;
  const xi = s.xi;
  const plan = s.plan;
  const dt = plan.dt, invM = 1 / plan.mass;
  const half = s.half, kick = s.kick;
  // A trajectory that overflowed to ±∞ has left any domain.
  const dlo = Math.max(plan.domain[0], -Number.MAX_VALUE);
  const dhi = Math.min(plan.domain[1], Number.MAX_VALUE);
  const walls = plan.walls;
  const wlo = walls ? walls[0] : -Infinity, whi = walls ? walls[1] : Infinity;
  const friction = s.model.friction, temperature = s.model.temperature;
  const force = s.potential.force;
  // One flat loop, as in baoabStepsHarmonic.
  const total = count * lanes;
  for (let t = 0, q = 0, j = 0, k = k0; t < total; t++) {
    let x = xs[j], v = vs[j];
    v += kick * fs[j];
    x += half * v;
    if (x < wlo) {
      x = 2 * wlo - x;
      v = -v;
    } else if (x > whi) {
      x = 2 * whi - x;
      v = -v;
    }
    if (x < wlo || x > whi) {
      // A flight longer than the box: fold by repeated reflection.
      if (wallCrossings(x, wlo, whi) % 2 !== 0) v = -v;
      x = foldIntoBox(x, wlo, whi);
    }
    if (!(x >= dlo && x <= dhi)) {
      s.failLane = j;
      s.failStep = n0 + q;
      s.failX = x;
      return false;
    }
    const g = friction(x);
    if (g !== gs[j]) {
      gs[j] = g;
      cs[j] = Math.exp(-g * dt);
      s2s[j] = -Math.expm1(-2 * g * dt);
    }
    v = cs[j] * v +
      Math.sqrt(s2s[j] * temperature(x) * invM) * xi[j * NORMALS + k];
    x += half * v;
    if (x < wlo) {
      x = 2 * wlo - x;
      v = -v;
    } else if (x > whi) {
      x = 2 * whi - x;
      v = -v;
    }
    if (x < wlo || x > whi) {
      // A flight longer than the box: fold by repeated reflection.
      if (wallCrossings(x, wlo, whi) % 2 !== 0) v = -v;
      x = foldIntoBox(x, wlo, whi);
    }
    const f = force(x);
    fs[j] = f;
    xs[j] = x;
    vs[j] = v + kick * f;
    if (++j === lanes) {
      j = 0;
      q++;
      k++;
    }
  }
  return true;
}

/**
 * BAOAB (Leimkuhler–Matthews): half kick, half drift, exact OU velocity
 * update with Γ and T taken at the mid-step position, half drift, half kick.
 *
 * A single trajectory's step is one long chain of dependent floating-point
 * operations (latency-bound, ~16 ns); {@linkcode LANES} trajectories are
 * advanced together so their chains overlap (≈ 4.5 ns per trajectory-step
 * for a harmonic trap, plus ≈ 4 ns for its normal). Each lane still draws
 * only from its own stream, refilled {@linkcode NORMALS} at a time, so
 * trajectory i depends only on (seed, i), and the partial sums are added in
 * trajectory order.
 */
export function runMarkovBlock(
  plan: Plan,
  model: LangevinModel,
  potential: Potential,
  block: number,
  sums: BlockSums,
  onTrajectory: () => void,
): void {
  const c = blockContext(plan, potential, model, "markov", block);
  const compiled = compiledMarkov(plan, model, potential);
  if (compiled === null) {
    runGroups(plan, model, potential, c, c.first, c.last, sums, onTrajectory);
    return;
  }
  // Steps the compiled kernel hands back (a trajectory leaving the domain,
  // a flight longer than the box) are redone here, from the same state and
  // normals, by the general kernel.
  let s: BaoabLanes | undefined;
  const force = potential.force;
  const redo: RedoSteps = (xs, vs, normal, first, active, n, k, count) => {
    s ??= new BaoabLanes(plan, model, potential, WASM_LANES);
    for (let j = 0; j < WASM_LANES; j++) {
      s.x[j] = xs[j];
      s.v[j] = vs[j];
      s.f[j] = force(xs[j]);
      s.g[j] = NaN;
      // Rows k … k + count − 1 < 256 = NORMALS, as in the compiled kernel.
      for (let q = k; q < k + count; q++) {
        s.xi[j * NORMALS + q] = normal(j, q);
      }
    }
    if (!baoabSteps(s, WASM_LANES, n, k, count)) {
      // A trajectory left the domain. The JavaScript kernel runs LANES
      // trajectories at a time, so the trajectory it reports first may be
      // another one: run this group its way to raise its very error.
      runGroups(
        plan,
        model,
        potential,
        c,
        first,
        first + active,
        emptySums(plan, 0),
        () => {},
      );
      leftDomain(plan, first + s.failLane, s.failStep, s.failX);
    }
    xs.set(s.x);
    vs.set(s.v);
  };
  runMarkovBlockWasm(plan, c, sums, onTrajectory, compiled, redo);
  sums.compiled = 1;
}

/**
 * The JavaScript BAOAB kernel over trajectories first … last − 1, in groups
 * of {@linkcode LANES}, recording into `sums`.
 */
function runGroups(
  plan: Plan,
  model: LangevinModel,
  potential: Potential,
  c: BlockContext,
  first: number,
  last: number,
  sums: BlockSums,
  onTrajectory: () => void,
): void {
  const { steps, every, force } = c;
  const s = new BaoabLanes(plan, model, potential);
  const observers: Observer[] = [];
  for (let j = 0; j < LANES; j++) observers.push(new Observer(plan, sums));
  const rngs: RandomStream[] = new Array(LANES);
  for (let i0 = first; i0 < last; i0 += LANES) {
    const lanes = Math.min(LANES, last - i0);
    for (let j = 0; j < lanes; j++) {
      const rng = randomStream(plan.seed, i0 + j, plan.random);
      rngs[j] = rng;
      rng.fillNormal(s.xiLane[j]);
      s.x[j] = plan.initialPosition;
      s.v[j] = initialVelocity(plan, s.xi[j * NORMALS]);
      s.f[j] = force(s.x[j]);
      s.g[j] = NaN;
      observers[j].begin(i0 + j);
      observers[j].record(0, s.x[j], s.v[j]);
    }
    // Steps run in chunks that end at a record or at the end of the normals.
    let k = 1, r = 1, untilRecord = every;
    for (let n = 1; n <= steps;) {
      if (k === NORMALS) {
        for (let j = 0; j < lanes; j++) rngs[j].fillNormal(s.xiLane[j]);
        k = 0;
      }
      const count = Math.min(NORMALS - k, untilRecord, steps - n + 1);
      const ok = s.harmonic
        ? baoabStepsHarmonic(s, lanes, n, k, count)
        : baoabSteps(s, lanes, n, k, count);
      if (!ok) {
        leftDomain(plan, i0 + s.failLane, s.failStep, s.failX);
      }
      n += count;
      k += count;
      untilRecord -= count;
      if (untilRecord === 0) {
        untilRecord = every;
        for (let j = 0; j < lanes; j++) observers[j].record(r, s.x[j], s.v[j]);
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
  const c = blockContext(plan, potential, model, "overdamped", block);
  const { dt, steps, every, force, dlo, dhi, wlo, whi, first, last } = c;
  const M = c.mass;
  const alpha = plan.alpha;
  const smallMass = alpha < 0;
  const observers: Observer[] = [];
  const bufs: Float64Array[] = [];
  for (let j = 0; j < LANES; j++) {
    observers.push(new Observer(plan, sums));
    bufs.push(new Float64Array(NORMALS));
  }
  const rngs: RandomStream[] = new Array(LANES);
  const xs = new Float64Array(LANES);
  for (let i0 = first; i0 < last; i0 += LANES) {
    const lanes = Math.min(LANES, last - i0);
    for (let j = 0; j < lanes; j++) {
      const rng = randomStream(plan.seed, i0 + j, plan.random);
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
        // A jump longer than the box: fold by repeated reflection.
        if (x < wlo || x > whi) x = foldIntoBox(x, wlo, whi);
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

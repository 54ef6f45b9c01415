/**
 * The Markov (BAOAB) integrator in WebAssembly: sixteen trajectories at a
 * time, normals from `random/_lanes.ts`, steps from `_baoab.wat`. Private.
 *
 * It runs when the work can be compiled: the default `xoshiro128**`
 * generator, a harmonic, free or box potential, and a model whose
 * {@linkcode LangevinModel.forms} give a constant friction and a constant,
 * linear or cubic-Hermite temperature. It gives exactly the results of the
 * JavaScript kernels in `_markov.ts` (same normals, same operations in the
 * same order, partial sums in trajectory order); the tests compare the two
 * bit for bit. Steps the kernel cannot finish — a trajectory leaving the
 * domain, a flight longer than the box, which the JavaScript kernel folds
 * back — are handed back and redone by the JavaScript kernel from the same
 * state and normals.
 *
 * @module
 */
import {
  instantiateKernel,
  kernelAlloc,
  kernelMemory,
  kernelTryAlloc,
} from "../random/_kernel.ts";
import { NormalLanes } from "../random/_lanes.ts";
import { xoshiroStart } from "../random/stream.ts";
import { HermiteTable } from "../interpolate/_hermite.ts";
import type { FieldForm, LangevinModel } from "./model.ts";
import type { Potential } from "./potentials.ts";
import type { BlockSums, Plan } from "./_plan.ts";
import { Observer } from "./_observer.ts";
import { type BlockContext, initialVelocity } from "./_block.ts";
import { BAOAB_WASM } from "./_baoab_wasm.ts";

/** Trajectories per kernel call (eight f64x2 vectors). */
export const WASM_LANES = 16;

/** Normals per lane and fill: the rows the BAOAB module was generated for. */
let ROWS = 256;

/**
 * Runs whose blocks hold fewer trajectories (plan.blockSize, i.e. fewer
 * than 449 trajectories) run the JavaScript kernel: sixteen lanes for a
 * handful of trajectories waste most of the work (below ≈ 8 per block the
 * compiled kernel was measured slower). The decision is per run, so a
 * run's last, smaller block runs compiled like the others.
 */
const MIN_BLOCK = 8;

/** Layout of the kernel's block (bytes; see _baoab.wat). */
const X = 0, V = 8 * WASM_LANES, PARAMS = 16 * WASM_LANES;
const SIZE = PARAMS + 8 * 21;

type Steps = (
  base: number,
  xi: number,
  k0: number,
  count: number,
  tab: number,
) => number;

/** Blocks run by the compiled kernel in this isolate (read by the tests). */
export const compiledRuns = { blocks: 0, redone: 0 };

let exports: WebAssembly.Exports | null | undefined;
let base = 0;
/** Byte offset of the kernel-memory region for a temperature table (null: none yet). */
let tableAt: number | null = null;

/**
 * Largest temperature table the compiled kernel takes, in nodes (2 MiB of
 * (value, slope) pairs, reserved once on first use; the models' tables have
 * 8193). A larger table runs the JavaScript kernel, whatever ran before.
 */
const TABLE_NODES = 131_072;

function kernel(): WebAssembly.Exports | null {
  if (exports === undefined) {
    exports = instantiateKernel(BAOAB_WASM);
    if (exports !== null) {
      ROWS = (exports.rows as WebAssembly.Global).value as number;
      // The JavaScript hand-back (redo) holds 256 normals per lane.
      if (!(ROWS >= 1 && ROWS <= 256)) exports = null;
      else base = kernelAlloc(SIZE);
    }
  }
  return exports;
}

/** A prepared run: which variant, its parameters, its table. */
export interface CompiledMarkov {
  readonly steps: Steps;
  readonly params: Float64Array;
  readonly temperature: FieldForm;
}

/**
 * Redoes `count` steps of all {@linkcode WASM_LANES} lanes in JavaScript
 * from positions `xs` and velocities `vs` (updated in place), with lane j's
 * normal of row q given by `normal(j, q)`, the first step being step `n`
 * and the first row `k`; throws the simulation's RangeError when one of
 * the group's trajectories `first` … `first + active − 1` leaves the domain.
 */
export type RedoSteps = (
  xs: Float64Array,
  vs: Float64Array,
  normal: (j: number, q: number) => number,
  first: number,
  active: number,
  n: number,
  k: number,
  count: number,
) => void;

/** A number as text, −0 included (the bits must match). */
function show(v: number): string {
  return Object.is(v, -0) ? "-0" : String(v);
}

function evaluate(f: FieldForm, x: number): number {
  switch (f.kind) {
    case "constant":
      return f.value;
    case "linear":
      return f.value + f.gradient * (x - f.at);
    case "hermite":
      return new HermiteTable(f).at(x);
  }
}

/**
 * Points at which a model's forms are compared with its closures: the
 * domain's finite ends, the initial position and points spread between.
 */
function probes(plan: Plan): number[] {
  const [lo, hi] = plan.domain;
  const x0 = plan.initialPosition;
  const a = Number.isFinite(lo) ? lo : x0 - 10;
  const b = Number.isFinite(hi) ? hi : x0 + 10;
  const out = [x0];
  for (let i = 0; i <= 16; i++) {
    // a(1 − s) + b s: no overflow for domains near ±Number.MAX_VALUE.
    const x = a * (1 - i / 16) + b * (i / 16);
    if (Number.isFinite(x)) out.push(x);
  }
  return out;
}

function checkForm(
  plan: Plan,
  name: "friction" | "temperature",
  form: FieldForm,
  closure: (x: number) => number,
): void {
  if (form.kind === "hermite") {
    const n = form.values.length - 1;
    if (
      !(n >= 1) || form.slopes.length !== n + 1 || !(form.hi > form.lo)
    ) {
      throw new RangeError(
        `Cannot simulate: the model's \`forms.${name}\` must be a table of n + 1 ≥ 2 values and as many slopes on lo < hi, but got ${form.values.length} values, ${form.slopes.length} slopes on [${form.lo}, ${form.hi}]`,
      );
    }
  }
  for (const x of probes(plan)) {
    const want = closure(x), got = evaluate(form, x);
    if (!Object.is(want, got)) {
      throw new RangeError(
        `Cannot simulate: the model's \`forms.${name}\` (${form.kind}) must equal its \`${name}\` function, but at x = ${
          show(x)
        } the form gives ${show(got)} and the function ${show(want)}`,
      );
    }
  }
}

/**
 * The compiled kernel's set-up for this run, or null when it does not
 * apply (then the JavaScript kernels run). Throws when the model's forms
 * disagree with its closures.
 */
export function compiledMarkov(
  plan: Plan,
  model: LangevinModel,
  potential: Potential,
): CompiledMarkov | null {
  const friction = model.forms?.friction;
  const temperature = model.forms?.temperature;
  const spec = potential.spec;
  const walls = plan.walls;
  const force = spec.kind === "harmonic" ? "h" : "z";
  const wall = walls === undefined ? "n" : "w";
  // Stated forms must be right whether or not this run compiles.
  if (friction) checkForm(plan, "friction", friction, model.friction);
  if (temperature) {
    checkForm(plan, "temperature", temperature, model.temperature);
  }
  const compilable = walls === undefined
    ? spec.kind === "harmonic" || spec.kind === "free"
    : spec.kind === "box";
  if (
    friction === undefined || temperature === undefined ||
    friction.kind !== "constant" || !compilable ||
    plan.random.generator !== "xoshiro128**" ||
    plan.blockSize < MIN_BLOCK
  ) {
    return null;
  }
  // Switched off (setKernelsEnabled): decide before creating anything.
  if (kernelMemory() === null) return null;
  const ex = kernel();
  if (
    ex === null || NormalLanes.get(WASM_LANES, ROWS) === null ||
    (temperature.kind === "hermite" && !tableRoom(temperature.values.length))
  ) {
    return null;
  }
  const variant = temperature.kind === "constant"
    ? "c"
    : temperature.kind === "linear"
    ? "a"
    : "t";
  const steps = ex[`steps_${force}${wall}${variant}`] as Steps;
  const dt = plan.dt, g = friction.value, half = 0.5 * dt;
  const [a, b, x0] = temperature.kind === "linear"
    ? [temperature.value, temperature.gradient, temperature.at]
    : [0, 0, 0];
  const s2 = -Math.expm1(-2 * g * dt), invM = 1 / plan.mass;
  // A constant T: the noise amplitude the JavaScript kernel computes at
  // every step, √(s2·T·(1/M)) in that order, once.
  const sigma = temperature.kind === "constant"
    ? Math.sqrt(s2 * temperature.value * invM)
    : 0;
  const k = spec.kind === "harmonic"
    ? spec.mass * spec.frequency * spec.frequency
    : 0;
  const [wlo, whi] = walls ?? [-Infinity, Infinity];
  const n = temperature.kind === "hermite" ? temperature.values.length - 1 : 1;
  const [hlo, hhi] = temperature.kind === "hermite"
    ? [temperature.lo, temperature.hi]
    : [0, 1];
  return {
    steps,
    temperature,
    params: Float64Array.of(
      // Positions tested per call (a trajectory that overflowed to ±∞ has
      // left any domain): the domain, within the walls.
      Math.max(plan.domain[0], wlo, -Number.MAX_VALUE),
      Math.min(plan.domain[1], whi, Number.MAX_VALUE),
      half / plan.mass,
      half,
      Math.exp(-g * dt),
      s2,
      invM,
      a,
      b,
      x0,
      -k,
      spec.kind === "harmonic" ? spec.center : 0,
      wlo,
      whi,
      2 * wlo,
      2 * whi,
      // HermiteTable's lo, 1/h = n/(hi − lo), h = (hi − lo)/n, n − 1
      hlo,
      n / (hhi - hlo),
      (hhi - hlo) / n,
      n - 1,
      sigma,
    ),
  };
}

/**
 * Whether a table of `nodes` (value, slope) pairs fits the table region
 * (reserved here on first use), or false (the JavaScript kernel runs).
 */
function tableRoom(nodes: number): boolean {
  if (nodes > TABLE_NODES) return false;
  tableAt ??= kernelTryAlloc(16 * TABLE_NODES);
  return tableAt !== null;
}

/** Copies the temperature table's (value, slope) pairs into the kernel memory. */
function loadTable(f64: Float64Array, form: FieldForm): number {
  if (form.kind !== "hermite") return 0;
  if (tableAt === null) throw new Error("unreachable: no table region");
  // Copied for every block: the arrays may have been changed in place.
  const at = tableAt / 8;
  for (let i = 0; i < form.values.length; i++) {
    f64[at + 2 * i] = form.values[i];
    f64[at + 2 * i + 1] = form.slopes[i];
  }
  return tableAt;
}

/** runMarkovBlock through the compiled kernel set up by compiledMarkov. */
export function runMarkovBlockWasm(
  plan: Plan,
  c: BlockContext,
  sums: BlockSums,
  onTrajectory: () => void,
  compiled: CompiledMarkov,
  redo: RedoSteps,
): void {
  const { steps, every, first, last } = c;
  const lanes = NormalLanes.get(WASM_LANES, ROWS);
  const mem = kernelMemory();
  if (lanes === null || mem === null) {
    throw new Error("unreachable: the compiled Markov kernel is unavailable");
  }
  compiledRuns.blocks++;
  const run = compiled.steps;
  const f64 = mem.f64.subarray(base / 8, (base + SIZE) / 8);
  f64.set(compiled.params, PARAMS / 8);
  const tab = loadTable(mem.f64, compiled.temperature);
  const xs = f64.subarray(X / 8, X / 8 + WASM_LANES);
  const vs = f64.subarray(V / 8, V / 8 + WASM_LANES);
  const normal = (j: number, q: number) => lanes.normal(j, q);
  const observers: Observer[] = [];
  for (let j = 0; j < WASM_LANES; j++) {
    observers.push(new Observer(plan, sums));
  }
  for (let i0 = first; i0 < last; i0 += WASM_LANES) {
    const active = Math.min(WASM_LANES, last - i0);
    for (let j = 0; j < WASM_LANES; j++) {
      // Unused lanes repeat trajectory i0: they stay wherever it stays.
      lanes.seed(j, xoshiroStart(plan.seed, i0 + (j < active ? j : 0)));
    }
    lanes.fill();
    for (let j = 0; j < WASM_LANES; j++) {
      xs[j] = plan.initialPosition;
      vs[j] = initialVelocity(plan, lanes.normal(j, 0));
    }
    for (let j = 0; j < active; j++) {
      observers[j].begin(i0 + j);
      observers[j].record(0, xs[j], vs[j]);
    }
    let k = 1, r = 1, untilRecord = every;
    for (let n = 1; n <= steps;) {
      if (k === ROWS) {
        lanes.fill();
        k = 0;
      }
      const count = Math.min(ROWS - k, untilRecord, steps - n + 1);
      if (run(base, lanes.xi, k, count, tab) < 0) {
        compiledRuns.redone++;
        redo(xs, vs, normal, i0, active, n, k, count);
      }
      n += count;
      k += count;
      untilRecord -= count;
      if (untilRecord === 0) {
        untilRecord = every;
        for (let j = 0; j < active; j++) observers[j].record(r, xs[j], vs[j]);
        r++;
      }
    }
    for (let j = 0; j < active; j++) {
      observers[j].end();
      onTrajectory();
    }
  }
}

/**
 * The Markov (BAOAB) integrator in WebAssembly: sixteen trajectories at a
 * time, normals from `random/_lanes.ts`, steps from `_baoab.wat`. Private.
 *
 * It runs when the work is simple enough to compile: the default
 * `xoshiro128**` generator, a harmonic or free potential (no walls), a
 * constant friction and a constant or linear temperature stated by the
 * model's {@linkcode LangevinModel.forms}. It gives exactly the results of
 * the JavaScript kernels in `_markov.ts` (same normals, same operations in
 * the same order, partial sums in trajectory order); the tests compare the
 * two bit for bit.
 *
 * @module
 */
import {
  instantiateKernel,
  kernelAlloc,
  kernelMemory,
} from "../random/_kernel.ts";
import { NormalLanes } from "../random/_lanes.ts";
import { xoshiroStart } from "../random/stream.ts";
import type { FieldForm, LangevinModel } from "./model.ts";
import type { Potential } from "./potentials.ts";
import type { BlockSums, Plan } from "./_plan.ts";
import { Observer } from "./_observer.ts";
import { blockContext, initialVelocity, leftDomain } from "./_block.ts";
import { BAOAB_WASM } from "./_baoab_wasm.ts";

/** Trajectories per kernel call (eight f64x2 vectors). */
const LANES = 16;

/** Normals per lane and fill (the BAOAB kernel assumes this many rows). */
export const WASM_NORMALS = 256;

/** Layout of the kernel's block (bytes; see _baoab.wat). */
const X = 0, V = 8 * LANES, PARAMS = 16 * LANES, SIZE = PARAMS + 8 * 12;

type Steps = (base: number, xi: number, k0: number, count: number) => number;

interface Compiled {
  /** Steps with one range test per call (-1: some lane left; run `checked`). */
  readonly steps: Steps;
  /** Steps testing every step (the step where a lane left, else count). */
  readonly checked: Steps;
  /** Byte offset of the kernel's block. */
  readonly base: number;
}

let compiled: Compiled | null | undefined;

/** Blocks run by the compiled kernel in this isolate (read by the tests). */
export const compiledRuns = { blocks: 0 };

function kernel(): Compiled | null {
  if (compiled !== undefined) return compiled;
  const exports = instantiateKernel(BAOAB_WASM);
  compiled = exports === null ? null : {
    steps: exports.steps as Steps,
    checked: exports.stepsChecked as Steps,
    base: kernelAlloc(SIZE),
  };
  return compiled;
}

/** T(x) = a + b (x − x0) of a form, for the kernel. */
function affine(f: FieldForm): [number, number, number] {
  return f.kind === "constant" ? [f.value, 0, 0] : [f.value, f.gradient, f.at];
}

function evaluate(f: FieldForm, x: number): number {
  return f.kind === "constant" ? f.value : f.value + f.gradient * (x - f.at);
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
  for (let i = 0; i <= 8; i++) out.push(a + (b - a) * i / 8);
  return out;
}

function checkForm(
  plan: Plan,
  name: "friction" | "temperature",
  form: FieldForm,
  closure: (x: number) => number,
): void {
  for (const x of probes(plan)) {
    const want = closure(x), got = evaluate(form, x);
    if (!Object.is(want, got)) {
      throw new RangeError(
        `Cannot simulate: the model's \`forms.${name}\` (${
          JSON.stringify(form)
        }) must equal its \`${name}\` function, but at x = ${x} the form gives ${got} and the function ${want}`,
      );
    }
  }
}

/**
 * The kernel's parameters for this run, or null when the compiled kernel
 * does not apply (then the JavaScript kernels run). Throws when the model's
 * forms disagree with its closures.
 */
export function wasmMarkovParameters(
  plan: Plan,
  model: LangevinModel,
  potential: Potential,
): Float64Array | null {
  const forms = model.forms;
  const spec = potential.spec;
  if (
    forms?.friction === undefined || forms.temperature === undefined ||
    forms.friction.kind !== "constant" ||
    plan.random.generator !== "xoshiro128**" ||
    plan.walls !== undefined ||
    (spec.kind !== "harmonic" && spec.kind !== "free")
  ) {
    return null;
  }
  checkForm(plan, "friction", forms.friction, model.friction);
  checkForm(plan, "temperature", forms.temperature, model.temperature);
  if (kernel() === null || NormalLanes.get(LANES, WASM_NORMALS) === null) {
    return null;
  }
  const dt = plan.dt, g = forms.friction.value;
  const half = 0.5 * dt;
  const [a, b, x0] = affine(forms.temperature);
  const k = spec.kind === "harmonic"
    ? spec.mass * spec.frequency * spec.frequency
    : 0;
  const xc = spec.kind === "harmonic" ? spec.center : 0;
  return Float64Array.of(
    // A trajectory that overflowed to ±∞ has left any domain.
    Math.max(plan.domain[0], -Number.MAX_VALUE),
    Math.min(plan.domain[1], Number.MAX_VALUE),
    half / plan.mass,
    half,
    Math.exp(-g * dt),
    -Math.expm1(-2 * g * dt),
    1 / plan.mass,
    a,
    b,
    x0,
    -k,
    xc,
  );
}

/**
 * runMarkovBlock through the compiled kernel, with the parameters from
 * {@linkcode wasmMarkovParameters}.
 */
export function runMarkovBlockWasm(
  plan: Plan,
  model: LangevinModel,
  potential: Potential,
  block: number,
  sums: BlockSums,
  onTrajectory: () => void,
  params: Float64Array,
): void {
  const c = blockContext(plan, potential, model, "markov", block);
  const { steps, every, first, last } = c;
  const kern = kernel();
  const lanes = NormalLanes.get(LANES, WASM_NORMALS);
  if (kern === null || lanes === null) {
    throw new Error("unreachable: the compiled Markov kernel is unavailable");
  }
  const { steps: run, checked, base } = kern;
  compiledRuns.blocks++;
  const mem = kernelMemory();
  if (mem === null) throw new Error("unreachable: no kernel memory");
  const f64 = mem.f64.subarray(base / 8, (base + SIZE) / 8);
  f64.set(params, PARAMS / 8);
  const xs = f64.subarray(X / 8, X / 8 + LANES);
  const vs = f64.subarray(V / 8, V / 8 + LANES);
  const observers: Observer[] = [];
  for (let j = 0; j < LANES; j++) observers.push(new Observer(plan, sums));
  for (let i0 = first; i0 < last; i0 += LANES) {
    const active = Math.min(LANES, last - i0);
    for (let j = 0; j < LANES; j++) {
      // Unused lanes repeat trajectory i0: they stay wherever it stays.
      lanes.seed(j, xoshiroStart(plan.seed, i0 + (j < active ? j : 0)));
    }
    lanes.fill();
    for (let j = 0; j < LANES; j++) {
      xs[j] = plan.initialPosition;
      vs[j] = initialVelocity(plan, lanes.normal(j, 0));
    }
    for (let j = 0; j < active; j++) {
      observers[j].begin(i0 + j);
      observers[j].record(0, xs[j], vs[j]);
    }
    let k = 1, r = 1, untilRecord = every;
    for (let n = 1; n <= steps;) {
      if (k === WASM_NORMALS) {
        lanes.fill();
        k = 0;
      }
      const count = Math.min(WASM_NORMALS - k, untilRecord, steps - n + 1);
      // The fast kernel tests the range once per call; when it may have
      // been left, the checked kernel redoes the steps and finds where.
      if (run(base, lanes.xi, k, count) < 0) {
        const done = checked(base, lanes.xi, k, count);
        if (done < count) {
          for (let j = 0; j < active; j++) {
            const x = xs[j];
            if (!(x >= params[0] && x <= params[1])) {
              leftDomain(plan, i0 + j, n + done, x);
            }
          }
          throw new Error("unreachable: the kernel stopped for an unused lane");
        }
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

/**
 * Runs one block of trajectories with the plan's method. Private; shared by
 * the main thread and the workers.
 *
 * Each method's integrator is imported on first use, so a pooled worker
 * loads only the code of the method it runs: the Markov kernels are 16
 * modules, while the GLE and explicit-bath integrators are 45–46 (their
 * form factors pull in the special functions and quadrature), which a cold
 * Markov worker used to load and compile before its first block.
 *
 * The loaded integrators are kept in module variables and called directly
 * from {@linkcode runBlock}: handing out per-method closures instead left
 * the compiled Markov kernel's driver ≈ 10 % slower on warm workers (V8
 * optimizes it differently behind the extra call layers).
 *
 * @module
 */
import type { LangevinModel } from "./model.ts";
import type { Potential } from "./potentials.ts";
import { type BlockSums, emptySums, type Plan } from "./_plan.ts";

type Markov = typeof import("./_markov.ts");
type Gle = typeof import("./_gle.ts");
type Explicit = typeof import("./_explicit.ts");

let markovBlock: Markov["runMarkovBlock"] | undefined;
let overdampedBlock: Markov["runOverdampedBlock"] | undefined;
let gleBlock: Gle["runGleBlock"] | undefined;
let explicitBlock: Explicit["runExplicitBlock"] | undefined;

function loaded<F>(f: F | undefined, method: Plan["method"]): F {
  if (f === undefined) {
    throw new Error(
      `Cannot run a ${method} block: its integrator is not loaded (await blockRunner("${method}") first)`,
    );
  }
  return f;
}

/**
 * Runs block `block` and returns its partial sums. The method's integrator
 * must have been loaded by {@linkcode blockRunner}.
 */
export function runBlock(
  plan: Plan,
  model: LangevinModel | undefined,
  potential: Potential,
  block: number,
  onTrajectory: () => void,
): BlockSums {
  const sums = emptySums(plan, block);
  switch (plan.method) {
    case "markov":
    case "overdamped": {
      if (!model) {
        throw new TypeError(
          `Cannot run the ${plan.method} method without the model's friction and temperature`,
        );
      }
      loaded(
        plan.method === "markov" ? markovBlock : overdampedBlock,
        plan.method,
      )(plan, model, potential, block, sums, onTrajectory);
      break;
    }
    case "gle":
    case "explicit-bath":
      loaded(
        plan.method === "gle" ? gleBlock : explicitBlock,
        plan.method,
      )(plan, model, potential, block, sums, onTrajectory);
      break;
  }
  return sums;
}

/** Runs block `block` of a plan and returns its partial sums. */
export type BlockRunner = typeof runBlock;

async function load(method: Plan["method"]): Promise<void> {
  switch (method) {
    case "markov":
    case "overdamped": {
      const m = await import("./_markov.ts");
      markovBlock = m.runMarkovBlock;
      overdampedBlock = m.runOverdampedBlock;
      return;
    }
    case "gle":
      gleBlock = (await import("./_gle.ts")).runGleBlock;
      return;
    case "explicit-bath":
      explicitBlock = (await import("./_explicit.ts")).runExplicitBlock;
      return;
  }
}

const loads = new Map<Plan["method"], Promise<BlockRunner>>();

/**
 * Loads the integrator of `method` (its modules, on the first call; later
 * calls share the same promise, and a failed load is retried by the next
 * call) and resolves to {@linkcode runBlock}.
 */
export function blockRunner(method: Plan["method"]): Promise<BlockRunner> {
  let done = loads.get(method);
  if (done === undefined) {
    done = load(method).then(
      () => runBlock,
      (e: unknown) => {
        loads.delete(method);
        throw e;
      },
    );
    loads.set(method, done);
  }
  return done;
}

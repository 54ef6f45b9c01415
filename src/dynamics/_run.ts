/**
 * Runs one block of trajectories with the plan's method. Private; shared by
 * the main thread and the workers.
 *
 * @module
 */
import type { LangevinModel } from "./model.ts";
import type { Potential } from "./potentials.ts";
import { type BlockSums, emptySums, type Plan } from "./_plan.ts";
import { runMarkovBlock, runOverdampedBlock } from "./_markov.ts";
import { runGleBlock } from "./_gle.ts";
import { runExplicitBlock } from "./_explicit.ts";

/** Runs block `block` and returns its partial sums. */
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
      (plan.method === "markov" ? runMarkovBlock : runOverdampedBlock)(
        plan,
        model,
        potential,
        block,
        sums,
        onTrajectory,
      );
      break;
    }
    case "gle":
      runGleBlock(plan, model, potential, block, sums, onTrajectory);
      break;
    case "explicit-bath":
      runExplicitBlock(plan, model, potential, block, sums, onTrajectory);
      break;
  }
  return sums;
}

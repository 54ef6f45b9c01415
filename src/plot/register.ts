/**
 * Registers the plot layer's rich renderers with the display and progress
 * hooks: object descriptions render as the bundle of
 * `describe_bundle.ts`, and progress shows as a live bar in the Deno Jupyter
 * kernel (stderr elsewhere). Side effect only; touches no `Deno.jupyter` at
 * import time. Importing `mod.ts` loads it.
 *
 * @module
 */
import { setDescriptionRenderer } from "../describe.ts";
import { setProgressFactory } from "../progress.ts";
import { descriptionBundle } from "./describe_bundle.ts";
import { notebookProgress } from "./jupyter_progress.ts";

setDescriptionRenderer(descriptionBundle);
setProgressFactory(notebookProgress);

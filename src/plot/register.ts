/**
 * Registers the plot layer's rich renderers with the display and progress
 * hooks (side effect only; touches no Deno.jupyter at import time).
 *
 * @module
 */
export {};

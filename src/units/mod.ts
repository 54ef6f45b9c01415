/**
 * thermoquilt `units` (under construction).
 *
 * @module
 */
export {};

/**
 * thermoquilt `plot` (under construction).
 *
 * @module
 */
export {};

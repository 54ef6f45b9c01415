/**
 * thermoquilt `dynamics` (under construction).
 *
 * @module
 */
export {};

/**
 * thermoquilt `noise` (under construction).
 *
 * @module
 */
export {};

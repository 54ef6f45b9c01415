/**
 * thermoquilt `random` (under construction).
 *
 * @module
 */
export {};

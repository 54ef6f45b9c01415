/**
 * thermoquilt `models` (under construction).
 *
 * @module
 */
export {};

/**
 * thermoquilt `bath` (under construction).
 *
 * @module
 */
export {};

/**
 * thermoquilt `special` (under construction).
 *
 * @module
 */
export {};

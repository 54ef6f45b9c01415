/**
 * thermoquilt `spectral` (under construction).
 *
 * @module
 */
export {};

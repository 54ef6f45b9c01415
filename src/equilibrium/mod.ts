/**
 * thermoquilt `equilibrium` (under construction).
 *
 * @module
 */
export {};

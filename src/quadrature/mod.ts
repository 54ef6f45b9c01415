/**
 * thermoquilt `quadrature` (under construction).
 *
 * @module
 */
export {};

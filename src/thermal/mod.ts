/**
 * thermoquilt `thermal` (under construction).
 *
 * @module
 */
export {};

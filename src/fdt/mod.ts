/**
 * thermoquilt `fdt` (under construction).
 *
 * @module
 */
export {};

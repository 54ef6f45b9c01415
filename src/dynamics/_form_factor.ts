/**
 * Evaluation of model.ts's data-only FormFactorSpec inside the integrators,
 * delegating the Gaussian form factor to the bath layer's implementation.
 * Private.
 *
 * @module
 */
import {
  gaussianFormFactor as gaussianValue,
  gaussianFormFactorSlope as gaussianSlope,
} from "../bath/mod.ts";
import type { FormFactorSpec } from "./model.ts";

/** u(z) for a form factor. */
export function formFactorValue(f: FormFactorSpec, z: number): number {
  return f.kind === "linear" ? z : gaussianValue(z, f.width);
}

/** u'(z) for a form factor. */
export function formFactorSlope(f: FormFactorSpec, z: number): number {
  return f.kind === "linear" ? 1 : gaussianSlope(z, f.width);
}

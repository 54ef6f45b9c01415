/**
 * The one implementation behind every temperature-profile builder: domain
 * checks on evaluation, sampling, description and Jupyter display. Builders
 * validate, then hand this class two fast closures.
 *
 * @module
 */
import {
  type DescribedParameter,
  type Description,
  displayBundle,
  type MimeBundle,
} from "../describe.ts";
import type { TemperatureProfile } from "./types.ts";
import { show } from "../_validate.ts";

/** What a builder tells the profile about itself, for `describe()`. */
export interface ProfileInfo {
  readonly title: string;
  readonly formula: string;
  readonly parameters: readonly DescribedParameter[];
  /** x window for the preview when the domain is infinite. */
  readonly window: readonly [number, number];
  readonly notes?: readonly string[];
}

/** A validated temperature profile. */
export class Profile implements TemperatureProfile {
  readonly kind: string;
  readonly domain: readonly [number, number];
  readonly #value: (x: number) => number;
  readonly #slope: (x: number) => number;
  readonly #info: ProfileInfo;

  constructor(
    kind: string,
    domain: readonly [number, number],
    value: (x: number) => number,
    slope: (x: number) => number,
    info: ProfileInfo,
  ) {
    this.kind = kind;
    this.domain = Object.freeze([domain[0], domain[1]]) as readonly [
      number,
      number,
    ];
    this.#value = value;
    this.#slope = slope;
    this.#info = info;
  }

  #check(x: number, what: string): void {
    if (
      !(x >= this.domain[0] && x <= this.domain[1] && Number.isFinite(x))
    ) {
      if (typeof x !== "number") {
        throw new TypeError(
          `Cannot evaluate ${what} of a ${this.kind} temperature profile: \`x\` must be a number, got ${
            show(x)
          }`,
        );
      }
      throw new RangeError(
        `Cannot evaluate ${what} of a ${this.kind} temperature profile: \`x\` must be finite and lie in the domain [${
          this.domain[0]
        }, ${this.domain[1]}], got ${show(x)}`,
      );
    }
  }

  /** T(x); RangeError outside the domain. */
  at(x: number): number {
    this.#check(x, "T(x)");
    return this.#value(x);
  }

  /** dT/dx; RangeError outside the domain. */
  gradient(x: number): number {
    this.#check(x, "T'(x)");
    return this.#slope(x);
  }

  /** T at every point of `xs`; RangeError if any lies outside the domain. */
  sample(xs: ArrayLike<number>): Float64Array {
    const out = new Float64Array(xs.length);
    const lo = this.domain[0], hi = this.domain[1];
    const f = this.#value;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      if (!(x >= lo && x <= hi && x - x === 0)) this.#check(x, "T(x)");
      out[i] = f(x);
    }
    return out;
  }

  /** Formula, parameters and a preview of T(x) and T'(x). */
  describe(): Description {
    const bounded = Number.isFinite(this.domain[0]) &&
      Number.isFinite(this.domain[1]);
    let lo = bounded
      ? this.domain[0]
      : Math.max(this.domain[0], this.#info.window[0]);
    let hi = bounded
      ? this.domain[1]
      : Math.min(this.domain[1], this.#info.window[1]);
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) {
      // A window that overflowed: fall back to a unit window inside the domain.
      lo = Number.isFinite(this.domain[0])
        ? this.domain[0]
        : Math.min(-1, this.domain[1] - 2);
      hi = Number.isFinite(this.domain[1]) ? this.domain[1] : lo + 2;
    }
    const n = 201;
    const x = new Float64Array(n);
    const t = new Float64Array(n);
    const g = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const f = i / (n - 1);
      x[i] = i === n - 1 ? hi : lo * (1 - f) + hi * f;
      t[i] = this.#value(x[i]);
      g[i] = this.#slope(x[i]);
    }
    return {
      title: this.#info.title,
      formula: this.#info.formula,
      parameters: [
        ...this.#info.parameters,
        {
          name: "domain",
          value: `[${this.domain[0]}, ${this.domain[1]}]`,
          unit: "length",
        },
      ],
      preview: {
        x,
        series: [{ name: "T(x)", y: t }, { name: "T'(x)", y: g }],
        xLabel: "x",
        yLabel: "temperature",
      },
      notes: this.#info.notes,
    };
  }

  /** Rich display in Jupyter (delegates to the registered renderer). */
  [Symbol.for("Jupyter.display")](): MimeBundle {
    return displayBundle(this.describe());
  }
}

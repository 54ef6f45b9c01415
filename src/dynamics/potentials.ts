/**
 * External potentials V(X) for {@linkcode simulate}: free, harmonic, a box
 * with reflecting walls, a double well, and a user function.
 *
 * Units: positions in L, energies in ħω_ref (k_B = 1). Every potential but
 * `custom` is plain data underneath (its `spec`), so simulations using it can
 * run in worker threads.
 *
 * @module
 */
import {
  type Description,
  displayBundle,
  type MimeBundle,
} from "../describe.ts";

/** The data that defines a potential (what workers receive). */
export type PotentialSpec =
  | { readonly kind: "free" }
  | {
    readonly kind: "harmonic";
    readonly frequency: number;
    readonly center: number;
    readonly mass: number;
  }
  | { readonly kind: "box"; readonly from: number; readonly to: number }
  | {
    readonly kind: "double-well";
    readonly barrier: number;
    readonly minima: readonly [number, number];
  }
  | { readonly kind: "custom" };

/** An external potential V(x) with its force and optional reflecting walls. */
export interface Potential {
  /** The defining data; `{ kind: "custom" }` for user functions. */
  readonly spec: PotentialSpec;
  /**
   * Reflecting walls [from, to], or undefined. A particle crossing a wall
   * is reflected specularly (position mirrored, velocity reversed).
   */
  readonly walls: readonly [number, number] | undefined;
  /** V(x), energy units ħω_ref. */
  energy(x: number): number;
  /** Force −V'(x), energy / L. */
  force(x: number): number;
  /**
   * Data-only description (the object also implements
   * `[Symbol.for("Jupyter.display")]()`).
   */
  describe(): Description;
}

function finite(what: string, name: string, value: unknown): number {
  if (typeof value !== "number") {
    throw new TypeError(
      `Cannot build ${what}: \`${name}\` must be a number, but got ${typeof value}`,
    );
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(
      `Cannot build ${what}: \`${name}\` must be finite, but got ${value}`,
    );
  }
  return value;
}

function make(
  spec: PotentialSpec,
  walls: readonly [number, number] | undefined,
  energy: (x: number) => number,
  force: (x: number) => number,
  description: Description,
): Potential {
  return {
    spec,
    walls,
    energy,
    force,
    describe: () => description,
    [Symbol.for("Jupyter.display")](): MimeBundle {
      return displayBundle(description);
    },
  };
}

/**
 * No external potential, V = 0.
 *
 * @example
 * ```ts
 * import { free } from "./potentials.ts";
 * const V = free();
 * if (V.force(3) !== 0 || V.energy(-1) !== 0) throw new Error("V = 0");
 * ```
 */
export function free(): Potential {
  return make(
    { kind: "free" },
    undefined,
    () => 0,
    () => 0,
    { title: "Free particle", formula: "V(x) = 0" },
  );
}

/** Options of {@linkcode harmonic}. */
export interface HarmonicOptions {
  /** Trap frequency ω₀ > 0 (ω_ref). */
  readonly frequency: number;
  /** Trap centre x₀ (L). Default 0. */
  readonly center?: number;
  /** Particle mass M the frequency refers to (> 0). Default 1. */
  readonly mass?: number;
}

/**
 * Harmonic trap V(x) = ½ M ω₀² (x − x₀)².
 *
 * @example
 * ```ts
 * import { harmonic } from "./potentials.ts";
 * const V = harmonic({ frequency: 2, center: 1 });
 * if (V.energy(2) !== 2 || V.force(2) !== -4) throw new Error("½·4·1 = 2, −4·1");
 * ```
 */
export function harmonic(options: HarmonicOptions): Potential {
  const what = "a harmonic potential";
  const w = finite(what, "frequency", options.frequency);
  if (!(w > 0)) {
    throw new RangeError(
      `Cannot build ${what}: \`frequency\` must be > 0, but got ${w}`,
    );
  }
  const c = finite(what, "center", options.center ?? 0);
  const m = finite(what, "mass", options.mass ?? 1);
  if (!(m > 0)) {
    throw new RangeError(
      `Cannot build ${what}: \`mass\` must be > 0, but got ${m}`,
    );
  }
  const k = m * w * w;
  return make(
    { kind: "harmonic", frequency: w, center: c, mass: m },
    undefined,
    (x) => 0.5 * k * (x - c) * (x - c),
    (x) => -k * (x - c),
    {
      title: "Harmonic trap",
      formula: "V(x) = \\tfrac12 M\\omega_0^2 (x - x_0)^2",
      parameters: [
        { name: "frequency", symbol: "\\omega_0", value: w, unit: "ω_ref" },
        { name: "centre", symbol: "x_0", value: c, unit: "L" },
        { name: "mass", symbol: "M", value: m },
      ],
    },
  );
}

/** Options of {@linkcode box}. */
export interface BoxOptions {
  /** Left wall (L). */
  readonly from: number;
  /** Right wall (L), > from. */
  readonly to: number;
}

/**
 * A box [from, to] with hard reflecting walls and V = 0 inside: a particle
 * crossing a wall during a position update is mirrored back and its velocity
 * reversed (elastic collision).
 *
 * @example
 * ```ts
 * import { box } from "./potentials.ts";
 * const V = box({ from: -2, to: 2 });
 * if (V.walls?.[1] !== 2 || V.force(0) !== 0) throw new Error("walls at ±2");
 * ```
 */
export function box(options: BoxOptions): Potential {
  const what = "a box potential";
  const a = finite(what, "from", options.from);
  const b = finite(what, "to", options.to);
  if (!(b > a)) {
    throw new RangeError(
      `Cannot build ${what}: \`to\` must be > \`from\`, but got from = ${a}, to = ${b}`,
    );
  }
  return make(
    { kind: "box", from: a, to: b },
    [a, b],
    () => 0,
    () => 0,
    {
      title: "Box with reflecting walls",
      formula: "V(x) = 0 \\text{ on } [a, b], \\text{ reflecting walls}",
      parameters: [
        { name: "left wall", symbol: "a", value: a, unit: "L" },
        { name: "right wall", symbol: "b", value: b, unit: "L" },
      ],
    },
  );
}

/** Options of {@linkcode doubleWell}. */
export interface DoubleWellOptions {
  /** Barrier height ΔV > 0 above the minima (ħω_ref). */
  readonly barrier: number;
  /**
   * Positions of the two minima [x₁, x₂] with x₁ < x₂ (L), or a > 0 for
   * [−a, a].
   */
  readonly minima: number | readonly [number, number];
}

/**
 * Quartic double well V(x) = ΔV ((x − m)² − h²)² / h⁴ with minima at
 * m ± h (m the midpoint and h the half-distance of the minima): V = 0 at
 * the minima and ΔV at the barrier top x = m.
 *
 * @example
 * ```ts
 * import { doubleWell } from "./potentials.ts";
 * const V = doubleWell({ barrier: 3, minima: 1 });
 * if (V.energy(0) !== 3 || V.energy(1) !== 0 || V.force(-1) !== 0) throw new Error("ΔV = 3 at 0");
 * ```
 */
export function doubleWell(options: DoubleWellOptions): Potential {
  const what = "a double-well potential";
  const dv = finite(what, "barrier", options.barrier);
  if (!(dv > 0)) {
    throw new RangeError(
      `Cannot build ${what}: \`barrier\` must be > 0, but got ${dv}`,
    );
  }
  let x1: number, x2: number;
  if (typeof options.minima === "number") {
    const a = finite(what, "minima", options.minima);
    if (!(a > 0)) {
      throw new RangeError(
        `Cannot build ${what}: \`minima\` as a number a must be > 0 (minima at ±a), but got ${a}`,
      );
    }
    x1 = -a;
    x2 = a;
  } else {
    x1 = finite(what, "minima[0]", options.minima[0]);
    x2 = finite(what, "minima[1]", options.minima[1]);
    if (!(x2 > x1)) {
      throw new RangeError(
        `Cannot build ${what}: \`minima\` must be increasing, but got [${x1}, ${x2}]`,
      );
    }
  }
  const m = 0.5 * (x1 + x2);
  const h = 0.5 * (x2 - x1);
  const h2 = h * h;
  const s = dv / (h2 * h2);
  return make(
    { kind: "double-well", barrier: dv, minima: [x1, x2] },
    undefined,
    (x) => {
      const d = (x - m) * (x - m) - h2;
      return s * d * d;
    },
    (x) => -4 * s * (x - m) * ((x - m) * (x - m) - h2),
    {
      title: "Quartic double well",
      formula: "V(x) = \\Delta V\\,\\frac{((x-m)^2 - h^2)^2}{h^4}",
      parameters: [
        { name: "barrier", symbol: "\\Delta V", value: dv, unit: "ħω_ref" },
        { name: "left minimum", symbol: "x_1", value: x1, unit: "L" },
        { name: "right minimum", symbol: "x_2", value: x2, unit: "L" },
      ],
    },
  );
}

/** Options of {@linkcode custom}. */
export interface CustomPotentialOptions {
  /** V(x) (ħω_ref). */
  readonly energy: (x: number) => number;
  /** The force −V'(x) (ħω_ref / L). */
  readonly force: (x: number) => number;
  /** Optional reflecting walls [from, to]. */
  readonly walls?: readonly [number, number];
  /** Name shown by describe(). Default "Custom potential". */
  readonly name?: string;
}

/**
 * A user-supplied potential. Functions cannot be sent to worker threads, so a
 * simulation with a custom potential runs on the main thread.
 *
 * @example
 * ```ts
 * import { custom } from "./potentials.ts";
 * const V = custom({ energy: (x) => x ** 4, force: (x) => -4 * x ** 3 });
 * if (V.force(1) !== -4 || V.spec.kind !== "custom") throw new Error("x⁴");
 * ```
 */
export function custom(options: CustomPotentialOptions): Potential {
  const what = "a custom potential";
  if (typeof options.energy !== "function") {
    throw new TypeError(
      `Cannot build ${what}: \`energy\` must be a function, but got ${typeof options
        .energy}`,
    );
  }
  if (typeof options.force !== "function") {
    throw new TypeError(
      `Cannot build ${what}: \`force\` must be a function, but got ${typeof options
        .force}`,
    );
  }
  let walls: readonly [number, number] | undefined;
  if (options.walls) {
    const a = finite(what, "walls[0]", options.walls[0]);
    const b = finite(what, "walls[1]", options.walls[1]);
    if (!(b > a)) {
      throw new RangeError(
        `Cannot build ${what}: \`walls\` must be increasing, but got [${a}, ${b}]`,
      );
    }
    walls = [a, b];
  }
  return make(
    { kind: "custom" },
    walls,
    options.energy,
    options.force,
    { title: options.name ?? "Custom potential", formula: "V(x)" },
  );
}

/**
 * Rebuilds a potential from its spec (used by workers). Throws TypeError for
 * `"custom"`, whose functions cannot be rebuilt.
 *
 * @example
 * ```ts
 * import { fromSpec, harmonic } from "./potentials.ts";
 * const V = fromSpec(harmonic({ frequency: 1 }).spec);
 * if (V.energy(2) !== 2) throw new Error("½·1·4 = 2");
 * ```
 */
export function fromSpec(spec: PotentialSpec): Potential {
  switch (spec.kind) {
    case "free":
      return free();
    case "harmonic":
      return harmonic(spec);
    case "box":
      return box(spec);
    case "double-well":
      return doubleWell(spec);
    case "custom":
      throw new TypeError(
        "Cannot rebuild a potential from its spec: a `custom` potential's functions are not data",
      );
  }
}

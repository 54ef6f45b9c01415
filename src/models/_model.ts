/**
 * The one implementation behind `standard`, `gclm1` and `gclm2`: builders
 * validate their options and hand this function the reduction, the baths,
 * the local-noise factory and the description.
 *
 * @module
 */
import {
  type Description,
  displayBundle,
  type MimeBundle,
} from "../describe.ts";
import type { BathComponent, ModelKind } from "../dynamics/model.ts";
import type { SpectralDensity } from "../spectral/types.ts";
import type { TemperatureProfile } from "../thermal/types.ts";
import { show } from "../_validate.ts";
import { type Field, fieldData, fieldOf, formOf } from "./_reduction.ts";
import type { LocalNoise, LocalNoiseOptions, ThermalModel } from "./types.ts";

/** What a builder supplies. */
export interface ModelParts {
  readonly kind: ModelKind;
  readonly title: string;
  readonly density: SpectralDensity;
  readonly profile: TemperatureProfile | undefined;
  readonly gamma: number;
  readonly domain: readonly [number, number];
  readonly baths: readonly BathComponent[];
  readonly noiseFollowsParticle: boolean;
  /** Exact friction and its gradient; `constant` if it is one. */
  readonly friction: Field & { readonly constant?: number };
  /** Exact temperature and its gradient; `constant` if it is one. */
  readonly temperature: Field & { readonly constant?: number };
  readonly localNoise: (
    model: ThermalModel,
    x: number,
    options: LocalNoiseOptions,
  ) => LocalNoise;
  readonly describe: (model: ThermalModel) => Description;
}

/** Checks that `d` looks like a SpectralDensity and returns its Markov rate γ̂(0). */
export function markovRate(what: string, d: unknown): number {
  if (
    typeof d !== "object" || d === null ||
    typeof (d as SpectralDensity).at !== "function" ||
    typeof (d as SpectralDensity).laplace !== "function"
  ) {
    throw new TypeError(
      `Cannot ${what}: \`density\` must be a SpectralDensity (from \`spectral\`), got ${
        show(d)
      }`,
    );
  }
  let g: number;
  try {
    g = (d as SpectralDensity).laplace(0);
  } catch (e) {
    throw new RangeError(
      `Cannot ${what}: the density has no Markov friction γ = γ̂(0): ${
        e instanceof Error ? e.message : String(e)
      }`,
    );
  }
  if (!(g > 0) || !Number.isFinite(g)) {
    throw new RangeError(
      `Cannot ${what}: the density's Markov friction γ = γ̂(0) = ∫γ(t)dt must be finite and > 0 (Ohmic at low frequency), got ${g}`,
    );
  }
  return g;
}

/** Checks that `p` looks like a TemperatureProfile. */
export function requireProfile(what: string, p: unknown): TemperatureProfile {
  if (
    typeof p !== "object" || p === null ||
    typeof (p as TemperatureProfile).at !== "function" ||
    typeof (p as TemperatureProfile).gradient !== "function" ||
    !Array.isArray((p as TemperatureProfile).domain)
  ) {
    throw new TypeError(
      `Cannot ${what}: \`profile\` must be a TemperatureProfile (from \`temperature\`), got ${
        show(p)
      }`,
    );
  }
  return p as TemperatureProfile;
}

/** Builds the model object. */
export function buildModel(parts: ModelParts): ThermalModel {
  const fd = fieldData(
    parts.friction.at,
    parts.friction.slope,
    parts.domain,
    parts.friction.constant,
  );
  const td = fieldData(
    parts.temperature.at,
    parts.temperature.slope,
    parts.domain,
    parts.temperature.constant,
  );
  // Evaluate through the data whenever there is data, so that the model a
  // worker rebuilds from the recipe is the same function bit for bit.
  const friction = fd ? fieldOf(fd) : parts.friction;
  const temperature = td ? fieldOf(td) : parts.temperature;
  const recipe = fd && td
    ? {
      module: new URL("./recipe.ts", import.meta.url).href,
      exportName: "rebuildModel",
      data: {
        kind: parts.kind,
        title: parts.title,
        mass: parts.density.mass,
        domain: parts.domain,
        noiseFollowsParticle: parts.noiseFollowsParticle,
        friction: fd,
        temperature: td,
      },
    }
    : undefined;
  const [lo, hi] = parts.domain;
  const inside = (what: string, x: number) => {
    if (!(x >= lo && x <= hi)) {
      throw new RangeError(
        `Cannot evaluate ${what} of the ${parts.title} model: \`x\` must lie in the domain [${lo}, ${hi}], got ${
          show(x)
        }`,
      );
    }
  };
  const model: ThermalModel = {
    kind: parts.kind,
    mass: parts.density.mass,
    baths: parts.baths,
    noiseFollowsParticle: parts.noiseFollowsParticle,
    domain: parts.domain,
    density: parts.density,
    profile: parts.profile,
    gamma: parts.gamma,
    friction: friction.at,
    frictionGradient: friction.slope,
    temperature: temperature.at,
    temperatureGradient: temperature.slope,
    // The fields as data, which lets simulate's "markov" method use its
    // compiled kernel.
    forms: { friction: formOf(fd), temperature: formOf(td) },
    effectiveTemperature(x: number): number {
      inside("the effective temperature", x);
      return temperature.at(x);
    },
    localNoise(x: number, options: LocalNoiseOptions = {}): LocalNoise {
      inside("the local noise", x);
      const s = options.statistics ?? "quantum";
      if (s !== "quantum" && s !== "classical") {
        throw new RangeError(
          `Cannot evaluate the local noise of the ${parts.title} model: \`statistics\` must be "quantum" or "classical", got ${
            show(s)
          }`,
        );
      }
      return parts.localNoise(model, x, { statistics: s });
    },
    recipe,
    describe: () => parts.describe(model),
    [Symbol.for("Jupyter.display")](): MimeBundle {
      return displayBundle(parts.describe(model));
    },
  };
  return model;
}

/** The provenance note every model's description carries. */
export const PROVENANCE =
  "**What is the paper's and what is ours.** Valente, Matos and Werlang, " +
  "*Thermoforesis from generalized Caldeira–Leggett models* (arXiv:2603.26980) " +
  "propose two generalizations of the Caldeira–Leggett model that put a " +
  "temperature gradient into the environment, and report that both show " +
  "thermophoresis. Only the paper's abstract and a plain-language summary were " +
  "available to us: the two ideas (a driven bath that follows the particle; a " +
  "quilt of local baths) and the claim come from the paper; the Hamiltonians, " +
  "Langevin equations, form factor, reductions and quantum versions below are " +
  "thermoquilt's own formulation of those ideas.";

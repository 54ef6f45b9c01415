/**
 * Validation of `simulate`'s options and construction of the data-only
 * plan the integrators (and workers) run: memory embeddings, quantum-noise
 * filters and bath discretizations are computed here, once, on the main
 * thread. Private.
 *
 * @module
 */
import { discretize } from "../bath/mod.ts";
import { type RandomGenerator, randomStream } from "../random/mod.ts";
import type { SpectralDensity } from "../spectral/types.ts";
import type { LangevinModel } from "./model.ts";
import type { BathPlan, Grid, MemoryPlan, Plan } from "./_plan.ts";
import type { DiscreteModes, SimulateOptions } from "./simulate.ts";
import {
  bathStiffness,
  EXPLICIT_STEP_BOUND,
  GLE_STEP_BOUND,
  memoryTime,
} from "./_step_bounds.ts";

/** Prefix of every validation message. */
export const WHAT = "Cannot simulate";

/** Checks an integer option ≥ min, with a named error. */
export function positiveInteger(name: string, v: unknown, min = 1): number {
  if (typeof v !== "number") {
    throw new TypeError(
      `${WHAT}: \`${name}\` must be a number, but got ${typeof v}`,
    );
  }
  if (!Number.isSafeInteger(v) || v < min) {
    throw new RangeError(
      `${WHAT}: \`${name}\` must be an integer ≥ ${min}, but got ${v}`,
    );
  }
  return v;
}

function finiteNumber(name: string, v: unknown): number {
  if (typeof v !== "number") {
    throw new TypeError(
      `${WHAT}: \`${name}\` must be a number, but got ${typeof v}`,
    );
  }
  if (!Number.isFinite(v)) {
    throw new RangeError(`${WHAT}: \`${name}\` must be finite, but got ${v}`);
  }
  return v;
}

function grid(
  name: string,
  g: { from: number; to: number; bins: number },
): Grid {
  const from = finiteNumber(`${name}.from`, g.from);
  const to = finiteNumber(`${name}.to`, g.to);
  if (!(to > from)) {
    throw new RangeError(
      `${WHAT}: \`${name}.to\` must be > \`${name}.from\`, but got [${from}, ${to}]`,
    );
  }
  return { from, to, bins: positiveInteger(`${name}.bins`, g.bins) };
}

/** Memory γ(t) = Σ a e^{−r t} of a density, when it has an exact embedding. */
function embedding(d: SpectralDensity): MemoryPlan | undefined {
  const a: number[] = [], r: number[] = [];
  const add = (x: SpectralDensity): boolean => {
    const s = x.spec;
    if (s.kind === "ohmic" && s.cutoff === "drude" && s.exponent === 1) {
      a.push(s.gamma * s.cutoffFrequency);
      r.push(s.cutoffFrequency);
      return true;
    }
    if (s.kind === "sum") return s.terms.every(add);
    return false;
  };
  return add(d)
    ? { amplitudes: Float64Array.from(a), rates: Float64Array.from(r) }
    : undefined;
}

/** Symmetric quantum noise spectrum ħJ(|ω|)coth(ħ|ω|/2T) on the FFT grid, as the filter √(S/dt). */
function noiseFilter(
  d: SpectralDensity,
  T: number,
  L: number,
  dt: number,
): Float64Array {
  const h = new Float64Array(L);
  const dw = 2 * Math.PI / (L * dt);
  for (let m = 0; m < L; m++) {
    const w = Math.abs(m <= L / 2 ? m : m - L) * dw;
    let S: number;
    if (m === 0) {
      // ω → 0: J(ω)coth(ω/2T) → 2T J(ω)/ω; J/ω from a tiny ω (exact for s = 1 to ~1e−8).
      const eps = 1e-8 * dw;
      S = T > 0 ? 2 * T * d.at(eps) / eps : 0;
    } else {
      const J = d.at(w);
      S = T > 0 ? J * (1 + 2 / Math.expm1(w / T)) : J;
    }
    if (!(S >= 0) || !Number.isFinite(S)) {
      throw new RangeError(
        `${WHAT}: the quantum noise spectrum ħJ(ω)coth(ħω/2T) is not a finite non-negative number at ω = ${w} (T = ${T}): ${S}`,
      );
    }
    h[m] = Math.sqrt(S / dt);
  }
  return h;
}

export function buildPlan(model: LangevinModel, o: SimulateOptions): Plan {
  if (!model || typeof model.friction !== "function") {
    throw new TypeError(
      `${WHAT}: \`model\` must implement LangevinModel (friction, temperature, baths, …)`,
    );
  }
  const potential = o.potential;
  if (!potential || typeof potential.force !== "function") {
    throw new TypeError(
      `${WHAT}: \`potential\` is required (e.g. potentials.harmonic({ frequency: 1 }))`,
    );
  }
  const method = o.method ?? "markov";
  if (!["markov", "overdamped", "gle", "explicit-bath"].includes(method)) {
    throw new RangeError(
      `${WHAT}: \`method\` must be "markov", "overdamped", "gle" or "explicit-bath", but got ${
        JSON.stringify(method)
      }`,
    );
  }
  const statistics = o.statistics ?? "classical";
  if (statistics !== "classical" && statistics !== "quantum") {
    throw new RangeError(
      `${WHAT}: \`statistics\` must be "classical" or "quantum", but got ${
        JSON.stringify(statistics)
      }`,
    );
  }
  if (
    statistics === "quantum" && (method === "markov" || method === "overdamped")
  ) {
    throw new RangeError(
      `${WHAT}: \`statistics\` "quantum" needs coloured noise: use method "gle" or "explicit-bath", not ${
        JSON.stringify(method)
      }`,
    );
  }
  const trajectories = positiveInteger("trajectories", o.trajectories ?? 1000);
  const dt = finiteNumber("dt", o.dt);
  if (!(dt > 0)) {
    throw new RangeError(`${WHAT}: \`dt\` must be > 0, but got ${dt}`);
  }
  const steps = positiveInteger("steps", o.steps);
  const seed = o.seed ?? 0;
  if (
    !(typeof seed === "bigint"
      ? seed >= 0n
      : Number.isSafeInteger(seed) && seed >= 0)
  ) {
    throw new RangeError(
      `${WHAT}: \`seed\` must be a non-negative integer, but got ${seed}`,
    );
  }
  const random = o.random ?? {};
  if (typeof random !== "object" || random === null) {
    throw new TypeError(
      `${WHAT}: \`random\` must be an object, but got ${String(random)}`,
    );
  }
  let generator: RandomGenerator;
  try {
    generator = randomStream(0, 0, { generator: random.generator }).generator;
  } catch (e) {
    throw new RangeError(
      `${WHAT}: invalid \`random.generator\` (${
        e instanceof Error ? e.message : String(e)
      })`,
    );
  }
  const rec = o.record ?? {};
  const every = positiveInteger(
    "record.every",
    rec.every ?? Math.max(1, Math.floor(steps / 200)),
  );
  if (every > steps) {
    throw new RangeError(
      `${WHAT}: \`record.every\` must be ≤ steps = ${steps}, but got ${every}`,
    );
  }
  const records = Math.floor(steps / every) + 1;
  const windowTime = rec.window === undefined
    ? 0.5 * steps * dt
    : finiteNumber("record.window", rec.window);
  if (windowTime < 0 || windowTime > steps * dt) {
    throw new RangeError(
      `${WHAT}: \`record.window\` must lie in [0, ${
        steps * dt
      }], but got ${windowTime}`,
    );
  }
  const windowStart = Math.min(
    records - 1,
    Math.ceil(windowTime / (every * dt) - 1e-9),
  );
  const keep = rec.trajectories === undefined
    ? 0
    : positiveInteger("record.trajectories", rec.trajectories, 0);
  const M = model.mass;
  if (!(M > 0 && Number.isFinite(M))) {
    throw new RangeError(
      `${WHAT}: the model's \`mass\` must be > 0, but got ${M}`,
    );
  }
  const walls = potential.walls;
  let x0: number;
  if (o.initial?.position !== undefined) {
    x0 = finiteNumber("initial.position", o.initial.position);
  } else if (walls && !(0 >= walls[0] && 0 <= walls[1])) {
    x0 = 0.5 * (walls[0] + walls[1]);
  } else x0 = 0;
  const domain = model.domain;
  if (!(x0 >= domain[0] && x0 <= domain[1])) {
    throw new RangeError(
      `${WHAT}: \`initial.position\` must lie in the model's domain [${
        domain[0]
      }, ${domain[1]}], but got ${x0}`,
    );
  }
  if (walls && !(x0 >= walls[0] && x0 <= walls[1])) {
    throw new RangeError(
      `${WHAT}: \`initial.position\` must lie between the walls [${walls[0]}, ${
        walls[1]
      }], but got ${x0}`,
    );
  }
  const v0 = o.initial?.velocity === undefined
    ? NaN
    : finiteNumber("initial.velocity", o.initial.velocity);
  const T0 = model.temperature(x0);
  if (!(T0 >= 0 && Number.isFinite(T0))) {
    throw new RangeError(
      `${WHAT}: the model's temperature at x₀ = ${x0} must be finite and ≥ 0, but got ${T0}`,
    );
  }
  let alpha = 0;
  if (method === "overdamped") {
    const c = o.convention;
    const table: Record<string, number> = {
      "ito": 0,
      "stratonovich": 0.5,
      "anti-ito": 1,
      "small-mass": -1,
    };
    if (c === undefined || !(c in table)) {
      throw new TypeError(
        `${WHAT}: the overdamped method needs an explicit \`convention\`: "ito", "stratonovich", "anti-ito" or "small-mass" (the limit of the inertial equation), but got ${
          JSON.stringify(c)
        }`,
      );
    }
    alpha = table[c];
  }
  const follows = model.noiseFollowsParticle;
  const baths: BathPlan[] = [];
  let fftLength = 2;
  let noiseTemperatures: Float64Array | undefined;
  const refT = model.baths[0]?.temperature ?? T0;
  if (method === "gle" || method === "explicit-bath") {
    if (model.baths.length === 0) {
      throw new RangeError(
        `${WHAT}: method ${
          JSON.stringify(method)
        } needs a model with at least one bath, but \`baths\` is empty`,
      );
    }
    if (follows && statistics === "classical" && !(refT > 0)) {
      throw new RangeError(
        `${WHAT}: a driven bath (noise following the particle) needs a reference temperature > 0, but got ${refT}`,
      );
    }
  }
  if (method === "gle") {
    const user = o.memory;
    if (user && user.amplitudes.length !== user.rates.length) {
      throw new RangeError(
        `${WHAT}: \`memory.amplitudes\` and \`memory.rates\` must have the same length`,
      );
    }
    if (statistics === "quantum") {
      while (fftLength < 2 * (steps + 1)) fftLength *= 2;
      if (follows) {
        if (o.noiseTemperatures) {
          noiseTemperatures = Float64Array.from(o.noiseTemperatures);
        } else {
          const lo = walls ? walls[0] : domain[0],
            hi = walls ? walls[1] : domain[1];
          if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
            throw new RangeError(
              `${WHAT}: quantum noise following the particle needs \`noiseTemperatures\` when neither walls nor the model's domain bound the particle`,
            );
          }
          let tmin = Infinity, tmax = -Infinity;
          for (let q = 0; q <= 256; q++) {
            const t = model.temperature(lo + (hi - lo) * q / 256);
            tmin = Math.min(tmin, t);
            tmax = Math.max(tmax, t);
          }
          if (tmax - tmin < 1e-12 * tmax) tmax = tmin * (1 + 1e-6) + 1e-12;
          noiseTemperatures = new Float64Array(8);
          for (let q = 0; q < 8; q++) {
            noiseTemperatures[q] = tmin + (tmax - tmin) * q / 7;
          }
        }
        for (let q = 0; q < noiseTemperatures.length; q++) {
          if (
            !(noiseTemperatures[q] >= 0) ||
            (q > 0 && !(noiseTemperatures[q] > noiseTemperatures[q - 1]))
          ) {
            throw new RangeError(
              `${WHAT}: \`noiseTemperatures\` must be ≥ 0 and increasing, but got [${
                Array.from(noiseTemperatures).join(", ")
              }]`,
            );
          }
        }
        if (noiseTemperatures.length < 2) {
          throw new RangeError(
            `${WHAT}: \`noiseTemperatures\` needs at least 2 nodes`,
          );
        }
      }
    }
    for (const b of model.baths) {
      let memory = embedding(b.density);
      if (user) {
        memory = {
          amplitudes: Float64Array.from(user.amplitudes),
          rates: Float64Array.from(user.rates),
        };
      }
      if (!memory) {
        throw new TypeError(
          `${WHAT}: method "gle" needs the memory kernel as a sum of exponentials; the density of kind ${
            JSON.stringify(b.density.spec.kind)
          } has no exact embedding: pass \`memory: { amplitudes, rates }\``,
        );
      }
      for (let q = 0; q < memory.rates.length; q++) {
        if (!(memory.rates[q] > 0 && memory.amplitudes[q] >= 0)) {
          throw new RangeError(
            `${WHAT}: memory terms need rates > 0 and amplitudes ≥ 0, but term ${q} has a = ${
              memory.amplitudes[q]
            }, r = ${memory.rates[q]}`,
          );
        }
      }
      const plan: BathPlan = {
        site: b.site,
        formFactor: b.formFactor,
        temperature: b.temperature,
        memory,
        noiseFilter: statistics === "quantum" && !follows
          ? noiseFilter(b.density, b.temperature, fftLength, dt)
          : undefined,
        noiseFilters: statistics === "quantum" && follows && noiseTemperatures
          ? Array.from(
            noiseTemperatures,
            (t) => noiseFilter(b.density, t, fftLength, dt),
          )
          : undefined,
      };
      baths.push(plan);
      for (let q = 0; q < memory.rates.length; q++) {
        const r = memory.rates[q];
        if (!(r * dt <= GLE_STEP_BOUND)) {
          throw new RangeError(
            `${WHAT}: method "gle" needs r·dt ≤ ${GLE_STEP_BOUND} for every memory rate r (the Drude cutoff ω_c), because the particle samples the auxiliary friction and noise variables once per step (at ω_c·dt = 1 the kinetic temperature is already ~10% high); got r = ${r}, dt = ${dt} (r·dt = ${
              (r * dt).toPrecision(3)
            }): use dt ≤ ${(GLE_STEP_BOUND / r).toPrecision(3)}`,
          );
        }
      }
    }
  }
  if (method === "explicit-bath") {
    const given = o.bath?.discretization;
    if (given && given.length !== model.baths.length) {
      throw new RangeError(
        `${WHAT}: \`bath.discretization\` needs one entry per model bath (${model.baths.length}), but got ${given.length}`,
      );
    }
    const modes = positiveInteger("bath.modes", o.bath?.modes ?? 200);
    const scheme = o.bath?.scheme ?? "equal-reorganization";
    model.baths.forEach((b, j) => {
      let d: DiscreteModes;
      if (given) d = given[j];
      else {
        d = discretize(b.density, { modes, scheme });
      }
      const w = Float64Array.from(d.frequencies),
        c = Float64Array.from(d.couplings),
        m = Float64Array.from(d.masses);
      if (w.length !== c.length || w.length !== m.length) {
        throw new RangeError(
          `${WHAT}: bath ${j}'s frequencies, couplings and masses must have equal lengths`,
        );
      }
      const T = follows ? refT : b.temperature;
      if (!(T >= 0)) {
        throw new RangeError(
          `${WHAT}: bath ${j}'s temperature must be ≥ 0, but got ${T}`,
        );
      }
      for (let k = 0; k < w.length; k++) {
        if (!(w[k] > 0 && m[k] > 0 && Number.isFinite(c[k]))) {
          throw new RangeError(
            `${WHAT}: bath ${j} mode ${k} needs ω > 0, m > 0 and a finite coupling, but got ω = ${
              w[k]
            }, m = ${m[k]}, c = ${c[k]}`,
          );
        }
      }
      baths.push({
        site: b.site,
        formFactor: b.formFactor,
        temperature: b.temperature,
        frequencies: w,
        couplings: c,
        masses: m,
      });
      if (follows) {
        // A driven bath's response modes carry the friction; once the
        // discretized γ_N(t) stops tracking γ(t) they store the energy the
        // agent pumps in and give it back: the particle heats.
        const tMem = memoryTime(w);
        if (!(steps * dt <= tMem)) {
          throw new RangeError(
            `${WHAT}: a driven bath (noise following the particle, gCLm-I) under "explicit-bath" is only valid while its ${w.length} modes reproduce the friction γ(t), for 2π/(ω₂ − ω₁) = ${
              tMem.toPrecision(3)
            } (the two lowest mode frequencies); the run lasts steps·dt = ${
              steps * dt
            }: use more modes (equal-reorganization Drude: N ≳ ω_c·t/4), a shorter run, or method "gle"`,
          );
        }
      }
    });
    const kappa = bathStiffness(baths, M);
    if (!(dt * Math.sqrt(kappa) <= EXPLICIT_STEP_BOUND)) {
      throw new RangeError(
        `${WHAT}: method "explicit-bath" needs dt·√κ ≤ ${EXPLICIT_STEP_BOUND}, where κ = Σ_k u'² c_k²/(M m_k ω_k²) = ${
          kappa.toPrecision(4)
        } is the stiffness the baths add to the particle (γ_N(0); γω_c for a Drude bath): beyond it the splitting resonates with the fast modes and heats the particle (unstable from dt·√κ = 2); got dt = ${dt} (dt·√κ = ${
          (dt * Math.sqrt(kappa)).toPrecision(3)
        }): use dt ≤ ${
          (EXPLICIT_STEP_BOUND / Math.sqrt(kappa)).toPrecision(3)
        }`,
      );
    }
  }
  const blockSize = Math.max(1, Math.ceil(trajectories / 64));
  const needsModel = method === "markov" || method === "overdamped" || follows;
  return {
    method,
    statistics,
    trajectories,
    blockSize,
    blocks: Math.ceil(trajectories / blockSize),
    dt,
    steps,
    seed,
    random: { generator },
    every,
    records,
    windowStart,
    histogram: rec.histogram
      ? grid("record.histogram", rec.histogram)
      : undefined,
    velocityHistogram: rec.velocityHistogram
      ? grid("record.velocityHistogram", rec.velocityHistogram)
      : undefined,
    keep,
    mass: M,
    potential: potential.spec,
    walls,
    domain: [domain[0], domain[1]],
    initialPosition: x0,
    initialVelocity: v0,
    initialTemperature: T0,
    alpha,
    noiseFollowsParticle: follows,
    baths,
    fftLength,
    noiseTemperatures,
    referenceTemperature: refT,
    recipe: needsModel ? model.recipe : undefined,
  };
}

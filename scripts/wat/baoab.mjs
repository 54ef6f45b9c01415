// Generates src/dynamics/_baoab.wat: BAOAB steps of 16 Markov trajectories
// in f64x2 vectors, nine variants, unrolled. Run through
// scripts/build_wasm.mjs; the header of the generated file says what the
// code does and why its operations are ordered as they are.

/** Vectors (two trajectories each) per call. */
const V = 8;
/** Trajectories per call. */
const L = 2 * V;
/** Rows of normals per fill (exported to JavaScript as the global `rows`). */
export const ROWS = 256;

/** Parameters (f64) after x[L], v[L]. */
const P = [
  "lo",
  "hi",
  "kick",
  "half",
  "c",
  "s2",
  "invm",
  "ta",
  "tb",
  "tx",
  "negk",
  "xc",
  "wlo",
  "whi",
  "twlo",
  "twhi",
  "hlo",
  "hinv",
  "hh",
  "hn1",
  "sigma",
];
const POFF = 16 * L;

const pload = (n) =>
  `(v128.load64_splat offset=${POFF + 8 * P.indexOf(n)} (local.get $base))`;

function kick(i, force) {
  if (force === "h") {
    return `        (local.set $v${i} (f64x2.add (local.get $v${i}) (f64x2.mul (local.get $kick)
          (f64x2.mul (local.get $negk) (f64x2.sub (local.get $x${i}) (local.get $xc))))))
`;
  }
  return `        (local.set $v${i} (f64x2.add (local.get $v${i}) (local.get $kz)))
`;
}

const drift = (i) =>
  `        (local.set $x${i} (f64x2.add (local.get $x${i}) (f64x2.mul (local.get $half) (local.get $v${i}))))
`;

const reflect = (i) =>
  `        (local.set $ml (f64x2.lt (local.get $x${i}) (local.get $wlo)))
        (local.set $mh (f64x2.gt (local.get $x${i}) (local.get $whi)))
        (local.set $x${i} (v128.bitselect (f64x2.sub (local.get $twlo) (local.get $x${i}))
          (v128.bitselect (f64x2.sub (local.get $twhi) (local.get $x${i})) (local.get $x${i}) (local.get $mh))
          (local.get $ml)))
        (local.set $v${i} (v128.bitselect (f64x2.neg (local.get $v${i})) (local.get $v${i})
          (v128.or (local.get $ml) (local.get $mh))))
`;

// pmin/pmax are one instruction each (min/max are not); NaN is caught by
// the sum instead.
const track = (i) =>
  `        (local.set $mn (f64x2.pmin (local.get $mn) (local.get $x${i})))
        (local.set $mx (f64x2.pmax (local.get $mx) (local.get $x${i})))
        (local.set $sum (f64x2.add (local.get $sum) (local.get $x${i})))
`;

const affine = (i) =>
  `(f64x2.add (local.get $ta)
                (f64x2.mul (local.get $tb) (f64x2.sub (local.get $x${i}) (local.get $tx))))`;

// HermiteTable.at for both lanes: cell i = clamp(floor(u), 0, n - 1) with
// the comparisons of JavaScript's `i < 0 ? 0 : i >= n ? n - 1 : i` (a cell
// of -0 stays -0; NaN stays NaN and truncates to cell 0), t = u - i.
const hermite = (i) =>
  `        (local.set $u (f64x2.mul (f64x2.sub (local.get $x${i}) (local.get $hlo)) (local.get $hinv)))
        (local.set $fi (f64x2.pmin (f64x2.pmax (f64x2.floor (local.get $u)) (local.get $zero))
          (local.get $hn1)))
        (local.set $u (f64x2.sub (local.get $u) (local.get $fi)))
        (local.set $cell (i32x4.trunc_sat_f64x2_s_zero (local.get $fi)))
        (local.set $pa (i32.add (local.get $tab) (i32.shl (i32x4.extract_lane 0 (local.get $cell)) (i32.const 4))))
        (local.set $pb (i32.add (local.get $tab) (i32.shl (i32x4.extract_lane 1 (local.get $cell)) (i32.const 4))))
        ;; (v_i, s_i) and (v_i+1, s_i+1) of each lane, transposed
        (local.set $na (v128.load (local.get $pa)))
        (local.set $nb (v128.load (local.get $pb)))
        (local.set $va (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $na) (local.get $nb)))
        (local.set $sa (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $na) (local.get $nb)))
        (local.set $na (v128.load offset=16 (local.get $pa)))
        (local.set $nb (v128.load offset=16 (local.get $pb)))
        (local.set $vb (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $na) (local.get $nb)))
        (local.set $sb (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $na) (local.get $nb)))
        (local.set $t2 (f64x2.mul (local.get $u) (local.get $u)))
        (local.set $t3 (f64x2.mul (local.get $t2) (local.get $u)))
        (local.set $tt (f64x2.mul (f64x2.splat (f64.const 2)) (local.get $t3)))
        (local.set $q3 (f64x2.mul (f64x2.splat (f64.const 3)) (local.get $t2)))
        ;; ((2t3 - 3t2 + 1) v_i + (t3 - 2t2 + t) h s_i) + (3t2 - 2t3) v_i+1 + (t3 - t2) h s_i+1
        (local.set $t (f64x2.add
          (f64x2.add
            (f64x2.add
              (f64x2.mul (f64x2.add (f64x2.sub (local.get $tt) (local.get $q3)) (f64x2.splat (f64.const 1)))
                         (local.get $va))
              (f64x2.mul (f64x2.mul (f64x2.add (f64x2.sub (local.get $t3)
                                                          (f64x2.mul (f64x2.splat (f64.const 2)) (local.get $t2)))
                                               (local.get $u))
                                    (local.get $hh))
                         (local.get $sa)))
            (f64x2.mul (f64x2.sub (local.get $q3) (local.get $tt)) (local.get $vb)))
          (f64x2.mul (f64x2.mul (f64x2.sub (local.get $t3) (local.get $t2)) (local.get $hh)) (local.get $sb))))
`;

/** The normals of vector i (lanes 2i, 2i + 1) at row $p. */
const normals = (i) =>
  `(v128.load offset=${(i >> 1) * ROWS * 32 + (i & 1) * 16} (local.get $p))`;

function ou(i, temp) {
  if (temp === "c") {
    return `        (local.set $v${i} (f64x2.add (f64x2.mul (local.get $c) (local.get $v${i}))
          (f64x2.mul (local.get $sigma)
            ${normals(i)})))
`;
  }
  const t = temp === "a" ? affine(i) : "(local.get $t)";
  return `        (local.set $v${i} (f64x2.add (f64x2.mul (local.get $c) (local.get $v${i}))
          (f64x2.mul
            (f64x2.sqrt (f64x2.mul (f64x2.mul (local.get $s2)
              ${t})
              (local.get $invm)))
            ${normals(i)})))
`;
}

function variant(force, walls, temp) {
  let used = ["lo", "hi", "kick", "half", "c", "s2", "invm"];
  if (force === "h") used.push("negk", "xc");
  if (temp === "a") used.push("ta", "tb", "tx");
  else if (temp === "t") used.push("hlo", "hinv", "hh", "hn1");
  else used = used.filter((u) => u !== "s2" && u !== "invm").concat("sigma");
  if (walls === "w") used.push("wlo", "whi", "twlo", "twhi");
  const range = (from, n) => Array.from({ length: n }, (_, k) => from + k);
  const vectors = range(0, V);
  let locals = vectors.map((i) => `(local $x${i} v128) (local $v${i} v128)`)
    .join(" ");
  locals +=
    "\n    (local $mn v128) (local $mx v128) (local $sum v128) (local $kz v128) (local $zero v128)";
  locals += "\n    " + used.map((n) => `(local $${n} v128)`).join(" ");
  if (walls === "w") locals += "\n    (local $ml v128) (local $mh v128)";
  if (temp === "t") {
    locals +=
      "\n    (local $u v128) (local $fi v128) (local $cell v128) (local $t v128) (local $t2 v128) (local $t3 v128) (local $tt v128) (local $q3 v128)" +
      "\n    (local $na v128) (local $nb v128) (local $va v128) (local $sa v128) (local $vb v128) (local $sb v128) (local $pa i32) (local $pb i32)";
  }
  const w = walls === "w" ? ", walls" : "";
  let body = "";
  for (const i of vectors) {
    body += `        ;; trajectories ${2 * i}, ${
      2 * i + 1
    }: half kick, half drift${w}\n`;
    body += kick(i, force) + drift(i) + (walls === "w" ? reflect(i) : "") +
      track(i);
  }
  for (const i of vectors) {
    body += `        ;; trajectories ${2 * i}, ${
      2 * i + 1
    }: exact OU velocity update, half drift${w}, half kick\n`;
    body += (temp === "t" ? hermite(i) : "") + ou(i, temp) + drift(i);
    if (walls === "w") body += reflect(i) + track(i);
    body += kick(i, force);
  }
  const load = vectors.map((i) =>
    `    (local.set $x${i} (v128.load offset=${16 * i} (local.get $base)))
    (local.set $v${i} (v128.load offset=${8 * L + 16 * i} (local.get $base)))
`
  ).join("");
  const store = vectors.map((i) =>
    `    (v128.store offset=${16 * i} (local.get $base) (local.get $x${i}))
    (v128.store offset=${8 * L + 16 * i} (local.get $base) (local.get $v${i}))
`
  ).join("");
  const params = used.map((n) => `    (local.set $${n} ${pload(n)})\n`).join(
    "",
  );
  return `
  (func (export "steps_${force}${walls}${temp}") (param $base i32) (param $xi i32) (param $k0 i32) (param $count i32) (param $tab i32) (result i32)
    (local $q i32) (local $p i32)
    ${locals}
${load}${params}    (local.set $kz (f64x2.mul (local.get $kick) (local.get $zero)))
    (local.set $mn (local.get $lo))
    (local.set $mx (local.get $lo))
    (local.set $p (i32.add (local.get $xi) (i32.shl (local.get $k0) (i32.const 5))))
    (block $done
      (loop $step
        (br_if $done (i32.ge_u (local.get $q) (local.get $count)))
${body}        (local.set $p (i32.add (local.get $p) (i32.const 32)))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $step)))
    ;; the smallest and largest positions, and a finite sum of them all
    ;; (a NaN or an infinity makes it NaN; a sum that merely overflows only
    ;; hands correct steps back to JavaScript)
    (if (v128.any_true (v128.not (v128.and
          (v128.and (f64x2.ge (local.get $mn) (local.get $lo))
                    (f64x2.le (local.get $mx) (local.get $hi)))
          (f64x2.eq (f64x2.sub (local.get $sum) (local.get $sum)) (local.get $zero)))))
      (then (return (i32.const -1))))
${store}    (local.get $count))
`;
}

/** The module's text. */
// deno-lint-ignore explicit-module-boundary-types -- plain JavaScript (run by node): returns a string
export function generate() {
  const variants = [["h", "n"], ["z", "n"], ["z", "w"]]
    .flatMap(([f, w]) => ["c", "a", "t"].map((t) => variant(f, w, t)))
    .join("");
  return `;; BAOAB steps of ${L} Markov trajectories at once, two per f64x2 vector.
;; Generated by scripts/wat/baoab.mjs (node scripts/build_wasm.mjs), which also
;; compiles it into src/dynamics/_baoab_wasm.ts: edit the generator, not this.
;;
;; Every operation is an IEEE-754 double operation in the same order as in
;; the JavaScript kernel (baoabStepsHarmonic / baoabSteps in _markov.ts; no
;; fused multiply-add), so both give the same bits. The step: half kick,
;; half drift, [reflection], exact Ornstein-Uhlenbeck velocity update with
;; constant friction (c = e^(-G dt), s2 = 1 - e^(-2 G dt) precomputed) and
;; the temperature at the mid-step position, half drift, [reflection], half
;; kick. Nine variants, steps_<force><walls><temperature>:
;;   force h: harmonic, f = -k (x - xc), recomputed from x where JavaScript
;;            keeps it (the same value); z: none, v + kick 0 as JavaScript's
;;            v + kick f with f = +0;
;;   walls n: none; w: reflecting walls at wlo < whi (x -> 2 wlo - x, v -> -v;
;;            else at whi), as in baoabSteps;
;;   temperature c: constant, the noise amplitude sigma = sqrt(s2 T / M)
;;            computed once as JavaScript computes it at every step;
;;            a: T(x) = a + b (x - x0);
;;            t: HermiteTable.at of interpolate/_hermite.ts on the table at
;;            $tab ((value, slope) pairs per node), with the same rounding.
;; Positions are only range-tested per call: a variant returns $count with
;; x[], v[] advanced, or -1, leaving memory untouched, when some position
;; after a drift (and reflection) may lie outside [lo, hi] (or be NaN or
;; infinite) -- a trajectory leaving the domain, or a flight longer than
;; the box that baoabSteps folds back; the caller then redoes those steps
;; in JavaScript.
;;
;; Memory at $base (bytes): 0 x[${L}], ${
    8 * L
  } v[${L}], ${POFF} parameters (f64):
;; ${P.join(", ")}.
;; Normals in groups of four lanes (random/_normals.wat), ${ROWS} rows per fill:
;; lane j's step k at $xi + ${ROWS * 32} (j >> 2) + 32 k + 8 (j & 3). Every lane
;; is tested: the caller fills unused lanes with copies of a used one.
(module
  (import "env" "memory" (memory 1))
  ;; rows of normals per fill that the offsets above assume
  (global (export "rows") i32 (i32.const ${ROWS}))
${variants})
`;
}

;; Standard normals for four xoshiro128** streams in lockstep, with i32x4
;; arithmetic: the ziggurat of RandomStream.normal (stream.ts) with exactly
;; its words and its bits, so that lane j's sequence is the one fillNormal
;; gives for the stream whose state it holds.
;; Source of src/random/_normals_wasm.ts (scripts/build_wasm.mjs compiles it).
;;
;; Each normal takes two words (u0, u1): layer u0 & 255, sign bit 8, 53-bit
;; abscissa m = (u0 >>> 11) 2^32 + u1 (in doubles, exactly, as JavaScript
;; computes it). A pair in the core (m < K[layer], ~99 % of pairs) is
;; accepted at once as mean + sd (m W[u0 & 511]). For a pair outside it
;; ($finish) the lane alone goes on with scalar code until it has its
;; normal: the wedge test with one uniform and Math.exp, or Marsaglia's tail
;; with Math.log (both imported from JavaScript, so the very functions of
;; the reference), drawing new pairs after a rejection. So every lane gets
;; exactly one normal per row and the lanes never drift apart. Integer
;; arithmetic is modulo 2^32 as JavaScript's | 0.
;;
;; Block at $st (bytes): 0 s0[4], 16 s1[4], 32 s2[4], 48 s3[4] (i32; lane
;; j's state is word j of each), 64 scratch u0[4], 80 scratch u1[4].
;; Output rows of four doubles (lanes 0..3), 32 bytes apart.
(module
  (import "env" "memory" (memory 1))
  (import "Math" "exp" (func $exp (param f64) (result f64)))
  (import "Math" "log" (func $log (param f64) (result f64)))
  ;; Byte offsets of the tables KW (512 pairs: K[i & 255], W[i]) and F (257
  ;; f64), and the start r of the tail (_ziggurat.ts).
  (import "env" "zigKW" (global $zigKW i32))
  (import "env" "zigF" (global $zigF i32))
  (import "env" "zigR" (global $zigR f64))

  ;; The next word of lane $j's stream, from the block in memory.
  (func $next (param $st i32) (param $j i32) (result i32)
    (local $s0 i32) (local $s1 i32) (local $s2 i32) (local $s3 i32) (local $out i32) (local $t i32)
    (local.set $st (i32.add (local.get $st) (i32.shl (local.get $j) (i32.const 2))))
    (local.set $s0 (i32.load offset=0 (local.get $st)))
    (local.set $s1 (i32.load offset=16 (local.get $st)))
    (local.set $s2 (i32.load offset=32 (local.get $st)))
    (local.set $s3 (i32.load offset=48 (local.get $st)))
    (local.set $out (i32.mul (i32.rotl (i32.mul (local.get $s1) (i32.const 5)) (i32.const 7)) (i32.const 9)))
    (local.set $t (i32.shl (local.get $s1) (i32.const 9)))
    (local.set $s2 (i32.xor (local.get $s2) (local.get $s0)))
    (local.set $s3 (i32.xor (local.get $s3) (local.get $s1)))
    (local.set $s1 (i32.xor (local.get $s1) (local.get $s2)))
    (local.set $s0 (i32.xor (local.get $s0) (local.get $s3)))
    (local.set $s2 (i32.xor (local.get $s2) (local.get $t)))
    (local.set $s3 (i32.rotl (local.get $s3) (i32.const 11)))
    (i32.store offset=0 (local.get $st) (local.get $s0))
    (i32.store offset=16 (local.get $st) (local.get $s1))
    (i32.store offset=32 (local.get $st) (local.get $s2))
    (i32.store offset=48 (local.get $st) (local.get $s3))
    (local.get $out))

  ;; RandomStream.nextFloat64 on lane $j: 27 + 26 bits, m = 0 redrawn.
  (func $uniform (param $st i32) (param $j i32) (result f64)
    (local $m f64)
    (loop $again
      (local.set $m (f64.add
        (f64.mul (f64.convert_i32_u (i32.shr_u (call $next (local.get $st) (local.get $j)) (i32.const 5)))
                 (f64.const 67108864))
        (f64.convert_i32_u (i32.shr_u (call $next (local.get $st) (local.get $j)) (i32.const 6)))))
      (br_if $again (f64.eq (local.get $m) (f64.const 0))))
    (f64.mul (local.get $m) (f64.const 0x1p-53)))

  ;; Lane $j's normal (before mean and sd) from its pair in the scratch
  ;; words, known to lie outside the core: RandomStream.ziggurat, and after
  ;; a rejection the next pairs as RandomStream.normal draws them.
  (func $finish (param $st i32) (param $j i32) (result f64)
    (local $u0 i32) (local $u1 i32) (local $i i32) (local $m f64) (local $x f64) (local $y f64) (local $fi f64)
    (local.set $u0 (i32.load offset=64 (i32.add (local.get $st) (i32.shl (local.get $j) (i32.const 2)))))
    (local.set $u1 (i32.load offset=80 (i32.add (local.get $st) (i32.shl (local.get $j) (i32.const 2)))))
    (loop $pair (result f64)
      (local.set $i (i32.and (local.get $u0) (i32.const 255)))
      (local.set $m (f64.add
        (f64.mul (f64.convert_i32_u (i32.shr_u (local.get $u0) (i32.const 11))) (f64.const 0x1p32))
        (f64.convert_i32_u (local.get $u1))))
      (local.set $x (f64.mul (local.get $m)
        (f64.load offset=8 (i32.add (global.get $zigKW) (i32.shl (local.get $i) (i32.const 4))))))
      (block $accept
        ;; the core: accepted at once (only for pairs drawn here)
        (br_if $accept (f64.lt (local.get $m)
          (f64.load (i32.add (global.get $zigKW) (i32.shl (local.get $i) (i32.const 4))))))
        (if (i32.eqz (local.get $i))
          (then
            ;; Marsaglia's tail beyond r
            (loop $tail
              (local.set $x (f64.div (f64.neg (call $log (call $uniform (local.get $st) (local.get $j))))
                                     (global.get $zigR)))
              (local.set $y (f64.neg (call $log (call $uniform (local.get $st) (local.get $j)))))
              (br_if $tail (i32.eqz (f64.ge (f64.add (local.get $y) (local.get $y))
                                            (f64.mul (local.get $x) (local.get $x))))))
            (local.set $x (f64.add (global.get $zigR) (local.get $x)))
            (br $accept)))
        ;; the wedge: accept under the curve
        (local.set $fi (f64.load (i32.add (global.get $zigF) (i32.shl (local.get $i) (i32.const 3)))))
        (br_if $accept (i32.eqz (f64.ge
          (f64.add (local.get $fi)
            (f64.mul (call $uniform (local.get $st) (local.get $j))
              (f64.sub (f64.load offset=8 (i32.add (global.get $zigF) (i32.shl (local.get $i) (i32.const 3))))
                       (local.get $fi))))
          (call $exp (f64.mul (f64.mul (f64.const -0.5) (local.get $x)) (local.get $x))))))
        ;; rejected: the next pair
        (local.set $u0 (call $next (local.get $st) (local.get $j)))
        (local.set $u1 (call $next (local.get $st) (local.get $j)))
        (br $pair))
      (select (local.get $x) (f64.neg (local.get $x))
        (i32.eqz (i32.and (local.get $u0) (i32.const 256))))))

  ;; Writes $rows rows of normals mean + sd z (lane j at byte 8 j of a row)
  ;; from $out on, and advances the four states at $st.
  (func (export "normals4") (param $st i32) (param $out i32) (param $rows i32)
    (param $mean f64) (param $sd f64)
    (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128)
    (local $a v128) (local $t v128) (local $u0 v128) (local $u1 v128)
    (local $five v128) (local $nine v128) (local $iw v128) (local $hi v128)
    (local $m01 v128) (local $m23 v128) (local $z01 v128) (local $z23 v128)
    (local $vmean v128) (local $vsd v128)
    (local $o0 i32) (local $o1 i32) (local $o2 i32) (local $o3 i32)
    (local $bits i32) (local $end i32)
    (local.set $five (i32x4.splat (i32.const 5)))
    (local.set $nine (i32x4.splat (i32.const 9)))
    (local.set $hi (f64x2.splat (f64.const 0x1p32)))
    (local.set $vmean (f64x2.splat (local.get $mean)))
    (local.set $vsd (f64x2.splat (local.get $sd)))
    (local.set $s0 (v128.load offset=0 (local.get $st)))
    (local.set $s1 (v128.load offset=16 (local.get $st)))
    (local.set $s2 (v128.load offset=32 (local.get $st)))
    (local.set $s3 (v128.load offset=48 (local.get $st)))
    (local.set $end (i32.add (local.get $out) (i32.shl (local.get $rows) (i32.const 5))))
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $out) (local.get $end)))
        (local.set $u0 (i32x4.mul (local.get $nine)
          (v128.or (i32x4.shl (local.tee $a (i32x4.mul (local.get $s1) (local.get $five))) (i32.const 7))
                   (i32x4.shr_u (local.get $a) (i32.const 25)))))
        (local.set $t (i32x4.shl (local.get $s1) (i32.const 9)))
        (local.set $s2 (v128.xor (local.get $s2) (local.get $s0)))
        (local.set $s3 (v128.xor (local.get $s3) (local.get $s1)))
        (local.set $s1 (v128.xor (local.get $s1) (local.get $s2)))
        (local.set $s0 (v128.xor (local.get $s0) (local.get $s3)))
        (local.set $s2 (v128.xor (local.get $s2) (local.get $t)))
        (local.set $s3 (v128.or (i32x4.shl (local.get $s3) (i32.const 11)) (i32x4.shr_u (local.get $s3) (i32.const 21))))
        (local.set $u1 (i32x4.mul (local.get $nine)
          (v128.or (i32x4.shl (local.tee $a (i32x4.mul (local.get $s1) (local.get $five))) (i32.const 7))
                   (i32x4.shr_u (local.get $a) (i32.const 25)))))
        (local.set $t (i32x4.shl (local.get $s1) (i32.const 9)))
        (local.set $s2 (v128.xor (local.get $s2) (local.get $s0)))
        (local.set $s3 (v128.xor (local.get $s3) (local.get $s1)))
        (local.set $s1 (v128.xor (local.get $s1) (local.get $s2)))
        (local.set $s0 (v128.xor (local.get $s0) (local.get $s3)))
        (local.set $s2 (v128.xor (local.get $s2) (local.get $t)))
        (local.set $s3 (v128.or (i32x4.shl (local.get $s3) (i32.const 11)) (i32x4.shr_u (local.get $s3) (i32.const 21))))
        ;; m = (u0 >>> 11) 2^32 + u1 for lanes 0, 1 and lanes 2, 3
        (local.set $a (i32x4.shr_u (local.get $u0) (i32.const 11)))
        (local.set $m01 (f64x2.add (f64x2.mul (f64x2.convert_low_i32x4_s (local.get $a)) (local.get $hi))
                                   (f64x2.convert_low_i32x4_u (local.get $u1))))
        (local.set $m23 (f64x2.add
          (f64x2.mul (f64x2.convert_low_i32x4_s (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $a) (local.get $a)))
                     (local.get $hi))
          (f64x2.convert_low_i32x4_u (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $u1) (local.get $u1)))))
        ;; byte offsets 16 (u0 & 511) of the (K, W) pairs
        (local.set $iw (i32x4.shl (v128.and (local.get $u0) (i32x4.splat (i32.const 511))) (i32.const 4)))
        (local.set $o0 (i32.add (global.get $zigKW) (i32x4.extract_lane 0 (local.get $iw))))
        (local.set $o1 (i32.add (global.get $zigKW) (i32x4.extract_lane 1 (local.get $iw))))
        (local.set $o2 (i32.add (global.get $zigKW) (i32x4.extract_lane 2 (local.get $iw))))
        (local.set $o3 (i32.add (global.get $zigKW) (i32x4.extract_lane 3 (local.get $iw))))
        (local.set $bits (i32.or
          (i64x2.bitmask (f64x2.lt (local.get $m01)
            (v128.load64_lane 1 (local.get $o1) (v128.load64_zero (local.get $o0)))))
          (i32.shl
            (i64x2.bitmask (f64x2.lt (local.get $m23)
              (v128.load64_lane 1 (local.get $o3) (v128.load64_zero (local.get $o2)))))
            (i32.const 2))))
        (local.set $z01 (f64x2.add (local.get $vmean) (f64x2.mul (local.get $vsd) (f64x2.mul (local.get $m01)
          (v128.load64_lane offset=8 1 (local.get $o1) (v128.load64_zero offset=8 (local.get $o0)))))))
        (local.set $z23 (f64x2.add (local.get $vmean) (f64x2.mul (local.get $vsd) (f64x2.mul (local.get $m23)
          (v128.load64_lane offset=8 1 (local.get $o3) (v128.load64_zero offset=8 (local.get $o2)))))))
        (if (i32.ne (local.get $bits) (i32.const 15))
          (then
            ;; some pair outside the core: states and pairs go to memory
            ;; for $finish, which advances only its own lane
            (v128.store offset=0 (local.get $st) (local.get $s0))
            (v128.store offset=16 (local.get $st) (local.get $s1))
            (v128.store offset=32 (local.get $st) (local.get $s2))
            (v128.store offset=48 (local.get $st) (local.get $s3))
            (v128.store offset=64 (local.get $st) (local.get $u0))
            (v128.store offset=80 (local.get $st) (local.get $u1))
            (if (i32.eqz (i32.and (local.get $bits) (i32.const 1)))
              (then
                (local.set $z01 (f64x2.replace_lane 0 (local.get $z01)
                  (f64.add (local.get $mean) (f64.mul (local.get $sd) (call $finish (local.get $st) (i32.const 0))))))))
            (if (i32.eqz (i32.and (local.get $bits) (i32.const 2)))
              (then
                (local.set $z01 (f64x2.replace_lane 1 (local.get $z01)
                  (f64.add (local.get $mean) (f64.mul (local.get $sd) (call $finish (local.get $st) (i32.const 1))))))))
            (if (i32.eqz (i32.and (local.get $bits) (i32.const 4)))
              (then
                (local.set $z23 (f64x2.replace_lane 0 (local.get $z23)
                  (f64.add (local.get $mean) (f64.mul (local.get $sd) (call $finish (local.get $st) (i32.const 2))))))))
            (if (i32.eqz (i32.and (local.get $bits) (i32.const 8)))
              (then
                (local.set $z23 (f64x2.replace_lane 1 (local.get $z23)
                  (f64.add (local.get $mean) (f64.mul (local.get $sd) (call $finish (local.get $st) (i32.const 3))))))))
            (local.set $s0 (v128.load offset=0 (local.get $st)))
            (local.set $s1 (v128.load offset=16 (local.get $st)))
            (local.set $s2 (v128.load offset=32 (local.get $st)))
            (local.set $s3 (v128.load offset=48 (local.get $st)))))
        (v128.store offset=0 (local.get $out) (local.get $z01))
        (v128.store offset=16 (local.get $out) (local.get $z23))
        (local.set $out (i32.add (local.get $out) (i32.const 32)))
        (br $row)))
    (v128.store offset=0 (local.get $st) (local.get $s0))
    (v128.store offset=16 (local.get $st) (local.get $s1))
    (v128.store offset=32 (local.get $st) (local.get $s2))
    (v128.store offset=48 (local.get $st) (local.get $s3)))
)


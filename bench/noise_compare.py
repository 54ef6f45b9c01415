#!/usr/bin/env python3
"""numpy/scipy side of bench/noise_bench.ts: K(t) on 10⁶ log-spaced times
(t ∈ [1e-3, 1e3], γ = ω_c = M = ħ = 1) for the Drude and exponential (s = 1)
kernels at k_BT = 0.01, 1, 100, computed the best way we know in numpy at the
same accuracy, and timed side by side with thermoquilt's `evaluate`.

Command:  python3 bench/noise_compare.py
          (runs `deno run -A bench/noise_bench.ts --json` for thermoquilt's
          timings in the same session; needs deno on PATH)
Versions: Python 3.11.7, numpy 2.4.6, scipy 1.17.1

numpy methods (vectorized over t; scipy has neither a Lerch transcendent nor
a complex trigamma, so these are the same algorithms as thermoquilt's,
written with whole-array operations):
- Drude: Matsubara series, resonant pair combined, n < ⌈x⌉ + 12 summed
  directly, the tail by Euler–Maclaurin with scipy.special.exp1 (for t with
  τ = 2πTt ≥ ½ the direct sum is continued until e^{−nτ} < 1e-18).
- exponential s = 1: K = (1/π) Re[(1 − it)^{−2} + 2T² ψ′(1 + (1 − it)T)],
  complex ψ′ by upward recurrence to |z| ≥ 12 and the asymptotic series
  with 11 Bernoulli terms.
Accuracy of each is measured against tests/fixtures/noise_reference.json
(mpmath) on the rows with γ = ω_c = 1 at the benchmark temperatures' nearest
fixture temperatures.
"""
import json
import math
import os
import subprocess
import sys
import time

import numpy as np
import scipy
from scipy.special import exp1, zeta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EM = np.array([1 / 12, -1 / 720, 1 / 30240, -1 / 1209600, 1 / 47900160,
               -691 / 1307674368000, 1 / 74724249600, -3617 / 10670622842880000])
ZETA2J = zeta(2.0 * np.arange(1, 31))


def cot_minus_pole(eps):
    s, p = 0.0, eps
    for j in range(30):
        s += ZETA2J[j] * p
        p *= eps * eps
    return -2 * s


def leibniz(m, tau, d):
    term = 1 / d
    for k in range(1, m + 1):
        term = term * k / d
    s = term.copy()
    r = tau * d
    for i in range(m, 0, -1):
        term = term * r / (m - i + 1)
        s += term
    return s


def drude_numpy(t, T):
    tau = 2 * np.pi * T * t
    x = 1 / (2 * np.pi * T)
    m = round(x)
    if m >= 1:
        eps = x - m
        ex = np.exp(-x * tau)
        em = np.exp(-m * tau)
        if eps == 0:
            lin = -tau * em
        else:
            et = eps * tau
            lin = np.where(np.abs(et) < 1, em * np.expm1(-et) / eps, (ex - em) / eps)
        res = 0.5 * (cot_minus_pole(eps) * ex + lin)
    else:
        res = np.pi / 2 * np.exp(-x * tau) / np.tan(np.pi * x)
    s = np.zeros_like(t)
    small = tau < 0.5
    n_end = max(math.ceil(x), m) + 12
    # direct part, all t
    q = np.exp(-tau)
    e = np.ones_like(t)
    n_max = max(n_end, int(40 / max(tau[~small].min(), 1e-300)) + 2 if (~small).any() else n_end)
    n_max = min(n_max, 200)
    for n in range(1, n_max):
        e = e * q
        term = e / (n + x) if n == m else e * (1 / (n - x) + 1 / (n + x))
        if n >= n_end:
            term = np.where(small, 0.0, term)
        s += term
    # Euler–Maclaurin tail for small τ
    ts = tau[small]
    N = n_end
    eN = np.exp(-ts * N)
    dm, dp = N - x, N + x
    tail = eN * (np.exp(ts * dm) * exp1(ts * dm) + np.exp(ts * dp) * exp1(ts * dp))
    tail += 0.5 * eN * (1 / dm + 1 / dp)
    for k in range(1, 9):
        mm = 2 * k - 1
        d = -eN * (leibniz(mm, ts, np.full_like(ts, dm)) + leibniz(mm, ts, np.full_like(ts, dp)))
        tail -= EM[k - 1] * d
    s[small] += tail
    return (res + 0.5 * s) / np.pi


B2K = np.array([1 / 6, -1 / 30, 1 / 42, -1 / 30, 5 / 66, -691 / 2730, 7 / 6, -3617 / 510,
                43867 / 798, -174611 / 330, 854513 / 138])


def trigamma_c(z):
    z = z.astype(np.complex128)
    acc = np.zeros_like(z)
    for _ in range(12):
        need = np.abs(z) < 12
        if not need.any():
            break
        acc = np.where(need, acc + 1 / z ** 2, acc)
        z = np.where(need, z + 1, z)
    iz = 1 / z
    iz2 = iz * iz
    s = np.zeros_like(z)
    p = iz ** 3
    for b in B2K:
        s += b * p
        p = p * iz2
    return acc + iz + iz2 / 2 + s


def expo_numpy(t, T):
    a = 1 - 1j * t
    return (np.real(a ** -2 + 2 * T ** 2 * trigamma_c(1 + a * T))) / np.pi


def timed(f, *args):
    f(*(a[:1000] if isinstance(a, np.ndarray) else a for a in args))
    t0 = time.perf_counter()
    f(*args)
    return time.perf_counter() - t0


def accuracy(f, family, T):
    ref = json.load(open(os.path.join(ROOT, "tests/fixtures/noise_reference.json")))
    rows = ref["drude"] if family == "drude" else [r for r in ref["exponential"] if r["s"] == 1.0]
    rows = [r for r in rows if r["gamma"] == 1 and r["wc"] == 1 and r["T"] > 0
            and abs(math.log10(r["T"] / T)) < 0.01]
    t = np.array([r["t"] for r in rows])
    k = np.array([r["K"] for r in rows])
    v = f(t, T)
    scale = (1 + T) / np.pi
    return float(np.max(np.abs(v - k) / np.maximum(np.abs(k), 1e-14 * scale)))


def main():
    t = np.logspace(-3, 3, 1_000_000)
    deno = subprocess.run(["deno", "run", "-A", os.path.join(ROOT, "bench/noise_bench.ts"), "--json"],
                          capture_output=True, text=True, cwd=ROOT)
    ours = {(r["family"], r["T"]): r for r in json.loads(deno.stdout)}
    print(f"numpy {np.__version__}, scipy {scipy.__version__}; 10⁶ times; ratio = numpy / thermoquilt")
    print("| kernel | k_BT/ħω_c | numpy s | thermoquilt s | ratio | numpy max rel. error | thermoquilt max rel. error |")
    print("|---|---|---|---|---|---|---|")
    for family, f in [("drude", drude_numpy), ("exponential", expo_numpy)]:
        for T in [0.01, 1.0, 100.0]:
            sec = timed(f, t, T)
            acc = accuracy(f, family, T)
            o = ours[(family, T if T != 1.0 else 1)]
            print(f"| {family} | {T:g} | {sec:.3f} | {o['seconds']:.3f} | {sec / o['seconds']:.2f} "
                  f"| {acc:.1e} | {o['maxRelError']:.1e} |")


if __name__ == "__main__":
    main()

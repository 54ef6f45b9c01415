#!/usr/bin/env python3
"""Times scipy / mpmath equivalents of bench/special_bench.ts on the same inputs
and prints per-call times and ratios against the Deno numbers measured in the
same run (the script runs `deno bench` itself).

    python3 bench/special_compare.py

Caveats, stated in the output: scipy has no complex trigamma (scipy.special.polygamma
is real-only), so complex trigamma is compared with mpmath.psi(1, z) (at 15 digits)
and with scipy's *real* polygamma(1, x) on the real inputs; scipy.special.loggamma
is complex, expi is Ei, zeta(s, q) is real-only Hurwitz (compared on real q).
"""
import json
import re
import subprocess
import sys
import time

import mpmath as mp
import numpy as np
import scipy
import scipy.special as sc

N = 1000
k_re = np.full(N, 0.1)
k_im = -1e3 * np.arange(N) / (N - 1)
kernel = k_re + 1j * k_im
t = -3 + 6 * (np.arange(N) + 0.5) / N
ring = 3 * np.cos(t) + 3j * np.sin(t)
real_x = 0.01 + 50 * np.arange(N) / N


def per_call(fn, reps=20):
    fn()
    best = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best / N


def deno_times():
    out = subprocess.run(
        ["deno", "bench", "-A", "--json", "bench/special_bench.ts"],
        capture_output=True, text=True, check=True).stdout
    data = json.loads(out)
    res = {}
    for b in data["benches"]:
        r = b["results"][0]
        ok = r.get("ok")
        if ok:
            res[b["name"]] = ok["avg"] * 1e-9 / N  # ns per 1000 calls → s per call
    return res


py = {
    "trigamma_mpmath": per_call(lambda: [mp.psi(1, complex(z)) for z in kernel], reps=2),
    "trigamma_scipy_real": per_call(lambda: sc.polygamma(1, real_x)),
    "trigamma_scipy_real_loop": per_call(lambda: [sc.polygamma(1, x) for x in real_x], reps=3),
    "loggamma_scipy": per_call(lambda: sc.loggamma(ring)),
    "loggamma_mpmath": per_call(lambda: [mp.loggamma(complex(z)) for z in ring], reps=2),
    "zeta_scipy_real": per_call(lambda: sc.zeta(2.5, real_x)),
    "zeta_mpmath": per_call(lambda: [mp.zeta(2.5, complex(z)) for z in kernel], reps=2),
    "ei_scipy": per_call(lambda: sc.expi(real_x)),
    "ei_mpmath": per_call(lambda: [mp.ei(x) for x in real_x], reps=2),
}
try:
    dn = deno_times()
except (OSError, subprocess.CalledProcessError) as e:
    print("could not run deno bench:", e, file=sys.stderr)
    dn = {}


def find(prefix):
    for k, v in dn.items():
        if k.startswith(prefix):
            return v
    return float("nan")


rows = [
    ("complex trigamma, kernel z", find("trigamma(z)"), [("mpmath.psi(1,z)", py["trigamma_mpmath"])]),
    ("trigammaInto, kernel z", find("trigammaInto"), [("mpmath.psi(1,z)", py["trigamma_mpmath"])]),
    ("real trigamma, x∈(0,50)", find("trigammaReal"),
     [("scipy polygamma(1,x) vectorised", py["trigamma_scipy_real"]),
      ("scipy polygamma(1,x) per call", py["trigamma_scipy_real_loop"])]),
    ("complex logGamma, |z|=3", find("logGamma"),
     [("scipy loggamma vectorised", py["loggamma_scipy"]), ("mpmath.loggamma", py["loggamma_mpmath"])]),
    ("hurwitzZeta(2.5, z)", find("hurwitzZeta"),
     [("scipy zeta(2.5, x) real, vectorised", py["zeta_scipy_real"]), ("mpmath.zeta complex", py["zeta_mpmath"])]),
    ("ei(x), x∈(0,50)", find("ei(x)"),
     [("scipy expi vectorised", py["ei_scipy"]), ("mpmath.ei", py["ei_mpmath"])]),
]
print(f"numpy {np.__version__}, scipy {scipy.__version__}, mpmath {mp.__version__}; {N} inputs each")
print("scipy has no complex trigamma/polygamma: compared with mpmath (complex) and scipy's real polygamma.")
print(f"{'function':30s} {'thermoquilt ns/call':>20s}  {'reference':38s} {'ref ns/call':>12s} {'ref/ours':>9s}")
for name, ours, refs in rows:
    for rname, rt in refs:
        print(f"{name:30s} {ours * 1e9:20.1f}  {rname:38s} {rt * 1e9:12.1f} {rt / ours:9.2f}")

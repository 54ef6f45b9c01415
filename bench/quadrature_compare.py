#!/usr/bin/env python3
"""Side-by-side timing of thermoquilt's quadrature against scipy.integrate.quad
(QUADPACK: QAGS / QAGI, and QAWF for weight='cos'/'sin' on [0, ∞)) on the same
integrands, in the same run.

Command (from the repository root):
    python3 bench/quadrature_compare.py
It runs `deno run -A bench/quadrature_timing.ts` (Deno from tools/node_modules/.bin
or PATH), then times scipy on the cases of bench/quadrature_cases.ts, mirrored
below, with the same tolerances (epsabs 1e-12, epsrel 1e-10; QAWF uses epsabs
only), each side best of 5 batches. Prints per case: µs per call for each, the ratio thermoquilt/scipy
(< 1 means thermoquilt is faster), and the actual errors against the closed
forms. Pure-Python integrands make scipy pay a Python call per evaluation, so
the ratio compares whole user-facing calls, not the QUADPACK kernels alone.
"""
import json
import math
import os
import shutil
import subprocess
import sys
import timeit
import warnings

import numpy as np
import scipy
from scipy import integrate

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOL = dict(epsabs=1e-12, epsrel=1e-10, limit=1000)


def ci1():
    from scipy.special import sici

    si, ci = sici(1.0)
    return -ci * math.cos(1) - (si - math.pi / 2) * math.sin(1)


CASES = {
    "gauss_R": (lambda: integrate.quad(lambda x: math.exp(-x * x), -np.inf, np.inf, **TOL), math.sqrt(math.pi)),
    "invsqrt_01": (lambda: integrate.quad(lambda x: 1 / math.sqrt(x), 0, 1, **TOL), 2.0),
    "lorentz_0inf": (lambda: integrate.quad(lambda x: 1 / (1 + x * x), 0, np.inf, **TOL), math.pi / 2),
    "osc_finite": (
        lambda: integrate.quad(lambda x: math.exp(-x) * math.cos(50 * x), 0, 10, **TOL),
        ((1 - math.exp(-10) * math.cos(500)) + 50 * math.exp(-10) * math.sin(500)) / 2501,
    ),
    "exp_cos_t1": (
        lambda: integrate.quad(lambda w: math.exp(-w), 0, np.inf, weight="cos", wvar=1.0, epsabs=1e-12, limlst=100),
        0.5,
    ),
    "exp_cos_t100": (
        lambda: integrate.quad(lambda w: math.exp(-w), 0, np.inf, weight="cos", wvar=100.0, epsabs=1e-12, limlst=100),
        1 / (1 + 1e4),
    ),
    "inv1p_cos_t1": (
        lambda: integrate.quad(lambda w: 1 / (1 + w), 0, np.inf, weight="cos", wvar=1.0, epsabs=1e-12, limlst=100),
        ci1(),
    ),
    "wlorentz_sin_t10": (
        lambda: integrate.quad(lambda w: w / (1 + w * w), 0, np.inf, weight="sin", wvar=10.0, epsabs=1e-12, limlst=100),
        math.pi / 2 * math.exp(-10),
    ),
}


def deno():
    local = os.path.join(ROOT, "tools", "node_modules", ".bin", "deno")
    return local if os.path.exists(local) else shutil.which("deno") or sys.exit("deno not found")


def main():
    env = dict(os.environ, NO_COLOR="1")
    proc = subprocess.run(
        [deno(), "run", "-A", os.path.join(ROOT, "bench", "quadrature_timing.ts")],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )
    tq = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"scipy {scipy.__version__}, numpy {np.__version__}, Python {sys.version.split()[0]}")
    head = f"{'case':<18}{'thermoquilt µs':>15}{'scipy µs':>11}{'ratio':>8}{'tq |err|':>11}{'scipy |err|':>12}"
    print(head)
    print("-" * len(head))
    for cid, (call, exact) in CASES.items():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value, _est = call()[:2]
            timer = timeit.Timer(call)
            number, _ = timer.autorange()
            number = max(1, number // 5)
            # best of 5 batches, as the Deno side does (least load-sensitive)
            sp = min(timer.repeat(repeat=5, number=number)) / number
        t = tq[cid]
        print(
            f"{cid:<18}{t['seconds'] * 1e6:>15.1f}{sp * 1e6:>11.1f}{t['seconds'] / sp:>8.2f}"
            f"{t['actualError']:>11.1e}{abs(value - exact):>12.1e}"
        )


if __name__ == "__main__":
    main()

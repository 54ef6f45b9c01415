#!/usr/bin/env python3
"""Side-by-side timing of thermoquilt's builders against numpy/scipy, same run.

Command (from the repository root):
    python3 bench/builders_compare.py
It runs `deno run -A bench/builders_timing.ts`, then times the vectorized
numpy equivalents of bench/builders_cases.ts (same grids, best of 5) and
prints ms per call for each side and the ratio thermoquilt/numpy (< 1 means
thermoquilt is faster). thermoquilt evaluates point by point through
`J.at(ω)` / `J.dampingKernel(t)` (a JIT-compiled scalar loop); numpy runs
whole-array C loops. For the discretization, the scipy side is the closed-form
inverse of the regularized incomplete gamma function (scipy.special.gammaincinv)
for the exponential s = 2.5 density, which thermoquilt inverts numerically;
the maximum relative difference of the 10⁴ frequencies is printed too.
"""
import json
import os
import shutil
import subprocess
import sys
import timeit

import numpy as np
import scipy
from scipy import special

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
POINTS, MODES = 1_000_000, 10_000
w = 50 * (np.arange(POINTS) + 0.5) / POINTS
t = 10 * np.arange(POINTS) / POINTS
g, wc, M = 0.5, 5.0, 1.0


def best(f):
    return min(timeit.repeat(f, number=1, repeat=5)) * 1e3


def J_drude():
    x = w / wc
    return M * g * w / (1 + x * x)


def J_exp25():
    x = w / wc
    return M * g * wc * x**2.5 * np.exp(-x)


def J_ud():
    lc, w0, G = 0.8, 2.0, 0.6
    return lc**2 * G * w / ((w0**2 - w * w) ** 2 + G**2 * w * w)


def gamma_drude():
    return g * wc * np.exp(-wc * t)


def gamma_exp1():
    u = wc * t
    return 2 * g / np.pi * wc / (1 + u * u)


def gamma_exp25():
    u = wc * t
    return 2 * g / np.pi * special.gamma(2.5) * wc * np.real((1 - 1j * u) ** -2.5)


def gamma_ud():
    lc, w0, G = 0.8, 2.0, 0.6
    w1 = np.sqrt(w0**2 - G**2 / 4)
    return lc**2 / w0**2 * np.exp(-G * t / 2) * (np.cos(w1 * t) + G / (2 * w1) * np.sin(w1 * t))


def disc_closed():
    q = (np.arange(MODES) + 0.5) / MODES
    return wc * np.tan(np.pi / 2 * q)


def disc_exp25():
    q = (np.arange(MODES) + 0.5) / MODES
    return wc * special.gammaincinv(2.5, q)  # Λ(ω)/λ = P(s, ω/ω_c): J/ω ∝ x^{s−1}e^{−x}, s = 2.5


CASES = {
    "J_drude": J_drude, "J_exp25": J_exp25, "J_underdamped": J_ud,
    "gamma_drude": gamma_drude, "gamma_exp1": gamma_exp1, "gamma_exp25": gamma_exp25,
    "gamma_underdamped": gamma_ud,
    "discretize_closed": disc_closed, "discretize_numeric": disc_exp25,
}

deno = shutil.which("deno", path=os.path.join(ROOT, "tools/node_modules/.bin")) or "deno"
out = subprocess.run([deno, "run", "-A", "bench/builders_timing.ts"], cwd=ROOT, check=True,
                     capture_output=True, text=True).stdout
tq = json.loads(out.strip().splitlines()[-1])
print(f"numpy {np.__version__}, scipy {scipy.__version__}, python {sys.version.split()[0]}")
print(f"{'case':22s} {'thermoquilt ms':>15s} {'numpy ms':>10s} {'ratio':>7s}")
for k, f in CASES.items():
    ms = best(f)
    print(f"{k:22s} {tq[k]:15.2f} {ms:10.2f} {tq[k] / ms:7.2f}")

# Accuracy of the numerical inversion against the closed form.
check = subprocess.run([deno, "eval", """
import * as spectral from "./src/spectral/mod.ts";
import * as bath from "./src/bath/mod.ts";
const J = spectral.ohmic({ gamma: 0.5, cutoff: { kind: "exponential", frequency: 5 }, exponent: 2.5 });
console.log(JSON.stringify(Array.from(bath.discretize(J, { modes: 10000 }).frequencies)));
"""], cwd=ROOT, check=True, capture_output=True, text=True).stdout
ours = np.array(json.loads(check))
ref = disc_exp25()
print(f"numerical inversion vs scipy.special.gammaincinv: max relative difference {np.max(np.abs(ours / ref - 1)):.2e}")

#!/usr/bin/env python3
"""Normals per second: thermoquilt's random streams against numpy, same run.

Command:  python3 bench/random_compare.py
Needs:    numpy (any version with numpy.random.Generator), and Deno: the
          project's tools/node_modules/.bin/deno, else `deno` on PATH.

Times numpy.random.Generator(PCG64) and Generator(Philox).standard_normal
filling a preallocated array of 10^6 doubles, then runs
`deno bench --json bench/random_bench.ts` (fillNormal of 10^6 into a
Float64Array: the default xoshiro128** stream, and Threefry4x32-20 and
Philox4x32-10), then numpy again,
and prints nanoseconds per normal, normals per second and the ratios.
Machines here are shared, so each side is summarized by its fastest
repetition (the least disturbed), with the median alongside. A second table
compares process CPU time (numpy under time.process_time, Deno through
bench/random_cpu.ts), which time slicing on a loaded machine does not inflate.
"""
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

import numpy as np

N = 1_000_000
REPEATS = 25
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def deno_binary():
    local = os.path.join(ROOT, "tools", "node_modules", ".bin", "deno")
    return local if os.path.exists(local) else shutil.which("deno")


def time_numpy(bitgen, clock=time.perf_counter_ns):
    gen = np.random.Generator(bitgen(12345))
    out = np.empty(N)
    gen.standard_normal(out=out)  # warm-up
    samples = []
    for _ in range(REPEATS):
        t0 = clock()
        gen.standard_normal(out=out)
        samples.append((clock() - t0) / N)
    return samples


def time_deno_cpu():
    proc = subprocess.run(
        [deno_binary(), "run", "bench/random_cpu.ts"],
        cwd=ROOT, capture_output=True, text=True, check=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    return json.loads(proc.stdout)


def time_deno():
    deno = deno_binary()
    if deno is None:
        sys.exit("deno not found: run `bash scripts/setup.sh` first")
    proc = subprocess.run(
        [deno, "bench", "-A", "--json", "bench/random_bench.ts"],
        cwd=ROOT, capture_output=True, text=True, check=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    report = json.loads(proc.stdout)
    result = {}
    for bench in report["benches"]:
        ok = bench["results"][0]["ok"]
        result[bench["name"]] = {"min": ok["min"] / N, "avg": ok["avg"] / N}
    return report["runtime"], result


numpy_runs = {"numpy PCG64": [], "numpy Philox": []}
for name, bg in (("numpy PCG64", np.random.PCG64), ("numpy Philox", np.random.Philox)):
    numpy_runs[name] += time_numpy(bg)
runtime, deno = time_deno()
for name, bg in (("numpy PCG64", np.random.PCG64), ("numpy Philox", np.random.Philox)):
    numpy_runs[name] += time_numpy(bg)

rows = [(name, min(s), statistics.median(s)) for name, s in numpy_runs.items()]
for name in ("fillNormal 1e6 (xoshiro128**)", "fillNormal 1e6 (threefry4x32-20)",
             "fillNormal 1e6 (philox4x32-10)", "normal() × 1e6 (xoshiro128**)"):
    rows.append((f"thermoquilt {name}", deno[name]["min"], deno[name]["avg"]))

print(f"# 10^6 standard normals into a float64 array; numpy {np.__version__}, "
      f"{runtime}, Python {platform.python_version()}, {platform.machine()}")
print("# best = fastest repetition; typical = median (numpy) or mean (Deno.bench)")
print(f"{'':44s} {'best ns/normal':>15s} {'typical':>9s} {'normals/s (best)':>17s}")
for name, best, typical in rows:
    print(f"{name:44s} {best:15.2f} {typical:9.2f} {1e9 / best:17.3e}")
ref = {name: best for name, best, _ in rows}
print()
for gen in ("xoshiro128**", "threefry4x32-20"):
    tq = ref[f"thermoquilt fillNormal 1e6 ({gen})"]
    for base in ("numpy PCG64", "numpy Philox"):
        print(f"speed of thermoquilt fillNormal ({gen}) relative to {base}: "
              f"{ref[base] / tq:.2f}x (>1 means thermoquilt is faster)")
tqp = ref["thermoquilt fillNormal 1e6 (philox4x32-10)"]
print(f"speed of thermoquilt fillNormal (philox4x32-10) relative to numpy Philox: "
      f"{ref['numpy Philox'] / tqp:.2f}x")

# --- CPU time ---------------------------------------------------------------
cpu_numpy = {name: time_numpy(bg, time.process_time_ns)
             for name, bg in (("numpy PCG64", np.random.PCG64), ("numpy Philox", np.random.Philox))}
cpu_deno = time_deno_cpu()
print()
print("# process CPU time per normal")
print(f"{'':44s} {'best ns/normal':>15s} {'median':>9s}")
cpu_rows = [(n, min(v), statistics.median(v)) for n, v in cpu_numpy.items()]
cpu_rows += [(f"thermoquilt {n}", min(v), statistics.median(v)) for n, v in cpu_deno.items()]
for name, best, med in cpu_rows:
    print(f"{name:44s} {best:15.2f} {med:9.2f}")
cref = {name: best for name, best, _ in cpu_rows}
for gen in ("xoshiro128**", "threefry4x32-20"):
    ctq = cref[f"thermoquilt fillNormal 1e6 ({gen})"]
    for base in ("numpy PCG64", "numpy Philox"):
        print(f"CPU-time speed of thermoquilt fillNormal ({gen}) relative to {base}: "
              f"{cref[base] / ctq:.2f}x")

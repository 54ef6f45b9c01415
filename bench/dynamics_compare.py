#!/usr/bin/env python3
"""Dynamics ensembles: thermoquilt's simulate against numpy, same run.

Command:  python3 bench/dynamics_compare.py [trajectories] [steps]
          (defaults 10000 10000; the README quotes the command it used)
Needs:    numpy, and Deno (tools/node_modules/.bin/deno, else `deno` on PATH).

numpy implements the same schemes vectorized over trajectories, with
in-place array operations and numpy.random.Generator(PCG64) normals:
- Markov: BAOAB for dX = V dt, dV = -X dt - Γ V dt + sqrt(2 Γ T(X)) dW,
  Γ = 1, T(x) = 1 + 0.1 x, dt = 0.01, ⟨X⟩ and ⟨X²⟩ recorded every 100 steps;
- explicit bath: the Strang splitting of bench/dynamics_run.ts (half drift,
  exact mode rotation with the integrated kick, half drift), one Drude bath
  of N = 10, 100, 1000 equal-reorganization modes, arrays (trajectories, N).
Then it runs `deno run -A bench/dynamics_run.ts` and prints ns per
trajectory-step (wall and process CPU time) and the ratios; the 2-worker
rows are the first call (which starts simulate's worker pool) and the median
of three later calls on the warm pool. On a shared
machine CPU time is the fairer single-thread number; the 2-worker speed-up
is a wall-time ratio and suffers from other processes on the cores.
"""
import json
import os
import platform
import shutil
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRAJ = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
STEPS = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000


def deno_binary():
    local = os.path.join(ROOT, "tools", "node_modules", ".bin", "deno")
    return local if os.path.exists(local) else shutil.which("deno")


def timed(f, work):
    c0, t0 = time.process_time_ns(), time.perf_counter_ns()
    f()
    return {"wall": (time.perf_counter_ns() - t0) / work,
            "cpu": (time.process_time_ns() - c0) / work}


def markov_numpy(n, steps, dt=0.01, gamma=1.0, every=100):
    rng = np.random.Generator(np.random.PCG64(1))
    x = np.zeros(n)
    v = rng.standard_normal(n)
    f = -x
    c = np.exp(-gamma * dt)
    s2 = -np.expm1(-2 * gamma * dt)
    xi = np.empty(n)
    tmp = np.empty(n)
    half = 0.5 * dt
    means = []
    for step in range(1, steps + 1):
        v += half * f
        x += half * v
        rng.standard_normal(out=xi)
        np.multiply(x, 0.1 * s2, out=tmp)  # s2 T(x) = s2 (1 + 0.1 x)
        tmp += s2
        np.sqrt(tmp, out=tmp)
        tmp *= xi
        v *= c
        v += tmp
        x += half * v
        np.negative(x, out=f)
        v += half * f
        if step % every == 0:
            means.append((x.mean(), (x * x).mean()))
    return means


def drude_modes(n, cutoff=5.0, gamma=1.0):
    k = np.arange(1, n + 1)
    w = cutoff * np.tan(np.pi / 2 * (k - 0.5) / n)
    c = w * np.sqrt(gamma * cutoff / n)
    return w, c, np.ones(n)


def explicit_numpy(n_traj, n_modes, steps, dt=0.01, T=1.0):
    rng = np.random.Generator(np.random.PCG64(1))
    w, c, m = drude_modes(n_modes)
    cw, sw = np.cos(w * dt), np.sin(w * dt)
    mw = m * w
    kA = sw / w
    kB = 2 * np.sin(0.5 * w * dt) ** 2 / (m * w * w)
    g = c / (m * w * w)
    X = np.zeros(n_traj)
    V = rng.standard_normal(n_traj) * np.sqrt(T)
    x = rng.standard_normal((n_traj, n_modes)) * np.sqrt(T / (m * w * w))
    p = rng.standard_normal((n_traj, n_modes)) * np.sqrt(m * T)
    dx = np.empty_like(x)
    tmp = np.empty_like(x)
    half = 0.5 * dt
    for _ in range(steps):
        X += half * V
        xb = np.multiply.outer(X, g)
        np.subtract(x, xb, out=dx)
        np.multiply(dx, kA, out=tmp)
        tmp += p * kB
        kick = tmp @ c
        np.multiply(dx, cw, out=x)
        x += xb
        x += p * (sw / mw)
        p *= cw
        p -= dx * (mw * sw)
        V += dt * (-X) + kick
        X += half * V
    return X.mean()


# numpy, markov: once before and once after Deno to bracket the load.
markov_np = [timed(lambda: markov_numpy(TRAJ, STEPS), TRAJ * STEPS)]
explicit_np = {}
for n in (10, 100, 1000):
    traj = max(20, round(2e7 / (n * 1000)))
    explicit_numpy(traj, n, 50)  # warm-up
    explicit_np[n] = timed(lambda: explicit_numpy(traj, n, 1000), traj * 1000)

deno = deno_binary()
if deno is None:
    sys.exit("deno not found: run `bash scripts/setup.sh` first")
proc = subprocess.run([deno, "run", "-A", "bench/dynamics_run.ts", str(TRAJ), str(STEPS)],
                      cwd=ROOT, capture_output=True, text=True, check=True,
                      env={**os.environ, "NO_COLOR": "1"})
tq = json.loads(proc.stdout.strip().splitlines()[-1])
markov_np.append(timed(lambda: markov_numpy(TRAJ, STEPS), TRAJ * STEPS))

best = lambda runs, key: min(r[key] for r in runs)
print(f"# numpy {np.__version__}, Python {platform.python_version()}, {platform.machine()}, "
      f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
print(f"# Markov ensemble: {TRAJ} trajectories x {STEPS} steps (BAOAB, harmonic trap, linear T(x))")
print(f"{'':36s} {'wall ns/traj-step':>18s} {'CPU ns/traj-step':>17s}")
np_wall, np_cpu = best(markov_np, "wall"), best(markov_np, "cpu")
print(f"{'numpy (vectorized, 1 thread)':36s} {np_wall:18.2f} {np_cpu:17.2f}")
m0, m2, m2c = tq["markov"]["main"], tq["markov"]["workers2"], tq["markov"]["workers2cold"]
print(f"{'thermoquilt, main thread':36s} {m0['wall']:18.2f} {m0['cpu']:17.2f}")
print(f"{'thermoquilt, 2 workers, first call':36s} {m2c['wall']:18.2f} {m2c['cpu']:17.2f}")
print(f"{'thermoquilt, 2 workers, warm pool':36s} {m2['wall']:18.2f} {m2['cpu']:17.2f}")
print("# (2-worker CPU time is the whole process's, both threads: equal to the main-thread")
print("#  figure means no parallel overhead; the wall-time speed-up is then bounded by free cores)")
print(f"speed vs numpy, single thread (CPU time): {np_cpu / m0['cpu']:.2f}x; (wall): {np_wall / m0['wall']:.2f}x")
print(f"speed-up on 2 workers vs main thread (wall): {m0['wall'] / m2['wall']:.2f}x warm pool, "
      f"{m0['wall'] / m2c['wall']:.2f}x first call; vs numpy (wall): {np_wall / m2['wall']:.2f}x warm")
print()
print("# explicit bath, one Drude bath of N modes, ns per trajectory-step (main thread)")
print(f"{'N':>6s} {'numpy wall':>11s} {'numpy CPU':>10s} {'tq wall':>9s} {'tq CPU':>8s} {'ratio CPU':>10s} {'tq CPU/N':>9s}")
for n in (10, 100, 1000):
    a, b = explicit_np[n], tq["explicit"][str(n)]["main"]
    print(f"{n:6d} {a['wall']:11.1f} {a['cpu']:10.1f} {b['wall']:9.1f} {b['cpu']:8.1f} "
          f"{a['cpu'] / b['cpu']:9.2f}x {b['cpu'] / n:9.2f}")
print()
print("# memory after Markov runs of 1000 trajectories, 100 records each (MB)")
print(f"{'steps':>8s} {'RSS':>8s} {'JS heap used':>13s}")
for steps, m in tq["memory"].items():
    print(f"{int(steps):8d} {m['rss'] / 2**20:8.1f} {m['heapUsed'] / 2**20:13.1f}")

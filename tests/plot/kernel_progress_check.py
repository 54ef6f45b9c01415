"""Checks, in the real Deno Jupyter kernel, that a 100-update progress loop
produces ONE display_data message plus update_display_data messages for the
same display id (not 100 outputs), at most ~10 updates per second.

Run (from the repository root, after `bash scripts/setup.sh --jupyter`):
    XDG_DATA_HOME=$PWD/.cache/xdg /usr/bin/python3 tests/plot/kernel_progress_check.py
Uses Debian's jupyter_client (the same one nbconvert uses). Not part of the
default test suite: it starts a kernel (~3 s).
"""
import os
import sys
import time

from jupyter_client.manager import start_new_kernel

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CODE = """
import { startProgress } from "%s/src/progress.ts";
import "%s/src/plot/register.ts";
const p = startProgress({ label: "kernel check", total: 100 });
for (let i = 1; i <= 100; i++) { await new Promise((r) => setTimeout(r, 15)); p.update(i); }
p.finish();
""" % (ROOT, ROOT)

km, kc = start_new_kernel(kernel_name="deno", cwd=ROOT)
try:
    started = time.time()
    msg_id = kc.execute(CODE)
    kinds = {}
    ids = set()
    errors = []
    while True:
        msg = kc.get_iopub_msg(timeout=60)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        t = msg["msg_type"]
        kinds[t] = kinds.get(t, 0) + 1
        if t in ("display_data", "update_display_data"):
            ids.add(msg["content"].get("transient", {}).get("display_id"))
        if t == "error":
            errors.append(msg["content"]["evalue"])
        if t == "status" and msg["content"]["execution_state"] == "idle":
            break
    elapsed = time.time() - started
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=True)

print("messages:", kinds, "display ids:", ids, "elapsed %.1f s" % elapsed)
ok = (
    not errors
    and kinds.get("display_data", 0) == 1
    and len(ids) == 1
    and 1 <= kinds.get("update_display_data", 0) <= 10 * elapsed + 2
)
if not ok:
    print("FAILED:", errors or "expected one display_data and throttled updates")
    sys.stdout.flush()
    os._exit(1)
print("ok: one live progress display updated in place")
sys.stdout.flush()
os._exit(0)  # skip jupyter_client's noisy interpreter-shutdown destructors

"""Notebook execution for the figures job (scripts/tq.sh).

Executes a notebook headless like `jupyter nbconvert --to notebook --execute`,
but keeps listening for a short grace period after the kernel reports idle.
On a cell error it still writes the executed notebook (with the error output,
which scripts/notebooks.ts then reports by notebook and cell) and exits 1.

Why: under CPU load the Deno kernel (2.9.x) sometimes publishes
`status: idle` a few milliseconds BEFORE a cell's execute_result /
display_data; stock nbclient stops reading at idle and silently drops the
output. Measured here with 3 busy cores: 3 of 30 executions of a figure cell,
lags 1-13 ms.

Usage: /usr/bin/python3 scripts/_report_execute.py IN.ipynb OUT.ipynb [--timeout=900] [--grace=0.3]
"""
import asyncio
import os
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionComplete, CellExecutionError
from nbclient.util import ensure_async


class GraceClient(NotebookClient):
    grace = 0.3

    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        await super()._async_poll_output_msg(parent_msg_id, cell, cell_index)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.grace
        while (remaining := deadline - loop.time()) > 0:
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=remaining))
            except Exception:  # queue.Empty: nothing late
                return
            if msg["parent_header"].get("msg_id") == parent_msg_id:
                try:
                    self.process_message(msg, cell, cell_index)
                except CellExecutionComplete:
                    pass


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    opts = dict(a[2:].split("=", 1) for a in sys.argv[1:] if a.startswith("--") and "=" in a)
    src, dst = args
    nb = nbformat.read(src, as_version=4)
    client = GraceClient(
        nb,
        kernel_name="deno",
        timeout=int(opts.get("timeout", "900")),
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(src))}},
    )
    client.grace = float(opts.get("grace", "0.3"))
    status = 0
    try:
        client.execute()
    except CellExecutionError as e:
        print(str(e), file=sys.stderr)
        status = 1
    nbformat.write(nb, dst)
    return status


if __name__ == "__main__":
    sys.exit(main())

"""Run a command as a whole process and measure wall time and peak memory of its process tree."""

from __future__ import annotations

import os
import resource
import subprocess
import time
from pathlib import Path


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text.split()]


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kb(root: int) -> int:
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _rss_kb(pid)
        stack.extend(_children(pid))
    return total


def run_measured(cmd: list[str], **kwargs) -> dict:
    """Wall seconds, CPU seconds (user + system of the whole process tree) and peak summed RSS (MB)
    of the command and all its children, sampled every 20 ms."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss_kb(proc.pid))
        time.sleep(0.02)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    return {"returncode": proc.returncode, "seconds": round(wall, 3), "cpu_seconds": round(cpu, 3), "peak_rss_mb": round(peak / 1024, 1),
            "stderr_tail": stderr[-500:], "cores": os.cpu_count()}


def calibration_ms() -> float:
    """CPU ms for sum(range(10**6)): ~10 ms on a typical 2024 desktop, to compare machines."""
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        sum(range(10**6))
        best = min(best, time.process_time() - start)
    return round(best * 1e3, 1)

"""Process-level concerns: glibc memory tuning for the command line, and how many cores we may use."""

from __future__ import annotations

import ctypes
import os
import sys

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
_KEEP_BYTES = 64 << 20


def keep_freed_memory() -> bool:
    """Ask glibc to reuse freed blocks of up to 64 MB instead of returning them to the OS.

    Screening allocates many short-lived numpy arrays of a few hundred KB; by default glibc
    maps and unmaps each one, and the page faults cost about as much as the arithmetic.
    Returns False where this does not apply (not Linux, or not glibc).
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")  # glibc; musl and others have no such file or no mallopt
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, _KEEP_BYTES)) and bool(mallopt(_M_TRIM_THRESHOLD, 2 * _KEEP_BYTES))


def usable_cores() -> int:
    """Cores this process may use: its CPU affinity, capped by a container's CPU quota (cgroup
    v2 or v1), which os.cpu_count() ignores (a 2-core container on a 64-core host says 64)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    quota = _cgroup_quota()
    return max(1, min(cores, quota)) if quota else max(1, cores)


def _cgroup_quota() -> int | None:
    for path, parse in (("/sys/fs/cgroup/cpu.max", _quota_v2), ("/sys/fs/cgroup/cpu/cpu.cfs_quota_us", _quota_v1)):
        try:
            with open(path, encoding="ascii") as f:
                found = parse(f.read())
        except (OSError, ValueError):
            continue
        if found:
            return found
    return None


def _quota_v2(text: str) -> int | None:
    quota, _, period = text.strip().partition(" ")
    return None if quota == "max" else -(-int(quota) // int(period or 100_000))


def _quota_v1(text: str) -> int | None:
    quota = int(text.strip())
    if quota <= 0:
        return None
    with open("/sys/fs/cgroup/cpu/cpu.cfs_period_us", encoding="ascii") as f:
        return -(-quota // int(f.read().strip()))

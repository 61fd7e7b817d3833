"""Process-wide tuning for the command line (not applied when ctip is used as a library)."""

from __future__ import annotations

import ctypes
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

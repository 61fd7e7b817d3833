"""`round_places(x, ndigits)`: `round(x, ndigits)`, the same float, ~10x cheaper for a float.

CPython rounds a float to decimals by printing it (dtoa) and reading the digits back (strtod),
~1,800 instructions a call; screening rounds every risk score (and pay, and the model's score
parts). The compiled twin (`_fast.round_places`) rounds the exact binary value with integer
arithmetic instead and hands anything unusual to `round`. Without the extension (no C compiler
at install) this is `round` itself. tests/core/test_core_compiled.py compares both.
"""

from __future__ import annotations

from collections.abc import Callable

try:  # absent where no C compiler was found at install
    from ctip.detect import _fast
except ImportError:  # pragma: no cover - depends on the install
    _fast = None

__all__ = ["round_places"]

round_places: Callable[[float, int], float] = getattr(_fast, "round_places", round)

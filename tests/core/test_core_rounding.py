"""The compiled round_places (ctip.detect._fast) gives exactly the float round() gives."""

import math
import random
import struct

import pytest

from ctip.detect import rounding

_fast_round = getattr(rounding._fast, "round_places", None)
needs_fast = pytest.mark.skipif(_fast_round is None, reason="ctip.detect._fast is not built: round() is used")


def _bits(x: float) -> bytes:
    return struct.pack("<d", x)


def _samples(seed: int, n: int) -> list[tuple[float, int]]:
    """Random floats of every kind (raw bit patterns, small, large, near and on decimal and binary ties)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        kind = rng.randrange(6)
        if kind == 0:
            x = rng.uniform(-1, 1)
        elif kind == 1:
            x = rng.uniform(-1e6, 1e6)
        elif kind == 2:
            x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        elif kind == 3:  # written ties: "…5" at the next decimal, mostly not exact in binary
            x = (rng.randrange(-10**7, 10**7) + 0.5) / 10 ** rng.randrange(0, 8)
        elif kind == 4:  # exact binary fractions: true ties, rounded to even
            x = rng.randrange(-2**20, 2**20) / 2 ** rng.randrange(0, 30)
        else:
            x = rng.gauss(0, 5)
        out.append((x, rng.randrange(0, 23)))
    return out


@needs_fast
def test_compiled_round_is_bit_identical_to_round_on_random_floats():
    for x, n in _samples(0, 200_000):
        got, want = _fast_round(x, n), round(x, n)
        assert _bits(got) == _bits(want) or (math.isnan(got) and math.isnan(want)), (x, n, got, want)


@needs_fast
@pytest.mark.parametrize("x", [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, -0.125, 0.285, 1.005, 2.675, -0.0001,
                               1e300, -1e300, 5e-324, 2.0**53, 2.0**53 + 2, 1e16, 0.9999995, 0.12345650000000001,
                               math.inf, -math.inf, math.nan])
def test_compiled_round_matches_on_ties_signs_zero_and_extremes(x):
    for n in range(0, 25):
        got, want = _fast_round(x, n), round(x, n)
        assert _bits(got) == _bits(want) or (math.isnan(got) and math.isnan(want)), (x, n, got, want)


@needs_fast
def test_other_types_and_digit_counts_go_to_round():
    import numpy as np

    assert _fast_round(123.456, -1) == round(123.456, -1) == 120.0
    assert _fast_round(7, 2) == 7 and type(_fast_round(7, 2)) is int
    assert type(_fast_round(np.float64(0.12345), 2)) is np.float64
    with pytest.raises(TypeError):
        _fast_round(0.5, "2")
    with pytest.raises(TypeError):
        _fast_round(0.5)


def test_round_places_rounds_as_round_documents():
    assert rounding.round_places(0.125, 2) == 0.12  # ties to even, on the exact binary value
    assert rounding.round_places(2.675, 2) == 2.67  # 2.675 is 2.67499999… in binary
    assert rounding.round_places(0.1234567, 6) == 0.123457

"""The synthetic linking corpus lives with the benchmarks (bench/synthetic_links.py), not in the product."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

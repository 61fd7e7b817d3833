"""Build the round-11 blind test split (data/eval/round11/parts/) from scripts/eval_round11/posts_<lang>.py.

A thin front for scripts/eval_round4/build_parts.py run with `--round 11` (same records, same
disguise helpers, a shuffle seed of its own). With no language it builds every posts file present.

Usage: python scripts/eval_round11/build_parts.py [LANG ...] [--datasheet]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval_round4"))

import build_parts  # noqa: E402  (the shared builder, found on the path set just above)

if __name__ == "__main__":
    args = sys.argv[1:]
    langs = [a for a in args if not a.startswith("--")]
    build_parts.main(["--round", "11", *(args if langs or "--datasheet" in args else ["--all", *args])])

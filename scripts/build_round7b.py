"""Build data/corpus/parts/<lang>.s7b.jsonl (training round 7b, issue 13) from scripts/hand_r7b_<lang>.txt.

Round 7b is a new author's posts in many voices (recruiters, brokers, victims, relatives, NGO
officers, journalists, survivors, shop owners), built by round 4's builder; the round tag "7b"
names the files and ids (`<lang>-r7b-NNNN`). It adds round 1's `sexual_exploitation` and
`forced_marriage` to round 6's categories.
    .venv/bin/python scripts/build_round7b.py my lo km th zh vi id en
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round4  # noqa: E402
import build_round7w  # noqa: E402

ROUND = "7b"  # only formatted into file names and ids, so a tag keeps them apart from round 7's
CATEGORIES = build_round7w.CATEGORIES  # the same table as round 7w's (another new author)

parse, near_copies = build_round4.bound(ROUND, CATEGORIES)


if __name__ == "__main__":
    build_round4.main(sys.argv[1:], ROUND, CATEGORIES)

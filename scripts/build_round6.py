"""Build data/corpus/parts/<lang>.s6.jsonl (training round 6) from scripts/hand_r6_<lang>.txt.

Round 6 (issue 13, after the round-4 blind test) writes what that test showed weak: survivors'
testimony that retells the lure in the first person (never flagged, its quoted lures still
indicators), victims' pleas in everyday words (to a mother or brother, a location sent to a
relative, a relative asking for someone held), debt bondage written as contract terms beside
signs of legitimacy, subtler lures (a friend's private message, no pay figure), infant sale as
adoption, forced labour at sea, on plantations and in homes; and hard negatives (fair contracts,
lawful adoption, news, questions about pay, ordinary posts). Each hand line is
`category[:frame]@@text`, written one by one. The building is round 4's (scripts/build_round4.py);
round 6 adds the categories `forced_labour` and `other` to round 5's.
    .venv/bin/python scripts/build_round6.py en zh vi id km th my lo
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round4  # noqa: E402
import build_round5  # noqa: E402

ROUND = 6
# category -> (label, default frame, other allowed frames)
CATEGORIES: dict[str, tuple[int, str, tuple[str, ...]]] = {
    **build_round5.CATEGORIES, "forced_labour": (1, "offer", ()), "other": (0, "other", ())}

parse, near_copies = build_round4.bound(ROUND, CATEGORIES)


if __name__ == "__main__":
    build_round4.main(sys.argv[1:], ROUND, CATEGORIES)

"""Build data/corpus/parts/<lang>.s7.jsonl (training round 7) from scripts/hand_r7_<lang>.txt.

Round 7 (issue 13, after the round-5 blind test) writes what that test showed weak: infant sale
dressed as adoption (a nutrition or hospital fee, the birth certificate in the buyer's name),
workers sold or "transferred" per head, debt bondage in contract terms beside signs of legitimacy,
lures sent as a friend's or relative's private message, pleas in everyday words, survivors'
testimony that retells the lure, warnings and news that quote lures (all label 0), and hard
negatives (ordinary commerce with chat ids or USDT, rentals, questions about pay, a legitimate
job, lawful adoption and staff transfer, a fair contract, medical fundraising), with more Chinese
hard negatives of every kind. Each hand line is `category[:frame]@@text`, written one by one.
The building is round 4's (scripts/build_round4.py), with round 6's categories plus
`legit_travel`.
    .venv/bin/python scripts/build_round7.py en zh vi id km th my lo
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round4  # noqa: E402
import build_round6  # noqa: E402

ROUND = 7
# category -> (label, default frame, other allowed frames)
CATEGORIES: dict[str, tuple[int, str, tuple[str, ...]]] = {
    **build_round6.CATEGORIES, "legit_travel": (0, "other", ())}

parse, near_copies = build_round4.bound(ROUND, CATEGORIES)


if __name__ == "__main__":
    build_round4.main(sys.argv[1:], ROUND, CATEGORIES)

"""Build data/corpus/parts/<lang>.s7w.jsonl (training round 7w) from scripts/hand_r7w_<lang>.txt.

Round 7w (issue 13) is written by a new author, in styles of its own, so the model stops fitting
the few earlier writers. Ids are `<lang>-r7w-NNNN`. The building is round 4's; round 7w adds
`sexual_exploitation` and `forced_marriage` (label 1, frame offer) to round 6's categories.
Invented handles and domains start with `kestra`; phone numbers are random, valid in format.
    .venv/bin/python scripts/build_round7w.py en zh vi id km th my lo
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round4  # noqa: E402
import build_round6  # noqa: E402

ROUND = "7w"  # a string: ids `<lang>-r7w-NNNN`, files hand_r7w_<lang>.txt and <lang>.s7w.jsonl
# category -> (label, default frame, other allowed frames)
CATEGORIES: dict[str, tuple[int, str, tuple[str, ...]]] = {
    **build_round6.CATEGORIES, "sexual_exploitation": (1, "offer", ()), "forced_marriage": (1, "offer", ())}

parse, near_copies = build_round4.bound(ROUND, CATEGORIES)


if __name__ == "__main__":
    build_round4.main(sys.argv[1:], ROUND, CATEGORIES)

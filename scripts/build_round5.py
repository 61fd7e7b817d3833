"""Build data/corpus/parts/<lang>.s5.jsonl (training round 5) from scripts/hand_r5_<lang>.txt.

Round 5 (issue 13, after the round-3 blind test) widens what that test showed thin: warnings,
advisories and testimony that quote lures and victims' words, pleas phrased without the usual
cue words, colloquial lures, infant and worker sale, and hard negatives (commerce with chat ids
or crypto, rentals, legitimate jobs, questions about pay, fundraising). Each hand line is
`category[:frame]@@text`, written one by one; label and default frame follow from the category.
Near-copies (character 4-gram Jaccard > 0.6 against the file or any other part of the same
language) stop the build. The building is round 4's (scripts/build_round4.py); round 5 adds
the category `legit_job`.
    .venv/bin/python scripts/build_round5.py en zh vi id km th my lo
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round4  # noqa: E402

ROUND = 5
# category -> (label, default frame, other allowed frames)
CATEGORIES: dict[str, tuple[int, str, tuple[str, ...]]] = {**build_round4.CATEGORIES, "legit_job": (0, "offer", ())}

parse, near_copies = build_round4.bound(ROUND, CATEGORIES)


if __name__ == "__main__":
    build_round4.main(sys.argv[1:], ROUND, CATEGORIES)

"""Build data/corpus/parts/<lang>.s9b.jsonl (training round 9b, issue 13) from scripts/hand_r9b_<lang>.txt.

Round 9b is a new author writing as third parties and intermediaries: relatives, friends, teachers,
monks, pastors and imams, co-workers, employers, brokers and middlemen talking about someone else.
Its positives lean to the forms the detector missed most: workers sold or "transferred" between
bosses (per-head fees, contracts taken over, passports going with the worker), infant sale dressed
as adoption or surrogacy, debt bondage in business or contract language, and relatives' or friends'
pleas for someone held now; its hard negatives speak in the same voices (lawful adoption and staff
transfers, business sales, fair contracts, warnings, news and testimony quoting the lures, questions
about pay, fundraising). The building is round 4's; a literal `\\n` in a hand line is a line break.
Categories are round 7w's plus `legit_travel`. Invented handles, domains and email local parts
carry `jd` near their start; phone numbers are random, valid for their country; TRC20 wallets are
random, checksum-valid.
    .venv/bin/python scripts/build_round9b.py en zh vi id km th my lo
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round4  # noqa: E402
import build_round7w  # noqa: E402

ROUND = "9b"  # only formatted into file names and ids (`<lang>-r9b-NNNN`)
# category -> (label, default frame, other allowed frames)
CATEGORIES: dict[str, tuple[int, str, tuple[str, ...]]] = {
    **build_round7w.CATEGORIES, "legit_travel": (0, "other", ())}

# parse(lang) and near_copies(lang, posts) are what the corpus tests rebuild and check.
parse, near_copies, main = build_round4.line_break_round(ROUND, CATEGORIES)


if __name__ == "__main__":
    main(sys.argv[1:])

"""Build data/corpus/parts/<lang>.s9c.jsonl (training round 9c, issue 13) from scripts/hand_r9c_<lang>.txt.

Round 9c is a new author writing platform-formatted, long-form posts: job-board listings with
structured fields (position / salary / benefits / requirements / contact), Telegram channel posts with
hashtags and button-like lines, marketplace and classified ads, recruitment FAQs, group rules, text with
machine-translation artefacts or two languages mixed, "success stories" that recruit; and genuine news
reports, embassy/NGO advisories and survivors' testimony that quote recruitment wording at length.
The building is round 8a's (a literal `\\n` in a hand line is a line break). Categories are round 7w's
plus `legit_travel`, `legit_agency` (a licensed agency's notice, label 0), and two positive kinds the
earlier tables folded into others: `organ` (buying or brokering a kidney or liver) and `child`
(children offered for work, begging or sex). Invented handles and domains carry `wp` near their start;
phone numbers are random, valid for their country; TRC20 wallets random, checksum-valid.
    .venv/bin/python scripts/build_round9c.py en zh vi id km th my lo
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round4  # noqa: E402
import build_round7w  # noqa: E402

ROUND = "9c"  # only formatted into file names and ids (`<lang>-r9c-NNNN`)
# category -> (label, default frame, other allowed frames)
CATEGORIES: dict[str, tuple[int, str, tuple[str, ...]]] = {
    **build_round7w.CATEGORIES,
    "legit_travel": (0, "other", ()),
    "legit_agency": (0, "offer", ()),
    "organ": (1, "offer", ()),
    "child": (1, "offer", ()),
}

# parse(lang) and near_copies(lang, posts) are what the corpus tests rebuild and check.
parse, near_copies, main = build_round4.line_break_round(ROUND, CATEGORIES)


if __name__ == "__main__":
    main(sys.argv[1:])

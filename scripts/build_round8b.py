"""Build data/corpus/parts/<lang>.s8b.jsonl (training round 8b, issue 13) from scripts/hand_r8b_<lang>.txt.

Round 8b is a new author's posts written as the documents and records around trafficking: job
adverts and contracts with numbered clauses and letterheads, agency notices, court and police
press releases, NGO case summaries, chat logs pasted with timestamps, classified ads, and terse
messages between brokers; beside them the hard negatives (fair contracts, news, testimony,
warnings, commerce). It is built by round 4's builder; the tag "8b" names the files and ids
(`<lang>-r8b-NNNN`). The categories are round 7w's plus `legit_travel`. A hand line may carry
line breaks as the two characters `\\n` (a contract or a chat log is several lines); they become
real line breaks in the part. Invented handles and domains contain `zt` or `tz` near the start;
phone numbers are random, valid in format; wallets are random, checksum-valid.
    .venv/bin/python scripts/build_round8b.py en zh vi id km th my lo
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round4  # noqa: E402
import build_round7w  # noqa: E402

ROUND = "8b"  # only formatted into file names and ids
# category -> (label, default frame, other allowed frames)
CATEGORIES: dict[str, tuple[int, str, tuple[str, ...]]] = {
    **build_round7w.CATEGORIES, "legit_travel": (0, "other", ())}

# parse(lang) and near_copies(lang, posts) are what the corpus tests rebuild and check.
parse, near_copies, main = build_round4.line_break_round(ROUND, CATEGORIES, str.rstrip)


if __name__ == "__main__":
    main(sys.argv[1:])

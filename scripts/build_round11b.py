"""Build data/corpus/parts/<lang>.s11b.jsonl (training round 11b, issue 13) from scripts/hand_r11b_<lang>.txt.

Round 11b is a new author writing recruitment that comes through people one trusts and words that sound
harmless, most of it in Chinese (simplified and traditional; mainland, Taiwan, Hong Kong, Malaysia,
Singapore and the diaspora in Canada, Australia and Europe, as WeChat moments, Douyin and Xiaohongshu
comments, Telegram groups and LINE). Label 1: invitations through a relative, a partner's family, a
friend of a friend, a church or hometown association; KTV, "hostess" and "massage" jobs abroad;
"asking for a friend" pleas and relatives' indirect pleas about someone in danger now, in everyday
words; "travel now, pay later" loans and contracts that bind the worker; study and internship offers
that are labour traps. Label 0: the same channels used honestly (family news, licensed hospitality
jobs, lawful study and internship programmes, consumer loans, help requests that are not trafficking:
a lost passport, a visa question, medical fundraising), warnings and news quoting such lures.
The building is round 8a's (a literal `\\n` in a hand line is a line break); the categories are round
9c's. Invented handles and domains carry `yh` near their start; phone numbers are random, valid for
their country.
    .venv/bin/python scripts/build_round11b.py en zh vi id km th my lo
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round4  # noqa: E402
import build_round9c  # noqa: E402

ROUND = "11b"  # only formatted into file names and ids (`<lang>-r11b-NNNN`)
# category -> (label, default frame, other allowed frames): round 9c's table, unchanged
CATEGORIES: dict[str, tuple[int, str, tuple[str, ...]]] = dict(build_round9c.CATEGORIES)

# parse(lang) and near_copies(lang, posts) are what the corpus tests rebuild and check.
parse, near_copies, main = build_round4.line_break_round(ROUND, CATEGORIES)


if __name__ == "__main__":
    main(sys.argv[1:])

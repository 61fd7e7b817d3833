"""Build data/corpus/parts/<lang>.s9a.jsonl (training round 9a, issue 13) from scripts/hand_r9a_<lang>.txt.

Round 9a is a new author writing in the messy mobile voice: very short one-liners and long
unpunctuated rambles, typos, abbreviations, voice-to-text slips and emoji; Khmer, Thai, Lao and
Burmese often typed in Latin letters, Vietnamese without diacritics, Chinese mixed with pinyin and
English; code-switching. Victims and relatives plead without saying so outright, offers come as a
friend's invitation or a recruiter's DM, and the hard negatives (warnings, testimony, commerce with
chat ids or USDT, pay questions, fundraising, adoption, real jobs) are written in the same voice.
The building is round 8a's: a literal `\\n` in a hand line is a line break in the post. Categories are
round 7w's plus `legit_travel`. Invented handles and domains carry `qv` near their start; phone
numbers are random, valid for their country; TRC20 wallets random, checksum-valid.
    .venv/bin/python scripts/build_round9a.py en zh vi id km th my lo
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round4  # noqa: E402
import build_round7w  # noqa: E402

ROUND = "9a"  # only formatted into file names and ids (`<lang>-r9a-NNNN`)
# category -> (label, default frame, other allowed frames)
CATEGORIES: dict[str, tuple[int, str, tuple[str, ...]]] = {
    **build_round7w.CATEGORIES, "legit_travel": (0, "other", ())}

# parse(lang) and near_copies(lang, posts) are what the corpus tests rebuild and check.
parse, near_copies, main = build_round4.line_break_round(ROUND, CATEGORIES)


if __name__ == "__main__":
    main(sys.argv[1:])

"""Build data/corpus/parts/<lang>.s8a.jsonl (training round 8a, issue 13) from scripts/hand_r8a_<lang>.txt.

Round 8a is a new author writing as the posters themselves, inside their communities: village and
church/mosque Facebook groups, migrant workers' pages, Telegram job channels, diaspora WhatsApp
groups, comment threads where several people speak, with slang, code-switching, typos and emoji.
The building is round 4's, with one addition: a literal `\\n` in a hand line is a line break in the
post (comment threads and voice-note transcripts need them; a hand line must stay one line).
Categories are round 7w's plus `legit_travel`. Invented handles and domains carry `ml` near their
start; phone numbers are random, valid for their country; TRC20 wallets random, checksum-valid.
    .venv/bin/python scripts/build_round8a.py en zh vi id km th my lo
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round4  # noqa: E402
import build_round7w  # noqa: E402

ROUND = "8a"  # only formatted into file names and ids (`<lang>-r8a-NNNN`)
# category -> (label, default frame, other allowed frames)
CATEGORIES: dict[str, tuple[int, str, tuple[str, ...]]] = {
    **build_round7w.CATEGORIES, "legit_travel": (0, "other", ())}

# parse(lang) and near_copies(lang, posts) are what the corpus tests rebuild and check.
parse, near_copies, main = build_round4.line_break_round(ROUND, CATEGORIES)


if __name__ == "__main__":
    main(sys.argv[1:])

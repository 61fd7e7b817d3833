"""Build data/corpus/parts/<lang>.s10d.jsonl (training round 10d, issue 13) from scripts/hand_r10d_<lang>.txt.

Round 10d is a new author writing private messages and the slow approach: direct messages and
Messenger, LINE, WeChat, Zalo and Telegram chats pasted as posts, with voice-note transcripts. Positives
are recruiters grooming over several messages (a friendly stranger, an online partner, a cousin abroad,
a former classmate) that end in a job across a border with no clear employer, a ticket already paid and
"don't tell your parents yet"; brokers negotiating a bride, a baby, a kidney or a group of workers in
private; people inside a compound or a house writing carefully, and relatives forwarding them. Hard
negatives are private chats with the same surface: real job tips with a company and a contract, a
sibling abroad on legal work and pay, sellers with a chat id, lawful marriage visas and adoption, safe
returns told afterwards, pay questions. The building is round 8a's (a literal `\\n` in a hand line is a
line break); the category table is round 9c's. Invented handles, chat ids, mail and domains carry `xj`
near their start; phone numbers are random, valid for their country.
    .venv/bin/python scripts/build_round10d.py en zh vi id km th my lo
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round4  # noqa: E402
import build_round9c  # noqa: E402

ROUND = "10d"  # only formatted into file names and ids (`<lang>-r10d-NNNN`)
# category -> (label, default frame, other allowed frames): round 9c's table (organ, child, legit_agency)
CATEGORIES: dict[str, tuple[int, str, tuple[str, ...]]] = dict(build_round9c.CATEGORIES)

# parse(lang) and near_copies(lang, posts) are what the corpus tests rebuild and check.
parse, near_copies, main = build_round4.line_break_round(ROUND, CATEGORIES)


if __name__ == "__main__":
    main(sys.argv[1:])

"""Build data/corpus/parts/<lang>.s10b.jsonl (training round 10b, issue 13) from scripts/hand_r10b_<lang>.txt.

Round 10b is a new author writing "threads and forwards": posts as they are copied out of group chats
and comment sections, with several speakers on separate lines (names, initials, sometimes times),
"Forwarded from …" headers, a quoted message and its reply, channel admin notes, marketplace groups
where one line is a lure among ordinary listings, and Q&A under a job post. The label is what an
analyst should do with the whole post: 1 if anywhere in it there is an offer of trafficking or a plea,
0 if the thread is a warning, news, testimony, ordinary commerce, a real job, a pay question or a
fundraiser. The building is round 8a's (a literal `\\n` in a hand line is a line break); the categories
are round 9c's. Invented handles, mail local parts and domains carry `zq` near their start; phone
numbers are random, valid for their country; TRC20 wallets random, checksum-valid.
    .venv/bin/python scripts/build_round10b.py en zh vi id km th my lo
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round4  # noqa: E402
import build_round9c  # noqa: E402

ROUND = "10b"  # only formatted into file names and ids (`<lang>-r10b-NNNN`)
# category -> (label, default frame, other allowed frames): round 9c's table, which adds legit_travel,
# legit_agency, organ and child to round 7w's.
CATEGORIES: dict[str, tuple[int, str, tuple[str, ...]]] = dict(build_round9c.CATEGORIES)

# parse(lang) and near_copies(lang, posts) are what the corpus tests rebuild and check.
parse, near_copies, main = build_round4.line_break_round(ROUND, CATEGORIES)


if __name__ == "__main__":
    main(sys.argv[1:])

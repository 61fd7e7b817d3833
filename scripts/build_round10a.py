"""Build data/corpus/parts/<lang>.s10a.jsonl (training round 10a, issue 13) from scripts/hand_r10a_<lang>.txt.

Round 10a is a new author writing the voices whose frame is easy to confuse: the people who tell it,
and those who sound like them. Label 0: survivors' testimonies (first person, past tense, told to warn
others, from a long group post to a three-line comment, a voice-note transcript or a forwarded message,
often quoting the lure, the recruiter's handle or the boss's words), community and official warnings
(village heads, monks and pastors, teachers, an embassy, migrant-worker groups, a mother to other
mothers), news items and their reposts with comments, a relative telling of one who came home safe.
Label 1: people still inside, or their relatives, asking for help now (present tense, often indirect,
sometimes only a place and "can anyone ask..."), and offers that borrow the testimony voice (a
"success story" that recruits, "I went last year, come with me"), worker sales and debt contracts told
as personal news. Each hand line names its frame. The building is round 8a's (a literal `\\n` in a
hand line is a line break); the categories are round 9c's. Invented handles and domains carry `kq`
near their start; phone numbers are random, valid for their country; TRC20 wallets random,
checksum-valid.
    .venv/bin/python scripts/build_round10a.py en zh vi id km th my lo
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round4  # noqa: E402
import build_round9c  # noqa: E402

ROUND = "10a"  # only formatted into file names and ids (`<lang>-r10a-NNNN`)
# category -> (label, default frame, other allowed frames): round 9c's table, unchanged
CATEGORIES: dict[str, tuple[int, str, tuple[str, ...]]] = dict(build_round9c.CATEGORIES)

# parse(lang) and near_copies(lang, posts) are what the corpus tests rebuild and check.
parse, near_copies, main = build_round4.line_break_round(ROUND, CATEGORIES)


if __name__ == "__main__":
    main(sys.argv[1:])

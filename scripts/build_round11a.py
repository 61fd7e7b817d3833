"""Build data/corpus/parts/<lang>.s11a.jsonl (training round 11a, issue 13) from scripts/hand_r11a_<lang>.txt.

Round 11a is a new author writing the past told beside the present offered. Label 0: survivors'
testimonies in many shapes (a comment of a few lines, a long group post, an interview transcript, a
typed-out voice note, a mother telling what happened to her daughter), often giving the age the person
was then ("at 15 I was taken..."), quoting the recruiter's words, the pay, the free ticket, the passport
taken and the debt, and ending resolved (home, rescued, in court, working in a market now); warnings and
news quoting lures and ages; and one post each of the other lawful kinds. Label 1: offers told in the
same first-person past voice ("I went last year, now I earn 1,500, I can bring you too", "my cousin was
16 when she started, they take girls from 15"), pleas from people still inside or their relatives now
(present danger, sometimes with a past-tense backstory), and brokers recruiting minors. The building is
round 8a's (a literal `\\n` in a hand line is a line break); the categories are round 9c's. Invented
handles and domains carry `gk` near their start; phone numbers are random, valid for their country.
    .venv/bin/python scripts/build_round11a.py en zh vi id km th my lo
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round4  # noqa: E402
import build_round9c  # noqa: E402

ROUND = "11a"  # only formatted into file names and ids (`<lang>-r11a-NNNN`)
# category -> (label, default frame, other allowed frames): round 9c's table, unchanged
CATEGORIES: dict[str, tuple[int, str, tuple[str, ...]]] = dict(build_round9c.CATEGORIES)

# parse(lang) and near_copies(lang, posts) are what the corpus tests rebuild and check.
parse, near_copies, main = build_round4.line_break_round(ROUND, CATEGORIES)


if __name__ == "__main__":
    main(sys.argv[1:])

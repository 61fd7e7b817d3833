"""Build data/corpus/parts/<lang>.s10c.jsonl (training round 10c, issue 13) from scripts/hand_r10c_<lang>.txt.

Round 10c is a new author writing regional and colloquial speech: each language as people of one
region actually type it online. Thai with Isan and Northern words and particles; Lao from the south
and Lao written by people living in Thailand; spoken Khmer with English and Thai loanwords; Burmese
with spoken particles rather than the literary forms; southern and central Vietnamese slang and
teen-code; Indonesian mixed with Javanese, Sundanese and Malay words; Chinese with Cantonese and
Hokkien flavour and Taiwanese traditional-character usage; Singlish, Manglish and Filipino English.
The building is round 8a's (a literal `\\n` in a hand line is a line break). Categories are round
9c's: round 7w's plus `legit_travel`, `legit_agency`, `organ` and `child`. Invented handles, mail
local parts and domains carry `fq` near their start; phone numbers are random, valid for their
country; TRC20 wallets random, checksum-valid.
    .venv/bin/python scripts/build_round10c.py en zh vi id km th my lo
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round4  # noqa: E402
import build_round9c  # noqa: E402

ROUND = "10c"  # only formatted into file names and ids (`<lang>-r10c-NNNN`)
# category -> (label, default frame, other allowed frames): round 9c's table, unchanged
CATEGORIES: dict[str, tuple[int, str, tuple[str, ...]]] = dict(build_round9c.CATEGORIES)

# parse(lang) and near_copies(lang, posts) are what the corpus tests rebuild and check.
parse, near_copies, main = build_round4.line_break_round(ROUND, CATEGORIES)


if __name__ == "__main__":
    main(sys.argv[1:])

"""Build data/corpus/parts/<lang>.s11c.jsonl (training round 11c, issue 13) from scripts/hand_r11c_<lang>.txt.

Round 11c is a new author writing everyday life online in the Mekong countries, where ordinary posts look
like risk and real risk looks ordinary; Lao, Khmer and Burmese carry most of it (about 50 posts each,
about 30 in the other five languages). Label 0 (about 60%): village and market life with chat ids and
money (motorbikes, phones, rice, land, rooms near the border, lottery and crypto chatter), licensed
remittance and money-transfer agents and lawful bride-price and wedding announcements (lawful_transfer),
cross-border vans and lifts (legit_travel), local shop, construction and farm jobs on fair terms,
students asking about work visas for Thailand, Korea and Japan, community warnings and radio or news
items, family fundraising for hospital bills. Label 1 (about 40%): the real thing written just as
plainly: cross-border labour brokers with debts, underage girls for "restaurant" work, marriage
brokering to China, scam-compound "online sales" jobs, and short, indirect pleas from people inside or
their families, in spoken register and sometimes romanised. The building is round 8a's (a literal `\\n`
in a hand line is a line break); the categories are round 9c's. Invented handles and domains carry `uj`
near their start; phone numbers are random, valid for their country; TRC20 wallets random,
checksum-valid.
    .venv/bin/python scripts/build_round11c.py en zh vi id km th my lo
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round4  # noqa: E402
import build_round9c  # noqa: E402

ROUND = "11c"  # only formatted into file names and ids (`<lang>-r11c-NNNN`)
# category -> (label, default frame, other allowed frames): round 9c's table, unchanged
CATEGORIES: dict[str, tuple[int, str, tuple[str, ...]]] = dict(build_round9c.CATEGORIES)

# parse(lang) and near_copies(lang, posts) are what the corpus tests rebuild and check.
parse, near_copies, main = build_round4.line_break_round(ROUND, CATEGORIES)


if __name__ == "__main__":
    main(sys.argv[1:])

"""Copy the read test splits of rounds 3 to 10 into the training corpus.

Rounds 3 and 4 (`data/eval/round3/`, `data/eval/round4/`; 800 posts by four authors who never saw
the corpus) were read several times and used to choose what to work on, so they are no longer
honest test splits. From session 7 on they train the model; rounds 5 and 6 (960 posts by four more
authors, each read once at the end of its session) follow from session 8, and rounds 7 and 8
(480 posts each, by two more authors each) from session 9, round 9 from session 10 and round 10 from session 11. This script writes each language's
posts, line for line as the split holds them (same ids, label, category, frame and evasion
fields), to `data/corpus/parts/<lang>.test-r<N>.jsonl`. The splits stay
where they are with their gold identifiers (`entities.jsonl`), which the identifier tests read;
`tests/corpus/test_read_splits_in_corpus.py` checks that the copies equal them.

The file names sort after every `s<N>` part of a language (`test-r10` sorts before `test-r3`), so
`bench/cv_screen.py`, which numbers each language's posts in file order, keeps the folds of the
hand-written posts.
    .venv/bin/python scripts/copy_read_splits.py
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PARTS = ROOT / "data" / "corpus" / "parts"
EVAL = ROOT / "data" / "eval"
LANGS = ("en", "zh", "vi", "id", "km", "th", "my", "lo")
ROUNDS = (3, 4, 5, 6, 7, 8, 9, 10)  # the read splits; the newest round stays out as the blind test split


def split_lines(round_no: int, lang: str) -> list[str]:
    """The JSON lines of one language of a read split, as written there (order kept)."""
    if round_no == 3:
        lines = (EVAL / "round3" / "posts.jsonl").read_text(encoding="utf-8").splitlines()
    else:
        lines = (EVAL / f"round{round_no}" / "parts" / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and json.loads(line)["lang"] == lang]


def corpus_copy(round_no: int, lang: str) -> Path:
    return PARTS / f"{lang}.test-r{round_no}.jsonl"


def main() -> None:
    for round_no in ROUNDS:
        for lang in LANGS:
            lines = split_lines(round_no, lang)
            corpus_copy(round_no, lang).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            print(f"wrote {corpus_copy(round_no, lang).relative_to(ROOT)} ({len(lines)} posts)")


if __name__ == "__main__":
    main()

"""The read test splits of rounds 3 and 4 are training data since session 7, rounds 5 and 6 since session 8,
rounds 7 and 8 since session 9 (issue 13).

`scripts/copy_read_splits.py` copies them into `data/corpus/parts/<lang>.test-r<N>.jsonl`, line for line. These tests check that the copies are exactly the splits
(so the gold identifiers beside the splits still name the corpus posts by id), that `make model`'s
glob and `bench/cv_screen.py` read them, and that no post id occurs twice in the corpus. Round 5's
own tests still check that its texts are not in the corpus (besides its own copy).
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest
from eval_gold_checks import jsonl_rows

ROOT = Path(__file__).resolve().parents[2]
PARTS = ROOT / "data" / "corpus" / "parts"
EVAL = ROOT / "data" / "eval"
LANGS = ("en", "zh", "vi", "id", "km", "th", "my", "lo")


def _copier():
    spec = importlib.util.spec_from_file_location("copy_read_splits", ROOT / "scripts" / "copy_read_splits.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("round_no", [3, 4, 5, 6, 7, 8, 9, 10])
def test_copies_are_the_splits_line_for_line(round_no: int) -> None:
    copier = _copier()
    total = 0
    for lang in LANGS:
        want = "".join(line + "\n" for line in copier.split_lines(round_no, lang))
        copy = PARTS / f"{lang}.test-r{round_no}.jsonl"
        assert copy.read_text(encoding="utf-8") == want, f"{copy.name}: run scripts/copy_read_splits.py"
        rows = jsonl_rows(copy)
        assert rows and {r["lang"] for r in rows} == {lang}
        assert all(r["id"].startswith(f"r{round_no}-{lang}-") for r in rows)
        total += len(rows)
    assert total == {3: 320, 4: 480, 5: 480, 6: 480, 7: 480, 8: 480, 9: 480, 10: 480}[round_no]
    assert round_no in copier.ROUNDS


def test_gold_identifiers_still_name_corpus_posts() -> None:
    ids = {r["id"] for path in PARTS.glob("*.test-r*.jsonl") for r in jsonl_rows(path)}
    gold = [EVAL / "round3" / "entities.jsonl",
            *(p for n in (4, 5, 6, 7, 8, 9, 10) for p in sorted((EVAL / f"round{n}" / "parts").glob("*.entities.jsonl")))]
    named = {r["id"] for path in gold for r in jsonl_rows(path)}
    assert len(named) > 1000 and named <= ids
    assert not any(PARTS.glob("*.test-r11.jsonl")), "round 11 is the blind split: it must not be trained on"


def test_no_post_id_twice_in_the_corpus() -> None:
    counts = Counter(json.loads(line)["id"] for path in PARTS.glob("*.jsonl")
                     for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    assert [i for i, n in counts.items() if n > 1] == []


def test_copies_sort_after_the_hand_written_rounds() -> None:
    """cv_screen numbers each language's posts in file order: the copies come last, so older posts keep their fold."""
    for lang in LANGS:
        names = sorted(p.name for p in PARTS.glob(f"{lang}.*jsonl"))
        assert set(names[-8:]) == {f"{lang}.test-r{n}.jsonl" for n in (3, 4, 5, 6, 7, 8, 9, 10)}, names


def test_cv_screen_names_the_read_splits_apart() -> None:
    spec = importlib.util.spec_from_file_location("cv_screen", ROOT / "bench" / "cv_screen.py")
    assert spec and spec.loader
    cv = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cv)
    assert cv._round("r3-km-001") == "round:test-r3" and cv._round("r4-zh-060") == "round:test-r4"
    assert cv._round("en-r6-0001") == "round:6" and cv._round("zh-r7w-0001") == "round:7w"
    assert cv._round("km-0001") == "round:1-3"


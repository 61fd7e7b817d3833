"""Training round 4 (issue 13): the `frame` field, new categories, no near-copies.

Generic checks run on every `parts/<lang>.s4.jsonl` present; the category list and the
hand-file rebuild are checked for the languages built by scripts/build_round4.py.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from corpus_round_checks import PARTS, round_builder

FRAMES = {"offer", "plea", "warning", "testimony", "news", "other"}
ALWAYS_NEGATIVE = {"warning", "news", "testimony"}
REQUIRED = {"id": str, "text": str, "lang": str, "label": int, "category": str, "frame": str}
ROUND4 = sorted(PARTS.glob("*.s4.jsonl"))
HAND_BUILT = ["en", "zh", "vi", "id"]


def _records(path: Path) -> list[dict]:
    out = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{path.name}:{no}: empty line"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            pytest.fail(f"{path.name}:{no}: not JSON ({err})")
        assert isinstance(rec, dict), f"{path.name}:{no}: not an object"
        out.append(rec)
    return out


def test_round4_files_exist_for_the_hand_built_languages() -> None:
    names = {p.name for p in ROUND4}
    assert {f"{lang}.s4.jsonl" for lang in HAND_BUILT} <= names


@pytest.mark.parametrize("path", ROUND4, ids=lambda p: p.name)
def test_records_have_fields_frames_and_consistent_labels(path: Path) -> None:
    lang = path.name.split(".")[0]
    records = _records(path)
    for rec in records:
        where = f"{path.name}:{rec.get('id')}"
        for field, kind in REQUIRED.items():
            assert isinstance(rec.get(field), kind), f"{where}: {field} missing or not {kind.__name__}"
        assert rec["text"].strip(), where
        assert rec["lang"] == lang and rec["id"].startswith(f"{lang}-r4-"), where
        assert rec["label"] in (0, 1), where
        assert rec["frame"] in FRAMES, where
        if rec["frame"] in ALWAYS_NEGATIVE:
            assert rec["label"] == 0, f"{where}: a {rec['frame']} is never flagged"
        if rec["frame"] == "plea":
            assert rec["label"] == 1, f"{where}: a plea always goes to an analyst"
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]


def test_ids_are_unique_across_all_parts() -> None:
    seen: Counter[str] = Counter()
    for part in PARTS.glob("*.jsonl"):
        seen.update(json.loads(x)["id"] for x in part.read_text(encoding="utf-8").splitlines() if x.strip())
    assert not [i for i, n in seen.items() if n > 1]


@pytest.mark.parametrize("lang", HAND_BUILT)
def test_categories_labels_and_frames_follow_the_round4_table(lang: str) -> None:
    table = round_builder(4).CATEGORIES
    records = _records(PARTS / f"{lang}.s4.jsonl")
    for rec in records:
        label, frame, others = table[rec["category"]]
        assert rec["label"] == label and rec["frame"] in (frame, *others), rec["id"]
    counts = Counter(r["category"] for r in records)
    assert set(counts) == set(table), set(table) - set(counts)  # every kind, positive and hard negative
    assert 60 <= len(records) <= 80
    assert sum(r["label"] for r in records) / len(records) < 0.5


@pytest.mark.parametrize("lang", HAND_BUILT)
def test_file_is_what_the_hand_file_builds_and_has_no_near_copies(lang: str) -> None:
    builder = round_builder(4)
    posts = builder.parse(lang)
    built = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)
    assert (PARTS / f"{lang}.s4.jsonl").read_text(encoding="utf-8") == built
    assert builder.near_copies(lang, posts) == []


def test_near_copy_check_catches_a_copy() -> None:
    builder = round_builder(4)
    text = "Factory closing, 40 workers available for transfer, compensation per head, passports included."
    posts = [{"id": "en-r4-0001", "text": text}, {"id": "en-r4-0002", "text": text.replace("40", "45")}]
    assert builder.near_copies("en", posts) == ["en-r4-0002 ~ en-r4-0001"]

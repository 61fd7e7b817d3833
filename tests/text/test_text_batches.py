"""The batch forms (whole screening batches at once) give exactly the one-by-one results."""

from __future__ import annotations

import json
from pathlib import Path

from ctip.text.fold import scan, scan_many
from ctip.text.langid import detect_language, detect_languages
from ctip.text.normalise import normalise, normalise_many
from ctip.text.scripts import script_counts, script_counts_many

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus" / "parts"
EDGE_CASES = [
    "", " ", "ASCII only", "Ｆｕｌｌ ｗｉｄｔｈ ＵＳＤ", "e\u0301 decomposed", "zero\u200bwidth", "😀 emoji 𠀀 astral",
    "ဘယ္လိုလဲ မဂၤလာပါ", "០១២៣ ប្រាក់ខែ", "รายได้ ๑๒๓", "ເງິນເດືອນ ໑໒໓", "高薪 月薪", "Việc nhẹ lương cao",
]


def _texts() -> list[str]:
    texts = list(EDGE_CASES)
    for path in sorted(CORPUS.glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()[:60]]
    return texts


def test_normalise_many_equals_normalise():
    texts = _texts()
    assert len(texts) > 400
    many = normalise_many(texts)
    for text, norm in zip(texts, many, strict=True):
        one = normalise(text)
        assert (norm.original, norm.text, norm.offsets) == (one.original, one.text, one.offsets)


def test_detect_languages_equals_detect_language():
    texts = _texts()
    assert detect_languages(texts) == [detect_language(t) for t in texts]
    assert len(set(detect_languages(texts))) >= 8


def test_counts_and_scans_in_one_pass_equal_one_by_one():
    texts = [t for t in _texts() if t]
    assert script_counts_many(texts) == [script_counts(t) for t in texts]
    for text, many in zip(texts, scan_many(texts), strict=True):
        one = scan(text)
        assert many.found == one.found and many.codes.tolist() == one.codes.tolist()
        assert many.flags.tolist() == one.flags.tolist()
    assert scan_many([]) == [] and script_counts_many([]) == [] and normalise_many([]) == []

"""The data files: catalog, schema, one cue file per language, every cue matchable."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ctip.detect.cues import (
    LANGS,
    _raw_keys,
    cue_set,
    load_catalog,
    load_language,
    load_money,
    norm_cue,
    normalise_cues,
    strip_vietnamese,
    validate_language,
)
from ctip.detect.indicators import find_indicators, indicator_catalog
from ctip.text.normalise import normalise

ROOT = Path(__file__).resolve().parents[2]
# Stable ids of the taxonomy (project reference indicators.md §3) plus the context ids L7, L8, L9 and round 3's C9, K3.
TAXONOMY = (
    [f"R{i}" for i in range(1, 11)] + [f"T{i}" for i in range(1, 7)] + [f"C{i}" for i in range(1, 10)]
    + [f"X{i}" for i in range(1, 5)] + [f"S{i}" for i in range(1, 5)] + ["M1", "O1", "K1", "K2", "K3"]
    + [f"I{i}" for i in range(1, 7)] + [f"L{i}" for i in range(1, 10)] + ["W1"]
)
# Set outside text matching (linking), by the salary parser only, or by the model (W1, detect/wording.py).
NOT_TEXT_CUES = {"I2", "I5", "L3", "W1"}
# Structural or code-built indicators: tested in test_rules_behaviour.py.
BUILT = {"I1", "I3", "I4"}


def test_catalog_has_exactly_the_taxonomy_ids() -> None:
    assert sorted(indicator_catalog()) == sorted(TAXONOMY)


@pytest.mark.parametrize("iid", TAXONOMY)
def test_catalog_entry_is_complete_and_signed_by_family(iid: str) -> None:
    info = indicator_catalog()[iid]
    assert info.id == iid and info.family == iid[0]
    assert info.name and info.description and info.maps_to
    assert (info.weight < 0) == (info.family == "L")
    assert info.weight != 0


@pytest.mark.parametrize("lang", LANGS)
def test_language_file_validates_and_names_its_language(lang: str) -> None:
    validate_language(lang)  # cues.schema.json
    data = load_language(lang)  # raises on unknown ids
    assert data["lang"] == lang
    assert set(data["cues"]) <= set(load_catalog())


@pytest.mark.parametrize("lang", LANGS)
def test_cues_marked_unsure_are_cues(lang: str) -> None:
    """`unsure` points a native-speaker reviewer at cues; it must name cues that are really used."""
    data = load_language(lang)
    for iid, cues in data.get("unsure", {}).items():
        assert set(cues) <= set(data["cues"].get(iid, [])), (lang, iid)


def test_each_language_covers_every_text_indicator() -> None:
    counts = cue_set().counts
    expected = set(TAXONOMY) - NOT_TEXT_CUES - BUILT
    for lang in LANGS:
        missing = expected - set(counts[lang])
        assert not missing, (lang, sorted(missing))


def test_no_empty_or_untrimmed_cues() -> None:
    for lang in LANGS:
        for iid, cues in load_language(lang)["cues"].items():
            for cue in cues:
                key = norm_cue(cue)
                assert key and key == key.strip(), (lang, iid, cue)
                assert len(key) >= 2 or not key.isascii(), (lang, iid, cue)


def _cases() -> list[tuple[str, str]]:
    return [(lang, iid) for lang in LANGS for iid in load_language(lang)["cues"]]


@pytest.mark.parametrize(("lang", "iid"), _cases())
def test_every_cue_fires_its_indicator_in_a_neutral_sentence(lang: str, iid: str) -> None:
    failures = []
    for cue in load_language(lang)["cues"][iid]:
        text = f"zzz {cue} zzz"
        hit = {h.id: h for h in find_indicators(normalise(text), lang)}.get(iid)
        start, end = 4, 4 + len(cue)
        if hit is None or not any(s.start < end and s.end > start for s in hit.spans):
            failures.append(cue)
    assert not failures, failures


def test_vietnamese_cues_also_match_without_diacritics() -> None:
    plain = strip_vietnamese("việc nhẹ lương cao")
    assert plain == "viec nhe luong cao"
    hit = {h.id: h for h in find_indicators(normalise(f"Tuyen gap, {plain}!"), "vi")}
    assert "R1" in hit and hit["R1"].spans[0].text == plain


def test_money_tables_are_consistent() -> None:
    money = load_money()
    codes = set(money["currencies"])
    assert set(money["default_currency"].values()) <= codes
    assert {m["implies"] for m in money["multipliers"] if m.get("implies")} <= codes
    assert set(money["lang_country"].values()) <= set(money["reference_wages"])
    assert money["reference_wages"]["KH"]["usd_month"] == 208  # indicators.md §1
    assert all(w["note"] for w in money["reference_wages"].values())


def test_docs_are_generated_from_the_data() -> None:
    script = ROOT / "scripts" / "gen_indicator_docs.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_cues_normalised_in_bulk_equal_one_by_one():
    words = [str(raw[0]) for raw in _raw_keys({lang: {} for lang in LANGS}, [], [])] + ["Ｆｕｌｌ ｗｉｄｔｈ", "e\u0301 combining", "\u200bzero width", "ထိုင်း"]
    bulk = normalise_cues(words)
    assert len(bulk) >= 5000
    assert {w: bulk[w] for w in words} == {w: normalise(w).text.strip() for w in words}


def test_shipped_compiled_tables_match_the_data_files() -> None:
    from ctip.detect import cues

    shipped = json.loads((ROOT / "src" / "ctip" / "data" / "indicators" / cues.COMPILED).read_text(encoding="utf-8"))
    assert shipped["key"] == cues.source_key(), "cue files or normalising code changed: run  make cues"
    assert shipped == json.loads(json.dumps(cues.compile_tables(), ensure_ascii=False))


def test_stale_compiled_tables_are_not_used(monkeypatch) -> None:
    from ctip.detect import cues

    assert cues._shipped_tables() is not None
    monkeypatch.setattr(cues, "source_key", lambda: "a data file changed since compiled.json was written")
    assert cues._shipped_tables() is None  # cue_set() then compiles from the YAML files


def test_the_scan_letter_set_is_the_word_boundary_rule() -> None:
    from ctip.detect.cues import _LATIN_LETTERS, _glued

    assert {c for c in map(chr, range(0x10000)) if _glued(c, 1)} == _LATIN_LETTERS

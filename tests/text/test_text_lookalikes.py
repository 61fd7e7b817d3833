"""Look-alike letters: folded where they are disguise, kept in genuine Cyrillic/Greek words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ctip.text import detect_language, normalise
from ctip.text.lookalikes import HAND_WRITTEN, build, lookalikes

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("tricked", "plain"), [
    ("pаssport", "passport"),  # Cyrillic а
    ("WhаtsApp", "whatsapp"),
    ("frее tickеt", "free ticket"),
    ("Ｗｈａｔｓ Ａｐｐ", "whats app"),  # full-width
    ("Tеlеgrаm\u200b", "telegram"),  # forces the mapped path too
    ("pass\u200bport", "passport"),
    ("ρаss\u00adроrt", "passport"),  # Greek rho, Cyrillic а р о, soft hyphen
    ("ехро job", "expo job"),  # a word wholly of look-alikes in a post with no Cyrillic text
    ("𝐩𝐚𝐬𝐬𝐩𝐨𝐫𝐭", "passport"),  # mathematical bold
])
def test_disguised_words_fold_to_latin(tricked: str, plain: str) -> None:
    assert normalise(tricked).text == plain


@pytest.mark.parametrize("text", ["Привет, как дела? Работа в офисе.", "Καλή δουλειά, ο μισθός είναι καλός",
                                  "Հայերեն գիրք", "сосед и сестра"])
def test_genuine_cyrillic_greek_and_armenian_words_are_kept(text: str) -> None:
    assert normalise(text).text == text.lower()


def test_only_mixed_words_fold_in_a_post_with_genuine_cyrillic() -> None:
    text = "Работа: pаssport у нас, как WhаtsApp"
    norm = normalise(text)
    assert norm.text == "работа: passport у нас, как whatsapp"
    start = norm.text.index("passport")
    assert norm.original_span(start, start + 8) == (8, 16, "pаssport")


def test_kept_words_keep_their_marks_and_fold_twice_the_same() -> None:
    cases = {"Иван со\u0301н pаss": "иван со\u0301н pass",
             "стра\u200bна\u0301 о\u200b\u0301 дом": "страна\u0301 о\u0301 дом",
             "стра\u200bна\u0301 о\u200b\u0301": "ctpahá ó",  # no genuine Cyrillic letter: all disguise
             "СОСЕД сосед ВОТ Ɣ": "сосед сосед вот ɣ"}
    for text, expected in cases.items():
        once = normalise(text).text
        assert once == expected
        assert normalise(once).text == once


def test_fast_and_mapped_paths_agree_with_kept_lookalikes() -> None:
    for text in ["Работа pаss как", "дела ехро тоҷ", "λόγος ορ αbc"]:
        assert normalise(text + "\u200b").text == normalise(text).text


def test_spans_of_a_disguised_word_point_at_its_original_characters() -> None:
    text = "nо ехр\u200berience"  # Cyrillic о, е, х, р and a zero-width space
    norm = normalise(text)
    assert norm.text == "no experience"
    assert norm.original_span(3, 13) == (3, 14, "ехр\u200berience")


def test_shipped_lookalike_table_is_icu_skeletons_plus_the_hand_list() -> None:
    shipped = json.loads((ROOT / "src" / "ctip" / "data" / "text" / "lookalikes.json").read_text(encoding="utf-8"))
    assert shipped == build() == lookalikes()
    assert all(v.isascii() and v.isalpha() and len(v) == 1 for v in shipped.values())
    assert set(HAND_WRITTEN) <= set(shipped) and shipped["Ι"] == "I" and shipped["Т"] == "T"
    assert "đ" not in shipped and "ư" not in shipped  # Vietnamese letters are letters, not disguise


@pytest.mark.parametrize(("plain", "disguised"), [
    ("Lowongan kerja di Kamboja gaji tinggi, tiket gratis, tanpa pengalaman",
     "Lowonɡaռ keꭈ\ufeffjɑ dι Kamboј\u200ba ｇａｊｉ тiռgƍi, тıke\u2060t gr\ufeffa\u2060τis, tanpa pꬲngal\ufeffa\ufeffm\ufeffαn"),
    ("Tuyen dung nhan vien luong cao, khong can kinh nghiem",
     "Tuyеn dung nhаn viеn luоng cао, khоng cаn kinh nghiеm"),
    ("We are hiring now, the salary is good and you can apply today",
     "Ｗｅ are hiring nоw, thе salary is gооd and yоu can apply tоday"),
])
def test_disguise_does_not_change_the_language(plain: str, disguised: str) -> None:
    assert detect_language(disguised) == detect_language(plain)


def test_genuine_cyrillic_is_still_not_latin() -> None:
    assert detect_language("Привет, как дела? Работа в офисе, хорошая зарплата.") not in ("en", "id", "vi")

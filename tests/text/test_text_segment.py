"""Word segmentation: ICU for scripts without spaces, offsets in Python characters."""

from __future__ import annotations

import pytest

from ctip.text import segment, words
from ctip.text.segment import ICU_LANGS


def test_offsets_count_astral_characters_once() -> None:
    text = "😀😀 ทำงาน 🇹🇭 ที่ บ้าน 𝐓"
    spans = segment(text, "th")
    found = [text[s:e] for s, e in spans]
    assert found[:3] == ["ทำงาน", "ที่", "บ้าน"]
    assert all(0 <= s < e <= len(text) for s, e in spans)


def test_emoji_punctuation_and_spaces_are_not_words() -> None:
    assert words("😀 !!! ,,, 🙏", "km") == []
    assert words("", "th") == [] and words("", "en") == []


def test_numbers_and_handles_are_words() -> None:
    assert words("call 0912345678 or @job_hr", "en") == ["call", "0912345678", "or", "job_hr"]
    assert "0912345678" in words("โทร 0912345678 ด่วน", "th")


def test_no_space_script_in_a_post_labelled_otherwise_is_still_split() -> None:
    assert words("salary เงินเดือนดี", "en") == ["salary", "เงิน", "เดือน", "ดี"]


def test_mixed_khmer_english_post() -> None:
    found = words("Hiring ភ្នាក់ងារលក់ salary $500", "km")
    assert found[0] == "Hiring" and "salary" in found and "500" in found
    assert "".join(w for w in found if not w.isascii()) == "ភ្នាក់ងារលក់"


@pytest.mark.parametrize("lang", sorted(ICU_LANGS))
def test_same_text_twice_gives_the_same_words(lang: str) -> None:
    text = "ทดสอบ ການທົດສອບ ការសាកល្បង စမ်းသပ်မှု 测试 テスト"
    assert words(text, lang) == words(text, lang)  # the cached iterator is reset each call

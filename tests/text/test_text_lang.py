"""Per-language checks for the 8 languages: language id, digit folding, word segmentation."""

from __future__ import annotations

import pytest
from text_sentences import PHONES, SENTENCES, WORDS

from ctip.text import detect_language, normalise, segment, words

LANGS = ["km", "en", "zh", "th", "vi", "id", "my", "lo"]


@pytest.mark.parametrize("lang", LANGS)
def test_language_of_sentence(lang: str) -> None:
    assert detect_language(SENTENCES[lang]) == lang


@pytest.mark.parametrize("lang", LANGS)
def test_language_survives_a_phone_number_and_link(lang: str) -> None:
    text = f"{SENTENCES[lang]} {PHONES[lang]} https://t.me/hr_office_2024"
    assert detect_language(text) == lang


@pytest.mark.parametrize("lang", LANGS)
def test_native_digits_fold_to_ascii(lang: str) -> None:
    norm = normalise(f"tel {PHONES[lang]} !")
    assert norm.text == "tel 0912345678 !"
    start = norm.text.index("0912345678")
    s, e, raw = norm.original_span(start, start + 10)
    assert raw == PHONES[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_plain_sentence_keeps_identity_offsets(lang: str) -> None:
    norm = normalise(SENTENCES[lang])
    assert len(norm.text) == len(SENTENCES[lang])
    assert norm.to_original(3, 9) == (3, 9)


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_segmentation_finds_dictionary_words(lang: str) -> None:
    found = words(SENTENCES[lang], lang)
    for word in WORDS[lang]:
        assert word in found
    # Words never swallow spaces or punctuation, and cover every letter of the sentence.
    assert all(not any(ch in w for ch in " ，。។") for w in found)
    assert sum(map(len, found)) >= 0.85 * len(SENTENCES[lang].replace(" ", ""))


@pytest.mark.parametrize("lang", ["en", "vi", "id"])
def test_segmentation_of_spaced_languages_splits_on_spaces(lang: str) -> None:
    sentence = normalise(SENTENCES[lang]).text
    expected = [w.strip(".,") for w in sentence.split()]
    assert words(sentence, lang) == expected


@pytest.mark.parametrize("lang", LANGS)
def test_segment_spans_point_into_the_text(lang: str) -> None:
    text = SENTENCES[lang]
    spans = segment(text, lang)
    assert spans and all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))

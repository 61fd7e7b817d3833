"""normalise: invariance to evasion tricks, offsets that round-trip, linear cost on long texts."""

from __future__ import annotations

import random
import time
import unicodedata

import pytest
from text_sentences import SENTENCES

from ctip.text import NormText, normalise
from ctip.text.fold_rules import CONFUSABLES, IGNORABLE_RE, recompose, rewrite_char

# Characters that exercise every path: identity, one-to-one rewrites, dropped, composed, expanded.
# No Burmese: random Burmese letters look like Zawgyi, which test_text_zawgyi covers.
ALPHABET = (
    list("abcxyzABCXYZ0123456789 .,@_-/") + list("ТеlеgrаmАВС")  # Cyrillic look-alikes
    + list("០៩១២ក្រុមហ៊ុន") + list("๐๙กำลังเงิน") + list("໐໙ໜຳຫນມາ")
    + list("０９ＡＢ：，") + list("ăâđêôơưạảấầẩẫậ") + ["\u0301", "\u0302", "\u0309", "\u0323"]
    + ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\ufe0f", "\u20e3", "\u00ad", "\u202e"]
    + ["ﬁ", "⑩", "㎏", "½", "İ", "😀", "🇰🇭", "𝟎", "𝐓", "①", "\u0e4d\u0e32", "\u0ecd\u0eb2", "招聘"]
    + ["\u0316", "\u031b", "\u0340", "\u0344", "\u1100", "\u1161", "\u11a8", "가", "\u212a", "\u212b", "ǖ"]
)


def random_texts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 40))) for _ in range(n)]


def reference_fold(text: str) -> str:
    """Whole-string definition for text without invisible characters: NFKC, recompose, rewrite,
    and NFKC and recompose again (a rewritten look-alike composes with its marks: "С" + ́ → "ć"),
    lower. (No genuine Cyrillic letters in ALPHABET, so every look-alike folds.)"""
    nfkc = recompose(unicodedata.normalize("NFKC", text))
    rewritten = "".join(rewrite_char(c) for c in nfkc)
    return recompose(unicodedata.normalize("NFKC", rewritten)).lower()


def test_ascii_is_lower_cased_with_identity_offsets() -> None:
    norm = normalise("Call HR Now")
    assert norm.text == "call hr now" and norm.original_span(5, 7) == (5, 7, "HR")


@pytest.mark.parametrize(
    ("tricked", "plain"),
    [
        ("@job\u200b_hr", "@job_hr"),
        ("Tele\u200dgram\u2060 \ufeffjob", "Telegram job"),
        ("０９１２ ３４５ ６７８", "0912 345 678"),
        ("Теlеgrаm", "Telegram"),
        ("АВС", "abc"),
        ("០៩១២៣៤៥៦៧", "091234567"),
        ("๐๘๑๒๓๔๕๖๗", "081234567"),
        ("໐໒໐໑໒໓໔໕໖", "020123456"),
        ("၀၉၁၂၃၄၅၆၇", "091234567"),
        ("0\ufe0f\u20e39\ufe0f\u20e3", "09"),
        ("𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦 𝟎𝟗", "telegram 09"),
        ("①②③", "123"),
        ("Tuye\u0302\u0309n du\u0323ng", "Tuyển dụng"),
        ("น\u0e49\u0e4d\u0e32", "น้ำ"),  # SARA AM typed as NIKHAHIT + SARA AA
        ("\u0eab\u0e99\u0eb6\u0ec8\u0e87", "ໜຶ່ງ"),  # Lao HO NO typed as two letters
        ("rec\u00adruit", "recruit"),
        ("\u202ejob", "job"),
    ],
)
def test_tricks_give_the_plain_text(tricked: str, plain: str) -> None:
    assert normalise(tricked).text == normalise(plain).text


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_zero_width_spaces_anywhere_between_letters_change_nothing(lang: str) -> None:
    text = SENTENCES[lang]
    rng = random.Random(lang)
    positions = sorted(rng.sample(range(1, len(text)), 5))
    bounds = [0, *positions]
    tricked = "".join(text[a:b] + "\u200b" for a, b in zip(bounds, bounds[1:], strict=False)) + text[positions[-1]:]
    assert normalise(tricked).text == normalise(text).text


@pytest.mark.parametrize("text", random_texts(400))
def test_offsets_round_trip(text: str) -> None:
    norm = normalise(text)
    previous = 0
    for i in range(len(norm.text)):
        s, e, raw = norm.original_span(i, i + 1)
        assert 0 <= s < e <= len(text) and raw == text[s:e]
        assert s >= previous  # offsets never go backwards
        previous = s
    for a in range(0, len(norm.text), 3):
        for b in range(a + 1, len(norm.text) + 1, 4):
            s, e, raw = norm.original_span(a, b)
            assert norm.text[a:b] in normalise(raw).text
    assert norm.to_original(len(norm.text), len(norm.text)) == (len(text), len(text))


@pytest.mark.parametrize("text", random_texts(300, seed=11))
def test_fast_and_slow_paths_agree_with_the_definition(text: str) -> None:
    visible = IGNORABLE_RE.sub("", text)
    expected = reference_fold(visible)
    assert normalise(visible).text == expected
    assert normalise(visible + "\u200b").text == expected  # forces the mapped (slow) path


def test_one_for_one_rewrites_keep_exact_offsets() -> None:
    text = "Теl: ០៩១ ២៣៤ ＠hr"
    norm = normalise(text)
    assert norm.text == "tel: 091 234 @hr" and norm.offsets is None
    s, e, raw = norm.original_span(5, 12)
    assert (s, e, raw) == (5, 12, "០៩១ ២៣៤")


def test_dropped_characters_are_skipped_in_spans() -> None:
    text = "call @job\u200b_hr now"
    norm = normalise(text)
    start = norm.text.index("@job_hr")
    assert norm.original_span(start, start + 7) == (5, 13, "@job\u200b_hr")
    assert norm.original_span(start, start + 4) == (5, 9, "@job")


def test_composed_letter_maps_to_its_whole_cluster() -> None:
    text = "luo\u031b\u0309ng cao"
    norm = normalise(text)
    assert norm.text == "luởng cao"
    assert norm.original_span(2, 3) == (2, 5, "o\u031b\u0309")
    assert norm.original_span(3, 8) == (5, 10, "ng ca")


def test_identity_normtext_maps_to_itself() -> None:
    norm = NormText("abc", "abc")
    assert norm.original_span(1, 3) == (1, 3, "bc") and norm.to_original(2, 2) == (2, 2)


def test_confusables_fold_to_ascii() -> None:
    assert all(normalise(ch).text.isascii() for ch in CONFUSABLES)


def _seconds(text: str) -> float:
    start = time.perf_counter()
    normalise(text)
    return time.perf_counter() - start


def test_five_megabytes_of_text_normalise_whole() -> None:
    # Speed is a benchmark (bench/bench_text.py); here: huge inputs come back whole and mapped.
    plain = "Hiring now, good salary, contact us. " * 140_000
    assert normalise(plain).text == plain.lower()
    khmer = SENTENCES["km"] * 70_000  # ~5 M characters
    norm = normalise(khmer)
    assert len(norm.text) > 0 and norm.to_original(len(norm.text) - 1, len(norm.text))[1] == len(khmer)


def test_tricked_text_cost_grows_linearly() -> None:
    unit = "Теlеgrаm\u200b @job ០៩១ ２３４ tuye\u0302\u0309n ﬁ "
    small, large = unit * 4_000, unit * 40_000  # ~150 k and ~1.5 M characters
    t_small = min(_seconds(small) for _ in range(2))
    t_large = _seconds(large)
    assert t_large < 25 * t_small + 0.5  # 10× the text: ~10× the time, with room for a busy machine
    norm = normalise(large)
    assert norm.text.startswith("telegram @job 091 234 tuyển fi telegram")
    assert norm.original_span(len(norm.text) - 3, len(norm.text) - 1)[2] == "ﬁ"

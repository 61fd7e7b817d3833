"""Offline language identification returning ISO 639-1 codes ("und" when there is no language).

Local scripts first. A post with a few words in Khmer, Thai, Lao, Burmese, Chinese, Japanese
or Korean script is in that language even when most of its letters are Latin: in the posts
ctip screens, English is mixed *into* local-language posts (job titles, "salary", "free visa",
platform names), rarely the other way round. When several local scripts appear, the one with
the most letters wins (Han letters count double: one carries about as much as a short word).
Otherwise the post is Latin-script and goes to `ctip.text.latin`; when its quick checks cannot
decide, links, e-mail addresses, handles and numbers are removed (letters that say nothing about
the language) and the rest goes to the fastText lite model. Text with no letters outside links,
handles, numbers and emoji is "und".
Posts mostly in another script (Cyrillic, Arabic, …) are left to the fastText lite model.
A post that is not in a local script and hides its words (zero-width characters, look-alike
letters, full-width forms) is judged on its normalised text, so the disguise does not change
its language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ctip.text import fasttext_lid
from ctip.text.fold_rules import IGNORABLE_RE
from ctip.text.latin import latin_language, latin_model_language
from ctip.text.normalise import normalise
from ctip.text.regex_first import with_first_set
from ctip.text.scripts import Script, script_counts, script_counts_many

UNDETERMINED = "und"
MIN_LOCAL_LETTERS = 4  # one short word; fewer may be a stray symbol
MIN_HAN_LETTERS = 2  # "高薪", "微信"
HAN_WEIGHT = 2
KANA_SHARE = 0.1  # Japanese text has far more kana than this; Chinese posts have none or a stray "の"

# A whitespace-delimited token holding @, /, _, an ASCII digit or "www." is a link, address,
# handle or number. Anchored at token starts so the scan stays linear.
_NOISE_RE = with_first_set(re.compile(r"(?<!\S)\S*?(?:[@/_0-9]|www\.)\S*"))  # regex_first: tried only at non-spaces
_LATIN_LETTER_RE = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_LOCAL = {Script.KHMER: "km", Script.THAI: "th", Script.LAO: "lo", Script.MYANMAR: "my",
          Script.HAN: "zh", Script.HANGUL: "ko"}


def _local_weights(counts: list[int]) -> dict[Script, int]:
    weights = {script: counts[script] for script in _LOCAL}
    weights[Script.HAN] = HAN_WEIGHT * counts[Script.HAN] + counts[Script.KANA]
    return weights


def _local_language(counts: list[int], minimum: int) -> str | None:
    """The local script with the most (weighted) letters, if it has at least `minimum`."""
    weights = _local_weights(counts)
    script = max(weights, key=weights.__getitem__)
    if weights[script] < minimum:
        return None
    if script == Script.HAN:
        kana, han = counts[Script.KANA], counts[Script.HAN]
        return "ja" if kana >= 2 and kana >= KANA_SHARE * (kana + han) else "zh"
    return _LOCAL[script]


def _latin(text: str, latin: int, viet: int, counts: list[int] | None) -> str:
    if not _LATIN_LETTER_RE.search(text):
        return (_local_language(counts, 1) if counts else None) or UNDETERMINED
    found = latin_language(text, latin, viet)
    if found:
        return found
    # Undecided: drop links, handles and numbers, then ask the model about what is left.
    clean = _NOISE_RE.sub(" ", text)
    if not _LATIN_LETTER_RE.search(clean):  # only links and numbers
        return (_local_language(counts, 1) if counts else None) or UNDETERMINED
    return latin_model_language(clean)


def _other(text: str) -> str:
    for code, _score in fasttext_lid.predict(text, k=1):
        if len(code) == 2:
            return code
    return UNDETERMINED


def detect_language(text: str) -> str:
    """ISO 639-1 code of the main language of `text`, or "und" when it has no letters."""
    if text.isascii():
        return _latin(text, len(text), 0, None)
    return _by_counts(text, script_counts(text))


def detect_languages(texts: Sequence[str]) -> list[str]:
    """`detect_language` of each text; letters are counted for all of them in one pass."""
    local = [t for t in texts if not t.isascii()]
    counts = iter(script_counts_many(local))
    return [_latin(t, len(t), 0, None) if t.isascii() else _by_counts(t, next(counts)) for t in texts]


# Full-width and mathematical Latin letters and the common invisible characters: a few ranges,
# which `re` scans fast (a class of every look-alike letter or every invisible one is ~10x slower).
_DISGUISE = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff\uff21-\uff3a\uff41-\uff5a\U0001d400-\U0001d6a5]")


def _disguised(text: str, counts: list[int]) -> bool:
    """True when `text` may hide words the way evasive posts do: letters of the scripts look-alikes
    come from (Cyrillic, Greek, Armenian count as OTHER), full-width or mathematical letters, or
    an invisible character touching a letter or digit (not one after an emoji, which hides nothing)."""
    if counts[Script.OTHER]:
        return True
    found = _DISGUISE.search(text)
    while found is not None:
        i = found.start()
        if not IGNORABLE_RE.match(text, i):
            return True
        if (i > 0 and text[i - 1].isalnum()) or (i + 1 < len(text) and text[i + 1].isalnum()):
            return True
        found = _DISGUISE.search(text, i + 1)
    return False


def _by_counts(text: str, counts: list[int]) -> str:
    has_han = counts[Script.HAN] >= MIN_HAN_LETTERS
    local = _local_language(counts, HAN_WEIGHT * MIN_HAN_LETTERS if has_han else MIN_LOCAL_LETTERS)
    if local:
        return local
    if _disguised(text, counts):  # "Lоwоngаn kеrjа": judge the words as normalise reads them (rare: ~µs)
        text = normalise(text).text
        counts = script_counts(text)
    if counts[Script.OTHER] > counts[Script.LATIN] + counts[Script.VIET]:
        return _other(text)
    return _latin(text, counts[Script.LATIN] + counts[Script.VIET], counts[Script.VIET], counts)

"""Which countries a local phone number in a post may belong to, most likely first.

Evidence order: the caller's `region` override, a country named right next to the number
("088 910 4589 (Thailand)"), the post language, countries named anywhere in the post (most
mentions first), then the fixed neighbour order. Phone validation picks the first country in
which the number is valid, so the order only matters when a number is valid in several.
Country clues are searched lazily: most posts never need more than the language.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from ctip.extract.scan import Hit, scan_clues

LANG_REGION = {"km": "KH", "th": "TH", "my": "MM", "lo": "LA", "vi": "VN", "id": "ID", "zh": "CN",
               "ms": "MY", "tl": "PH", "fil": "PH"}
FALLBACK = ("KH", "TH", "MM", "LA", "VN", "ID", "PH", "CN", "MY")
NEAR = 24  # characters between a number and a country name for "right next to it"
_NONPHONE_REACH = 16  # a licence/account word ends at most this far before a number

_SCRIPTS = (
    ("km", re.compile("[\u1780-\u17ff]")),
    ("lo", re.compile("[\u0e80-\u0eff]")),
    ("th", re.compile("[\u0e00-\u0e7f]")),
    ("my", re.compile("[\u1000-\u109f]")),
    ("zh", re.compile("[\u4e00-\u9fff]")),
    ("vi", re.compile("[ơưđăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")),
)


def guess_lang(text: str) -> str | None:
    """Cheap script-based guess, used only when the caller gives no language."""
    for lang, pattern in _SCRIPTS:
        if pattern.search(text):
            return lang
    return None


class RegionRanker:
    """Ranks candidate regions for a number at a given span; evidence is gathered on demand."""

    def __init__(self, text: str, lang: str | None, region: str | None, nonphone: tuple[Hit, ...] = ()) -> None:
        self._text = text
        self._nonphone = nonphone
        self._nonphone_ends = [h.end for h in nonphone] if nonphone else []  # most posts: none
        self._lang = lang
        self._override = region.upper() if region else None
        self._language: tuple[str, ...] | None = None
        self._clues: tuple[Hit, ...] | None = None
        self._starts: list[int] = []
        self._by_count: tuple[str, ...] | None = None

    def _language_region(self) -> tuple[str, ...]:
        if self._language is None:
            # "zh-Hans", "en_US" → "zh", "en"
            lang = re.split(r"[-_]", (self._lang or guess_lang(self._text) or "").lower())[0]
            self._language = (LANG_REGION[lang],) if lang in LANG_REGION else ()
        return self._language

    def _post_clues(self) -> tuple[Hit, ...]:
        if self._clues is None:  # one search per post, and only for posts that need it
            self._clues = scan_clues(self._text)
            self._starts = [h.start for h in self._clues]
        return self._clues

    def first(self, start: int, end: int) -> tuple[str, ...]:
        """The caller's override and the post language: enough for most numbers."""
        return ((self._override,) if self._override else ()) + self._language_region()

    def mentioned(self, start: int, end: int) -> tuple[str, ...]:
        """Countries named next to the number (nearest first), then anywhere (most mentions first)."""
        clues = self._post_clues()
        lo = bisect.bisect_left(self._starts, start - NEAR - 64)  # clues are in text order
        hi = bisect.bisect_right(self._starts, end + NEAR)
        near = sorted(
            (min(abs(h.start - end), abs(start - h.end)), h.value)
            for h in clues[lo:hi]
            if start - NEAR <= h.end <= start or end <= h.start <= end + NEAR
        )
        if self._by_count is None:
            counts = Counter(h.value for h in clues)
            first_seen = {h.value: i for i, h in reversed(list(enumerate(clues)))}
            self._by_count = tuple(sorted(counts, key=lambda r: (-counts[r], first_seen[r])))
        return tuple(dict.fromkeys([r for _, r in near] + list(self._by_count)))

    def fallback(self, tried: set[str]) -> tuple[str, ...]:
        return tuple(r for r in FALLBACK if r not in tried)

    def after_nonphone_word(self, start: int, gap: re.Pattern[str]) -> bool:
        """A licence / account / ID word ends just before `start` ("Licence No. 0123…")."""
        i = bisect.bisect_right(self._nonphone_ends, start)  # words are in text order
        return any(start - h.end <= _NONPHONE_REACH and gap.fullmatch(self._text, h.end, start)
                   for h in self._nonphone[max(0, i - 2):i])

"""Which language a Latin-script post is in: Vietnamese letters, then function words, then fastText.

Function words decide most posts in a few microseconds (distinct words of each list found; the
winner needs two and twice the runner-up); the fastText lite model (~60 µs for a 200-character
sample) only sees posts the word lists cannot settle. Malay is reported as "id":
written Malay and Indonesian share most function words, the lite model confuses them, and
ctip's Indonesian rules serve Malaysian recruitment posts too.
"""

from __future__ import annotations

from ctip.text import fasttext_lid

# Frequent function words (and a few recruitment staples) that are rare in the other languages.
_FUNCTION_WORDS: dict[str, str] = {
    "en": "the and to of for in is are was were you your we our with on at from this that be will not my me "
          "it they he she his her please if or by have has an as can but do don't any all who what when how "
          "i'm we're you'll need needed wanted hiring job jobs work salary month new near know anyone call "
          "contact selling rent room office included per good best only now today more after every each up "
          "out there here just than so also been had would could should into about over under available "
          "apply urgent pay paid provided required experience",
    "id": "yang dan di ke dari untuk dengan tidak ada ini itu saya kami anda bisa akan juga atau dalam pada "
          "sudah harus tanpa bulan tahun orang mau kalau sebagai karena lowongan dicari biaya berangkat "
          "hubungi nego aja nih sama gaji kerja bekerja mereka kita tapi belum sesuai cuma dipotong "
          "gratis butuh wajib namun setelah selama melalui oleh bagi tinggal lewat jual hari naik paling "
          "enak habis malam liburan",
    # Vietnamese typed without diacritics ("tuyen dung nhan vien luong cao")
    "vi": "khong duoc nguoi viec luong tuyen dung nhung trong mot cua lien nhan vien lao dong thang "
          "ngay cong ty chung toi nay lam",
    "tl": "ang ng mga ako po naman kayo trabaho sahod yung kung hindi lang natin",
}
_LANGS = list(_FUNCTION_WORDS)
_WORD_LANG = {word: i for i, words in enumerate(_FUNCTION_WORDS.values()) for word in words.split()}
_ALL_WORDS = frozenset(_WORD_LANG)
_MAP = {"ms": "id", "jv": "id", "su": "id", "fil": "tl"}
_TARGETS = {"en", "id", "vi"}
VIET_SHARE = 0.04  # Vietnamese-only letters per Latin letter; Vietnamese text has 15–30 %


def _by_function_words(lowered: str) -> str | None:
    # Space-separated tokens, as they are: a word glued to punctuation or inside a link or handle
    # (t.me/job_hr) is not counted, which costs a few votes and saves a regex pass (~10 µs).
    found = [_WORD_LANG[w] for w in _ALL_WORDS.intersection(lowered.split())]
    if len(found) < 2:
        return None
    votes = sorted(((found.count(i), i) for i in range(len(_LANGS))), reverse=True)
    (top, best), (second, _) = votes[0], votes[1]
    return _LANGS[best] if top >= 2 and top >= 2 * second else None


def latin_model_language(text: str) -> str:
    """fastText's pick among its top 3, mapped to ctip's codes; "en" when it has no usable answer."""
    for code, score in fasttext_lid.predict(text, k=3):
        code = _MAP.get(code, code)
        if code in _TARGETS or (score >= 0.5 and len(code) == 2):
            return code
    return "en"


def latin_language(text: str, latin: int, viet: int) -> str | None:
    """Quick verdict on a Latin-script `text` (`latin` letters, `viet` of them Vietnamese-only), or None."""
    if viet >= 2 and viet >= VIET_SHARE * latin:
        return "vi"
    return _by_function_words(text.lower())

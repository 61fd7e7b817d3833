"""Phone numbers in free text: digit runs (any script, `O` for 0, spaced or punctuated) and
digits spelled out as words, validated per country and returned as E.164.

A run of number "atoms" (digit groups or digit words) separated by spaces, dots, dashes or
brackets is searched for the longest valid number from each atom, left to right, so two
numbers side by side, or an age before a number, still come out right.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ctip.extract.phonecheck import country_code, international, local, local_kind
from ctip.extract.regions import RegionRanker
from ctip.extract.scan import Hit

try:  # the compiled twin of the _CHAIN search; absent where no C compiler was found at install
    from ctip.detect import _fast
except ImportError:  # pragma: no cover - depends on the install
    _fast = None

_LETTER = "a-z0-9_\u00c0-\u024f\u1e00-\u1eff"
_LETTER_NOT_O = "a-np-z0-9_\u00c0-\u024f\u1e00-\u1eff"
_IS_LETTER = re.compile(f"[{_LETTER}]")
# A digit group. The letter o (and Burmese wa) count as zero inside a group that has real digits;
# the class starts with a digit so the regex engine can skip ahead fast, leading o's are added after.
# "_" counts as a letter ("file_2024") except between two digits ("0_9_1", an evasive separator).
_STARTS = rf"[0-9](?<![{_LETTER_NOT_O.replace('_', '')}].)(?<![^0-9]_.)"
_NUM = re.compile(rf"{_STARTS}[0-9o\u101d]*(?![{_LETTER.replace('_', '')}]|_(?![0-9]))")
_SEP = r" \t.\-\u2010-\u2015()"
# Separators evasive posts put between digits ("០_៩_១", "0/9/1", "091✨234", "081 • 234"): they join
# groups only into a number written with its leading 0 or country code (`_wide_groups`), so amounts
# ("1,500 / 2,000"), ages and lists of numbers stay apart.
_WIDE_ONLY = r"_/,|\u00b7\u2022\u2219\u30fb\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
_WIDE = _SEP + _WIDE_ONLY
# A whole run of digit groups; only runs with enough digits are split into groups. A run that
# starts like a phone number and meets a wide separator is re-read with `_WIDE_RUN`.
# (Its empty group is matched when a wide separator follows, which is rare and checked in C.)
_RUN = re.compile(rf"{_STARTS}[0-9o\u101d]*(?:[{_SEP}]{{1,3}}[0-9o\u101d]+)*(?:(?=[ \t]{{0,4}}[{_WIDE_ONLY}])())?")
_WIDE_RUN = re.compile(rf"[0-9][0-9o\u101d]*(?:[{_WIDE}]{{1,5}}[0-9o\u101d]+)*")
_WIDE_NEXT = re.compile(rf"[{_WIDE}]{{1,5}}[0-9o\u101d]")
_WIDE_NEXT_NO_COMMA = re.compile(rf"[{_WIDE.replace(',', '')}]{{1,5}}[0-9o\u101d]")
_NON_DIGIT = re.compile(r"[^0-9o\u101d]+")
_GAP = re.compile(rf"[{_SEP}]{{0,3}}")
_WIDE_GAP = re.compile(rf"[{_WIDE}]{{1,5}}")
# between a licence/account word and its number: "No.", "#", ":" and at most one short word (a bank code)
_NONPHONE_GAP = re.compile(r"[\s.:#\-]*(?:[a-z\u0e00-\u0e7f]{1,12}[\s.:#\-]+)?(?:no|nr|number|số|ที่|号|號)?[\s.:#\-]*")
_ZEROS = str.maketrans({"o": "0", "\u101d": "0"})
MIN_DIGITS, MAX_LOCAL, MAX_INTL = 8, 13, 15
_LOCAL_STARTS = "01689"  # trunk 0; CN mobiles 1…; SG 6/8/9 (only with evidence for SG)


class Atom(NamedTuple):
    start: int
    end: int
    digits: str


class PhoneHit(NamedTuple):
    start: int
    end: int
    value: str


def _plus_before(text: str, start: int) -> int:
    """Offset of '+' in '+855', '+ 855' or '(+855)' before a digit group, else -1."""
    i = start - 1
    while i >= 0 and start - i <= 3 and text[i] in " (":
        i -= 1
    return i if i >= 0 and start - i <= 3 and text[i] == "+" else -1


def _leading_zeros(text: str, start: int) -> int | None:
    """Extend a group back over letter-o zeros ("O9O4"); None if it is glued to a word."""
    while start > 0 and text[start - 1] in "o\u101d":
        start -= 1
    return None if start > 0 and _IS_LETTER.match(text, start - 1) else start


def _atoms(text: str, digit_words: tuple[Hit, ...], pos: int = 0, endpos: int | None = None) -> list[Atom]:
    atoms = []
    for m in _NUM.finditer(text, pos, len(text) if endpos is None else endpos):
        start = m.start()
        if start and text[start - 1] in "o\u101d":
            start = _leading_zeros(text, start)
            if start is None:
                continue
        atoms.append(Atom(start, m.end(), text[start:m.end()].translate(_ZEROS)))
    if digit_words:
        atoms += [Atom(h.start, h.end, h.value) for h in digit_words]
        atoms.sort()
    return atoms


def _wide_mark(text: str, first: Atom, last: Atom, atom: Atom) -> str | None:
    """The wide separator (spaces removed) that may join `atom` to the run `first`…`last`, "" for a plain gap,
    None when nothing joins them. Wide separators join only a group that starts like a phone
    number (0, + country code, or 1 for a Chinese mobile, see `_kept`, but not after a comma:
    "1,500"); a comma only unspaced ("០,៩,១", not a list "08, 09, 10")."""
    gap = text[last.end:atom.start]
    if _GAP.fullmatch(gap):
        return ""
    if not _WIDE_GAP.fullmatch(gap):
        return None
    mark = gap.replace(" ", "").replace("\t", "")
    if "," in mark and mark != gap:
        return None
    if first.digits[0] == "0" or _plus_before(text, first.start) >= 0:
        return mark
    return mark if first.digits[0] == "1" and "," not in mark else None


def _kept(text: str, parts: list[list[Atom]]) -> list[list[Atom]]:
    """A run joined by wide separators that starts with 1 (no trunk 0, no +) stays one run only
    when it has the 11 digits of a Chinese mobile, 1[3-9]…; else its plainly joined parts."""
    if len(parts) == 1 or parts[0][0].digits[0] != "1" or _plus_before(text, parts[0][0].start) >= 0:
        return [[a for part in parts for a in part]]
    digits = "".join(a.digits for part in parts for a in part)
    if len(digits) == 11 and digits[1] in "3456789":
        return [[a for part in parts for a in part]]
    return parts


def _groups(text: str, atoms: list[Atom]) -> Iterator[list[Atom]]:
    group: list[Atom] = []
    for atom in atoms:
        if group and not _GAP.fullmatch(text, group[-1].end, atom.start):
            yield group
            group = []
        group.append(atom)
    if group:
        yield group


def _wide_groups(text: str, atoms: list[Atom]) -> Iterator[list[Atom]]:
    """`_groups` where wide separators may join too. A run joined by one uses one kind of it and
    otherwise only spaces ("0/9/1/2…", "091 ✨ 234 ✨ 567"), so "01/02/2024, 15/03" is two dates
    and "08.00, 09.30" two times."""
    parts: list[list[Atom]] = []  # the current run, cut at its wide separators
    wide, punct = "", False  # the run's wide separator; has the run a dot, dash or bracket gap?
    for atom in atoms:
        group = parts[-1] if parts else []
        mark = _wide_mark(text, parts[0][0], group[-1], atom) if group else None
        dotted = mark == "" and atom.start > group[-1].end and not text[group[-1].end:atom.start].isspace()
        if group and (mark is None or (mark and ((wide and mark != wide) or punct)) or (dotted and wide)):
            yield from _kept(text, parts)
            parts, wide, punct = [[atom]], "", False
        elif mark:
            wide = mark
            parts.append([atom])
        elif group:
            punct = punct or dotted
            group.append(atom)
        else:
            parts = [[atom]]
    if parts:
        yield from _kept(text, parts)


def _looks_like_date_or_money(run: list[Atom], text: str) -> bool:
    lens = [len(a.digits) for a in run]
    if len(run) == 3 and 4 in (lens[0], lens[2]):
        year, day, month = (run[0], run[1], run[2]) if lens[0] == 4 else (run[2], run[0], run[1])
        if year.digits[:2] in ("19", "20") and len(day.digits) <= 2 and len(month.digits) <= 2:
            return True
    # 15.000.000 style amounts: groups of three after the first, dot or comma separated
    return (len(run) > 1 and all(n == 3 for n in lens[1:]) and not run[0].digits.startswith("0")
            and all(text[a.end:b.start] in (".", ",") for a, b in zip(run, run[1:], strict=False)))


def _glued_to_code(text: str, start: int, end: int) -> bool:
    """'DMW-112-LB-03152024-R': a digit group hyphen-joined to letters is part of a code."""
    before = start >= 2 and text[start - 1] in "-/" and text[start - 2].isalpha()
    after = end + 1 < len(text) and text[end] in "-/" and text[end + 1].isalpha()
    return before or after


def _country_code_without_plus(digits: str, regions: tuple[str, ...]) -> str | None:
    """"WA 6281234567890": the country code of the post's own country, written without '+'."""
    for region in regions:
        cc = country_code(region)
        if cc and digits.startswith(cc) and len(digits) >= len(cc) + 7:
            return international(digits)
    return None


def _resolve(digits: str, plus: bool, ranker: RegionRanker, start: int, end: int) -> str | None:
    if plus:
        return international(digits) if len(digits) <= MAX_INTL else None
    if digits.startswith("00"):
        return international(digits[2:]) if len(digits) <= MAX_INTL + 2 else None
    if digits[0] != "0" and (value := _country_code_without_plus(digits, ranker.first(start, end))):
        return value
    if len(digits) > MAX_LOCAL or digits[0] not in _LOCAL_STARTS:
        return None
    tried: set[str] = set()
    for evidence in (ranker.first, ranker.mentioned):  # the whole-post search only if needed
        for region in evidence(start, end):
            if region not in tried and (value := local(digits, region)):
                return value
            tried.add(region)
    if digits[0] != "0":  # trunk-less forms (CN 1…, SG) only where the post points to that country
        return None
    for region in ranker.fallback(tried):  # no evidence at all: only a mobile number is convincing
        found = local_kind(digits, region)
        if found and found[1] == "mobile":
            return found[0]
    return None


def _card_like(group: list[Atom]) -> bool:
    """4111 1111 1111 1111: four or more groups of four digits are a card or account number."""
    return len(group) >= 4 and all(len(a.digits) == 4 for a in group)


def _search(text: str, group: list[Atom], ranker: RegionRanker) -> Iterator[PhoneHit]:
    if _card_like(group):
        return
    i = 0
    while i < len(group):
        found = _longest_from(text, group, i, ranker)
        if found is None or ranker.after_nonphone_word(group[i].start, _NONPHONE_GAP):
            i += 1
            continue
        j, value = found
        plus = _plus_before(text, group[i].start)
        start = plus if plus >= 0 else group[i].start
        if start > 0 and text[start - 1] == "(":
            start -= 1
        yield PhoneHit(start, group[j].end, value)
        i = j + 1


_COUNTS = "01234567890123456789 98765432109876543210"
_PLAIN_GAPS = re.compile(rf"[0-9o\u101d{_SEP}]*")


def _counting(digits: str, text: str, run: list[Atom]) -> bool:
    """"0/1/2/3/4/5/6/7/8", "#0123/456/789": counting digits joined by a wide separator are a list,
    a score or an order number, not a phone number (spaced ones are kept, as before, and marked
    as placeholders by `is_placeholder`)."""
    return digits in _COUNTS and not _PLAIN_GAPS.fullmatch(text, run[0].start, run[-1].end)


def _longest_from(text: str, group: list[Atom], i: int, ranker: RegionRanker) -> tuple[int, str] | None:
    digits = ""
    candidates: list[tuple[int, str]] = []
    for j in range(i, len(group)):
        digits += group[j].digits
        if len(digits) > MAX_INTL + 2:
            break
        if len(digits) >= MIN_DIGITS:
            candidates.append((j, digits))
    for j, cand in reversed(candidates):
        run = group[i:j + 1]
        start, end = run[0].start, run[-1].end
        if _looks_like_date_or_money(run, text) or _glued_to_code(text, start, end) or _counting(cand, text, run):
            continue
        value = _resolve(cand, _plus_before(text, start) >= 0, ranker, start, end)
        if value:
            return j, value
    return None


def _spelled_run(text: str, words: tuple[Hit, ...]) -> bool:
    """Do digit words form a number: four in a row, or two in a row right next to digits?
    ("năm 2024" or a lone "ba" in prose are ordinary words.)"""
    if len(words) < 2:  # most posts
        return False
    chain = 1
    for prev, cur in zip(words, words[1:], strict=False):
        chain = chain + 1 if _GAP.fullmatch(text, prev.end, cur.start) else 1
        if chain >= 4 or (chain >= 2 and _next_to_digits(text, cur.end)):
            return True
        if chain == 2 and _next_to_digits(text, prev.start - 4, prev.start):
            return True
    return False


def _next_to_digits(text: str, start: int, end: int | None = None) -> bool:
    window = text[max(0, start):start + 4] if end is None else text[max(0, start):end]
    return any(c.isdigit() for c in window)


def _wide_start(text: str, start: int, end: int) -> bool:
    """Does the run [start, end) start like a phone number (0, 1, + before it) and go on across a
    wide separator, without continuing digits before it ("25,000-40,000": not the "000")?"""
    plus = "+" in text[max(0, start - 3):start]
    if not (text[start] == "0" or plus or (text[start] == "1" and _WIDE_NEXT_NO_COMMA.match(text, end))):
        return False
    if _WIDE_NEXT.match(text, end) is None:
        return False
    return not (start >= 2 and text[start - 2].isdigit() and not text[start - 1].isspace())


def _runs(text: str, digit_words: tuple[Hit, ...]) -> Iterator[list[Atom]]:
    """Groups of atoms worth searching. Without spelled-out digits, only digit runs holding
    enough digits are split into atoms (most posts hold only ages, prices and dates)."""
    if _spelled_run(text, digit_words):
        return _wide_groups(text, _atoms(text, digit_words))
    return _digit_runs(text)


def _digit_runs(text: str) -> Iterator[list[Atom]]:
    """Groups of atoms of the digit runs with enough digits for a number."""
    done = 0  # end of the last wide run: runs inside it were read with it
    for run in _RUN.finditer(text):
        start, end = run.span()
        wide = False
        if run.lastindex is not None or start < done:  # rare: a wide separator follows, or read already
            if start < done:
                continue
            wide = _wide_start(text, start, end)
            if wide:  # "០_៩_១…", "091✨234✨567": re-read the run across its wide separators
                end = done = _WIDE_RUN.match(text, start).end()  # type: ignore[union-attr]
        if end - start < MIN_DIGITS - 1:  # too short to hold a number, even after leading o's
            if not (start and text[start - 1] in "o\u101d"):
                continue
        if start and text[start - 1] in "o\u101d":
            extended = _leading_zeros(text, start)
            start = start if extended is None else extended
        if len(_NON_DIGIT.sub("", text[run.start():end])) + (run.start() - start) >= MIN_DIGITS:
            yield from (_wide_groups if wide else _groups)(text, _atoms(text, (), start, min(len(text), end + 1)))


# Every run `_digit_runs` yields starts with a digit (its leading o's, if any, stand right before
# it) and holds MIN_DIGITS digit-like characters, each at most 5 separators from the next: runs of
# 1-3 `_SEP` or 1-5 `_WIDE` characters join its groups of [0-9o\u101d]. So at that digit either an
# o stands just before it or MIN_DIGITS such characters follow from it. Opening with a digit, the
# search skips to digits fast (an o opening it would be tried at every "o" of a Latin text).
_CHAIN = re.compile(rf"[0-9](?:(?<=[o\u101d][0-9])|(?:[{_WIDE}]{{0,5}}[0-9o\u101d]){{{MIN_DIGITS - 1},}})")


def may_hold_phone(text: str, digit_words: tuple[Hit, ...]) -> bool:
    """False when `find_phones` can find nothing: no spelled-out number and no chain of enough digits
    (most posts: prices, ages, dates). Checking costs one regex search instead of the run loop
    (or one compiled loop over the text, `_fast.phone_chain`: the same answer, ~10x cheaper)."""
    if _spelled_run(text, digit_words):
        return True
    if _fast is not None:
        return bool(_fast.phone_chain(text))
    return _CHAIN.search(text) is not None


def find_phones(text: str, digit_words: tuple[Hit, ...], ranker: RegionRanker) -> list[PhoneHit]:
    """Valid phone numbers in normalised (and masked) `text`, as E.164, in text order."""
    out: list[PhoneHit] = []
    for group in _runs(text, digit_words):
        if sum(len(a.digits) for a in group) >= MIN_DIGITS:
            out.extend(_search(text, group, ranker))
    return out

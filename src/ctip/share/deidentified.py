"""De-identified victim statistics in the style of the CTDC k-anonymised dataset.

One row per victim of the case-work module, with CTDC-style columns only (no names,
contacts, birth dates, record ids or free text): gender, ageBroad, citizenship,
CountryOfExploitation, typeOfExploitConcatenated, meansOfControlConcatenated,
RecruiterRelationship, yearOfRegistration. Values are generalised and rows suppressed
(ctip.share.kanon) until every row's full combination is shared by at least k rows.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from ctip.cases.crypto import Keyring
from ctip.errors import InputError
from ctip.share.kanon import Column, KResult, anonymise
from ctip.store import schema as t

__all__ = ["COLUMNS", "KCheck", "check_k_file", "columns", "deidentify", "read_csv", "read_victims", "to_csv"]

COLUMNS = ("gender", "ageBroad", "citizenship", "CountryOfExploitation", "typeOfExploitConcatenated",
           "meansOfControlConcatenated", "RecruiterRelationship", "yearOfRegistration")
UNKNOWN = "unknown"
# CTDC ageBroad bins, then coarser ones.
_AGE_FINE = ((0, 8), (9, 17), (18, 20), (21, 23), (24, 26), (27, 29), (30, 38), (39, 47))
_AGE_MID = ((0, 17), (18, 29), (30, 47))


@cache
def _regions() -> dict[str, tuple[str, str]]:
    text = resources.files("ctip.data").joinpath("share/regions.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in io.StringIO(text) if not line.startswith("#"))
    return {r["iso2"]: (r["subregion"], r["region"]) for r in rows}


def _age_bin(bins: tuple[tuple[int, int], ...]) -> Any:
    def f(v: str) -> str:
        if not v.isdigit():
            return UNKNOWN
        age = int(v)
        for lo, hi in bins:
            if lo <= age <= hi:
                return f"{lo}--{hi}"
        return f"{bins[-1][1] + 1}+"
    return f


def _minor(v: str) -> str:
    return UNKNOWN if not v.isdigit() else ("0--17" if int(v) < 18 else "18+")


def _place(level: int) -> Any:
    def f(v: str) -> str:
        hit = _regions().get(v)
        return hit[level] if hit else (v if v == UNKNOWN else UNKNOWN)
    return f


def _years(width: int) -> Any:
    def f(v: str) -> str:
        if not v.isdigit():
            return UNKNOWN
        lo = int(v) - int(v) % width
        return f"{lo}--{lo + width - 1}"
    return f


def _same(v: str) -> str:
    return v


def _star(_v: str) -> str:
    return "*"


def columns() -> tuple[Column, ...]:
    place = (("country", _same), ("UN sub-region", _place(0)), ("UN region", _place(1)), ("suppressed", _star))
    return (
        Column("gender", (("as recorded", _same), ("suppressed", _star))),
        Column("ageBroad", (("CTDC age bands", _age_bin(_AGE_FINE)), ("0-17/18-29/30-47/48+", _age_bin(_AGE_MID)),
                            ("minor/adult", _minor), ("suppressed", _star))),
        Column("citizenship", place),
        Column("CountryOfExploitation", place),
        Column("typeOfExploitConcatenated", (("as recorded", _same), ("suppressed", _star))),
        Column("meansOfControlConcatenated", (("as recorded", _same), ("suppressed", _star))),
        Column("RecruiterRelationship", (("as recorded", _same), ("suppressed", _star))),
        Column("yearOfRegistration", (("year", _same), ("5-year range", _years(5)), ("10-year range", _years(10)),
                                      ("suppressed", _star))),
    )


def _gender(v: Any) -> str:
    s = str(v or "").strip().lower()
    if s.startswith(("f", "woman", "girl")):
        return "Female"
    if s.startswith(("m", "man", "boy")):
        return "Male"
    if s.startswith(("trans", "non", "other")):
        return "Other"
    return UNKNOWN


def _relation(v: Any) -> str:
    s = str(v or "").strip().lower()
    for key, name in (("intimate", "Intimate Partner"), ("partner", "Intimate Partner"), ("famil", "Family"),
                      ("friend", "Friend"), ("acquaint", "Friend"), ("unacquaint", "Other"), ("other", "Other")):
        if s.startswith(key) or (key == "unacquaint" and "unacquaint" in s):
            return name
    return UNKNOWN


def _iso2(v: Any) -> str:
    s = str(v or "").strip().upper()
    return s if s in _regions() else UNKNOWN


def _age(pii: dict[str, Any], year: int) -> str:
    m = re.match(r"^\s*(\d{1,3})\s*$", str(pii.get("age_when_trafficked") or ""))
    if m and int(m.group(1)) < 120:
        return m.group(1)
    m = re.match(r"^\s*(\d{4})", str(pii.get("date_of_birth") or ""))
    if m and 0 <= year - int(m.group(1)) < 120:
        return str(year - int(m.group(1)))
    return UNKNOWN


def _joined(values: Any) -> str:
    if not isinstance(values, list) or not values:
        return UNKNOWN
    return ";".join(sorted({str(v) for v in values}))


def read_victims(conn: Connection, key: Keyring) -> list[tuple[str, ...]]:
    """One CTDC-style record per victim (finest level), decrypting only the fields used."""
    out = []
    q = (select(t.persons.c.uid, t.persons.c.pii, t.persons.c.created_at, t.cases.c.details)
         .join(t.cases, t.cases.c.id == t.persons.c.case_id).where(t.persons.c.role == "victim"))
    for r in conn.execute(q):
        pii = json.loads(key.decrypt(r.pii, r.uid.encode("ascii")))
        details = dict(r.details or {})
        year = int(r.created_at[:4])
        route = details.get("route") or []
        out.append((_gender(pii.get("gender")), _age(pii, year), _iso2(pii.get("nationality")),
                    _iso2(route[-1] if isinstance(route, list) and route else None),
                    _joined(details.get("exploitation_types")), _joined(details.get("means_of_control")),
                    _relation(pii.get("relationship_to_trafficker")), str(year)))
    return out


def deidentify(records: list[tuple[str, ...]], k: int = 11, max_suppressed: float = 0.1) -> KResult:
    return anonymise(columns(), records, k, max_suppressed)


def to_csv(result: KResult) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(result.header)
    w.writerows(result.rows)
    return buf.getvalue()


@dataclass(frozen=True, slots=True)
class KCheck:
    rows: int
    groups: int
    smallest: int
    small_group_rows: tuple[int, ...]  # file line numbers of rows in groups under k


def read_csv(path: Path, columns: list[str] | None = None) -> tuple[list[str], list[tuple[int, tuple[str, ...]]]]:
    """(the columns wanted, (line number, their values) per row) of a CSV; InputError naming FILE:LINE."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror}).", "Check the file name.") from None
    except UnicodeDecodeError:
        raise InputError(str(path), "is not UTF-8 text.", "Give the CSV written by `ctip export deidentified`.") from None
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader, None)
        if not header:
            raise InputError(str(path), "is empty (no header row).", "Give the CSV written by `ctip export deidentified`.")
        wanted = columns or header
        missing = [c for c in wanted if c not in header]
        if missing:
            raise InputError(str(path), f"has no column(s) {', '.join(missing)}.", f"Its columns: {', '.join(header)}.")
        idx = [header.index(c) for c in wanted]
        keyed: list[tuple[int, tuple[str, ...]]] = []
        for n, row in enumerate(reader, start=2):
            if len(row) != len(header):
                raise InputError(f"{path}:{n}", f"has {len(row)} fields, the header has {len(header)}.",
                                 "Fix or remove that line.")
            keyed.append((n, tuple(row[i] for i in idx)))
    except csv.Error as exc:
        raise InputError(f"{path}:{reader.line_num}", f"is not valid CSV ({exc}).", "Fix or remove that line.") from None
    return wanted, keyed


def check_k_file(path: Path, k: int, columns: list[str] | None = None) -> KCheck:
    """Group the rows of a CSV by the given columns (default: all) and find groups under k."""
    _, keyed = read_csv(path, columns)
    sizes = Counter(key for _, key in keyed)
    return KCheck(len(keyed), len(sizes), min(sizes.values(), default=0),
                  tuple(n for n, key in keyed if sizes[key] < k))

"""Read and check a country-year evidence file (YAML) into a `Dossier`.

Checks run in two passes: the JSON Schema (shape and types), then cross-references the schema
cannot express (unique ids, known criteria, links between claims and evidence). Every problem
carries the line it was found on.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from ctip.assess.model import Claim, Dossier, Evidence, Source
from ctip.assess.rules import Rules
from ctip.assess.yamlmarks import Path_, line_of, load_with_lines
from ctip.errors import InputError, RuleError

SCHEMA = "evidence.schema.json"


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"


@cache
def schema() -> dict:
    return json.loads(resources.files("ctip.data").joinpath("assess", SCHEMA).read_text("utf-8"))


def read_text(path: Path) -> tuple[str, str]:
    """The file's text and sha256; InputError when it cannot be read."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
    try:
        return data.decode("utf-8"), hashlib.sha256(data).hexdigest()
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RuleError(str(path), line, "not valid UTF-8.", "Save the file as UTF-8.") from None


def check_text(text: str, file: str, rules: Rules) -> tuple[Any, list[Problem]]:
    """All problems in an evidence file, sorted by line (empty when the file is good)."""
    data, lines = load_with_lines(text, file)
    if not isinstance(data, dict):
        return data, [Problem(file, 1, "the file must be a mapping (country:, year:, evidence: …).")]
    problems = _schema_problems(data, lines, file) + _reference_problems(data, lines, file, rules)
    return data, sorted(set(problems), key=lambda p: (p.line, p.reason))


def load_evidence(path: Path, rules: Rules) -> Dossier:
    """Read, check and convert an evidence file; RuleError on the first problem (all listed in the hint)."""
    text, digest = read_text(path)
    file = str(path)
    data, problems = check_text(text, file, rules)
    if problems:
        raise problems_error(problems)
    return to_dossier(data, Path(path).name, digest)


def problems_error(problems: list[Problem]) -> RuleError:
    first = problems[0]
    rest = "\n".join(str(p) for p in problems[1:])
    hint = f"{len(problems)} problems in total:\n{rest}" if rest else ""
    return RuleError(first.file, first.line, first.reason, hint)


def _schema_problems(data: dict, lines: dict[Path_, int], file: str) -> list[Problem]:
    validator = jsonschema.Draft202012Validator(schema())
    problems = []
    for error in validator.iter_errors(data):
        path = tuple(error.absolute_path)
        where = ".".join(str(p) for p in path) or "top level"
        problems.append(Problem(file, line_of(lines, path), f"{where}: {_message(error)}"))
    return problems


def _message(error: jsonschema.ValidationError) -> str:
    if error.validator == "oneOf" and error.absolute_path and error.absolute_path[-1] == "reliability":
        return "reliability must be like B2 or {source: B, information: 2} (source A-F, information 1-6)."
    if error.validator == "anyOf" and "source" in [str(p) for p in error.absolute_path]:
        return "a source needs a url or a document (with page)."
    if error.validator == "pattern" and "bears_on" in [str(p) for p in error.absolute_path]:
        return f"{error.instance!r} is not a finding id (MS1-MS3, C1-C12, TWL-A, SSP or 3P.dimension.component)."
    return error.message


def _reference_problems(data: dict, lines: dict[Path_, int], file: str, rules: Rules) -> list[Problem]:
    """Cross-reference checks; they skip parts the schema already rejected, so one pass reports everything."""
    problems: list[Problem] = []

    def add(path: Path_, reason: str) -> None:
        problems.append(Problem(file, line_of(lines, path), reason))

    known = _known_targets(rules)
    ids: set[str] = set()
    items = [(i, x) for i, x in enumerate(_list(data.get("evidence"))) if isinstance(x, dict)]
    for i, item in items:
        if isinstance(item.get("id"), str):
            if item["id"] in ids:
                add(("evidence", i, "id"), f"duplicate evidence id {item['id']!r}.")
            ids.add(item["id"])
    for i, item in items:
        for j, target in enumerate(_list(item.get("bears_on"))):
            if target == "MS4":
                add(("evidence", i, "bears_on", j), "MS4 is decided from C1-C12; tag the criteria instead.")
            elif isinstance(target, str) and target not in known and _id_shape(target):  # else the schema said it
                add(("evidence", i, "bears_on", j), f"{target!r} is not in rules {rules.id} v{rules.version}.")
        _check_refs(_list(item.get("repeats")), ("evidence", i, "repeats"), ids, add)
        if item.get("id") in _list(item.get("repeats")):
            add(("evidence", i, "repeats"), "an item cannot repeat itself.")
    claim_ids: set[str] = set()
    for i, claim in enumerate(_list(data.get("claims"))):
        if not isinstance(claim, dict):
            continue
        if claim.get("id") in claim_ids or claim.get("id") in ids:
            add(("claims", i, "id"), f"duplicate id {claim.get('id')!r}.")
        claim_ids.add(claim.get("id"))
        for key in ("supported_by", "contradicted_by"):
            _check_refs(_list(claim.get(key)), ("claims", i, key), ids, add)
        if isinstance(claim.get("reply"), dict):
            _check_refs(_list(claim["reply"].get("evidence")), ("claims", i, "reply", "evidence"), ids, add)
        both = set(_list(claim.get("supported_by"))) & set(_list(claim.get("contradicted_by")))
        if both:
            add(("claims", i), f"evidence {sorted(both)} cannot both support and contradict the claim.")
    waiver = data.get("waiver") if isinstance(data.get("waiver"), dict) else {}
    _check_refs(_list(waiver.get("evidence")), ("waiver", "evidence"), ids, add)
    for name, refs in (waiver.get("findings") or {}).items() if isinstance(waiver.get("findings"), dict) else ():
        _check_refs(_list(refs), ("waiver", "findings", name), ids, add)
    _not_applicable_problems(data, ids, known, rules, add)
    _data_problems(data.get("data"), ids, add)
    if isinstance(data.get("legislation"), dict):
        _legislation_problems(data["legislation"], ids, rules, add)
    period = data.get("period")
    if isinstance(period, dict) and isinstance(period.get("start"), str) and isinstance(period.get("end"), str) \
            and period["start"] > period["end"]:
        add(("period",), "period start is after its end.")
    return problems


def _id_shape(target: str) -> bool:
    pattern = schema()["$defs"]["item"]["properties"]["bears_on"]["items"]["pattern"]
    return re.fullmatch(pattern, target) is not None


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _not_applicable_problems(data: dict, ids: set[str], known: set[str], rules: Rules, add) -> None:
    core = {r.id for r in rules.criteria if r.core}
    seen: set[str] = set()
    for i, entry in enumerate(_list(data.get("not_applicable"))):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        fid = entry["id"]
        if fid in core:
            add(("not_applicable", i, "id"), f"{fid} is a core criterion and always applies; record the evidence instead.")
        elif fid not in known:
            add(("not_applicable", i, "id"), f"{fid!r} is not in rules {rules.id} v{rules.version}.")
        if fid in seen:
            add(("not_applicable", i, "id"), f"{fid} is listed twice.")
        seen.add(fid)
        _check_refs(_list(entry.get("evidence")), ("not_applicable", i, "evidence"), ids, add)


def _data_problems(tables: Any, ids: set[str], add) -> None:
    if not isinstance(tables, dict):
        return
    for name, rows in tables.items():
        years: set[int] = set()
        for i, row in enumerate(_list(rows)):
            if not isinstance(row, dict):
                continue
            if name != "budget" and row.get("year") in years:
                add(("data", name, i, "year"), f"year {row.get('year')} is listed twice in data.{name}.")
            years.add(row.get("year"))
            _check_refs(_list(row.get("evidence")), ("data", name, i, "evidence"), ids, add)


def _known_targets(rules: Rules) -> set[str]:
    known = {r.id for r in (*rules.standards, *rules.criteria, *rules.conditions) if not r.derived}
    for dim, comps in rules.threep().items():
        known.update(f"3P.{dim}.{comp}" for comp in comps)
    return known


def _check_refs(refs: list[str], path: Path_, ids: set[str], add) -> None:
    for k, ref in enumerate(refs):
        if isinstance(ref, str) and ref not in ids:
            add((*path, k), f"{ref!r} is not an evidence id in this file.")


def _legislation_problems(law: dict | None, ids: set[str], rules: Rules, add) -> None:
    if not law:
        return
    spec = rules.raw["legislation"]
    for element in ("act", "means", "purpose"):
        if isinstance(law.get(element), dict):
            for k, name in enumerate(_list(law[element].get("covered"))):
                if name not in spec[element]:
                    add(("legislation", element, "covered", k), f"{name!r} is not one of {', '.join(spec[element])}.")
            _check_refs(_list(law[element].get("evidence")), ("legislation", element, "evidence"), ids, add)
    for flag in spec["flags"]:
        if isinstance(law.get(flag), dict):
            _check_refs(_list(law[flag].get("evidence")), ("legislation", flag, "evidence"), ids, add)
    _check_refs(_list(law.get("penalty_evidence")), ("legislation", "penalty_evidence"), ids, add)


def _source(raw: dict) -> Source:
    page = raw.get("page")
    return Source(
        title=raw["title"],
        date=raw["date"],
        url=raw.get("url"),
        document=raw.get("document"),
        page=None if page is None else str(page),
        publisher=raw.get("publisher"),
    )


def _grades(raw: str | dict) -> tuple[str, int]:
    if isinstance(raw, str):
        return raw[0], int(raw[1])
    return raw["source"], int(raw["information"])


def to_dossier(data: dict, file: str, digest: str) -> Dossier:
    """Convert checked data (see `check_text`) into records."""
    evidence = tuple(
        Evidence(
            id=item["id"],
            claim=item["claim"],
            source=_source(item["source"]),
            source_grade=_grades(item["reliability"])[0],
            info_grade=_grades(item["reliability"])[1],
            bears_on=tuple(item["bears_on"]),
            supports=item["direction"] == "supports",
            value=item.get("value"),
            unit=item.get("unit"),
            note=item.get("note"),
            kind=item.get("kind", "action"),
            date=item.get("date"),
            repeats=tuple(item.get("repeats", [])),
        )
        for item in data["evidence"]
    )
    claims = tuple(
        Claim(
            id=c["id"],
            text=c["text"],
            by=c["by"],
            source=_source(c["source"]),
            supported_by=tuple(c.get("supported_by", [])),
            contradicted_by=tuple(c.get("contradicted_by", [])),
            note=c.get("note"),
            date=c.get("date"),
            criterion=c.get("criterion"),
            reply=c.get("reply"),
            same_as=c.get("same_as"),
            recommendation=c.get("recommendation"),
        )
        for c in data.get("claims", [])
    )
    period = data.get("period")
    waiver = data.get("waiver", {})
    return Dossier(
        country=data["country"],
        year=int(data["year"]),
        evidence=evidence,
        claims=claims,
        legislation=data.get("legislation"),
        iso3=data.get("iso3"),
        period=(period["start"], period["end"]) if period else None,
        illustrative=bool(data.get("illustrative", False)),
        waiver=bool(waiver.get("granted", False)),
        waiver_evidence=tuple(waiver.get("evidence", [])),
        file=file,
        sha256=digest,
        waiver_findings={k: tuple(v) for k, v in (waiver.get("findings") or {}).items()},
        not_applicable={e["id"]: e["reason"] for e in data.get("not_applicable", [])},
        data=data.get("data"),
    )

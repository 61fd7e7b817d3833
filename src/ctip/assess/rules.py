"""Load the published assessment rules (a versioned YAML file) into a frozen record."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import jsonschema
import yaml

from ctip.assess.model import Params
from ctip.assess.yamlmarks import compose_checked
from ctip.errors import RuleError

DEFAULT_RULES = "tvpa.v1.yaml"
RULES_SCHEMA = "rules.schema.json"
MISSING_MODES = ("not-met", "unknown")


@dataclass(frozen=True, slots=True)
class Rule:
    """A standard, criterion or condition as published."""

    id: str
    text: str
    source: str
    verified: bool
    weight: float = 1.0
    core: bool = False
    when_missing: str | None = None
    derived: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True)
class LawVersion:
    """The Watch List and downgrade law in force from one report year on (see `law_versions` in the rules)."""

    id: str
    law_as_of: str
    act: str
    from_report_year: int
    watch_list: bool
    commitments_trigger: bool
    downgrade: bool
    max_consecutive_watch_list: int = 2
    counts_from_report_year: int = 0
    waiver_max_years: int = 0
    post_waiver_watch_list_max: int | None = None
    source: str = ""
    verified: bool = False

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__}


@dataclass(frozen=True, slots=True)
class Threshold:
    name: str
    default: float
    low: float | None
    high: float | None
    steps: int
    help: str

    def grid(self) -> tuple[float, ...]:
        if self.low is None or self.high is None or self.steps < 2:
            return (self.default,)
        step = (self.high - self.low) / (self.steps - 1)
        return tuple(round(self.low + i * step, 10) for i in range(self.steps))


@dataclass(frozen=True, slots=True)
class Rules:
    id: str
    version: int
    sha256: str
    raw: dict
    standards: tuple[Rule, ...]
    criteria: tuple[Rule, ...]
    conditions: tuple[Rule, ...]
    thresholds: dict[str, Threshold]

    def rule(self, rule_id: str) -> Rule | None:
        for rule in (*self.standards, *self.criteria, *self.conditions):
            if rule.id == rule_id:
                return rule
        return None

    def tier_label(self, code: float) -> str:
        return next(t["label"] for t in self.raw["tiers"] if float(t["code"]) == float(code))

    def tier_code(self, name: str | float | int) -> float:
        """Accept 1, 2, 2.5, 3, '2WL', 'TWL', 'Watch List', 'Tier 2 Watch List'."""
        text = str(name).strip().lower().replace("tier", "").replace(" ", "")
        aliases = {"2wl": 2.5, "twl": 2.5, "watchlist": 2.5, "2watchlist": 2.5, "2.5": 2.5}
        if text in aliases:
            return aliases[text]
        if text in {"1", "2", "3", "1.0", "2.0", "3.0"}:
            return float(text)
        raise ValueError(f"unknown tier {name!r} (use 1, 2, 2WL or 3)")

    def law_for(self, year: int) -> LawVersion:
        """The law version in force for a report year (the latest that applies from that year or earlier)."""
        versions = [_law(v) for v in self.raw.get("law_versions") or ()]
        in_force = [v for v in versions if v.from_report_year <= year]
        if in_force:
            return max(in_force, key=lambda v: v.from_report_year)
        down = self.raw["downgrade"]  # a rules file without law_versions: one law for every year
        return LawVersion("rules-downgrade", "", down.get("source", ""), 0, True, False, True,
                          int(down["max_consecutive_watch_list"]), 0, int(down["waiver_max_years"]),
                          down.get("post_waiver_watch_list_max"), down.get("source", ""),
                          bool(down.get("verified", False)))

    def threep(self) -> dict[str, dict[str, dict]]:
        return self.raw["threep"]["dimensions"]

    def params(self, missing: str = "not-met", **overrides: float) -> Params:
        values = {name: t.default for name, t in self.thresholds.items()}
        values.update(overrides)
        return Params(missing=missing, **values)


def _law(raw: dict) -> LawVersion:
    down = raw.get("downgrade") or {}
    return LawVersion(
        id=raw["id"], law_as_of=str(raw["law_as_of"]), act=raw["act"], from_report_year=int(raw["from_report_year"]),
        watch_list=bool(raw["watch_list"]), commitments_trigger=bool(raw.get("commitments_trigger", False)),
        downgrade=bool(down), max_consecutive_watch_list=int(down.get("max_consecutive_watch_list", 0)),
        counts_from_report_year=int(down.get("counts_from_report_year", 0)),
        waiver_max_years=int(down.get("waiver_max_years", 0)),
        post_waiver_watch_list_max=down.get("post_waiver_watch_list_max"),
        source=raw.get("source", ""), verified=bool(raw.get("verified", False)),
    )


def load_rules(path: Path | None = None) -> Rules:
    """The shipped rules (or a rules file of the same shape)."""
    if path is None:
        data = resources.files("ctip.data").joinpath("assess", DEFAULT_RULES).read_bytes()
        name = DEFAULT_RULES
    else:
        data, name = Path(path).read_bytes(), str(path)
    try:
        raw = compose_checked(data, name)
        _validate(raw, name)
        return _build(raw, hashlib.sha256(data).hexdigest())
    except (KeyError, TypeError, ValueError, yaml.YAMLError) as exc:
        raise RuleError(name, None, f"malformed rules file: {exc}") from None


def _validate(raw: object, name: str) -> None:
    schema = json.loads(resources.files("ctip.data").joinpath("assess", RULES_SCHEMA).read_text("utf-8"))
    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(schema).iter_errors(raw))
    if error is not None:
        where = ".".join(str(p) for p in error.absolute_path) or "top level"
        raise RuleError(name, None, f"malformed rules file at {where}: {error.message}")


def _build(raw: dict, digest: str) -> Rules:
    def rules(section: str) -> tuple[Rule, ...]:
        return tuple(
            Rule(
                id=r["id"],
                text=" ".join(str(r["text"]).split()),
                source=r["source"],
                verified=bool(r.get("verified", False)),
                weight=float(r.get("weight", 1.0)),
                core=bool(r.get("core", False)),
                when_missing=r.get("when_missing"),
                derived=bool(r.get("derived", False)),
                note=" ".join(str(r.get("note", "")).split()),
            )
            for r in raw[section]
        )

    thresholds = {}
    for name, t in raw["thresholds"].items():
        low, high = t.get("range", (None, None))
        thresholds[name] = Threshold(name, float(t["default"]), low, high, int(t.get("steps", 1)), t["help"])
    for version in raw.get("law_versions") or ():
        _law(version)  # malformed versions fail at load time, not mid-run
    return Rules(
        id=raw["id"],
        version=int(raw["version"]),
        sha256=digest,
        raw=raw,
        standards=rules("standards"),
        criteria=rules("criteria"),
        conditions=rules("conditions"),
        thresholds=thresholds,
    )

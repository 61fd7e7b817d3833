"""Records of the assessment module: the evidence file as read, and the findings derived from it.

All records are frozen; every derived value keeps the evidence ids that decided it, so a report
can link each number back to its source.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # rules.py imports this module
    from ctip.assess.rules import Rules

MET = "met"
NOT_MET = "not_met"
UNKNOWN = "unknown"
NOT_APPLICABLE = "not_applicable"
STATES = (MET, NOT_MET, UNKNOWN)


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    date: str
    url: str | None = None
    document: str | None = None
    page: str | None = None
    publisher: str | None = None

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__ if getattr(self, k) is not None}


@dataclass(frozen=True, slots=True)
class Evidence:
    """One evidence item: a sourced, graded claim and the findings it bears on."""

    id: str
    claim: str
    source: Source
    source_grade: str  # Admiralty A-F
    info_grade: int  # Admiralty 1-6
    bears_on: tuple[str, ...]
    supports: bool  # True: shows the finding is met (a condition holds); False: shows it is not
    value: str | int | float | bool | None = None
    unit: str | None = None
    note: str | None = None
    line: int = 0
    kind: str = "action"  # action (done in the period) or commitment (a promise of future steps)
    date: str | None = None  # when the fact happened (default: the source date)
    repeats: tuple[str, ...] = ()  # items this one repeats (not independent of them)

    @property
    def grade(self) -> str:
        return f"{self.source_grade}{self.info_grade}"

    @property
    def when(self) -> str:
        return self.date or self.source.date

    def source_key(self) -> str:
        """Items with the same key come from the same source and are not independent."""
        s = self.source
        return s.url or f"{s.document or ''}|{s.title}"


@dataclass(frozen=True, slots=True)
class Claim:
    """A public claim (news, statement, report) and the evidence that supports or contradicts it."""

    id: str
    text: str
    by: str
    source: Source
    supported_by: tuple[str, ...] = ()
    contradicted_by: tuple[str, ...] = ()
    note: str | None = None
    date: str | None = None  # when the claim was made (default: the source date)
    criterion: str | None = None  # the finding the claim is about (relevance of linked evidence is checked)
    reply: Mapping | None = None  # right of reply: {text, by, date, evidence}
    same_as: str | None = None  # the same claim's id in an earlier year's file
    recommendation: Mapping | None = None  # last year's recommendation: {year, status: done/partly/not}


@dataclass(frozen=True, slots=True)
class Dossier:
    """A country-year evidence file as read and checked."""

    country: str
    year: int
    evidence: tuple[Evidence, ...]
    claims: tuple[Claim, ...] = ()
    legislation: dict | None = None  # checked against the schema; interpreted by legislation.py
    iso3: str | None = None
    period: tuple[str, str] | None = None
    illustrative: bool = False
    waiver: bool = False
    waiver_evidence: tuple[str, ...] = ()
    file: str = ""
    sha256: str = ""
    waiver_findings: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # the three waiver findings
    not_applicable: Mapping[str, str] = field(default_factory=dict)  # finding id -> why it does not apply
    data: Mapping | None = None  # enforcement, victim and budget tables (checked by the schema)

    def by_id(self) -> dict[str, Evidence]:
        return {e.id: e for e in self.evidence}


@dataclass(frozen=True, slots=True)
class HistoryYear:
    year: int
    tier: float  # 1, 2, 2.5 (Watch List), 3
    waiver: bool = False


@dataclass(frozen=True, slots=True)
class Params:
    """The rule parameters one rating is computed with (defaults from the rules file)."""

    finding_met: float
    min_weight: float
    full_compliance: float
    significant_efforts: float
    low_reliability_weight: float
    missing: str  # "not-met" or "unknown"
    grade_shift: float = 0.0  # sensitivity: every grade read one notch better (-1) or worse (+1)


@dataclass(frozen=True, slots=True)
class Finding:
    """The result for one standard, criterion, condition or 3P component."""

    id: str
    state: str  # met / not_met / unknown
    share: float | None  # supporting weight / all weight, None without evidence
    weight_for: float
    weight_against: float
    evidence_for: tuple[str, ...]
    evidence_against: tuple[str, ...]
    reason: str
    counted_as: str = ""  # how the tier logic counts it (unknown may count as not_met)
    strength: str = "none"  # none / weak (some evidence, below the floor) / sufficient / not_applicable
    contested: bool = False  # both sides carry a real share of the weight
    commitments: tuple[str, ...] = ()  # commitment items: shown, never counted
    out_of_period: tuple[str, ...] = ()  # counted items dated outside the reporting period
    dependent: tuple[tuple[str, ...], ...] = ()  # groups of items from one source, counted as one

    @property
    def decided_by(self) -> tuple[str, ...]:
        if self.state == MET:
            return self.evidence_for
        if self.state == NOT_MET:
            return self.evidence_against or self.evidence_for
        return ()


@dataclass(frozen=True, slots=True)
class Step:
    """One step of the tier logic, with the findings and evidence it rests on."""

    rule: str
    result: str
    findings: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TierDecision:
    code: float
    before_clock: float
    fully_meets: bool
    efforts_share: float
    ms4_met: bool = False
    steps: tuple[Step, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class Assessment:
    """One rating: the dossier, the rules and options it was computed under, and every result.

    `run.to_dict` turns it into the JSON contract (`ctip assess run -o`).
    """

    dossier: Dossier
    rules: Rules
    missing: str
    waiver: bool
    params: Params
    history: tuple[HistoryYear, ...]
    consecutive_watch_list: int
    decision: TierDecision
    findings: Mapping[str, Finding]
    threep: dict
    what_would_change: dict
    sensitivity: dict
    claims: tuple[dict, ...]
    legislation: dict | None
    warnings: tuple[str, ...]

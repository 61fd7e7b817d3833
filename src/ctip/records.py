"""One typed record per concept flowing through the pipeline.

Records are frozen so a stage cannot change what an earlier stage produced; each stage
returns new records. `to_dict` gives the JSON output contract (field names are stable).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from ctip.detect.rounding import round_places

SCORE_DECIMALS = 6  # risk_score in outputs: enough to re-derive it from its parts to 1e-6


@dataclass(frozen=True, slots=True)
class Post:
    """One input post, as read from a file. `extra` carries input fields ctip does not use."""

    id: str
    text: str
    lang: str | None = None
    url: str | None = None
    author: str | None = None
    posted_at: str | None = None
    source: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    origin: str = ""  # "FILE:LINE" where the record was read, for messages
    images: tuple[str, ...] = ()  # pictures of the post (poster, photo), read by OCR unless --no-ocr
    ocr_text: str | None = None  # text read from `images`, kept apart from `text`

    def carried_fields(self) -> dict[str, Any]:
        """Input fields to copy into the output, named as they were in the input."""
        out: dict[str, Any] = {}
        if self.url is not None:  # four plain reads: cheaper than a loop of getattr for every post
            out["url"] = self.url
        if self.author is not None:
            out["author"] = self.author
        if self.posted_at is not None:
            out["posted_at"] = self.posted_at
        if self.source is not None:
            out["source"] = self.source
        if self.extra:
            out.update(self.extra)
        return out


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input record that could not be read; reported as `FILE:LINE: reason`."""

    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into the *original* post text, end exclusive."""

    start: int
    end: int
    text: str
    source: str = "text"  # "ocr": the offsets are into the post's `ocr_text`

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.source != "text":
            out["source"] = self.source
        return out


@dataclass(frozen=True, slots=True)
class IndicatorHit:
    """An indicator (indicators.md id) that fired on a post, with where it fired."""

    id: str
    name: str
    weight: float
    spans: tuple[Span, ...]
    family: str = ""
    detail: str = ""  # e.g. the parsed salary and the ratio that made R1 fire

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "weight": self.weight,
            "spans": [self.spans[0].to_dict()] if len(self.spans) == 1 else [s.to_dict() for s in self.spans],
        }
        if self.detail:
            out["detail"] = self.detail
        return out


@dataclass(frozen=True, slots=True)
class Entity:
    """A contact identifier found in a post: normalised `value`, `raw` text and offsets."""

    type: str
    value: str
    raw: str
    start: int
    end: int
    source: str = "text"  # "ocr": found in the post's `ocr_text`, offsets into it

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "value": self.value, "raw": self.raw, "start": self.start,
                               "end": self.end}
        if self.source != "text":
            out["source"] = self.source
        return out


@dataclass(frozen=True, slots=True)
class ScoreParts:
    """A score split into additive parts, in log-odds: `probability == sigmoid(total)`.

    `base` is the score of a post with no indicator and no telling wording; `indicators` the
    signed contribution of each indicator that fired; `wording` that of the post's character
    n-grams. Calibration is folded into every part.
    """

    base: float
    indicators: dict[str, float]
    wording: float

    @property
    def total(self) -> float:
        return self.base + sum(self.indicators.values()) + self.wording

    @property
    def probability(self) -> float:
        total = self.total
        if total >= 0:
            return 1.0 / (1.0 + math.exp(-total))
        e = math.exp(total)
        return e / (1.0 + e)

    def to_dict(self) -> dict[str, Any]:
        return {"base": self.base, "indicators": dict(self.indicators), "wording": self.wording}


@dataclass(frozen=True, slots=True)
class Screening:
    """The result of screening one post."""

    post: Post
    lang: str
    risk_score: float
    risk_level: str
    needs_review: bool
    indicators: tuple[IndicatorHit, ...]
    entities: tuple[Entity, ...] = ()
    score_parts: ScoreParts | None = None
    frame: str | None = None  # offer, plea, warning, testimony, news or other (detect/frames.py)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = self.post.carried_fields()
        out.update(
            {
                "id": self.post.id,
                "lang": self.lang,
                "risk_score": round_places(self.risk_score, SCORE_DECIMALS),
                "risk_level": self.risk_level,
                "needs_review": self.needs_review,
                "frame": self.frame,
                "indicators": [h.to_dict() for h in self.indicators],
                "entities": [e.to_dict() for e in self.entities],
            }
        )
        if self.post.images:
            out["images"] = list(self.post.images)
        if self.post.ocr_text is not None:
            out["ocr_text"] = self.post.ocr_text
        if self.score_parts is not None:
            out["score_parts"] = self.score_parts.to_dict()
        return out


@dataclass(frozen=True, slots=True)
class ClusterSummary:
    """One template cluster (`ctip cluster --summary`): posts re-using one ad template."""

    cluster_id: str
    size: int
    languages: dict[str, int]
    first_seen: str | None
    last_seen: str | None
    template: str  # the first post's text, folded, with slots shown as {phone}, {salary}, …
    post_ids: tuple[str, ...] = ()  # the first posts of the cluster (capped)

    def to_dict(self) -> dict[str, Any]:
        return {"cluster_id": self.cluster_id, "size": self.size, "languages": self.languages,
                "first_seen": self.first_seen, "last_seen": self.last_seen, "template": self.template,
                "post_ids": list(self.post_ids)}


@dataclass(frozen=True, slots=True)
class NetworkSummary:
    """One recruiter network (`ctip link --summary`): posts joined through shared identifiers."""

    network_id: str
    size: int
    n_identifiers: int
    identifiers: list[str]
    top_identifiers: list[dict[str, Any]]  # {"key", "posts", "pagerank"}, most central first
    languages: dict[str, int]
    first_seen: str | None
    last_seen: str | None
    communities: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"network_id": self.network_id, "size": self.size, "n_identifiers": self.n_identifiers,
                "identifiers": self.identifiers, "top_identifiers": self.top_identifiers,
                "languages": self.languages, "first_seen": self.first_seen, "last_seen": self.last_seen,
                "communities": self.communities}

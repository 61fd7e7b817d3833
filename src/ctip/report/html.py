"""The workspace report: one self-contained HTML page (inline CSS, JS and SVG; no CDN)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from ctip import __version__
from ctip.report.charts import LEVEL_COLOURS, stacked_bars
from ctip.report.highlight import highlight_html
from ctip.store.workspace import StoredPost

LEVELS = ("high", "medium", "low")
LANG_NAMES = {"km": "Khmer", "en": "English", "zh": "Chinese", "th": "Thai", "vi": "Vietnamese",
              "id": "Indonesian", "my": "Burmese", "lo": "Lao"}
MAX_ROWS = 2000  # beyond this a browser page gets slow; the database keeps everything


@dataclass
class ReportExtras:
    """Optional sections contributed by other stages (clusters, networks)."""

    clusters: list[dict[str, Any]] = field(default_factory=list)
    network_html: str = ""
    network_summaries: list[dict[str, Any]] = field(default_factory=list)


def _env() -> Environment:
    return Environment(loader=PackageLoader("ctip.report", "templates"), autoescape=select_autoescape(["html"]),
                       trim_blocks=True, lstrip_blocks=True)


def _charts(posts: Sequence[StoredPost]) -> dict[str, Any]:
    by_lang: dict[str, Counter[str]] = defaultdict(Counter)
    by_ind: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, str] = {}
    for p in posts:
        s = p.screening
        by_lang[s.lang][s.risk_level] += 1
        for h in s.indicators:
            by_ind[h.id][s.risk_level] += 1
            names[h.id] = h.name
    lang_rows = [(f"{LANG_NAMES.get(k, k)} ({k})", dict(v)) for k, v in sorted(by_lang.items(), key=lambda kv: -sum(kv[1].values()))]
    ind_rows = [(f"{k} {names[k]}"[:32], dict(v)) for k, v in sorted(by_ind.items(), key=lambda kv: -sum(kv[1].values()))]
    return {
        "by_language": stacked_bars(lang_rows, LEVELS, LEVEL_COLOURS, "Posts per language, by risk level"),
        "by_indicator": stacked_bars(ind_rows[:25], LEVELS, LEVEL_COLOURS, "Posts per indicator, by risk level"),
        "indicators": sorted(names.items()),
        "languages": sorted(by_lang),
    }


def _row(p: StoredPost) -> dict[str, Any]:
    s = p.screening
    return {
        "id": s.post.id, "lang": s.lang, "score": s.risk_score, "level": s.risk_level, "review": s.needs_review,
        "html": highlight_html(s.post.text, s.indicators), "indicators": s.indicators, "entities": s.entities,
        "ind_ids": " ".join(h.id for h in s.indicators), "url": s.post.url, "posted_at": s.post.posted_at,
        "source": s.post.source, "cluster": p.cluster_id, "network": p.network_id,
        **_pictures(s),
    }


def _pictures(s: Any) -> dict[str, Any]:
    """The post's pictures as thumbnails and the text read from them, its highlights in place."""
    if not s.post.images and s.post.ocr_text is None:
        return {}
    from ctip.report.thumbnails import thumbnail_data_uri

    thumbs = [(path, thumbnail_data_uri(path)) for path in s.post.images]
    return {"thumbs": thumbs, "ocr_html": highlight_html(s.post.ocr_text or "", s.indicators, "ocr")}


def render_report(posts: Sequence[StoredPost], extras: ReportExtras | None = None, *, title: str = "ctip report",
                  generated_at: str = "") -> str:
    extras = extras or ReportExtras()
    levels = Counter(p.screening.risk_level for p in posts)
    summary = {"total": len(posts), "review": sum(p.screening.needs_review for p in posts),
               **{lvl: levels.get(lvl, 0) for lvl in LEVELS}}
    return _env().get_template("report.html").render(
        title=title, version=__version__, generated_at=generated_at, summary=summary, charts=_charts(posts),
        rows=[_row(p) for p in posts[:MAX_ROWS]], truncated=max(0, len(posts) - MAX_ROWS), extras=extras,
        lang_names=LANG_NAMES,
    )

"""The workspace report: one self-contained HTML page (inline CSS, JS and SVG; no CDN)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from ctip import __version__
from ctip.report.charts import LEVEL_COLOURS, stacked_bars
from ctip.report.highlight import highlight_html
from ctip.report.posts_data import FRAMES, embed_json, group_risk, post_record
from ctip.store.workspace import StoredPost

LEVELS = ("high", "medium", "low")
LANG_NAMES = {"km": "Khmer", "en": "English", "zh": "Chinese", "th": "Thai", "vi": "Vietnamese",
              "id": "Indonesian", "my": "Burmese", "lo": "Lao"}
FIRST_PAGE = 100  # rows written into the page itself (readable without JavaScript); the script pages through all


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
        "title": s.post.extra.get("title"),
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
    """The whole report; `posts` highest risk first. Every post is in the page (paged by its script)."""
    extras = extras or ReportExtras()
    levels = Counter(p.screening.risk_level for p in posts)
    summary = {"total": len(posts), "review": sum(p.screening.needs_review for p in posts),
               **{lvl: levels.get(lvl, 0) for lvl in LEVELS}}
    cluster_risk, network_risk = group_risk(posts, "cluster_id"), group_risk(posts, "network_id")
    clusters = sorted(({**c, **cluster_risk.get(c["cluster_id"], {})} for c in extras.clusters),
                      key=lambda c: (-c.get("max_risk", 0.0), -c["size"], c["cluster_id"]))
    networks = _network_rows(extras.network_summaries, network_risk)
    return _env().get_template("report.html").render(
        title=title, version=__version__, generated_at=generated_at, summary=summary, charts=_charts(posts),
        rows=[_row(p) for p in posts[:FIRST_PAGE]], extras=extras, clusters=clusters, networks=networks,
        lang_names=LANG_NAMES, frames=FRAMES, sources=sorted({p.screening.post.source or "" for p in posts} - {""}),
        posts_json=Markup(embed_json([post_record(p) for p in posts])),
        script=Markup(_static("report.js")),
    )


def _network_rows(summaries: Sequence[dict[str, Any]], risk: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for s in summaries:
        r = risk.get(s["network_id"], {})
        rows.append({**s, "max_risk": r.get("max_risk", 0.0), "mean_risk": r.get("mean_risk", 0.0),
                     "review": r.get("review", 0), "top": [t["key"] for t in s.get("top_identifiers", [])][:3]})
    return sorted(rows, key=lambda r: (-r["max_risk"], -r["size"], r["network_id"]))


def _static(name: str) -> str:
    # "</script" cannot appear in the script itself; the file is ours, this only guards edits.
    text = resources.files("ctip.report").joinpath("static", name).read_text(encoding="utf-8")
    return text.replace("</script", "<\\/script")

"""The report's data: every post as a compact record for the page's script, and risk per group.

All posts go into the page (the table pages through them), so every count shown is the true one.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from ctip.detect.frames import FRAME_CHOICES, UNKNOWN
from ctip.report.highlight import highlight_segments
from ctip.store.workspace import StoredPost
from ctip.web.i18n import translator

__all__ = ["FRAMES", "embed_json", "frame_of", "group_risk", "post_record"]

def _frame_filters() -> tuple[tuple[str, str], ...]:
    """(frame, label) for the filter, labelled as the case-work app labels them (English)."""
    t = translator("en")
    return tuple((frame, t(f"frame_{frame}")) for frame in FRAME_CHOICES)


FRAMES = _frame_filters()


def frame_of(frame: str | None) -> str:
    return frame or UNKNOWN


def post_record(p: StoredPost) -> dict[str, Any]:
    """One post for the page: short keys, because a 20,000-post report carries 20,000 of them."""
    s = p.screening
    ids = [h.id for h in s.indicators]
    record: dict[str, Any] = {
        "i": s.post.id, "l": s.lang, "s": round(s.risk_score, 4), "v": s.risk_level, "r": int(s.needs_review),
        "g": highlight_segments(s.post.text, s.indicators), "d": ids, "f": frame_of(s.frame),
        "w": [[h.id, h.name, h.detail, h.weight] for h in s.indicators],
        "e": [f"{e.type}: {e.value}" for e in s.entities],
    }
    optional = {"u": s.post.url, "p": s.post.posted_at, "o": s.post.source, "a": s.post.author,
                "c": p.cluster_id, "n": p.network_id, "t": s.post.extra.get("title")}
    record.update({k: v for k, v in optional.items() if v})
    if s.post.ocr_text:  # text read from the post's pictures, its highlights in place
        record["q"] = highlight_segments(s.post.ocr_text, s.indicators, "ocr")
    if s.post.images:  # [path, thumbnail data URI or null when the picture is gone]
        from ctip.report.thumbnails import thumbnail_data_uri

        record["m"] = [[path, thumbnail_data_uri(path)] for path in s.post.images]
    if s.score_parts is not None:  # base and wording: with the weights above they add up to the score
        record["b"] = [s.score_parts.base, s.score_parts.wording]
    return record


def group_risk(posts: Sequence[StoredPost], attr: str) -> dict[str, dict[str, Any]]:
    """Per template (attr="cluster_id") or network (attr="network_id"): max and mean risk, posts to review."""
    groups: dict[str, list[StoredPost]] = defaultdict(list)
    for p in posts:
        gid = getattr(p, attr)
        if gid:
            groups[gid].append(p)
    out = {}
    for gid, members in groups.items():
        scores = [m.screening.risk_score for m in members]
        stamps = sorted(m.screening.post.posted_at for m in members if m.screening.post.posted_at)
        out[gid] = {"size": len(members), "max_risk": max(scores), "mean_risk": sum(scores) / len(scores),
                    "review": sum(m.screening.needs_review for m in members),
                    "languages": [k for k, _ in Counter(m.screening.lang for m in members).most_common()],
                    "first_seen": stamps[0] if stamps else None, "last_seen": stamps[-1] if stamps else None}
    return out


def embed_json(data: Any) -> str:
    """JSON safe inside <script type="application/json">: "</" cannot close it, "<!--" cannot open a comment."""
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            .replace("</", "<\\/").replace("<!--", "<\\!--"))

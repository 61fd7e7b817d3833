"""What the report shows beside the posts: template clusters and the network view, from stored posts."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from markupsafe import Markup, escape

from ctip.link.slots import slot_template
from ctip.link.workspace import network_run
from ctip.report.html import ReportExtras
from ctip.store.workspace import StoredPost

__all__ = ["report_extras"]


def _cluster_rows(posts: Sequence[StoredPost]) -> list[dict[str, Any]]:
    groups: dict[str, list[StoredPost]] = {}
    for p in posts:
        if p.cluster_id:
            groups.setdefault(p.cluster_id, []).append(p)
    rows = []
    for cid, members in groups.items():
        members.sort(key=lambda p: (p.screening.post.posted_at or "", p.screening.post.id))
        stamps = sorted(p.screening.post.posted_at for p in members if p.screening.post.posted_at)
        template = escape(slot_template(members[0].screening.post.text))
        rows.append({"cluster_id": cid, "size": len(members),
                     "languages": [k for k, _ in Counter(p.screening.lang for p in members).most_common()],
                     "first_seen": stamps[0] if stamps else None, "last_seen": stamps[-1] if stamps else None,
                     "template_html": Markup(_mark_slots(str(template))),
                     "post_ids": [p.screening.post.id for p in members]})
    return sorted(rows, key=lambda r: (-r["size"], r["cluster_id"]))


def _mark_slots(html: str) -> str:
    return re.sub(r"\{([a-z_]+)\}", r'<mark class="slot">{\1}</mark>', html)


def report_extras(posts: Sequence[StoredPost], ignored: frozenset[str] = frozenset()) -> ReportExtras:
    from ctip.link.graph import graph_json
    from ctip.report.network_view import network_view_html

    run = network_run(posts, ignored)
    has_network = any(n is not None for n in run.linkage.network_ids)
    summaries = [s.to_dict() for s in run.summaries()] if has_network else []
    html = network_view_html(_with_risk(graph_json(run), posts), max_posts=None) if has_network else ""
    return ReportExtras(clusters=_cluster_rows(posts), network_html=html, network_summaries=summaries)


def _with_risk(graph: dict[str, Any], posts: Sequence[StoredPost]) -> dict[str, Any]:
    """Post nodes get their risk score and level (the view colours by them); networks riskiest first."""
    by_id = {p.screening.post.id: p.screening for p in posts}
    worst: dict[str, float] = {}
    for node in graph["nodes"]:
        s = by_id.get(node.get("post_id", "")) if node.get("kind") == "post" else None
        if s is not None:
            node["risk"], node["level"] = round(s.risk_score, 4), s.risk_level
            worst[node["network"]] = max(worst.get(node["network"], 0.0), s.risk_score)
    graph["graph"]["order"] = sorted(worst, key=lambda n: (-worst[n], n))
    return graph

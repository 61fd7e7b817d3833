"""An offline, interactive network view for the HTML report (vanilla JS on a canvas, inlined).

`network_view_html(graph_json)` takes the node-link JSON of `ctip link --graph FILE.json`
(`ctip.link.graph.graph_json`) and returns a self-contained HTML fragment. Large graphs are cut
to the biggest networks so the page stays responsive (`max_posts`).
"""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources
from typing import Any

_STYLE = (
    ".ctip-net{display:flex;gap:1em;flex-wrap:wrap}.ctip-net canvas{border:1px solid #ccc;max-width:100%}"
    ".ctip-net-panel{flex:1;min-width:16em;max-height:600px;overflow:auto;font-size:90%}"
)


def _script() -> str:
    return resources.files("ctip.report").joinpath("static", "network.js").read_text(encoding="utf-8")


def trim_graph(graph: dict[str, Any], max_posts: int = 400) -> dict[str, Any]:
    """Keep whole networks, largest first, until `max_posts` posts; drop identifiers left without posts."""
    sizes = Counter(n.get("network") for n in graph.get("nodes", []) if n.get("kind") == "post")
    keep_nets, total = set(), 0
    for net, size in sorted(sizes.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        if total and total + size > max_posts:
            continue
        keep_nets.add(net)
        total += size
    posts = {n["id"] for n in graph["nodes"] if n.get("kind") == "post" and n.get("network") in keep_nets}
    if len(posts) > max_posts:  # one network alone is larger than the view can lay out: show part of it
        posts = set(sorted(posts)[:max_posts])
    links = [lk for lk in graph.get("links", []) if lk["source"] in posts]
    idents = {lk["target"] for lk in links}
    nodes = [n for n in graph["nodes"] if n["id"] in posts or n["id"] in idents]
    return {"nodes": nodes, "links": links, "graph": graph.get("graph", {})}


def _embed(data: dict[str, Any]) -> str:
    # "</" cannot close the script element, and U+2028/2029 are safe in JSON text anyway.
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/").replace("<!--", "<\\!--")


def network_view_html(graph_json: dict[str, Any], *, max_posts: int = 400, width: int = 800,
                      height: int = 600) -> str:
    """An HTML fragment (style, canvas, details panel, data and script) drawing `graph_json`."""
    data = trim_graph(graph_json, max_posts)
    n_posts = sum(1 for n in data["nodes"] if n.get("kind") == "post")
    all_posts = sum(1 for n in graph_json.get("nodes", []) if n.get("kind") == "post")
    hubs = len(data.get("graph", {}).get("hubs", []))
    shown = (f"Showing {n_posts:,} of the {all_posts:,} linked posts (the largest networks; "
             f"at most {max_posts:,} are drawn). `ctip link --graph FILE` writes them all. "
             if n_posts < all_posts else "")
    return (
        f"<style>{_STYLE}</style>\n"
        f'<div class="ctip-net"><canvas width="{width}" height="{height}" '
        f'aria-label="Network of {n_posts} posts and the identifiers that link them"></canvas>'
        f'<div class="ctip-net-panel"><p>{shown}Circles are posts (coloured by community), squares are identifiers '
        f"(grey: hubs, not linked; {hubs} in all). Click an identifier to list its posts.</p></div>\n"
        f'<script type="application/json" class="ctip-net-data">{_embed(data)}</script></div>\n'
        f"<script>{_script()}</script>\n"
    )

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
    links = [lk for lk in graph.get("links", []) if lk["source"] in posts]
    idents = {lk["target"] for lk in links}
    nodes = [n for n in graph["nodes"] if n["id"] in posts or n["id"] in idents]
    return {"nodes": nodes, "links": links, "graph": graph.get("graph", {})}


def _embed(data: dict[str, Any]) -> str:
    # "</" cannot close the script element, and U+2028/2029 are safe in JSON text anyway.
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/").replace("<!--", "<\\!--")


def network_view_html(graph_json: dict[str, Any], *, max_posts: int | None = 400, width: int = 800,
                      height: int = 600) -> str:
    """An HTML fragment (style, canvas, details panel, data and script) drawing `graph_json`.

    With `max_posts` None every network is embedded; the script draws a few at a time
    (`drawNetworks`), which is how the report stays readable at 20,000 posts.
    """
    data = trim_graph(graph_json, max_posts) if max_posts is not None else graph_json
    n_posts = sum(1 for n in data["nodes"] if n.get("kind") == "post")
    hubs = len(data.get("graph", {}).get("hubs", []))
    return (
        f"<style>{_STYLE}</style>\n"
        f'<div class="ctip-net"><canvas width="{width}" height="{height}" '
        f'aria-label="Network of {n_posts} posts and the identifiers that link them"></canvas>'
        f'<div class="ctip-net-panel"><p>Circles are posts (coloured by risk level, else by network), squares are '
        f"identifiers (grey: hubs, not linked; {hubs} in all). Hover for labels, scroll to zoom, drag the "
        f'background to pan. Click an identifier to list its posts.</p><p class="ctip-net-drawn"></p>'
        f'<div class="ctip-net-details"></div></div>\n'
        f'<script type="application/json" class="ctip-net-data">{_embed(data)}</script></div>\n'
        f"<script>{_script()}</script>\n"
    )

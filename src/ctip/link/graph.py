"""The linked graph for `--graph`: node-link JSON (also what the report's network view draws) or GraphML.

Nodes are posts in a network and the identifiers they carry; hub identifiers are included with
`hub: true` and their edges marked `linking: false`, so an analyst sees why they did not link.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

import networkx as nx

from ctip.link.run import LinkRun


def graph_json(run: LinkRun) -> dict[str, Any]:
    lk, st = run.linkage, run.structure
    in_net = [nid is not None for nid in lk.network_ids]
    nodes: list[dict[str, Any]] = []
    for i, pid in enumerate(lk.post_ids):
        if in_net[i]:
            node = {"id": f"post:{pid}", "kind": "post", "post_id": pid, "network": lk.network_ids[i],
                    "community": st.community_ids[i], "lang": run.langs[i], "posted_at": run.times[i]}
            if run.snippets:
                node["text"] = run.snippets[i]
            nodes.append(node)
    links, used = [], set()
    for p, k in zip(lk.edge_post.tolist(), lk.edge_key.tolist(), strict=True):
        if in_net[p]:
            key = lk.keys[k]
            links.append({"source": f"post:{lk.post_ids[p]}", "target": key, "linking": key not in lk.hubs})
            used.add(k)
    for k in sorted(used):
        key = lk.keys[k]
        kind, _, value = key.partition(":")
        nodes.append({"id": key, "kind": "identifier", "type": kind, "value": value, "hub": key in lk.hubs,
                      "pagerank": round(st.key_rank.get(k, 0.0), 6)})
    hubs = [{"key": key, **info} for key, info in sorted(lk.hubs.items())]
    return {"directed": False, "multigraph": False, "graph": {"hubs": hubs, "blocked": dict(run.blocked)},
            "nodes": nodes, "links": links}


def write_graph(graph: dict[str, Any], stream: TextIO, fmt: str) -> None:
    """`fmt` is "json" or "graphml" (GraphML attributes cannot be None or lists, so those are dropped)."""
    if fmt == "json":
        import json

        json.dump(graph, stream, ensure_ascii=False)
        stream.write("\n")
        return
    g = nx.Graph(hubs=",".join(h["key"] for h in graph["graph"]["hubs"]))
    for node in graph["nodes"]:
        g.add_node(node["id"], **{k: v for k, v in node.items() if k != "id" and v is not None})
    for link in graph["links"]:
        g.add_edge(link["source"], link["target"], linking=link["linking"])
    for line in nx.generate_graphml(g):
        stream.write(line + "\n")


def graph_format(path: Path) -> str:
    suffix = path.suffix.lower()
    return {".json": "json", ".graphml": "graphml"}.get(suffix, "")

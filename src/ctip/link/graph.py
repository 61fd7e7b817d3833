"""The linked graph for `--graph`: node-link JSON (also what the report's network view draws) or GraphML.

Nodes are posts in a network and the identifiers they carry; hub identifiers are included with
`hub: true` and their edges marked `linking: false`, so an analyst sees why they did not link.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any, TextIO

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
    stream.write(graphml(graph))


def graphml(graph: dict[str, Any]) -> str:
    """The graph as GraphML, written by igraph; a text attribute a node lacks is empty, a number
    missing is left out. Node ids are igraph's (n0, n1, ...); ctip's ids are the `name` attribute."""
    import igraph as ig

    g = ig.Graph()
    g["hubs"] = ",".join(h["key"] for h in graph["graph"]["hubs"])
    nodes = graph["nodes"]
    g.add_vertices(len(nodes))
    g.vs["name"] = [n["id"] for n in nodes]
    for name in sorted({k for n in nodes for k, v in n.items() if k != "id" and v is not None}):
        values = [n.get(name) for n in nodes]
        kind = type(next(v for v in values if v is not None))
        if kind is str:  # igraph would write a missing string as "None"
            values = ["" if v is None else v for v in values]
        g.vs[name] = values
    index = {n["id"]: i for i, n in enumerate(nodes)}
    g.add_edges([(index[link["source"]], index[link["target"]]) for link in graph["links"]])
    g.es["linking"] = [link["linking"] for link in graph["links"]]
    fd, path = tempfile.mkstemp(suffix=".graphml")  # igraph writes through a C file handle
    os.close(fd)
    try:
        g.write_graphml(path)
        return Path(path).read_text(encoding="utf-8")
    finally:
        os.unlink(path)


def graph_format(path: Path) -> str:
    suffix = path.suffix.lower()
    return {".json": "json", ".graphml": "graphml"}.get(suffix, "")

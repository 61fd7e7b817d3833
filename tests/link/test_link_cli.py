"""`ctip cluster` and `ctip link` as a user runs them: outputs, exit codes, messages, atomic files."""

from __future__ import annotations

import json
from pathlib import Path

import igraph as ig
import pytest
from synthetic_links import make_corpus

from ctip.cli import run_app


@pytest.fixture
def posts_file(tmp_path: Path) -> Path:
    path = tmp_path / "posts.jsonl"
    records = make_corpus(400, seed=3).posts
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_link_cli_cluster_writes_ids_and_summary(posts_file: Path, tmp_path: Path) -> None:
    out, summary = tmp_path / "c.jsonl", tmp_path / "s.jsonl"
    assert run_app(["cluster", str(posts_file), "-o", str(out), "--summary", str(summary), "-q"]) == 0
    rows = _lines(out)
    assert len(rows) == 400 and set(rows[0]) == {"id", "cluster_id"}
    sizes = {s["cluster_id"]: s["size"] for s in _lines(summary)}
    counted: dict[str, int] = {}
    for r in rows:
        if r["cluster_id"]:
            counted[r["cluster_id"]] = counted.get(r["cluster_id"], 0) + 1
    assert counted == sizes and all(n >= 2 for n in sizes.values())


def test_link_cli_link_writes_networks_graph_and_summary(posts_file: Path, tmp_path: Path) -> None:
    out, graph, summary = tmp_path / "n.jsonl", tmp_path / "g.json", tmp_path / "ns.jsonl"
    code = run_app(["link", str(posts_file), "-o", str(out), "--graph", str(graph), "--summary", str(summary),
                    "--by", "identifiers,clusters", "-q"])
    assert code == 0
    rows = _lines(out)
    assert len(rows) == 400 and set(rows[0]) == {"id", "network_id", "community_id"}
    data = json.loads(graph.read_text(encoding="utf-8"))
    post_nodes = {n["post_id"] for n in data["nodes"] if n["kind"] == "post"}
    assert post_nodes == {r["id"] for r in rows if r["network_id"]}
    assert sum(s["size"] for s in _lines(summary)) == len(post_nodes)


def test_link_cli_graphml_and_hubs_on_stderr(posts_file: Path, tmp_path: Path, capsys) -> None:
    graph = tmp_path / "g.graphml"
    assert run_app(["link", str(posts_file), "-o", str(tmp_path / "n.jsonl"), "--graph", str(graph),
                    "--hub-max", "2"]) == 0
    err = capsys.readouterr().err
    assert "hub, not linked: tel:" in err
    g = ig.Graph.Read_GraphML(str(graph))
    assert any(g.vs["hub"]) and g.ecount() > 0
    assert all(":" in i for i in g.vs["name"])  # ctip's node ids travel as the `name` attribute


def test_link_cli_bad_records_exit_3_and_are_reported(posts_file: Path, tmp_path: Path, capsys) -> None:
    with posts_file.open("a", encoding="utf-8") as f:
        f.write("{not json\n")
    for command in ("cluster", "link"):
        out = tmp_path / f"{command}.jsonl"
        assert run_app([command, str(posts_file), "-o", str(out), "-q"]) == 3
        assert f"{posts_file.name}:401: bad JSON" in capsys.readouterr().err
        assert len(_lines(out)) == 400


@pytest.mark.parametrize("args", [
    ["link", "{posts}", "--by", "phones"],
    ["link", "{posts}", "--graph", "{tmp}/g.txt"],
    ["link", "{posts}", "--hub-max", "0"],
    ["link", "{posts}", "--hotlines", "{tmp}/missing.txt"],
    ["link", "{posts}", "--region", "Cambodia"],
    ["cluster", "{posts}", "--threshold", "1.5"],
    ["cluster", "{tmp}/missing.jsonl"],
])
def test_link_cli_usage_errors_exit_2_without_output(args: list[str], posts_file: Path, tmp_path: Path,
                                                     capsys) -> None:
    out = tmp_path / "out.jsonl"
    argv = [a.format(posts=posts_file, tmp=tmp_path) for a in args] + ["-o", str(out)]
    assert run_app(argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()
    assert not out.exists()

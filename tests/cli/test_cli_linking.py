"""Clusters and networks in the workspace: kept up to date incrementally, shown in the report."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import create_engine, select

from conftest import write_jsonl
from ctip.store import schema as t

ROOT = Path(__file__).resolve().parent.parent.parent
BASE = ("Customer service officer needed! Location: {place}. Salary {pay} USD + bonus. No experience required, "
        "free ticket & accommodation. Age 18-35. Contact Telegram {tg}")


def ads() -> list[dict]:
    rows = [{"id": f"ad{i}", "text": BASE.format(place=p, pay=pay, tg=tg), "posted_at": f"2026-03-0{i + 1}T10:00:00Z"}
            for i, (p, pay, tg) in enumerate([("Bavet", 1500, "@cs_bavet_hr"), ("Poipet", 1800, "@cs_poipet_hr"),
                                              ("Sihanoukville", 2000, "@cs_bavet_hr")])]
    rows.append({"id": "other", "text": "Fresh mangoes for sale at the market, 2 dollars a kilo, call 012 345 678."})
    return rows


def table(url: str, tbl, col: str) -> dict[str, str | None]:
    engine = create_engine(url)
    with engine.connect() as conn:
        out = {r.post_id: getattr(r, col) for r in conn.execute(select(tbl))}
    engine.dispose()
    return out


def test_clusters_and_networks_are_stored_and_stable_when_posts_are_added(ctip, tmp_path, sqlite_url):
    rows = ads()
    ctip("ingest", write_jsonl(tmp_path / "a.jsonl", rows[:2]), "--db", sqlite_url, "-q")
    first = table(sqlite_url, t.clusters, "cluster_id")
    assert first["ad0"] is not None and first["ad0"] == first["ad1"]
    ctip("ingest", write_jsonl(tmp_path / "b.jsonl", rows[2:]), "--db", sqlite_url, "-q")
    second = table(sqlite_url, t.clusters, "cluster_id")
    assert second["ad0"] == first["ad0"] and second["ad2"] == first["ad0"]
    assert second["other"] is None
    nets = table(sqlite_url, t.networks, "network_id")
    assert nets["ad0"] is not None and nets["ad0"] == nets["ad2"]  # shared Telegram handle
    assert nets["ad1"] != nets["ad0"] and nets["other"] is None


def test_report_shows_templates_and_network_view(ctip, tmp_path, sqlite_url):
    ctip("ingest", write_jsonl(tmp_path / "a.jsonl", ads()), "--db", sqlite_url, "-q")
    out = tmp_path / "r.html"
    assert ctip("report", "--db", sqlite_url, "-o", out).code == 0
    html = out.read_text(encoding="utf-8")
    assert 'id="clusters"' in html and '<mark class="slot">{telegram}</mark>' in html
    assert 'id="networks"' in html and "cs_bavet_hr" in html


def test_demo_sample_links_the_shared_operation_across_languages(ctip, tmp_path, sqlite_url):
    sample = ROOT / "examples" / "sample_posts.jsonl"
    ctip("ingest", sample, "--db", sqlite_url, "-q")
    nets = table(sqlite_url, t.networks, "network_id")
    posts = {json.loads(x)["id"]: json.loads(x)["text"] for x in sample.read_text(encoding="utf-8").splitlines()}
    shared = [pid for pid, text in posts.items() if "sihanouk_hr_team" in text.lower()]
    assert len(shared) >= 4
    assert len({nets[pid] for pid in shared}) == 1 and nets[shared[0]] is not None

"""`ctip train --from-db` and `ctip eval --from-db` learn from / measure on triage reviews."""

from __future__ import annotations

import json
from pathlib import Path

from ctip.cases import Casework, triage
from ctip.cases.accounts import create_user

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample_posts.jsonl"


def test_train_and_eval_from_reviews(ctip, sqlite_url: str, tmp_path: Path, monkeypatch) -> None:
    from ctip.pipeline import Screener
    from ctip.records import Post
    from ctip.store.workspace import Workspace

    monkeypatch.setenv("CTIP_DATA_KEY", "E" * 43)
    rows = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()[:40]]
    screenings = Screener().screen_batch([Post(id=r["id"], text=r["text"], lang=r.get("lang")) for r in rows])
    with Workspace(sqlite_url) as ws:
        ws.add_screenings(screenings, "test")
    cw = Casework.open(sqlite_url)
    with cw.tx() as tx:
        analyst = create_user(tx.conn, "ana", "", "analyst", password_hash="$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$AA")
    for s in screenings[:30]:
        triage.review(cw, analyst, s.post.id, "confirmed" if s.needs_review else "dismissed")
    cw.close()
    model = tmp_path / "m.npz"
    r = ctip("train", "-o", model, "--from-db", sqlite_url)
    assert r.code == 0, r.err
    assert "30 reviewed posts" in r.err and "Trained on 30 posts" in r.err and model.stat().st_size > 0
    out = tmp_path / "metrics.json"
    r = ctip("eval", "--from-db", sqlite_url, "-o", out, "--plot", tmp_path / "rel.png")
    assert r.code == 0, r.err
    metrics = json.loads(out.read_text())
    assert metrics["overall"]["n"] == 30
    # the reviews agreed with the model's own needs_review, so the current model scores perfectly
    assert metrics["overall"]["f1"] == 1.0
    assert set(metrics["by_category"]) <= {"confirmed", "dismissed"}
    assert ctip("eval", "--plot", tmp_path / "x.png").code == 2

"""Model identity in the workspace: re-ingesting with another model re-screens stored posts,
keeps what refers to them (labels), and stored scores then equal `ctip screen --model`."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import create_engine, select

from ctip.detect.model import load_model
from ctip.store import schema as t

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "sample_posts.jsonl"


def _other_model(path: Path) -> str:
    model = load_model()
    model.intercept_ += 0.7  # a different model: every score moves
    model.save(path)
    return load_model(path).version


def test_reingest_with_another_model_rescreens_every_stored_post(tmp_path, ctip_process):
    db = f"sqlite:///{tmp_path / 'ws.db'}"
    assert ctip_process("ingest", SAMPLE, "--db", db, "--quiet").code == 0
    engine = create_engine(db)
    with engine.begin() as conn:
        first = conn.execute(select(t.screenings.c.model_version).distinct()).scalars().all()
        conn.execute(t.labels.insert().values(post_id="s-km-001", label=1, labelled_by="analyst",
                                              labelled_at="2026-12-01T00:00:00Z"))
    assert first == [load_model().version]

    other = tmp_path / "other.npz"
    version = _other_model(other)
    extra = tmp_path / "extra.jsonl"
    extra.write_text(json.dumps({"id": "new-1", "text": "Hiring typists abroad, free ticket"}) + "\n", encoding="utf-8")
    result = ctip_process("ingest", extra, "--db", db, "--model", other)
    assert result.code == 0, result.err
    assert "200 posts stored earlier were screened again" in result.err

    with engine.connect() as conn:
        stored = {r.post_id: (r.risk_score, r.model_version) for r in conn.execute(select(t.screenings))}
        labels = conn.execute(select(t.labels.c.post_id)).scalars().all()
    assert len(stored) == 201 and {v for _, v in stored.values()} == {version}
    assert labels == ["s-km-001"]  # what refers to a post survives its re-screening

    screened = ctip_process("screen", SAMPLE, "--model", other, "--quiet")
    for r in map(json.loads, screened.out.splitlines()):
        assert abs(stored[r["id"]][0] - r["risk_score"]) <= 1e-6


def test_reingest_with_the_same_model_changes_nothing(tmp_path, ctip_process):
    db = f"sqlite:///{tmp_path / 'ws.db'}"
    assert ctip_process("ingest", SAMPLE, "--db", db, "--quiet").code == 0
    again = ctip_process("ingest", SAMPLE, "--db", db)
    assert again.code == 0
    assert "200 posts read, 0 new or changed" in again.err
    assert "screened again" not in again.err

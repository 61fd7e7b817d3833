"""Item 4: parallel ingests into one workspace all succeed, with every post stored once."""

from __future__ import annotations

import subprocess

import pytest
from hardening_helpers import CTIP, stored_ids, write_jsonl

pytestmark = pytest.mark.timeout(400)


def _rows(part: int) -> list[dict]:
    # Each input shares 300 posts and the same contact handles with the others, and has 300 of its own.
    shared = [{"id": f"shared{i}", "text": f"Typing job {i}, free visa, Telegram @fictional_hr{i % 7}"}
              for i in range(300)]
    own = [{"id": f"own{part}-{i}", "text": f"Packing job {i} part {part}, contact @fictional_hr{i % 7}"}
           for i in range(300)]
    return shared + own if part % 2 else own + shared


def test_three_parallel_ingests_store_every_post_once(tmp_path, db_url):
    inputs = [write_jsonl(tmp_path / f"part{p}.jsonl", _rows(p)) for p in range(3)]
    procs = [subprocess.Popen([CTIP, "ingest", str(path), "--db", db_url, "-q"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE) for path in inputs]
    results = [(p.wait(timeout=300), p.stderr.read().decode()) for p in procs]
    for code, err in results:
        assert code == 0 and "Traceback" not in err, err[-3000:]
    ids = stored_ids(db_url)
    assert len(ids) == len(set(ids)) == 300 + 3 * 300
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    with engine.connect() as conn:
        handles = conn.execute(text("SELECT value FROM identifiers WHERE type = 'telegram'")).scalars().all()
        runs = conn.execute(text("SELECT count(*) FROM ingest_runs WHERE finished_at IS NOT NULL")).scalar_one()
        screened = conn.execute(text("SELECT count(*) FROM screenings")).scalar_one()
    engine.dispose()
    assert sorted(handles) == sorted(set(handles)) and len(handles) == 7
    assert runs == 3 and screened == 1200

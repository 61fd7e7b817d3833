"""Item 1: inputs that cannot be read, FIFOs and workspace write errors end every run in bounded time."""

from __future__ import annotations

import gzip
import os
import sqlite3
import subprocess
import threading
import time

import pytest
from hardening_helpers import CTIP, posts, run_ctip, stored_ids, write_jsonl

from ctip.errors import InputError

pytestmark = pytest.mark.timeout(300)

UNREADABLE = {
    "binary.dat": bytes(range(256)) * 8,
    "utf16-no-bom.csv": "id,text\n1,hello\n".encode("utf-16-le"),
    "array.json": b'[{"id": "1", "text": "hi"}]\n',
    "archive.zip": b"PK\x03\x04" + b"\x00" * 64,
    "paper.pdf": b"%PDF-1.4\n%\xe2\xe3\n",
    "double.jsonl.gz": gzip.compress(gzip.compress(b'{"id": "1", "text": "hi"}\n')),
    "no-text-column.csv": b"id,body\n1,hello\n",
    "telegram.json": b'{\n "name": "Channel",\n "id": 7\n}\n',
}


@pytest.fixture(scope="module")
def screener():
    from ctip.pipeline import Screener

    return Screener()


@pytest.mark.parametrize("name", sorted(UNREADABLE))
def test_an_unreadable_input_raises_input_error_through_the_default_pool(tmp_path, name, screener):
    from ctip.ingest import read_posts
    from ctip.pipeline import default_workers, screen_stream

    good = write_jsonl(tmp_path / "good.jsonl", posts(300))
    path = tmp_path / name
    path.write_bytes(UNREADABLE[name])
    out = []
    with pytest.raises(InputError) as info:
        for item in screen_stream(read_posts([good, path], defer_jsonl=True), screener,
                                  workers=max(default_workers(), 2), finish=lambda s: s.post.id):
            out.append(item)
    assert info.value.file == str(path)
    assert out == [f"p{i}" for i in range(300)]  # everything read before the bad input came out


def test_an_unreadable_input_on_the_command_line_is_exit_2(tmp_path):
    path = tmp_path / "paper.pdf"
    path.write_bytes(UNREADABLE["paper.pdf"])
    r = run_ctip("screen", path, "-o", tmp_path / "out.jsonl").assert_clean(2)
    assert "paper.pdf: this is a PDF document" in r.err
    assert not (tmp_path / "out.jsonl").exists()


def test_unreadable_stdin_ends(tmp_path):
    r = run_ctip("screen", "-", stdin=UNREADABLE["binary.dat"]).assert_clean(2)
    assert "<stdin>" in r.err


def test_a_good_file_then_a_bad_one_stores_the_good_and_ends(tmp_path):
    good = write_jsonl(tmp_path / "good.jsonl", posts(700))
    bad = tmp_path / "bad.dat"
    bad.write_bytes(UNREADABLE["binary.dat"])
    url = f"sqlite:///{tmp_path / 'ws.db'}"
    r = run_ctip("ingest", good, bad, "--db", url).assert_clean(2)
    assert "bad.dat" in r.err
    assert len(stored_ids(url)) == 700  # what was read before the bad input is kept


def _writer(path, data: bytes, delay: float) -> threading.Thread:
    def write() -> None:
        time.sleep(delay)
        with open(path, "wb") as fifo:
            fifo.write(data)

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


def test_a_fifo_is_read_once_and_whole(tmp_path):
    fifo = tmp_path / "posts.jsonl"
    os.mkfifo(fifo)
    data = "".join(f'{{"id": "f{i}", "text": "job {i}"}}\n' for i in range(300)).encode()
    writer = _writer(fifo, data, 0.5)
    r = run_ctip("screen", fifo).assert_clean(0)
    writer.join(5)
    assert [row["id"] for row in r.jsonl()] == [f"f{i}" for i in range(300)]


def test_a_fifo_nobody_writes_to_ends_with_a_message(tmp_path):
    fifo = tmp_path / "silent.jsonl"
    os.mkfifo(fifo)
    started = time.monotonic()
    r = run_ctip("screen", fifo, env={"CTIP_FIFO_WAIT_SECONDS": "1"}).assert_clean(2)
    assert "named pipe" in r.err and "CTIP_FIFO_WAIT_SECONDS" in r.err
    assert time.monotonic() - started < 60


def test_a_fifo_inside_a_folder_is_skipped_with_a_message(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "a.html").write_text("<p>Typing job, free visa</p>", encoding="utf-8")
    os.mkfifo(site / "b.html")
    r = run_ctip("screen", site).assert_clean(3)
    assert [row["id"] for row in r.jsonl()] == ["site/a.html"]
    assert "b.html:1: not read: it is not a regular file" in r.err


def test_ingest_into_a_locked_workspace_ends_with_exit_2(tmp_path):
    db = tmp_path / "ws.db"
    url = f"sqlite:///{db}"
    run_ctip("ingest", write_jsonl(tmp_path / "a.jsonl", posts(10, "a")), "--db", url).assert_clean(0)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the database
    try:
        started = time.monotonic()
        r = run_ctip("ingest", write_jsonl(tmp_path / "b.jsonl", posts(2000, "b")), "--db", url,
                     env={"CTIP_DB_LOCK_SECONDS": "2"}).assert_clean(2)
        assert "busy" in r.err and "CTIP_DB_LOCK_SECONDS" in r.err
        assert time.monotonic() - started < 60
    finally:
        holder.rollback()
        holder.close()
    assert len(stored_ids(url)) == 10


def test_ingest_when_the_workspace_breaks_mid_run_stops_the_workers(tmp_path):
    """The workspace becomes locked after the first batches: the run ends (no deadlock with the pool)."""
    db = tmp_path / "ws.db"
    url = f"sqlite:///{db}"
    big = write_jsonl(tmp_path / "big.jsonl", posts(6000))
    proc = subprocess.Popen([CTIP, "ingest", big, "--db", url],
                            stderr=subprocess.PIPE, stdout=subprocess.PIPE,
                            env={**os.environ, "CTIP_DB_LOCK_SECONDS": "2"})
    deadline = time.monotonic() + 90
    holder = None
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if db.exists() and sqlite3.connect(db).execute("SELECT count(*) FROM posts").fetchone()[0] > 0:
                holder = sqlite3.connect(db, isolation_level=None, timeout=30)
                holder.execute("BEGIN EXCLUSIVE")
                break
        except sqlite3.OperationalError:
            pass
        time.sleep(0.05)
    try:
        out, err = proc.communicate(timeout=120)
    finally:
        if holder is not None:
            holder.rollback()
            holder.close()
    if holder is None:
        pytest.skip("the ingest finished before the database could be locked")
    assert proc.returncode == 2, err.decode()[-2000:]
    assert b"Traceback" not in err and b"busy" in err


@pytest.mark.parametrize("command", ["screen", "cluster"])
def test_a_killed_worker_ends_the_run_with_exit_2(tmp_path, command):
    src = write_jsonl(tmp_path / "posts.jsonl", posts(60_000))
    proc = subprocess.Popen([CTIP, command, src, "-o", tmp_path / "out.jsonl"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 90
    workers: list[int] = []
    while time.monotonic() < deadline and proc.poll() is None and not workers:
        try:
            with open(f"/proc/{proc.pid}/task/{proc.pid}/children") as stream:
                workers = [int(x) for x in stream.read().split()]
        except OSError:
            pass
        time.sleep(0.1)
    if not workers:
        pytest.skip("the run ended before a worker could be killed")
    time.sleep(1.0)
    os.kill(workers[0], 9)  # as the kernel's out-of-memory killer would
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 2 and b"worker process stopped unexpectedly" in err and b"Traceback" not in err
    assert not (tmp_path / "out.jsonl").exists()

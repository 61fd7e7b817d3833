"""Item 8: the right exit codes (2 with what to do, never "Internal error"), SIGTERM, file modes."""

from __future__ import annotations

import os
import resource
import signal
import stat
import subprocess
import time
import zipfile

import pytest
from hardening_helpers import CTIP, posts, run_ctip, write_jsonl

pytestmark = pytest.mark.timeout(300)


def _small_files() -> None:  # in the child: files may grow to 64 KB only (EFBIG instead of a signal)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 << 10, 64 << 10))


def test_a_full_disk_is_exit_2_and_leaves_no_file(tmp_path):
    src = write_jsonl(tmp_path / "posts.jsonl", posts(2000))
    out = tmp_path / "out" / "screened.jsonl"
    out.parent.mkdir()
    p = subprocess.run([CTIP, "screen", src, "-o", out], capture_output=True, timeout=120, preexec_fn=_small_files)
    err = p.stderr.decode()
    assert p.returncode == 2 and "Traceback" not in err and "Internal error" not in err, err[-2000:]
    assert f"Cannot write {out}" in err and list(out.parent.iterdir()) == []
    device = run_ctip("screen", src, "-o", "/dev/full").assert_clean(2)
    assert "No space left on device" in device.err


def test_an_output_folder_that_cannot_be_written_is_exit_2(tmp_path):
    src = write_jsonl(tmp_path / "posts.jsonl", posts(3))
    r = run_ctip("screen", src, "-o", "/proc/ctip-out.jsonl").assert_clean(2)
    assert "Cannot write in the folder /proc" in r.err


def test_a_corrupt_model_file_is_exit_2(tmp_path):
    src = write_jsonl(tmp_path / "posts.jsonl", posts(3))
    bad_zip = tmp_path / "model.npz"
    with zipfile.ZipFile(bad_zip, "w") as archive:
        archive.writestr("coef.npy", b"\x93NUMPY garbage")
    for model in (bad_zip, src):
        r = run_ctip("screen", src, "--model", model).assert_clean(2)
        assert "not a ctip risk model" in r.err


def test_a_bad_row_in_the_consistency_data_is_exit_2(tmp_path):
    data = tmp_path / "index.csv"
    data.write_text("countryname,iso,year,tier,p,prosecution,protection,prevention\n"
                    "Aland,ALA,2020,2,10,3,3,4\nBeland,BEL,twenty,2,10,3,3,4\n", encoding="utf-8")
    r = run_ctip("assess", "consistency", "--data", data, "--country", "Aland").assert_clean(2)
    assert f"{data}:3:" in r.err


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as stream:
            return [int(x) for x in stream.read().split()]
    except OSError:
        return []


def test_sigterm_removes_the_temporary_file_and_the_workers(tmp_path):
    src = write_jsonl(tmp_path / "posts.jsonl", posts(60_000))
    out = tmp_path / "screened.jsonl"
    proc = subprocess.Popen([CTIP, "screen", src, "-o", out], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and not list(tmp_path.glob(".screened.jsonl.*.tmp")):
        time.sleep(0.05)
    time.sleep(1.0)  # workers busy screening
    workers = _children(proc.pid)
    assert proc.poll() is None and workers, "the run ended before it could be interrupted"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 143, err.decode()[-2000:]
    assert b"Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["posts.jsonl"]  # no temp file, no half output
    time.sleep(0.5)
    assert not [w for w in workers if os.path.exists(f"/proc/{w}") and
                "Z" not in open(f"/proc/{w}/stat").read().split()[2]]


def test_outputs_keep_the_mode_of_the_file_they_replace_and_new_ones_say_who_may_read(tmp_path):
    src = write_jsonl(tmp_path / "posts.jsonl", posts(3))
    screened = tmp_path / "screened.jsonl"
    run_ctip("screen", src, "-o", screened).assert_clean(0)
    assert stat.S_IMODE(screened.stat().st_mode) == 0o600  # post identifiers and results: only you
    screened.chmod(0o640)
    run_ctip("screen", src, "-o", screened).assert_clean(0)
    assert stat.S_IMODE(screened.stat().st_mode) == 0o640
    clusters = tmp_path / "clusters.jsonl"
    old = os.umask(0o022)
    try:
        run_ctip("cluster", src, "-o", clusters).assert_clean(0)
    finally:
        os.umask(old)
    assert stat.S_IMODE(clusters.stat().st_mode) == 0o644

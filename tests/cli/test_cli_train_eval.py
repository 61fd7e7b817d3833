"""`ctip train` is reproducible and learns; `ctip eval` writes metrics and a reliability diagram."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from conftest import write_jsonl

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="module")
def split(tmp_path_factory) -> tuple[Path, Path]:
    rows = []
    for part in sorted((ROOT / "data" / "corpus" / "parts").glob("*.jsonl")):
        rows += [json.loads(x) for x in part.read_text(encoding="utf-8").splitlines() if x.strip()]
    random.Random(7).shuffle(rows)
    tmp = tmp_path_factory.mktemp("corpus")
    return write_jsonl(tmp / "train.jsonl", rows[:400]), write_jsonl(tmp / "test.jsonl", rows[400:600])


def test_training_twice_gives_the_same_model_and_it_beats_chance(ctip, split, tmp_path):
    train, test = split
    a, b = tmp_path / "a.npz", tmp_path / "b.npz"
    assert ctip("train", train, "-o", a).code == 0
    assert ctip("train", train, "-o", b).code == 0
    with np.load(a) as x, np.load(b) as y:
        assert np.array_equal(x["coef"], y["coef"]) and np.array_equal(x["calibration"], y["calibration"])
    out, plot = tmp_path / "m.json", tmp_path / "rel.png"
    r = ctip("eval", test, "--model", a, "-o", out, "--plot", plot, "-j", "1")
    assert r.code == 0, r.err
    metrics = json.loads(out.read_text())
    assert metrics["overall"]["n"] == 200
    assert metrics["overall"]["f1"] > 0.7  # a model trained on 400 posts must do far better than chance
    assert metrics["brier"] < 0.2
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert set(metrics["by_language"]) <= {"km", "en", "zh", "th", "vi", "id", "my", "lo"}


def test_train_refuses_unlabelled_data(ctip, tmp_path):
    src = write_jsonl(tmp_path / "x.jsonl", [{"id": f"p{i}", "text": "hello"} for i in range(30)])
    r = ctip("train", src, "-o", tmp_path / "m.npz")
    assert r.code == 1 and "label" in r.err
    assert not (tmp_path / "m.npz").exists()


def test_a_broken_model_file_is_a_clear_error(ctip, tmp_path):
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    r = ctip("screen", write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": "x"}]), "--model", bad)
    assert r.code == 2 and "not a ctip risk model" in r.err


@pytest.mark.slow
def test_the_shipped_model_is_exactly_what_ctip_train_makes_from_the_corpus(ctip, tmp_path):
    out = tmp_path / "m.npz"
    parts = sorted((ROOT / "data" / "corpus" / "parts").glob("*.jsonl"))
    assert ctip("train", *parts, "-o", out).code == 0
    shipped = ROOT / "src" / "ctip" / "data" / "models" / "risk.v1.npz"
    with np.load(out) as new, np.load(shipped) as old:
        assert np.array_equal(new["coef"], old["coef"])
        assert np.array_equal(new["calibration"], old["calibration"])

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


def test_eval_joins_a_labels_file_with_a_posts_file(ctip, split, tmp_path):
    _, test = split
    rows = [json.loads(x) for x in test.read_text(encoding="utf-8").splitlines()][:60]
    posts = write_jsonl(tmp_path / "posts.jsonl", [{"id": r["id"], "text": r["text"]} for r in rows])
    labels = tmp_path / "labels.csv"
    labels.write_text("id,label,category\n" + "".join(f"{r['id']},{r['label']},{r.get('category') or ''}\n"
                                                      for r in rows[:50]), encoding="utf-8")
    out = tmp_path / "m.json"
    r = ctip("eval", labels, "--posts", posts, "-o", out, "--plot", tmp_path / "p.png")
    assert r.code == 0, r.err
    metrics = json.loads(out.read_text())
    assert metrics["overall"]["n"] == 50
    assert metrics["overall"]["tp"] + metrics["overall"]["fn"] == sum(int(x["label"]) for x in rows[:50])


def test_eval_without_text_says_how_to_join(ctip, tmp_path):
    labels = write_jsonl(tmp_path / "labels.jsonl", [{"id": "a", "label": 1}])
    r = ctip("eval", labels, "--plot", tmp_path / "p.png")
    assert "--posts" in r.err


def test_categories_without_positives_report_n_a(ctip, tmp_path):
    rows = [{"id": f"b{i}", "text": "Selling my used bicycle, 40 dollars, Toul Kork.", "label": 0, "category": "benign"}
            for i in range(5)]
    rows += [{"id": "s1", "text": "Typing job Sihanoukville 1500$ no experience free ticket telegram only @fastjob_kh88",
              "label": 1, "category": "scam_compound"}]
    out = tmp_path / "m.json"
    r = ctip("eval", write_jsonl(tmp_path / "l.jsonl", rows), "-o", out, "--plot", tmp_path / "p.png")
    assert r.code == 0, r.err
    benign = json.loads(out.read_text())["by_category"]["benign"]
    assert benign["recall"] is None and benign["f1"] is None and benign["n"] == 5


def test_train_reads_folders_and_warns_about_a_small_corpus(ctip, split, tmp_path):
    train, _ = split
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    lines = train.read_text(encoding="utf-8").splitlines()
    (folder / "a.jsonl").write_text("\n".join(lines[:150]) + "\n", encoding="utf-8")
    (folder / "sub" / "b.jsonl").write_text("\n".join(lines[150:300]) + "\n", encoding="utf-8")
    r = ctip("train", folder, "-o", tmp_path / "m.npz")
    assert r.code == 0, r.err
    assert "Trained on 300 posts" in r.err and "Warning: this model learned from 300 posts" in r.err

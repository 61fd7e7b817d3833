"""Pictures named by JSONL/CSV records (`image` / `images`), and where each picture's text sits."""

from __future__ import annotations

import json

from ocr_helpers import SCAM_POSTER, render

from ctip.ingest._record import post_from_record
from ctip.records import Post, Rejected

BENIGN_POSTER = "Bicycle for sale\ngood condition, 40 dollars\npick up this weekend"


def _record(base, **fields):
    return post_from_record({"id": "p1", "text": "", **fields}, "in.jsonl", 7, base=str(base))


def test_record_pictures_are_found_relative_to_the_input_folder(tmp_path):
    (tmp_path / "pics").mkdir()
    for name in ("a.png", "b.jpg"):
        (tmp_path / "pics" / name).write_bytes(b"x")
    post = _record(tmp_path, image="pics/a.png", images=["pics/b.jpg"])
    assert isinstance(post, Post)
    assert post.images == (str(tmp_path / "pics" / "a.png"), str(tmp_path / "pics" / "b.jpg"))
    assert "image" not in post.extra and "images" not in post.extra
    # CSV cells hold several paths with ";" or "|"; ".." that stays inside the folder is fine.
    csv_like = _record(tmp_path, images="pics/a.png; pics/../pics/b.jpg")
    assert isinstance(csv_like, Post) and len(csv_like.images) == 2
    assert isinstance(_record(tmp_path, image=str(tmp_path / "pics" / "a.png")), Post)  # absolute, inside
    assert _record(tmp_path, image="").images == ()  # an empty CSV cell: no picture


def test_record_pictures_outside_the_folder_or_missing_are_rejected_with_a_reason(tmp_path):
    inside = tmp_path / "in"
    inside.mkdir()
    (tmp_path / "secret.png").write_bytes(b"x")
    (inside / "link.png").symlink_to(tmp_path / "secret.png")
    cases = {
        "../secret.png": "outside the input file's folder",
        str(tmp_path / "secret.png"): "outside the input file's folder",
        "link.png": "outside the input file's folder",
        "nothere.png": "not found",
        "notes.gif": "not a .png",
        "https://example.org/a.png": "not a local file",
    }
    for reference, reason in cases.items():
        rejected = _record(inside, image=reference)
        assert isinstance(rejected, Rejected), reference
        assert (rejected.file, rejected.line) == ("in.jsonl", 7) and reason in rejected.reason, rejected.reason
    assert "must be a path" in _record(inside, image=5).reason
    stdin = post_from_record({"id": "x", "text": "", "image": "a.png"}, "-", 1, base=None)
    assert isinstance(stdin, Rejected) and "standard input" in stdin.reason
    assert "at most 20" in _record(inside, images=[f"{i}.png" for i in range(21)]).reason


def test_jsonl_and_csv_records_with_pictures_are_read_by_ocr_with_per_picture_parts(ctip, tmp_path):
    folder = tmp_path / "batch"
    (folder / "pics").mkdir(parents=True)
    render(folder / "pics" / "benign.png", BENIGN_POSTER)
    render(folder / "pics" / "scam.png", SCAM_POSTER)
    (tmp_path / "outside.png").write_bytes((folder / "pics" / "scam.png").read_bytes())
    rows = [
        {"id": "two", "text": "see the pictures", "images": ["pics/benign.png", "pics/scam.png"]},
        {"id": "escape", "text": "x", "image": "../outside.png"},
        {"id": "missing", "text": "x", "image": "pics/gone.jpg"},
        {"id": "plain", "text": "no picture"},
    ]
    posts = folder / "posts.jsonl"
    posts.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    r = ctip("screen", posts, "-q")
    assert r.code == 3
    assert f"{posts}:2:" in r.err and "outside" in r.err and f"{posts}:3:" in r.err and "not found" in r.err
    out = {row["id"]: row for row in r.jsonl()}
    assert set(out) == {"two", "plain"} and "ocr_parts" not in out["plain"]
    two = out["two"]
    assert two["images"] == [str(folder / "pics" / "benign.png"), str(folder / "pics" / "scam.png")]
    first, second = two["ocr_parts"]
    assert [first["image"], second["image"]] == two["images"]
    assert "Bicycle" in two["ocr_text"][first["start"]:first["end"]]
    assert "Sihanoukville" in two["ocr_text"][second["start"]:second["end"]]
    (handle,) = [e for e in two["entities"] if e["value"] == "fastjob_kh88"]
    assert handle["source"] == "ocr" and second["start"] <= handle["start"] < handle["end"] <= second["end"]
    # The same in CSV, with two paths in one cell.
    table = folder / "posts.csv"
    table.write_text("id,text,images\nc1,see,pics/benign.png;pics/scam.png\nc2,bad,/etc/hostname.png\n",
                     encoding="utf-8")
    r = ctip("screen", table, "-q")
    assert r.code == 3 and f"{table}:3:" in r.err
    (row,) = r.jsonl()
    assert row["ocr_parts"] == two["ocr_parts"] and row["ocr_text"] == two["ocr_text"]

"""`ctip screen` / `ctip ingest` on pictures: files, folders, Telegram photos, <img> of pages."""

from __future__ import annotations

import json
import math
import shutil

from ocr_helpers import SCAM_POSTER, render

BENIGN_POSTER = "Bicycle for sale\ngood condition, 40 dollars\npick up this weekend"


def _ocr_entities(row: dict) -> dict[str, dict]:
    return {e["value"]: e for e in row["entities"] if e.get("source") == "ocr"}


def test_an_image_file_is_a_post_screened_from_its_text(ctip, tmp_path):
    poster = render(tmp_path / "poster.jpg", SCAM_POSTER)
    r = ctip("screen", poster, "-q")
    assert r.code == 0, r.err
    (row,) = r.jsonl()
    assert row["id"] == str(poster) and row["images"] == [str(poster)]
    assert "Sihanoukville" in row["ocr_text"]
    handle = _ocr_entities(row)["fastjob_kh88"]
    assert row["ocr_text"][handle["start"]:handle["end"]] == handle["raw"]
    assert row["needs_review"] is True and row["indicators"]
    for hit in row["indicators"]:
        for span in hit["spans"]:
            assert span["source"] == "ocr"  # the post has no text of its own
            assert row["ocr_text"][span["start"]:span["end"]] == span["text"]


def test_a_folder_of_images_keeps_order_and_rejects_broken_ones(ctip, tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    render(folder / "a.png", SCAM_POSTER)
    render(folder / "b.webp", BENIGN_POSTER, fmt="WEBP")
    (folder / "c.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 50)
    r = ctip("screen", folder, "-q")
    assert r.code == 3
    rows = r.jsonl()
    assert [row["id"] for row in rows] == [str(folder / "a.png"), str(folder / "b.webp")]
    assert rows[0]["risk_score"] > rows[1]["risk_score"] and rows[1]["needs_review"] is False
    assert f"{folder / 'c.jpg'}:1:" in r.err and "image" in r.err


def test_telegram_photo_text_is_kept_apart_from_the_caption(ctip, tmp_path):
    export = tmp_path / "export"
    (export / "photos").mkdir(parents=True)
    render(export / "photos" / "photo_1.jpg", SCAM_POSTER)
    caption = "New jobs today, DM me"
    messages = [
        {"id": 1, "type": "message", "date": "2024-05-01T10:00:00", "photo": "photos/photo_1.jpg", "text": caption},
        {"id": 2, "type": "message", "photo": "photos/missing.jpg", "text": "no picture here"},
        {"id": 3, "type": "message", "photo": "../../etc/passwd.png", "text": ""},
    ]
    (export / "result.json").write_text(json.dumps({"name": "Jobs", "messages": messages}, indent=1))
    r = ctip("screen", export / "result.json", "-q")
    assert r.code == 0, r.err
    rows = r.jsonl()
    assert [row["id"] for row in rows] == ["Jobs:1", "Jobs:2"]  # id 3: no text and no usable picture
    first = rows[0]
    assert first["images"] == [str(export / "photos" / "photo_1.jpg")]
    assert "fastjob_kh88" in _ocr_entities(first)
    assert "ocr_text" not in rows[1]
    for hit in first["indicators"]:
        for span in hit["spans"]:
            source_text = first["ocr_text"] if span.get("source") == "ocr" else caption
            assert source_text[span["start"]:span["end"]] == span["text"]
    no_ocr = ctip("screen", export / "result.json", "-q", "--no-ocr").jsonl()[0]
    assert "ocr_text" not in no_ocr and no_ocr["risk_score"] < first["risk_score"]


def test_local_img_of_a_saved_page_is_read(ctip, tmp_path):
    site = tmp_path / "site"
    (site / "page_files").mkdir(parents=True)
    render(site / "page_files" / "ad.png", SCAM_POSTER)
    (site / "page.html").write_text(
        '<html><body><p>Jobs board</p><img src="page_files/ad.png"><img src="https://cdn.example/x.png">'
        "</body></html>", encoding="utf-8")
    r = ctip("screen", site / "page.html", "-q")
    assert r.code == 0, r.err
    (row,) = r.jsonl()
    assert row["images"] == [str(site / "page_files" / "ad.png")] and "fastjob_kh88" in _ocr_entities(row)
    # The folder holds a page: its pictures are read through the page, not again on their own.
    assert [x["id"] for x in ctip("screen", site, "-q").jsonl()] == ["site/page.html"]


def test_ingest_reads_pictures_in_the_worker_pool_and_uses_the_cache(ctip, tmp_path, monkeypatch):
    _ocr_cache = tmp_path / "own-cache"
    monkeypatch.setenv("CTIP_OCR_CACHE", str(_ocr_cache))
    folder = tmp_path / "photos"
    folder.mkdir()
    for i in range(3):
        render(folder / f"p{i}.png", SCAM_POSTER.replace("88", f"8{i}"))
    shutil.copy(folder / "p0.png", folder / "copy.png")
    db = f"sqlite:///{tmp_path / 'ws.db'}"
    r = ctip("ingest", folder, "--db", db, "-q")
    assert r.code == 0, r.err
    entries = list(_ocr_cache.rglob("*.json"))
    assert len(entries) == 3  # the copy has the same SHA-256 as p0.png
    out = ctip("screen", folder, "-q").jsonl()
    handles = [next(iter(_ocr_entities(row))) for row in out]
    assert handles == ["fastjob_kh80", "fastjob_kh80", "fastjob_kh81", "fastjob_kh82"]
    # Stored with the post (no schema change: in its extra fields), and shown by the report.
    from ctip.store.workspace import Workspace

    stored = {p.screening.post.id: p.screening for p in Workspace(db).stored_posts()}
    first = stored[str(folder / "p0.png")]
    assert "fastjob_kh80" in (first.post.ocr_text or "") and first.post.images == (str(folder / "p0.png"),)
    assert all(span.source == "ocr" for hit in first.indicators for span in hit.spans)
    report = tmp_path / "report.html"
    r = ctip("report", "--db", db, "-o", report)
    assert r.code == 0, r.err
    page = report.read_text(encoding="utf-8")
    assert page.count('<img class="thumb" src="data:image/jpeg;base64,') == 4
    assert 'class="ocr-text"' in page and "<mark" in page.split('class="ocr-text"', 1)[1]
    # The paged table's data (every post, for report.js) carries the pictures and their highlighted text.
    data = json.loads(page.split('id="ctip-posts">', 1)[1].split("</script>", 1)[0].replace("<\\/", "</"))
    pictured = [p for p in data if p.get("m")]
    assert len(pictured) == 4 and all(p["m"][0][1].startswith("data:image/jpeg;base64,") for p in pictured)
    assert all(any(isinstance(seg, list) for seg in p["q"]) for p in pictured)


def test_pages_of_a_folder_read_in_workers_keep_their_pictures(ctip, tmp_path):
    # Pages of a folder travel to the workers as a PageBatch (main content extracted there): their
    # <img> pictures are found there too, and read by OCR in the same worker batch.
    site = tmp_path / "jobboard"
    (site / "img").mkdir(parents=True)
    render(site / "img" / "ad.png", SCAM_POSTER)
    (site / "typing-bavet.html").write_text(
        '<html><body><article><p>Typing job in Bavet</p><img src="img/ad.png"></article></body></html>',
        encoding="utf-8")
    r = ctip("screen", site, "-q", "-j", "2")
    assert r.code == 0, r.err
    (row,) = r.jsonl()
    assert row["id"] == "jobboard/typing-bavet.html" and row["images"] == [str(site / "img" / "ad.png")]
    assert "fastjob_kh88" in _ocr_entities(row)
    # The score is computed once over text and picture text: the parts still add up to it.
    parts = row["score_parts"]
    total = parts["base"] + parts["wording"] + sum(h["weight"] for h in row["indicators"])
    assert abs(1 / (1 + math.exp(-total)) - row["risk_score"]) < 1e-4

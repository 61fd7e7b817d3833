"""`ctip screen`: output contract, every input format, bad input."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import DATA, write_jsonl

SCAM_EN = ("URGENT!! Customer service job in Sihanoukville, salary 1500$/month, no experience needed, "
           "free air ticket and visa, age 18-30. Contact Telegram only @fastjob_kh88")
BENIGN_EN = "Selling my used bicycle, good condition, 40 dollars, pick up in Toul Kork this weekend."
CONTRACT = {"id", "lang", "risk_score", "risk_level", "needs_review", "indicators", "entities"}


def test_jsonl_output_contract_order_and_carried_fields(ctip, tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "a", "text": SCAM_EN, "url": "https://example.org/1", "campaign": "x"},
        {"id": "b", "text": BENIGN_EN, "lang": "en"},
        {"id": "c", "text": ""},
    ])
    r = ctip("screen", src, "-q")
    assert r.code == 0, r.err
    rows = r.jsonl()
    assert [x["id"] for x in rows] == ["a", "b", "c"]
    assert all(CONTRACT <= set(x) for x in rows)
    a, b, c = rows
    assert a["url"] == "https://example.org/1" and a["campaign"] == "x"
    assert a["needs_review"] is True and a["risk_level"] in ("medium", "high") and a["risk_score"] > 0.5
    assert b["needs_review"] is False and b["risk_score"] < a["risk_score"]
    assert c["risk_level"] == "low" and c["indicators"] == [] and c["needs_review"] is False
    for hit in a["indicators"]:
        assert set(hit) >= {"id", "name", "weight", "spans"}
        for span in hit["spans"]:
            assert SCAM_EN[span["start"]:span["end"]] == span["text"]
    assert {"type": "telegram", "value": "fastjob_kh88"} in [{"type": e["type"], "value": e["value"]} for e in a["entities"]]
    assert 0.0 <= a["risk_score"] <= 1.0


def test_every_flag_has_a_reason_on_the_dev_set(ctip, dev_posts_path):
    r = ctip("screen", dev_posts_path, "-q", "-j", "1")
    rows = r.jsonl()
    assert len(rows) == 240
    flagged = [x for x in rows if x["needs_review"]]
    assert flagged and all(x["indicators"] for x in flagged)


def test_csv_output_for_spreadsheets_defuses_formulas(ctip, tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": SCAM_EN}, {"id": "b", "text": "=HYPERLINK(\"x\")"}])
    out = tmp_path / "out.csv"
    assert ctip("screen", src, "-o", out, "-q").code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[0]["needs_review"] == "yes" and "R" in rows[0]["indicator_ids"]
    assert rows[1]["text"].startswith("'=")


@pytest.mark.parametrize("name, fmt, n", [
    ("posts.csv", "auto", None), ("telegram_export.json", "telegram", None), ("tiny.warc.gz", "warc", None),
    ("site", "html", None), ("utf16_bom.jsonl", "jsonl", None),
])
def test_every_input_format_is_screened(ctip, name, fmt, n):
    r = ctip("screen", DATA / "ingest" / name, "--format", fmt, "-q")
    assert r.code == 0, r.err
    rows = r.jsonl()
    assert rows and all(CONTRACT <= set(x) for x in rows)
    assert len({x["id"] for x in rows}) == len(rows)


def test_plain_text_from_stdin(ctip_process):
    r = ctip_process("screen", "-", "-q", stdin=f"{SCAM_EN}\n---\n{BENIGN_EN}\n")
    assert r.code == 0, r.err
    rows = r.jsonl()
    assert len(rows) == 2 and rows[0]["needs_review"] and not rows[1]["needs_review"]


def test_bad_records_are_reported_and_the_rest_goes_through(ctip_process, tmp_path):
    src = tmp_path / "mixed.jsonl"
    src.write_bytes(
        (json.dumps({"id": "ok1", "text": SCAM_EN}) + "\n" + '{"id": "broken", "text": \n'
         + json.dumps({"text": "no id here"}) + "\n").encode() + b'{"id": "bin", "text": "\xff\xfe"}\n'
        + (json.dumps({"id": "ok2", "text": "<script>alert(1)</script> DROP TABLE posts;--"}) + "\n").encode()
    )
    out = tmp_path / "out.jsonl"
    r = ctip_process("screen", src, "-o", out)
    assert r.code == 3
    assert f"{src}:2:" in r.err and f"{src}:3:" in r.err and f"{src}:4:" in r.err
    assert "Traceback" not in r.err
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in rows] == ["ok1", "ok2"]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_duplicate_ids_are_rejected_across_batches_and_files(ctip_process, tmp_path, workers):
    # Workers parse JSONL in batches of lines; the first post with an id wins wherever it is.
    first = write_jsonl(tmp_path / "a.jsonl", [{"id": f"p{i}", "text": BENIGN_EN} for i in range(600)])
    second = write_jsonl(tmp_path / "b.jsonl", [{"id": "p5", "text": SCAM_EN}, {"id": "new", "text": SCAM_EN}])
    out = tmp_path / "out.jsonl"
    r = ctip_process("screen", first, second, "-o", out, "-j", workers)
    assert r.code == 3
    assert f'{second}:1: duplicate id "p5" (first seen at {first}:6)' in r.err.replace("\n", "")
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == [f"p{i}" for i in range(600)] + ["new"]


def test_duplicate_ids_in_csv_are_rejected_by_the_screening_stream(ctip_process, tmp_path):
    src = tmp_path / "dup.csv"
    src.write_text("id,text\na,hello\nb,world\na,again\n", encoding="utf-8")
    r = ctip_process("screen", src, "-j", "2")
    assert r.code == 3 and f'{src}:4: duplicate id "a" (first seen at line 2)' in r.err.replace("\n", "")
    assert [json.loads(line)["id"] for line in r.out.splitlines()] == ["a", "b"]


def test_truncated_gzip_keeps_every_complete_line(ctip_process, tmp_path):
    import gzip

    lines = "".join(json.dumps({"id": f"p{i}", "text": BENIGN_EN}) + "\n" for i in range(700)).encode()
    packed = gzip.compress(lines)
    src = tmp_path / "cut.jsonl.gz"
    src.write_bytes(packed[: len(packed) * 3 // 4])
    out = tmp_path / "out.jsonl"
    r = ctip_process("screen", src, "-o", out)
    assert r.code == 3 and "cut short" in r.err and "Traceback" not in r.err
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(ids) > 300 and ids == [f"p{i}" for i in range(len(ids))]


def test_unreadable_input_is_exit_2_and_keeps_the_old_output(ctip_process, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("previous results\n")
    r = ctip_process("screen", tmp_path / "missing.jsonl", "-o", out)
    assert r.code == 2 and "missing.jsonl" in r.err and "Traceback" not in r.err
    assert out.read_text() == "previous results\n"


@pytest.mark.parametrize("args", [["--format", "pdf"], ["--region", "Cambodia"], ["--no-such-option"]])
def test_usage_errors_exit_2(ctip_process, tmp_path, args):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "x"}])
    r = ctip_process("screen", src, *args)
    assert r.code == 2 and "Traceback" not in r.err


def test_very_long_hostile_text_is_handled(ctip, tmp_path, monkeypatch):
    monkeypatch.setenv("CTIP_MAX_POST_CHARS", "3000000")  # above the default limit (docs/limits.md)
    text = ("<img src=x onerror=alert(1)> ' OR 1=1;-- 0912345678 " * 60000)[:3_000_000]
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "big", "text": text}, {"id": "small", "text": SCAM_EN}])
    r = ctip("screen", src, "-q", "-j", "1")
    assert r.code == 0
    assert [x["id"] for x in r.jsonl()] == ["big", "small"]


def test_explain_highlights_and_lists_indicators(ctip):
    r = ctip("explain", SCAM_EN)
    assert r.code == 0
    assert "needs review" in r.out and "R1" in r.out and "Why" in r.out


def test_explain_says_why_a_warning_is_not_flagged_and_only_then(ctip):
    warning = ("Beware of fake jobs: 'typing job in Cambodia, high pay, free ticket'. Victims told us: they "
               "took my passport, please help me. Report to the hotline 1288.")
    r = ctip("explain", warning)
    assert r.code == 0 and "frame: warning" in r.out and "no review needed" in r.out
    assert "Not flagged: the post reads as a warning" in r.out and "X1" in r.out
    plea = ctip("explain", "Please help me, I am locked in a building in Sihanoukville, they took my passport")
    assert "frame: plea" in plea.out and "needs review" in plea.out and "Not flagged" not in plea.out

"""Chains that compose: screen output feeds cluster and link; outputs people open (issue 10)."""

from __future__ import annotations

import csv
import io
import json

from conftest import DATA, write_jsonl

AD = ("Customer service officer needed! Location: {place}. Salary {pay} USD + bonus. No experience required, "
      "free ticket & accommodation. Age 18-35. Contact Telegram @cs_bavet_hr")


def _export(tmp_path):
    """A synthetic Telegram export: three re-posts of one ad (one handle behind a text_link) and a sale."""
    messages = [{"id": i + 10, "type": "message", "date": f"2026-03-0{i + 1}T10:00:00", "from": "Jobs KH",
                 "text": AD.format(place=place, pay=pay)} for i, (place, pay) in
                enumerate([("Bavet", 1500), ("Poipet", 1800), ("Sihanoukville", 2000)])]
    messages.append({"id": 20, "type": "message", "date": "2026-03-05T10:00:00", "from": "Jobs KH", "text": [
        "Same team, new office. ", {"type": "text_link", "text": "Apply here", "href": "https://t.me/cs_bavet_hr"},
        " or ask ", {"type": "mention_name", "text": "Mr Dara", "user_id": 5550001}]})
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"name": "Jobs KH", "type": "public_channel", "id": 42, "messages": messages},
                               ensure_ascii=False), encoding="utf-8")
    return path


def test_screen_output_keeps_the_post_and_feeds_cluster_and_link(ctip_process, tmp_path):
    screened = tmp_path / "screened.jsonl"
    r = ctip_process("screen", _export(tmp_path), "-o", screened)  # default worker pool
    assert r.code == 0, r.err
    assert "4 posts screened:" in r.err and "need review" in r.err
    rows = [json.loads(x) for x in screened.read_text(encoding="utf-8").splitlines()]
    assert rows[0]["text"].startswith("Customer service officer needed! Location: Bavet")
    assert rows[0]["channel"] == "Jobs KH" and rows[0]["author"] == "Jobs KH"
    assert rows[0]["posted_at"] == "2026-03-01T10:00:00"
    assert "(https://t.me/cs_bavet_hr)" in rows[3]["text"] and rows[3]["mentioned_user_ids"] == [5550001]

    summary = tmp_path / "templates.jsonl"
    r = ctip_process("cluster", screened, "-o", tmp_path / "c.jsonl", "--summary", summary)
    assert r.code == 0, r.err
    clusters = [json.loads(x) for x in (tmp_path / "c.jsonl").read_text().splitlines()]
    assert len({c["cluster_id"] for c in clusters[:3]}) == 1 and clusters[0]["cluster_id"] is not None
    [template] = [json.loads(x) for x in summary.read_text().splitlines()]
    assert template["languages"] == {"en": 3}

    nets = tmp_path / "networks.jsonl"
    r = ctip_process("link", screened, "-o", tmp_path / "n.jsonl", "--summary", nets)
    assert r.code == 0, r.err
    links = [json.loads(x) for x in (tmp_path / "n.jsonl").read_text().splitlines()]
    assert len({x["network_id"] for x in links}) == 1 and links[0]["network_id"] is not None  # text_link joins
    [net] = [json.loads(x) for x in nets.read_text().splitlines()]
    assert net["languages"] == {"en": 4} and "telegram:cs_bavet_hr" in net["identifiers"]


def test_no_text_leaves_the_text_out(ctip, tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": AD.format(place="Bavet", pay=1500)}])
    assert "text" in ctip("screen", src, "-q").jsonl()[0]
    assert "text" not in ctip("screen", src, "-q", "--no-text").jsonl()[0]


def test_csv_has_a_bom_and_keeps_extra_columns(ctip, tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "a", "text": "ការងារប្រាក់ខែខ្ពស់ 1500 USD", "url": "https://example.org/a", "campaign": "c1"},
        {"id": "b", "text": "ขายจักรยาน", "region_note": "=cmd"},
        *({"id": f"n{i}", "text": "hello"} for i in range(300)), {"id": "late", "text": "x", "late_field": 7}])
    out = tmp_path / "out.csv"
    assert ctip("screen", src, "-o", out, "-q").code == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0]["url"] == "https://example.org/a" and rows[0]["campaign"] == "c1"
    assert rows[0]["text"] == "ការងារប្រាក់ខែខ្ពស់ 1500 USD"
    assert json.loads(rows[-1]["extra"]) == {"late_field": 7}  # a field first met after the header
    assert rows[1]["region_note"] == "'=cmd" and rows[0]["region_note"] == ""  # defused like the text


def test_unknown_output_extension_and_region_are_errors(ctip, tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "hello"}])
    r = ctip("screen", src, "-o", tmp_path / "x.xlsx")
    assert r.code == 2 and ".xlsx" in r.err and not (tmp_path / "x.xlsx").exists()
    r = ctip("screen", src, "--region", "XX")
    assert r.code == 2 and "not a known country code" in r.err
    assert ctip("link", src, "--region", "XX").code == 2
    assert ctip("screen", src, "--region", "kh", "-q").code == 0


def test_report_on_a_missing_database_says_so_and_creates_nothing(ctip, tmp_path):
    db = tmp_path / "typo.db"
    r = ctip("report", "--db", f"sqlite:///{db}", "-o", tmp_path / "r.html")
    assert r.code == 2 and "no workspace" in r.err and not db.exists()


def test_every_input_format_still_chains(ctip, tmp_path):
    screened = tmp_path / "s.jsonl"
    assert ctip("screen", DATA / "ingest" / "tiny.warc.gz", "-o", screened, "-q").code == 0
    r = ctip("link", screened, "-q")
    assert r.code == 0, r.err
    assert len(r.jsonl()) == len(screened.read_text().splitlines())


def test_cluster_and_link_outputs_must_be_jsonl(ctip, tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": AD.format(place="Bavet", pay=1500)}])
    r = ctip("link", src, "-o", tmp_path / "n.csv")
    assert r.code == 2 and ".csv" in r.err and not (tmp_path / "n.csv").exists()
    assert ctip("cluster", src, "--summary", tmp_path / "t.xlsx").code == 2
    assert ctip("cluster", src, "-o", tmp_path / "c.jsonl", "-q").code == 0

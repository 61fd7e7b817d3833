"""`ctip screen` with its speed-ups (compiled n-gram dot product, cue scan and record makers,
float32 weight table, bytes from the workers, default worker pool) writes byte for byte what the
plain code path writes: numpy scoring, the cue scan in Python, `dataclasses.replace`, one process;
and what it writes on a machine where the compiled extension could not be built."""

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

from ctip.cli.screen import record_of
from ctip.detect import cue_scan, hashing, score
from ctip.ingest import read_posts
from ctip.output import jsonl_line
from ctip.pipeline import Screener

ROOT = Path(__file__).resolve().parents[2]

# Synthetic posts (no real person) with every kind of identifier, in several scripts; no images.
IDENTIFIER_POSTS = [
    "Typing job Sihanoukville $1500/month free ticket. Telegram @hr_agent88 WhatsApp +855 12 345 678",
    "招聘客服 月薪1.5万 微信 abc_hr2024 电话 +86 138 1234 5678 邮箱 hr.team@example.com",
    "รับสมัครด่วน เงินเดือน 45,000 บาท ไลน์ @jobthai99 โทร 081 234 5678 https://example.org/apply?id=7",
    "Tuyển gấp lương 30 triệu/tháng Zalo 0912 345 678, fb.com/tuyendung.example, không cần kinh nghiệm",
    "Lowongan kerja gaji Rp 12 juta WA 0812-3456-7890 email lowongan@example.co.id USDT "
    "TX9aBcDeFgHiJkLmNoPqRsTuVwXyZ123456",
    "ရန်ကုန် အလုပ်ခေါ်နေသည် လစာ ၅၀၀,၀၀၀ ကျပ် ဖုန်း ၀၉ ၁၂၃ ၄၅၆ ၇၈၉ viber 09 987 654 321",
    "ຮັບສະໝັກພະນັກງານ ເງິນເດືອນ 5,000,000 ກີບ ໂທ 020 5555 1234 line id: laojob_01",
    "ជ្រើសរើសបុគ្គលិក ប្រាក់ខែ ៨០០ ដុល្លារ ទូរស័ព្ទ ០១២ ៣៤៥ ៦៧៨ t.me/kh_jobs_example",
    "call zero nine one two three four five six seven eight, or 0️⃣8️⃣1️⃣2️⃣3️⃣4️⃣ now",
    "Selling my used laptop for 300 USDT, contact seller@example.net, no agents",
]


def _input(tmp_path: Path) -> Path:
    lines = (ROOT / "examples" / "sample_posts.jsonl").read_text(encoding="utf-8").splitlines()
    lines += [json.dumps({"id": f"ident-{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(IDENTIFIER_POSTS)]
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _reference(path: Path, monkeypatch) -> str:
    monkeypatch.setattr(hashing, "_fast", None)  # numpy scoring
    monkeypatch.setattr(cue_scan, "_fast", None)  # the cue scan's loop in Python
    monkeypatch.setattr(score, "_weighted", lambda hit, weight: dataclasses.replace(hit, weight=weight))
    posts = [r for b in read_posts([str(path)], "auto", defer_jsonl=True) for r in b.records()]
    screener = Screener()
    return "".join(jsonl_line(record_of(s, True)) for s in screener.screen_batch(posts))


def test_default_screen_output_is_byte_identical_to_the_plain_path(tmp_path, monkeypatch):
    path = _input(tmp_path)
    out = tmp_path / "out.jsonl"
    run = subprocess.run([str(Path(sys.executable).parent / "ctip"), "screen", str(path), "-o", str(out), "--quiet"],
                         capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    written = out.read_text(encoding="utf-8")
    assert written.count("\n") == 200 + len(IDENTIFIER_POSTS)
    kinds = {e["type"] for line in written.splitlines() for e in json.loads(line)["entities"]}
    assert {"phone", "email", "url", "wallet_trc20", "telegram", "wechat", "line"} <= kinds, kinds
    assert written == _reference(path, monkeypatch)


# `ctip screen` as on a machine without a C compiler: the compiled extension cannot be imported.
WITHOUT_EXTENSION = (
    "import sys; sys.modules['ctip.detect._fast'] = None; sys.argv = ['ctip'] + sys.argv[1:]; "
    "from ctip.cli import main; main()"
)


def test_output_without_the_compiled_extension_is_byte_identical(tmp_path):
    from ctip.detect import construct, indicators

    assert construct._fast is not None and indicators._span is not indicators.Span, "extension not built here"
    path = _input(tmp_path)
    outputs = []
    for name, command in (("with", [str(Path(sys.executable).parent / "ctip")]),
                          ("without", [sys.executable, "-c", WITHOUT_EXTENSION])):
        for suffix in ("jsonl", "csv"):
            out = tmp_path / f"{name}.{suffix}"
            run = subprocess.run([*command, "screen", str(path), "-o", str(out), "--quiet"],
                                 capture_output=True, text=True, timeout=300, check=False)
            assert run.returncode == 0, run.stderr
            outputs.append(out.read_bytes())
    with_jsonl, with_csv, without_jsonl, without_csv = outputs
    assert with_jsonl.count(b"\n") == 200 + len(IDENTIFIER_POSTS)
    assert without_jsonl == with_jsonl
    assert without_csv == with_csv

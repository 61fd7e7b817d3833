"""Speed of ctip.extract: µs per post on synthetic ~300-character posts, and a linearity check
on hostile inputs (many digit runs, many URLs, one 3 MB text).

Usage: python bench/bench_extract.py [--dev]   (--dev also times the dev set if present)
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _measure import calibration_ms  # noqa: E402

from ctip.extract import extract_entities
from ctip.text.normalise import normalise

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev" / "dev_posts.jsonl"

_TEMPLATES = [
    ("en", "Hiring customer service staff in Phnom Penh, salary $800-1200, age 18-35, free food and room. "
           "Contact Telegram @{h} or call 0{p1} {p2} {p3}. Apply at www.{h}-jobs.com/apply today, email {h}@gmail.com"),
    ("km", "ត្រូវការបុគ្គលិក ប្រាក់ខែ $500-$800 ស្នាក់នៅ ហូបចុក ឥតគិតថ្លៃ អាយុ 18-30 ឆ្នាំ។ "
           "ទាក់ទង ០{p1} {p2} {p3} ឬ Telegram: {h} សូមអរគុណ ប្រាក់ខែល្អ ការងារស្រួល ធ្វើការ ៨ ម៉ោង"),
    ("zh", "高薪招聘客服，月薪8000-15000元，包吃包住，年龄18-35岁，无需经验，公司报销机票。"
           "有意者加飞机：@{h} 或微信 {h}_vx，电话 138 {p4} {p4}，地址：金边市中心 欢迎咨询 每天工作八小时"),
    ("th", "รับสมัครพนักงานแอดมิน เงินเดือน 25,000-40,000 บาท อายุ 20-35 ปี มีที่พักฟรี อาหารฟรี "
           "สนใจติดต่อไลน์ {h} หรือโทร 081 {p2} {p4} ส่งประวัติที่ {h}.hr [at] gmail [dot] com ด่วน"),
    ("vi", "Tuyển nhân viên văn phòng, lương 10-15 triệu/tháng, bao ăn ở, tuổi 18-30, không cần kinh nghiệm. "
           "Liên hệ Zalo 0912 {p2} {p3} hoặc Telegram @{h}. Website: {h}.vn/tuyen-dung xin cảm ơn"),
    ("en", "Nice weather in Bangkok today, went to the market and bought mangoes for 60 baht a kilo. "
           "The train was late by 20 minutes again, but the coffee at the station was great. See you all soon!"),
]


def _posts(n: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        lang, tpl = rng.choice(_TEMPLATES)
        handle = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8))
        out.append((tpl.format(h=handle, p1=rng.choice(["12", "92", "77", "10", "96"]),
                               p2=f"{rng.randrange(100, 999)}", p3=f"{rng.randrange(100, 999)}",
                               p4=f"{rng.randrange(1000, 9999)}"), lang))
    return out


def time_posts(posts: list[tuple[str, str]], with_norm: bool = False, repeat: int = 5) -> float:
    """Best-of-`repeat` mean CPU µs per post (normalisation included unless with_norm)."""
    norms = [normalise(t) for t, _ in posts] if with_norm else [None] * len(posts)
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for (text, lang), norm in zip(posts, norms, strict=True):
            extract_entities(text, lang, norm=norm)
        best = min(best, (time.process_time() - start) / len(posts) * 1e6)
    return best


def time_one(text: str) -> float:
    start = time.process_time()
    extract_entities(text, "en")
    return time.process_time() - start


def hostile(unit: str, sizes: tuple[int, int]) -> dict[str, float]:
    small, large = (time_one(unit * n) for n in sizes)
    return {"small_s": round(small, 4), "large_s": round(large, 4), "ratio": round(large / small, 1),
            "size_ratio": sizes[1] / sizes[0]}


def main(argv: list[str]) -> None:
    posts = _posts(1000)
    extract_entities(*posts[0])  # load word lists and automaton
    time_posts(posts[:500])  # warm caches once, like a long batch
    result = {
        "calibration_sum_range_1e6_ms": calibration_ms(),
        "synthetic_us_per_post": round(time_posts(posts), 1),
        "synthetic_us_per_post_excl_normalise": round(time_posts(posts, with_norm=True), 1),
        "mean_chars": round(sum(len(t) for t, _ in posts) / len(posts)),
        "hostile_digits": hostile("12 345 6789 0 ", (1_000, 10_000)),
        "hostile_urls": hostile("www.a1.com/x t.me/abc_def wa.me/123 ", (1_000, 10_000)),
        "hostile_words": hostile("zero nine one two three four @handle hr [at] x ", (1_000, 10_000)),
        "hostile_3mb_seconds": round(time_one(("Call 012 345 678 or see www.example.com/a " * 80_000)[:3_000_000]), 2),
    }
    if "--dev" in argv and DEV.exists():
        rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
        dev = [(r["text"], r.get("lang")) for r in rows]
        result["dev_us_per_post"] = round(time_posts(dev, repeat=9), 1)
        result["dev_us_per_post_excl_normalise"] = round(time_posts(dev, with_norm=True, repeat=9), 1)
        result["dev_mean_chars"] = round(sum(len(t) for t, _ in dev) / len(dev))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])

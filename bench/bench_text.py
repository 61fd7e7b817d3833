"""Benchmark the text stage (normalise + detect_language, Zawgyi check included) per post.

Texts come from the repo's corpus parts and examples (any *.jsonl with a "text" field), plus
variants with the tricks normalise undoes (zero-width spaces, full-width digits, Zawgyi).
Reports the best of several rounds in microseconds of CPU time per post (process time, so other
processes on a busy machine inflate it less than wall time), overall and per detected language,
plus the time to normalise a 5 MB text full of tricks. Prints one JSON line.
Usage: python bench/bench_text.py [ROUNDS]
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from ctip.text import detect_language, normalise  # noqa: E402


def load_texts() -> list[str]:
    paths = sorted((ROOT / "data" / "corpus" / "parts").glob("*.jsonl")) + sorted((ROOT / "examples").glob("*.jsonl"))
    texts = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line).get("text")
                if isinstance(text, str):
                    texts.append(text)
    return texts


def tricked(texts: list[str]) -> list[str]:
    """Every tenth text with a zero-width space and full-width digits, as evasive posts do."""
    full = str.maketrans("0123456789", "０１２３４５６７８９")
    return [t.replace(" ", " \u200b", 1).translate(full) for t in texts[::10]]


def typical_300(texts: list[str]) -> list[str]:
    """Posts of about 300 characters: each text followed by the next of the same script, cut at 300."""
    out = []
    for a, b in zip(texts, texts[1:] + texts[:1], strict=True):
        joined = a
        while len(joined) < 300:
            joined += " " + b
        out.append(joined[:300])
    return out


def best_us(fn: Callable[[str], object], texts: list[str], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for t in texts:
            fn(t)
        best = min(best, time.process_time() - start)
    return best / len(texts) * 1e6


def stage(text: str) -> None:
    normalise(text)
    detect_language(text)


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    texts = load_texts()
    mixed = texts + tricked(texts)
    stage("warm up: load models ကခဂ")
    by_lang: dict[str, list[str]] = defaultdict(list)
    for t in mixed:
        by_lang[detect_language(t)].append(t)
    big = ("Теlеgrаm\u200b @job ០៩១ ２３４ tuye\u0302\u0309n " * 200_000)[:5_000_000]
    start = time.process_time()
    normalise(big)
    big_seconds = time.process_time() - start
    result = {
        "posts": len(mixed),
        "mean_chars": round(sum(map(len, mixed)) / len(mixed), 1),
        "normalise_us": round(best_us(normalise, mixed, rounds), 2),
        "detect_language_us": round(best_us(detect_language, mixed, rounds), 2),
        "text_stage_us": round(best_us(stage, mixed, rounds), 2),
        "text_stage_us_300_chars": round(best_us(stage, typical_300(texts), rounds), 2),
        "text_stage_us_by_lang": {k: round(best_us(stage, v, rounds), 2) for k, v in sorted(by_lang.items())},
        "normalise_5mb_tricked_s": round(big_seconds, 2),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()

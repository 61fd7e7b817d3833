"""Build parts of a blind test split (data/eval/round<N>/parts/) from hand-written posts.

Each scripts/eval_round<N>/posts_<lang>.py module holds POSTS, written one by one by a test-set
author. This script only shuffles them with a fixed seed per round (so the id does not reveal
the category), numbers them `r<N>-<lang>-NNN`, derives the label from the category and the
evasion kinds from the text, and writes parts/<lang>.jsonl and parts/<lang>.entities.jsonl.
Then it rewrites the count tables of data/eval/round<N>/DATASHEET.md from *every* parts file
present (the other engineer's languages too). It never reads the training corpus, the dev set
or the cue lists, and never runs ctip. Round 4 is the default; round 5 and later reuse this
code (the posts of every round call the helpers of _disguise.py).

Usage: python scripts/eval_round4/build_parts.py [--round N] LANG [LANG ...]   (e.g. km my lo th)
       python scripts/eval_round4/build_parts.py [--round N] --all             (every posts file present)
       python scripts/eval_round4/build_parts.py [--round N] --datasheet       (tables only)
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
ROOT = HERE.parents[1]
LANGS = ["km", "en", "zh", "th", "vi", "id", "my", "lo"]
POSITIVE = ["scam_compound", "forced_labour", "sexual_exploitation", "forced_marriage", "organ",
            "child", "infant_sale", "worker_sale", "debt_contract", "victim_distress"]
NEGATIVE = ["awareness", "news", "testimony", "commerce", "legit_job", "legit_agency",
            "legit_travel", "pay_question", "fundraising", "lawful_adoption", "lawful_transfer"]
KIND_PATTERNS = {
    "cyrillic": re.compile("[\u0400-\u04ff]"),
    "greek": re.compile("[\u0370-\u03ff]"),
    "fullwidth": re.compile("[\uff0e\uff10-\uff19\uff20-\uff3a\uff3f\uff41-\uff5a]"),
    # U+200D joins emoji (🙋‍♀️) in ordinary text; only elsewhere is it a disguise
    "zero_width": re.compile("[\u200b\u200c\u2060\ufeff]|(?<![\u2600-\u27bf\ufe0f\U0001f000-\U0001faff])\u200d"),
}
# Kinds no character betrays, declared by the author on the post (P(..., spaced=True)).
DECLARED_KINDS = ("spaced", "spelled")


def out_dir(rnd: int) -> Path:
    return ROOT / "data" / "eval" / f"round{rnd}"


def posts_dir(rnd: int) -> Path:
    return ROOT / "scripts" / f"eval_round{rnd}"


def load(lang: str, rnd: int = 4) -> list[dict]:
    spec = importlib.util.spec_from_file_location(f"posts_r{rnd}_{lang}", posts_dir(rnd) / f"posts_{lang}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.POSTS


def kinds_of(post: dict) -> list[str]:
    kinds = {k for k, pat in KIND_PATTERNS.items() if pat.search(post["text"])}
    kinds.update(k for k in DECLARED_KINDS if post.get(k))
    return sorted(kinds)


def build(lang: str, rnd: int = 4) -> tuple[list[dict], list[dict]]:
    items = load(lang, rnd)
    # A fixed shuffle so that the id order does not reveal the category; the seed names the round.
    items = sorted(items, key=lambda p: random.Random(f"r{rnd}:{lang}:{p['text']}").random())
    posts, ents = [], []
    for n, p in enumerate(items, 1):
        if p["category"] not in POSITIVE + NEGATIVE:
            raise SystemExit(f"{lang}: unknown category {p['category']!r}")
        pid = f"r{rnd}-{lang}-{n:03d}"
        kinds = kinds_of(p)
        rec = {"id": pid, "text": p["text"], "lang": lang,
               "label": 1 if p["category"] in POSITIVE else 0,
               "category": p["category"], "frame": p["frame"], "evasion": bool(kinds)}
        if kinds:
            rec["evasion_kinds"] = kinds
        posts.append(rec)
        if p["ents"]:
            ents.append({"id": pid, "entities": [{"type": t, "value": v} for t, v in p["ents"]]})
    return posts, ents


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def read_parts(parts: Path) -> tuple[list[dict], list[dict]]:
    posts, ents = [], []
    for path in sorted(parts.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        (ents if path.name.endswith(".entities.jsonl") else posts).extend(rows)
    return posts, ents


def _replace_block(text: str, marker: str, rows: list[str]) -> str:
    start, end = f"<!-- {marker}:start -->", f"<!-- {marker}:end -->"
    if start not in text:
        return text
    head, rest = text.split(start, 1)
    return head + start + "\n" + "\n".join(rows) + "\n" + end + rest.split(end, 1)[1]


def update_datasheet(out: Path) -> None:
    """Rewrite the count tables of DATASHEET.md from the parts files present."""
    sheet = out / "DATASHEET.md"
    posts, ents = read_parts(out / "parts")
    order = {c: i for i, c in enumerate(POSITIVE + NEGATIVE)}
    langs = [lang for lang in LANGS if any(p["lang"] == lang for p in posts)]
    lang_rows = ["| lang | posts | label 1 | label 0 | offer | plea | warning | news | testimony | "
                 "other | evasive |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    for lang in langs:
        mine = [p for p in posts if p["lang"] == lang]
        frames = Counter(p["frame"] for p in mine)
        lang_rows.append(f"| {lang} | {len(mine)} | {sum(p['label'] for p in mine)} | "
                         f"{sum(1 - p['label'] for p in mine)} | " + " | ".join(
                             str(frames[f]) for f in ("offer", "plea", "warning", "news", "testimony",
                                                      "other")) + f" | {sum(p['evasion'] for p in mine)} |")
    pivot = ["| category | label | frame | " + " | ".join(langs) + " | all |",
             "|---|---|---|" + "---|" * (len(langs) + 1)]
    combos = sorted({(p["category"], p["label"], p["frame"]) for p in posts},
                    key=lambda c: (order.get(c[0], 99), c[2]))
    for cat, label, frame in combos:
        cells = [sum(1 for p in posts if p["lang"] == lang and p["category"] == cat and p["frame"] == frame)
                 for lang in langs]
        pivot.append(f"| {cat} | {label} | {frame} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    counts = Counter((p["lang"], p["category"], p["frame"]) for p in posts)
    count_rows = ["| lang | category | frame | posts |", "|---|---|---|---|"]
    for (lang, cat, frame), n in sorted(counts.items(), key=lambda kv: (LANGS.index(kv[0][0]),
                                                                        order.get(kv[0][1], 99), kv[0][2])):
        count_rows.append(f"| {lang} | {cat} | {frame} | {n} |")
    types = Counter(e["type"] for r in ents for e in r["entities"])
    ent_rows = ["| entity type | values |", "|---|---|"]
    ent_rows += [f"| {t} | {n} |" for t, n in sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))]
    ent_rows.append(f"| posts with identifiers | {len(ents)} |")
    kinds = Counter(k for p in posts for k in p.get("evasion_kinds", []))
    ev_rows = ["| evasion | posts |", "|---|---|", f"| posts | {sum(p['evasion'] for p in posts)} |"]
    ev_rows += [f"| {k} | {n} |" for k, n in sorted(kinds.items())]
    by_frame = Counter((p["label"], p["frame"]) for p in posts if p["evasion"])
    evf_rows = ["| label | frame | evasive posts |", "|---|---|---|"]
    evf_rows += [f"| {lab} | {fr} | {n} |" for (lab, fr), n in sorted(by_frame.items())]
    text = sheet.read_text(encoding="utf-8")
    for marker, rows in (("languages", lang_rows), ("pivot", pivot), ("counts", count_rows),
                         ("entities", ent_rows), ("evasion", ev_rows), ("evasion_frames", evf_rows)):
        text = _replace_block(text, marker, rows)
    sheet.write_text(text, encoding="utf-8")


def parse_args(argv: list[str]) -> tuple[int, list[str]]:
    """The round (default 4) and the languages to build (--all: every posts file of the round)."""
    rnd, langs, rest = 4, [], list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--round" or arg.startswith("--round="):
            value = arg.split("=", 1)[1] if "=" in arg else (rest.pop(0) if rest else "")
            if not value.isdigit():
                raise SystemExit(f"--round needs a round number, got {value!r}")
            rnd = int(value)
        elif arg not in ("--all", "--datasheet"):
            langs.append(arg)
    if "--all" in argv:  # after the loop, so that --round may come before or after it
        present = [lang for lang in LANGS if (posts_dir(rnd) / f"posts_{lang}.py").exists()]
        if not present:
            raise SystemExit(f"no posts_<lang>.py in {posts_dir(rnd)}")
        langs += present
    return rnd, list(dict.fromkeys(langs))


def main(argv: list[str]) -> None:
    rnd, langs = parse_args(argv)
    out = out_dir(rnd)
    parts = out / "parts"
    parts.mkdir(parents=True, exist_ok=True)
    for lang in langs:
        if lang not in LANGS:
            raise SystemExit(f"unknown language {lang!r}; use one of {', '.join(LANGS)}")
        if not (posts_dir(rnd) / f"posts_{lang}.py").exists():
            raise SystemExit(f"{posts_dir(rnd) / f'posts_{lang}.py'}: no such file; write the posts first")
        posts, ents = build(lang, rnd)
        write_jsonl(parts / f"{lang}.jsonl", posts)
        write_jsonl(parts / f"{lang}.entities.jsonl", ents)
        print(f"{lang}: {len(posts)} posts, {len(ents)} with identifiers, "
              f"{sum(p['evasion'] for p in posts)} evasive")
    if (out / "DATASHEET.md").exists():
        update_datasheet(out)


if __name__ == "__main__":
    main(sys.argv[1:])

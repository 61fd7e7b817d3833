"""Build the round-3 blind test split (data/eval/round3/) from the hand-written posts.

Each posts_<lang>.py module holds POSTS, a list written one by one by the test-set author.
This script only numbers them, derives the label from the category, and writes
posts.jsonl, entities.jsonl and the count tables of DATASHEET.md. It never reads the
training corpus, the dev set or the cue lists, and never runs ctip.
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
ROOT = HERE.parents[1]
OUT = ROOT / "data" / "eval" / "round3"
LANGS = ["km", "en", "zh", "th", "vi", "id", "my", "lo"]

POSITIVE = {
    "scam_compound": 4, "forced_labour": 2, "sexual_exploitation": 1, "forced_marriage": 1,
    "organ": 1, "child": 1, "infant_sale": 2, "worker_sale": 2, "debt_contract": 1,
    "victim_distress": 3,
}
NEGATIVE = {
    "awareness": 3, "news": 3, "testimony": 3, "commerce": 4, "legit_job": 3, "legit_agency": 1,
    "legit_travel": 2, "lawful_adoption": 1, "lawful_transfer": 1, "pay_question": 1,
    "fundraising": 1,
}
# lawful_adoption and lawful_transfer alternate between languages: one of the two per language.
LAWFUL_ALT = {"km": "lawful_adoption", "en": "lawful_transfer", "zh": "lawful_adoption",
              "th": "lawful_transfer", "vi": "lawful_adoption", "id": "lawful_transfer",
              "my": "lawful_adoption", "lo": "lawful_transfer"}
COUNTRY = {"km": "KH", "en": "KH", "zh": "CN", "th": "TH", "vi": "VN", "id": "ID", "my": "MM",
           "lo": "LA"}


def expected_counts(lang: str) -> dict[str, int]:
    want = dict(POSITIVE)
    want.update({k: v for k, v in NEGATIVE.items() if not k.startswith("lawful_")})
    want[LAWFUL_ALT[lang]] = 1
    return want


def load(lang: str) -> list[dict]:
    spec = importlib.util.spec_from_file_location(f"posts_{lang}", HERE / f"posts_{lang}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.POSTS


def build(langs: list[str]) -> tuple[list[dict], list[dict]]:
    posts, ents = [], []
    for lang in langs:
        items = load(lang)
        # A fixed shuffle so that the id order does not reveal the category.
        items = sorted(items, key=lambda p: random.Random(f"{lang}:{p['text']}").random())
        got = Counter(p["category"] for p in items)
        want = expected_counts(lang)
        if got != Counter(want):
            diff = {k: (got.get(k, 0), want.get(k, 0)) for k in set(got) | set(want)
                    if got.get(k, 0) != want.get(k, 0)}
            print(f"{lang}: category counts off (got, want): {diff}", file=sys.stderr)
        for n, p in enumerate(items, 1):
            pid = f"r3-{lang}-{n:03d}"
            rec = {"id": pid, "text": p["text"], "lang": lang,
                   "label": 1 if p["category"] in POSITIVE else 0,
                   "category": p["category"], "frame": p["frame"],
                   "evasion": bool(p["ev"])}
            if p["ev"]:
                rec["evasion_kinds"] = sorted(p["ev"])
            posts.append(rec)
            if p["ents"]:
                ents.append({"id": pid, "entities": [{"type": t, "value": v}
                                                     for t, v in p["ents"]]})
    return posts, ents


def write(langs: list[str]) -> None:
    posts, ents = build(langs)
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for r in posts:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT / "entities.jsonl", "w", encoding="utf-8") as f:
        for r in ents:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(posts)} posts, {len(ents)} with identifiers")
    update_datasheet(posts, ents)


def _replace_block(text: str, marker: str, body: str) -> str:
    start, end = f"<!-- {marker}:start -->", f"<!-- {marker}:end -->"
    if start not in text:
        return text
    head, rest = text.split(start, 1)
    return head + start + "\n" + body + end + rest.split(end, 1)[1]


def update_datasheet(posts: list[dict], ents: list[dict]) -> None:
    """Rewrite the count tables of DATASHEET.md from the files just written."""
    sheet = OUT / "DATASHEET.md"
    if not sheet.exists():
        return
    counts = Counter((p["lang"], p["category"], p["frame"]) for p in posts)
    order = {c: i for i, c in enumerate([*POSITIVE, *NEGATIVE, "lawful_adoption",
                                         "lawful_transfer"])}
    rows = ["| lang | category | frame | posts |", "|---|---|---|---|"]
    for (lang, cat, frame), n in sorted(counts.items(),
                                        key=lambda kv: (LANGS.index(kv[0][0]), order[kv[0][1]])):
        rows.append(f"| {lang} | {cat} | {frame} | {n} |")
    kinds = Counter(k for p in posts for k in p.get("evasion_kinds", []))
    ev = ["| evasion | posts |", "|---|---|",
          f"| posts | {sum(p['evasion'] for p in posts)} |"]
    ev += [f"| {k} | {n} |" for k, n in sorted(kinds.items())]
    cats = sorted({p["category"] for p in posts}, key=order.__getitem__)
    pivot = ["| category | label | frame | " + " | ".join(LANGS) + " | all |",
             "|---|---|---|" + "---|" * (len(LANGS) + 1)]
    for cat in cats:
        mine = [p for p in posts if p["category"] == cat]
        frames = "/".join(sorted({p["frame"] for p in mine}))
        per = Counter(p["lang"] for p in mine)
        pivot.append(f"| {cat} | {mine[0]['label']} | {frames} | "
                     + " | ".join(str(per.get(lang, 0)) for lang in LANGS) + f" | {len(mine)} |")
    types = Counter(e["type"] for r in ents for e in r["entities"])
    etab = ["| entity type | values |", "|---|---|"]
    etab += [f"| {k} | {n} |" for k, n in types.most_common()]
    etab.append(f"| posts with identifiers | {len(ents)} |")
    text = sheet.read_text(encoding="utf-8")
    text = _replace_block(text, "pivot", "\n".join(pivot) + "\n")
    text = _replace_block(text, "entities", "\n".join(etab) + "\n")
    text = _replace_block(text, "counts", "\n".join(rows) + "\n")
    text = _replace_block(text, "evasion", "\n".join(ev) + "\n")
    by_frame = Counter((p["label"], p["frame"]) for p in posts if p["evasion"])
    evf = ["| label | frame | evasive posts |", "|---|---|---|"]
    evf += [f"| {lab} | {fr} | {n} |" for (lab, fr), n in sorted(by_frame.items())]
    text = _replace_block(text, "evasion_frames", "\n".join(evf) + "\n")
    sheet.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write(sys.argv[1:] or LANGS)

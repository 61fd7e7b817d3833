"""Build data/corpus/parts/<lang>.s4.jsonl (training round 4) from scripts/hand_r4_<lang>.txt.

Each hand line is `category[:frame]@@text`, written one by one for issue 13; the label and the
default frame follow from the category (CATEGORIES). Near-copies (character 4-gram Jaccard > 0.6
against the other posts of the file or any existing part of the same language) stop the build.
    .venv/bin/python scripts/build_round4.py en zh vi id

Later rounds (scripts/build_round5.py) build their parts with the same functions, given their
round number and category table.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PARTS = ROOT / "data" / "corpus" / "parts"
# category -> (label, default frame, other allowed frames)
CATEGORIES: dict[str, tuple[int, str, tuple[str, ...]]] = {
    "infant_sale": (1, "offer", ()),
    "worker_sale": (1, "offer", ()),
    "debt_contract": (1, "offer", ()),
    "victim_distress": (1, "plea", ()),
    "scam_compound": (1, "offer", ()),
    "lawful_adoption": (0, "other", ()),
    "lawful_transfer": (0, "other", ("offer",)),
    "fair_contract": (0, "offer", ()),
    "commerce": (0, "other", ()),
    "pay_question": (0, "other", ()),
    "fundraising": (0, "other", ()),
    "testimony": (0, "testimony", ()),
    "awareness": (0, "warning", ()),
    "news": (0, "news", ()),
}
NEAR_COPY = 0.6
ROUND = 4


def grams(text: str, n: int = 4) -> set[str]:
    t = " ".join(text.lower().split())
    return {t[i:i + n] for i in range(max(1, len(t) - n + 1))}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def parse(lang: str, round_no: int | str = ROUND,
          categories: dict[str, tuple[int, str, tuple[str, ...]]] = CATEGORIES) -> list[dict[str, object]]:
    posts = []
    path = ROOT / "scripts" / f"hand_r{round_no}_{lang}.txt"
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        head, sep, text = line.partition("@@")
        category, _, frame = head.strip().partition(":")
        if not sep or category not in categories:
            raise SystemExit(f"{path}:{no}: expected 'category[:frame]@@text' with a known category")
        label, default, others = categories[category]
        frame = frame or default
        if frame not in (default, *others):
            raise SystemExit(f"{path}:{no}: frame {frame!r} not allowed for {category}")
        posts.append({"id": f"{lang}-r{round_no}-{len(posts) + 1:04d}", "text": text.strip(), "lang": lang,
                      "label": label, "category": category, "frame": frame})
    return posts


def near_copies(lang: str, posts: list[dict[str, object]], round_no: int | str = ROUND) -> list[str]:
    own = [grams(str(p["text"])) for p in posts]
    others = []
    for part in sorted(PARTS.glob(f"{lang}.*jsonl")):
        if part.name != f"{lang}.s{round_no}.jsonl":
            others += [grams(json.loads(x)["text"]) for x in part.read_text(encoding="utf-8").splitlines() if x.strip()]
    bad = []
    for i, g in enumerate(own):
        for j in range(i):
            if jaccard(g, own[j]) > NEAR_COPY:
                bad.append(f"{posts[i]['id']} ~ {posts[j]['id']}")
        if any(jaccard(g, o) > NEAR_COPY for o in others):
            bad.append(f"{posts[i]['id']} ~ an earlier part")
    return bad


def main(langs: list[str], round_no: int | str = ROUND,
         categories: dict[str, tuple[int, str, tuple[str, ...]]] = CATEGORIES) -> None:
    write_parts(langs, round_no, *bound(round_no, categories))


def write_parts(langs: list[str], round_no: int | str, parse_lang: Callable[[str], list[dict[str, object]]],
                near: Callable[[str, list[dict[str, object]]], list[str]]) -> None:
    """Parse each language's hand file, stop on near-copies, write `<lang>.s<round>.jsonl`."""
    for lang in langs:
        posts = parse_lang(lang)
        bad = near(lang, posts)
        if bad:
            raise SystemExit(f"{lang}: near-copies: {bad}")
        out = PARTS / f"{lang}.s{round_no}.jsonl"
        out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts), encoding="utf-8")
        print(f"wrote {out} ({len(posts)} posts)")


def with_line_breaks(posts: list[dict[str, object]], strip: Callable[[str], str] = str.strip) -> list[dict[str, object]]:
    """Each literal `\\n` of a post's text becomes a line break (a hand line must stay one line; a
    contract or a comment thread needs several); `strip` tidies each line (rounds 8a and 8b)."""
    for post in posts:
        post["text"] = "\n".join(strip(line) for line in str(post["text"]).split("\\n")).strip()
    return posts


def bound(round_no: int | str, categories: dict[str, tuple[int, str, tuple[str, ...]]]
          ) -> tuple[Callable[[str], list[dict[str, object]]], Callable[[str, list[dict[str, object]]], list[str]]]:
    """`parse(lang)` and `near_copies(lang, posts)` of a later round (a number, or a tag such as "7w"
    that only names its files and ids), for its builder front and the corpus tests."""
    return partial(parse, round_no=round_no, categories=categories), partial(near_copies, round_no=round_no)


def line_break_round(round_no: int | str, categories: dict[str, tuple[int, str, tuple[str, ...]]],
                     strip: Callable[[str], str] = str.strip) -> tuple[
                         Callable[[str], list[dict[str, object]]], Callable[[str, list[dict[str, object]]], list[str]],
                         Callable[[list[str]], None]]:
    """`parse(lang)`, `near_copies(lang, posts)` and `main(langs)` of a round whose hand lines carry
    literal `\\n` line breaks (rounds 8a onwards): round 4's parse, then `with_line_breaks`."""
    raw_parse, near = bound(round_no, categories)

    def parse_lang(lang: str) -> list[dict[str, object]]:
        return with_line_breaks(raw_parse(lang), strip)

    def write(langs: list[str]) -> None:
        write_parts(langs, round_no, parse_lang, near)

    return parse_lang, near, write


if __name__ == "__main__":
    main(sys.argv[1:])

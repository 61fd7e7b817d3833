"""Identifier recall and indicator stability on disguised copies of the dev set (issue 13, item 3).

Each dev post's gold identifiers (located as the spans where `ctip.extract` finds them in the
clean post: the dev set's gold values, all of which it finds) are disguised with
`ctip.text.disguise`: look-alike letters (Cyrillic and Greek only, or every letter whose TR39
skeleton is an ASCII letter), full-width forms, zero-width characters, or all three.
`lookalike_all` replaces every letter that has a look-alike (no ASCII letter need remain; an id
wholly of look-alikes counts only with an inner "_", ".", "/" or "-", or after a platform label in a
Thai/Lao/Khmer/Burmese/CJK post, so a loss there can be by design: see docs/identifiers.md).
`glued` also removes the space between an identifier and native-script text after it.
`phone_separators` rewrites each phone number's digits (in the post's native digits for
km/th/lo/my) with one evasive separator between single digits or groups ("_", "/", "•", " | ",
emoji, unspaced ","), keeping its leading 0 or +country code.
In the "+words" variants the post's other ASCII words are disguised as well (labels such as
"WeChat" and the lures the indicators read). Seeded, so every run builds the same posts.
The gold values are the evaluation only; nothing here tunes anything.

Prints JSON: per variant, identifier precision/recall of the gold values (bench/eval_extract.py)
and the share of posts whose indicator ids are unchanged. With --write DIR the disguised sets are
written as DIR/<variant>/dev_posts.jsonl + dev_entities.jsonl, so another version of ctip can be
measured on the same posts: PYTHONPATH=/other/src python bench/eval_extract.py DIR/<variant>

Usage: python bench/eval_evasion.py [DEV_DIR] [--seed N] [--write DIR]
"""

from __future__ import annotations

import json
import random
import re
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_extract import DEFAULT_DIR, evaluate  # noqa: E402

from ctip.detect.indicators import find_indicators  # noqa: E402
from ctip.extract import extract_entities  # noqa: E402
from ctip.text import normalise  # noqa: E402
from ctip.text.disguise import Tricks, disguise  # noqa: E402

TRICKS = {"lookalike_cyrillic_greek": Tricks(0.6, 0.0, 0.0, cyrillic_greek_only=True),
          "lookalike": Tricks(0.6, 0.0, 0.0), "full_width": Tricks(0.0, 1.0, 0.0),
          "zero_width": Tricks(0.0, 0.0, 0.3), "mixed": Tricks(),
          "lookalike_all": Tricks(1.0, 0.0, 0.0, cyrillic_greek_only=True, keep_ascii=False),
          "glued": Tricks(0.6, 0.0, 0.0, cyrillic_greek_only=True)}
_ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_NATIVE_TEXT = re.compile(r" (?=[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u4e00-\u9fff])")
_NATIVE_ZERO = {"km": 0x17E0, "th": 0x0E50, "lo": 0x0ED0, "my": 0x1040}
_SEPARATORS = ("_", "/", "•", " | ", " 🔥 ", "✨", ",", " ★ ")


def _spans(post: dict, gold: list[dict], with_words: bool) -> list[tuple[int, int]]:
    want = {(g["type"], g["value"]) for g in gold}
    found = [(e.start, e.end) for e in extract_entities(post["text"], post.get("lang")) if (e.type, e.value) in want]
    if with_words:
        found += [m.span() for m in _ASCII_WORD.finditer(post["text"])
                  if not any(s < m.end() and m.start() < e for s, e in found)]
    return sorted(found)


def _separated(raw: str, lang: str | None, rng: random.Random) -> str | None:
    """A phone number as written, its digits re-split by one evasive separator (see module doc);
    None for numbers written with letters or words ("O9O4", "zero nine"), left as they are."""
    plain = unicodedata.normalize("NFKC", raw)
    if any(c.isalpha() for c in plain):
        return None
    head = "+" if plain.lstrip("( ").startswith("+") else ""
    digits = [c for c in raw if c.isdigit()]
    if lang in _NATIVE_ZERO:
        digits = [chr(_NATIVE_ZERO[lang] + int(c)) if c.isascii() else c for c in digits]
    size = rng.choice((1, 2, 3))
    groups = ["".join(digits[i:i + size]) for i in range(0, len(digits), size)]
    return head + rng.choice(_SEPARATORS).join(groups)


def _phone_separators(post: dict, gold: list[dict], rng: random.Random) -> str:
    want = {(g["type"], g["value"]) for g in gold if g["type"] == "phone"}
    text = post["text"]
    for e in sorted(extract_entities(text, post.get("lang")), key=lambda e: -e.start):
        if (e.type, e.value) in want and (new := _separated(e.raw, post.get("lang"), rng)) is not None:
            text = text[:e.start] + new + text[e.end:]
    return text


def _glue(text: str, spans: list[tuple[int, int]]) -> str:
    """Remove the space between each span and native-script text right after it."""
    for _, end in sorted(spans, reverse=True):
        if _NATIVE_TEXT.match(text, end):
            text = text[:end] + text[end + 1:]
    return text


def _disguised(post: dict, gold: list[dict], variant: str, tricks: Tricks | None, with_words: bool,
               rng: random.Random) -> str:
    if tricks is None:
        return _phone_separators(post, gold, rng)
    text, moved = disguise(post["text"], _spans(post, gold, with_words), rng, tricks)
    return _glue(text, moved) if variant == "glued" else text


def build(dev: Path, out: Path, tricks: Tricks | None, with_words: bool, seed: int, variant: str = "") -> float:
    """Write the disguised copy of `dev` to `out`; the share of posts whose indicator ids are unchanged."""
    rng = random.Random(seed)
    posts = [json.loads(line) for line in (dev / "dev_posts.jsonl").read_text(encoding="utf-8").splitlines() if line]
    gold = {}
    for line in (dev / "dev_entities.jsonl").read_text(encoding="utf-8").splitlines():
        if line:
            row = json.loads(line)
            gold[row["id"]] = row["entities"]
    same = 0
    out.mkdir(parents=True, exist_ok=True)
    with (out / "dev_posts.jsonl").open("w", encoding="utf-8") as f:
        for post in posts:
            text = _disguised(post, gold.get(post["id"], []), variant, tricks, with_words, rng)
            ids = [[h.id for h in find_indicators(normalise(t), post.get("lang"))] for t in (post["text"], text)]
            same += ids[0] == ids[1]
            f.write(json.dumps({**post, "text": text}, ensure_ascii=False) + "\n")
    shutil.copy(dev / "dev_entities.jsonl", out / "dev_entities.jsonl")
    return round(same / len(posts), 4)


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 13
    if "--seed" in argv:
        args.remove(str(seed))
    write = Path(argv[argv.index("--write") + 1]) if "--write" in argv else None
    if write is not None:
        args.remove(str(write))
    dev = Path(args[0]) if args else DEFAULT_DIR
    report = {"clean": evaluate(dev)["overall"]}
    with tempfile.TemporaryDirectory() as tmp:
        root = write or Path(tmp)
        variants = [(name, tricks, with_words) for name, tricks in TRICKS.items() for with_words in (False, True)]
        for name, tricks, with_words in [*variants, ("phone_separators", None, False)]:
            variant = name + ("+words" if with_words else "")
            same = build(dev, root / variant, tricks, with_words, seed, name)
            report[variant] = {**evaluate(root / variant)["overall"], "indicators_unchanged": same}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])

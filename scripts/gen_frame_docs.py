"""Fill docs/frames.md's examples: the first round-4 corpus post of each language and frame.

Usage: python scripts/gen_frame_docs.py   (run after editing data/corpus/parts/*.s4.jsonl)
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("km", "en", "zh", "th", "vi", "id", "my", "lo")
FRAMES = ("offer", "plea", "warning", "testimony", "news", "other")
MAX_CHARS = 220  # long posts are cut (with "…") so the table stays readable


def examples() -> list[tuple[str, str, str, str]]:
    """(lang, frame, id, text) per language and frame that the round-4 files have."""
    rows = []
    for lang in LANGS:
        path = ROOT / "data" / "corpus" / "parts" / f"{lang}.s4.jsonl"
        if not path.exists():
            continue
        posts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for frame in FRAMES:
            post = next((p for p in posts if p.get("frame") == frame), None)
            if post is not None:
                rows.append((lang, frame, post["id"], post["text"]))
    return rows


def cell(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS].rstrip() + "…"
    return text.replace("|", "\\|")


def main() -> None:
    lines = ["| language | frame | post (id) |", "|---|---|---|"]
    lines += [f"| {lang} | `{frame}` | {cell(text)} (`{pid}`) |" for lang, frame, pid, text in examples()]
    path = ROOT / "docs" / "frames.md"
    content = path.read_text(encoding="utf-8")
    pattern = re.compile(r"(<!-- frame-examples:start -->\n).*?(<!-- frame-examples:end -->)", re.S)
    path.write_text(pattern.sub(lambda m: m.group(1) + "\n".join(lines) + "\n" + m.group(2), content), encoding="utf-8")
    print(f"wrote {path} ({len(lines) - 2} examples)")


if __name__ == "__main__":
    main()

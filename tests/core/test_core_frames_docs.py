"""docs/frames.md: its examples are round-4 corpus posts with the frame they are shown under."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ctip.detect.frames import FRAMES

ROOT = Path(__file__).resolve().parents[2]
ROW = re.compile(r"^\| (\w\w) \| `(\w+)` \| (.*) \(`([^`]+)`\) \|$")


def corpus() -> dict[str, dict]:
    out = {}
    for path in (ROOT / "data" / "corpus" / "parts").glob("*.s4.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                post = json.loads(line)
                out[post["id"]] = post
    return out


def test_frame_examples_are_corpus_posts_with_that_frame() -> None:
    text = (ROOT / "docs" / "frames.md").read_text(encoding="utf-8")
    rows = [ROW.match(line) for line in text.splitlines() if line.startswith("| ") and "`" in line]
    rows = [m for m in rows if m]
    posts = corpus()
    assert len(rows) >= 6 * 8, "an example per frame in each of the eight languages"
    assert {m.group(2) for m in rows} == set(FRAMES)
    for m in rows:
        lang, frame, shown, pid = m.groups()
        post = posts[pid]
        assert post["lang"] == lang and post["frame"] == frame
        start = shown.rstrip("…").replace("\\|", "|")
        assert " ".join(post["text"].split()).startswith(start), pid

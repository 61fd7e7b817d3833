"""The shipped model's frame head, end to end through the default screener.

Round-4 corpus posts carry a gold frame; the model was trained on them, so these are checks
that the frame head is wired into screening and decisions, not measures of quality (those are
in docs/benchmarks.md, on splits the model never saw).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ctip.detect.frames import FRAMES
from ctip.pipeline import Screener, screen_stream
from ctip.records import Post

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def screened() -> list[tuple[dict, object]]:
    rows = [json.loads(line) for path in sorted((ROOT / "data" / "corpus" / "parts").glob("*.s4.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    posts = [Post(id=r["id"], text=r["text"], lang=r["lang"]) for r in rows]
    return list(zip(rows, screen_stream(posts, Screener(), workers=2), strict=True))


def test_every_screening_has_a_frame_and_most_match_the_gold(screened) -> None:
    assert all(s.frame in FRAMES for _, s in screened)
    agree = sum(r["frame"] == s.frame for r, s in screened) / len(screened)
    assert agree >= 0.9


def test_reporting_posts_that_say_so_are_never_flagged_but_keep_their_indicators(screened) -> None:
    reporting = [s for _, s in screened if s.frame in ("warning", "news", "testimony")
                 and any(h.id in ("L7", "L8", "L9") for h in s.indicators)]
    assert len(reporting) >= 50
    assert not any(s.needs_review for s in reporting)
    assert sum(any(h.family in ("C", "X", "R", "T") for h in s.indicators) for s in reporting) >= 20


def test_pleas_with_a_victim_message_are_flagged(screened) -> None:
    pleas = [s for r, s in screened if s.frame == "plea" and any(h.family == "X" for h in s.indicators)]
    assert len(pleas) >= 20 and all(s.needs_review for s in pleas)

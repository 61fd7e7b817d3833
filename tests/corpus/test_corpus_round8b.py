"""Training round 8b (issue 13): a new author's posts written as documents and records (contracts,
notices, press releases, case summaries, chat logs, classified ads, brokers' messages). The checks
are round 7w's: shape, labels vs frames, the hand files rebuild the parts, no near-copies. No cue
check: the cues for these posts are the cue engineer's work."""

from __future__ import annotations

import pytest
import test_corpus_round7w as r7
from corpus_round_checks import round_rows

TAG = "8b"


@pytest.mark.parametrize("lang", r7.LANGS)
def test_fields_labels_and_frames_follow_the_table(lang: str) -> None:
    r7.test_fields_labels_and_frames_follow_the_table(lang, TAG)


@pytest.mark.parametrize("lang", r7.LANGS)
def test_file_is_what_the_hand_file_builds_and_has_no_near_copies(lang: str) -> None:
    r7.test_file_is_what_the_hand_file_builds_and_has_no_near_copies(lang, TAG)


@pytest.mark.parametrize("lang", r7.LANGS)
def test_multi_line_posts_keep_their_lines_and_no_escape_is_left(lang: str) -> None:
    posts = round_rows(lang, TAG)
    assert not any("\\n" in r["text"] for r in posts)
    assert sum("\n" in r["text"] for r in posts) >= 5, lang

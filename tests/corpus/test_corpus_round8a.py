"""Training round 8a (issue 13): a new author's posts written as the posters themselves (village and
church groups, migrant workers' pages, Telegram job channels, diaspora chats). The same shape,
label/frame, rebuild and near-copy checks as rounds 7w and 7b, run for the tag "8a"; no cue checks
(the posts train the model as written). Line breaks (`\\n` in a hand line) must survive the rebuild."""

from __future__ import annotations

import pytest
import test_corpus_round7w as r7w  # a module, so pytest does not collect round 7w's tests twice
from corpus_round_checks import round_rows

TAG = "8a"


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_8a_shape_labels_and_frames(lang: str) -> None:
    r7w.test_fields_labels_and_frames_follow_the_table(lang, TAG)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_8a_rebuilds_from_its_hand_file_without_near_copies(lang: str) -> None:
    r7w.test_file_is_what_the_hand_file_builds_and_has_no_near_copies(lang, TAG)


@pytest.mark.parametrize("lang", r7w.LANGS)
def test_round_8a_keeps_line_breaks_and_no_escape(lang: str) -> None:
    posts = round_rows(lang, TAG)
    assert all("\\n" not in r["text"] for r in posts), lang
    assert any("\n" in r["text"] for r in posts), lang  # thread-style posts keep their lines

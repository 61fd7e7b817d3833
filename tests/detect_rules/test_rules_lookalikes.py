"""Indicators fire the same on disguised wording (look-alike letters, full width, zero width),
and their spans point at the characters as written (issue 13)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "iid", "raw"), [
    ("they took my pаssport", "C1", "took my pаssport"),  # Cyrillic а
    ("contact by WhаtsApp only", "R7", "WhаtsApp only"),
    ("frее tickеt and visa", "T1", "frее tickеt"),
    ("ｆｒｅｅ ｔｉｃｋｅｔ and visa", "T1", "ｆｒｅｅ ｔｉｃｋｅｔ"),
    ("free\u200b tic\u200dket and visa", "T1", "free\u200b tic\u200dket"),
])
def test_disguised_cue_fires_with_its_span_as_written(hits, text: str, iid: str, raw: str) -> None:
    found = hits(text, "en")
    assert iid in found
    span = found[iid].spans[0]
    assert span.text == raw and text[span.start:span.end] == raw


def test_same_ids_as_the_clean_wording(hits) -> None:
    clean = "Urgent hiring, free ticket, they keep your passport, contact WhatsApp"
    disguised = "Urgеnt hіring, frее tіcket, thеy kееp yоur pаsspоrt, cоntact WhаtsАpp"
    assert sorted(hits(disguised, "en")) == sorted(hits(clean, "en"))

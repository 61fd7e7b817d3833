"""A caption in a script of its own picks the picture's packs (no first read to find the script)."""

from __future__ import annotations

from ctip.ocr.reader import _caption_lang


def test_non_latin_caption_names_the_language_latin_caption_does_not():
    assert _caption_lang("รับสมัครพนักงาน ด่วน! Line @job") == "th"
    assert _caption_lang("招聘 打字员") == "zh"
    assert _caption_lang("New jobs today, DM me") is None
    assert _caption_lang("") is None

"""Cleaning Tesseract's output: spaces it puts between Thai, Lao, Khmer, Burmese and Chinese letters."""

from __future__ import annotations

import re

__all__ = ["NO_SPACE_SCRIPTS", "repair_labels", "tidy_ocr_text"]

# Scripts written without spaces between words; Tesseract separates their characters anyway.
_NO_SPACE = "\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff\u19e0-\u19ff\u1000-\u109f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
NO_SPACE_SCRIPTS = re.compile(f"[{_NO_SPACE}]")  # one character of those scripts
_INNER_SPACE = re.compile(f"(?<=[{_NO_SPACE}])[ \u00a0]+(?=[{_NO_SPACE}])")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_TRAILING = re.compile(r"[ \t]+\n")


def tidy_ocr_text(raw: str) -> str:
    """OCR output ready for screening: no spaces inside runs of unspaced scripts, no blank lines.

    >>> tidy_ocr_text("招 聘 打 字 员  月薪 1 万\\n\\n\\nรับ สมัคร  งาน")
    '招聘打字员月薪 1 万\\nรับสมัครงาน'
    """
    text = raw.replace("\x0c", "").replace("\r", "")
    text = _INNER_SPACE.sub("", text)
    text = _TRAILING.sub("\n", text)
    return _BLANK_LINES.sub("\n", text).strip()


# Contact labels whose misreading has one answer: `โลน์` (the leading vowel ไ read as its twin โ)
# is no Thai word (โลน, "loan", takes no ์), so it can only be the LINE label ไลน์.
_LABEL_MISREADS = re.compile(r"โลน์")
# The Lao LINE label ໄລນ໌ misread the same way (`ໂລນ໌`, twin vowel) or with its ນ read as the
# look-alike ງ (`ໄລງ໌`): the cancellation mark ໌ sits on the last letter of loanwords only, and no
# Lao word is spelled `ໂລນ໌`, `ໄລງ໌` or `ໂລງ໌` (ໂລງ, "coffin", takes no ໌), so the label is the one answer.
_LAO_LABEL_MISREADS = re.compile(r"ໂລນ໌|ໄລງ໌|ໂລງ໌")
# `LINE 1D`: the I of `LINE ID` read as a 1 (a count before a D means nothing after the label).
_LINE_1D = re.compile(r"\b(LINE|Line|line)\s?1D\b")
# `LINE ID ，` + a handle: the colon after the label read as a comma (a comma ends the label's sentence
# in typed text: `add our LINE ID, then…`), so only before a word shaped like an ID (`_`, `.` or a digit).
_LABEL_COMMA = re.compile(r"\b((?:LINE|Line|line) ID)\s?[，,]\s?(?=[A-Za-z0-9.~-]*[_.0-9][A-Za-z0-9_.~-]*[A-Za-z0-9](?![\w@]))")


def repair_labels(text: str) -> str:
    """`text` with the misread contact labels above put right (the label types the identifier).

    >>> repair_labels("แล้วแอดโลน์ admin_job_kh, LINE 1D ， pattaya_amy ໄລງ໌ vte_bus")
    'แล้วแอดไลน์ admin_job_kh, LINE ID : pattaya_amy ໄລນ໌ vte_bus'
    """
    text = _LAO_LABEL_MISREADS.sub("ໄລນ໌", _LABEL_MISREADS.sub("ไลน์", text))
    text = _LINE_1D.sub(r"\1 ID", text)
    return _LABEL_COMMA.sub(r"\1 : ", text)

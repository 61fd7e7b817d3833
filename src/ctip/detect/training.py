"""Fit a RiskModel from labelled posts (the `ctip train` core)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ctip.detect.frames import frame_label
from ctip.detect.indicators import find_indicators, indicator_catalog
from ctip.detect.model import RiskModel
from ctip.detect.wording import WORDING_FAMILY
from ctip.errors import CtipError
from ctip.records import Post
from ctip.text.langid import detect_language
from ctip.text.normalise import normalise


@dataclass(frozen=True, slots=True)
class LabelledPost:
    post: Post
    label: int
    category: str | None
    frame: str | None = None  # given in the record, or None: the category implies it


def labelled(posts: Sequence[Post]) -> list[LabelledPost]:
    """Read `label` (0/1) and optional `category` and `frame` carried in each post's extra fields."""
    out = []
    for p in posts:
        label = p.extra.get("label")
        if label not in (0, 1, "0", "1", True, False):
            raise CtipError(f"{p.origin or p.id}: \"label\" must be 0 or 1, got {label!r}.",
                            "Every training or evaluation record needs a label 0/1.")
        frame = p.extra.get("frame")
        try:
            frame_label(None, frame)
        except ValueError as exc:
            raise CtipError(f"{p.origin or p.id}: {exc}.", "Leave \"frame\" out, or use one of those.") from exc
        out.append(LabelledPost(p, int(label), p.extra.get("category"), frame))
    return out


def fit_model(data: Sequence[LabelledPost], *, random_state: int = 0) -> RiskModel:
    norms = [normalise(d.post.text) for d in data]
    hits = [find_indicators(n, d.post.lang or detect_language(d.post.text)) for n, d in zip(norms, data, strict=True)]
    catalog = indicator_catalog()
    directions = {iid: (1 if info.weight > 0 else -1) for iid, info in catalog.items() if info.weight}
    model = RiskModel(random_state=random_state)
    frames = [frame_label(d.category, d.frame) for d in data]
    return model.fit([n.text for n in norms], hits, [d.label for d in data], model_columns(), directions, frames)


def model_columns() -> list[str]:
    """The indicator columns of the model: every catalogue indicator but W1, which is the model's own."""
    return sorted(iid for iid, info in indicator_catalog().items() if info.family != WORDING_FAMILY)

"""What a post *does* with the red flags it names: its frame.

The same words — "typing job in Cambodia, free ticket, they took my passport, please help" —
are a lure in a recruiter's post, a cry for help in a victim's, and a quotation in a warning,
a news report or a survivor's story. The frame tells them apart:

- `offer`: recruits, sells or buys a person, labour, a child or an organ (legitimate job ads too);
- `plea`: a person in danger now, or someone on their behalf, asks for help;
- `warning`: an advisory, a public-service message, "beware";
- `testimony`: a past experience told to warn others;
- `news`: a report of arrests, trials, rescues;
- `other`: everything else (goods for sale, rentals, tourism, questions about pay, fundraising).

`FrameModel` is a multinomial logistic regression over the risk model's own features (hashed
character n-grams and the indicator block), so scoring both costs one pass over the text.
Posts framed as a warning, news or testimony that also say so in words (an L7-L9 cue) are
never flagged (`score.decide`), but their indicators are still listed: analysts want to know
which lures circulate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from scipy import sparse

__all__ = ["FRAMES", "FRAME_CHOICES", "REPORTING_FRAMES", "UNKNOWN", "FrameModel", "frame_label"]

FRAMES = ("offer", "plea", "warning", "testimony", "news", "other")
UNKNOWN = "unknown"  # what filters call a stored screening made by a model without a frame head
FRAME_CHOICES = (*FRAMES, UNKNOWN)  # the values the report and triage filters offer
REPORTING_FRAMES = frozenset({"warning", "testimony", "news"})  # they quote red flags; never flagged
NEVER = -1e9  # intercept of a frame the training corpus has no example of

# The frame a training post's category implies when the post carries no `frame` of its own
# (corpus rounds 1-3 predate the field).
_CATEGORY_FRAME = {
    "victim_distress": "plea",
    "awareness": "warning",
    "news": "news",
    "testimony": "testimony",
    "legit_travel": "other",
    "other": "other",
    "commerce": "other",
    "pay_question": "other",
    "fundraising": "other",
    "lawful_adoption": "other",
}


def frame_label(category: str | None, frame: str | None = None) -> str:
    """A training post's frame: its own `frame` field, else the one its category implies."""
    if frame:
        if frame not in FRAMES:
            raise ValueError(f"unknown frame {frame!r} (one of {', '.join(FRAMES)})")
        return frame
    return _CATEGORY_FRAME.get(category or "", "offer")


class FrameModel:
    """Multinomial logistic regression: features → one of `FRAMES`.

    Stored as a weight matrix (features × frames) and intercepts; predicting needs numpy only.
    """

    def __init__(self, *, C: float = 8.0, random_state: int = 0) -> None:
        self.C = C
        self.random_state = random_state

    def fit(self, X: sparse.csr_matrix, frames: Sequence[str]) -> FrameModel:
        from sklearn.linear_model import LogisticRegression

        y = np.asarray([FRAMES.index(f) for f in frames])
        present = sorted(set(y.tolist()))
        self.coef_ = np.zeros((X.shape[1], len(FRAMES)))  # (n_features, n_frames)
        # A frame no training post has is never predicted (a corpus may lack testimonies).
        self.intercept_ = np.full(len(FRAMES), NEVER)
        if len(present) == 1:
            self.intercept_[present[0]] = 0.0
            return self
        clf = LogisticRegression(C=self.C, max_iter=400, random_state=self.random_state).fit(X, y)
        coef = clf.coef_ if len(present) > 2 else np.vstack([-clf.coef_[0], clf.coef_[0]]) / 2
        intercept = clf.intercept_ if len(present) > 2 else np.asarray([-clf.intercept_[0], clf.intercept_[0]]) / 2
        self.coef_[:, present] = coef.T
        self.intercept_[present] = intercept
        return self

    def frames_from_logits(self, logits: np.ndarray) -> list[str]:
        """The frame with the highest score per row of `X @ coef_` (intercepts added here)."""
        return [FRAMES[i] for i in np.argmax(logits + self.intercept_, axis=1)]

    def arrays(self) -> dict[str, Any]:
        return {"frame_coef": self.coef_.astype(np.float32), "frame_intercept": self.intercept_,
                "frame_params": np.asarray([self.C, self.random_state], dtype=np.float64)}

    @classmethod
    def from_arrays(cls, data: Mapping[str, Any]) -> FrameModel | None:
        """The frame head stored in a model file, or None for a file written before frames."""
        if "frame_coef" not in data:
            return None
        C, seed = (float(x) for x in data["frame_params"])
        model = cls(C=C, random_state=int(seed))
        model.coef_ = np.asarray(data["frame_coef"], dtype=np.float64)
        model.intercept_ = np.asarray(data["frame_intercept"], dtype=np.float64)
        if model.coef_.ndim != 2 or model.coef_.shape[1] != len(FRAMES):
            raise ValueError("frame weights do not match this version's frames")
        return model

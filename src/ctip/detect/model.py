"""RiskModel: a calibrated estimator over character n-grams and indicator features.

scikit-learn conventions: `__init__` stores parameters, `fit` learns and returns self,
learned state ends in `_`. Training is deterministic for a given corpus and
`random_state`, so `ctip train` reproduces the shipped model.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import joblib
import numpy as np
from scipy import sparse
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression

from ctip.detect.features import clip_texts, indicator_block, make_vectorizer
from ctip.errors import CtipError
from ctip.records import IndicatorHit

MODEL_FILE = "risk.v1.joblib"
MODEL_VERSION = "risk.v1"


class RiskModel:
    def __init__(self, *, C: float = 4.0, indicator_scale: float = 3.0, cv: int = 5, random_state: int = 0) -> None:
        self.C = C
        self.indicator_scale = indicator_scale
        self.cv = cv
        self.random_state = random_state

    def _features(self, texts: Sequence[str], hits: Sequence[Sequence[IndicatorHit]]) -> sparse.csr_matrix:
        text_block = self.vectorizer_.transform(clip_texts(texts))
        ind = indicator_block(hits, self.indicator_ids_) * self.indicator_scale
        return sparse.hstack([text_block, ind], format="csr")

    def fit(
        self, texts: Sequence[str], hits: Sequence[Sequence[IndicatorHit]], labels: Sequence[int], indicator_ids: Sequence[str]
    ) -> RiskModel:
        """texts: normalised texts; hits: indicator hits per post; labels: 0/1."""
        y = np.asarray(labels, dtype=int)
        if len(set(y.tolist())) < 2:
            raise CtipError("The training corpus needs both label 0 and label 1 posts.")
        self.vectorizer_ = make_vectorizer()
        self.indicator_ids_ = tuple(indicator_ids)
        X = self._features(texts, hits)
        base = LogisticRegression(C=self.C, max_iter=2000, solver="liblinear", random_state=self.random_state)
        self.classifier_ = CalibratedClassifierCV(base, method="sigmoid", cv=self.cv, ensemble=False)
        self.classifier_.fit(X, y)
        self.n_train_ = int(len(y))
        return self

    def predict_proba(self, texts: Sequence[str], hits: Sequence[Sequence[IndicatorHit]]) -> np.ndarray:
        """Calibrated probability that each post needs review."""
        if not texts:
            return np.zeros(0)
        return self.classifier_.predict_proba(self._features(texts, hits))[:, 1]

    def save(self, path: Path, metadata: dict[str, Any] | None = None) -> None:
        self.metadata_ = dict(metadata or {})
        joblib.dump(self, path, compress=3)


def load_model(path: Path | None = None) -> RiskModel:
    """Load the shipped model (or one made by `ctip train`)."""
    try:
        if path is None:
            ref = resources.files("ctip.data").joinpath("models", MODEL_FILE)
            with resources.as_file(ref) as p:
                model = joblib.load(p)
        else:
            model = joblib.load(path)
    except FileNotFoundError as exc:
        raise CtipError(
            f"The risk model file is missing ({exc.filename}).",
            "Reinstall ctip, or train one with: ctip train data/corpus/train.jsonl",
        ) from exc
    if not isinstance(model, RiskModel):
        raise CtipError(f"{path} is not a ctip risk model.", "Use a file written by `ctip train`.")
    return model

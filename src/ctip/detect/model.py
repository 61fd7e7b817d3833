"""RiskModel: a calibrated linear model over character n-grams and indicator features.

scikit-learn conventions: `__init__` stores parameters, `fit` learns and returns self,
learned state ends in `_`. Training uses scikit-learn (logistic regression, sigmoid
calibration by cross-validation); the fitted model is then only a weight vector and two
calibration numbers, saved as a plain `.npz` file — no pickle to trust, and screening does
not need to import scikit-learn, which keeps start-up fast.
Training is deterministic for a given corpus and `random_state`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import nullcontext
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import numpy as np

from ctip.detect.features import (
    N_HASH_FEATURES,
    clip_texts,
    indicator_block,
    indicator_cells,
    make_vectorizer,
)
from ctip.errors import CtipError
from ctip.records import IndicatorHit

if TYPE_CHECKING:  # training only; scipy is slow to import
    from scipy import sparse

MODEL_FILE = "risk.v1.npz"
MODEL_VERSION = "risk.v1"


class RiskModel:
    def __init__(self, *, C: float = 4.0, indicator_scale: float = 3.0, cv: int = 5, random_state: int = 0) -> None:
        self.C = C
        self.indicator_scale = indicator_scale
        self.cv = cv
        self.random_state = random_state
        self.metadata_: dict[str, Any] = {}

    def _features(self, texts: Sequence[str], hits: Sequence[Sequence[IndicatorHit]]) -> sparse.csr_matrix:
        from scipy import sparse

        text_block = make_vectorizer().transform(clip_texts(texts))
        ind = indicator_block(hits, self.indicator_ids_) * self.indicator_scale
        return sparse.hstack([text_block, ind], format="csr")

    def fit(
        self, texts: Sequence[str], hits: Sequence[Sequence[IndicatorHit]], labels: Sequence[int],
        indicator_ids: Sequence[str],
    ) -> RiskModel:
        """texts: normalised texts; hits: indicator hits per post; labels: 0/1."""
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.linear_model import LogisticRegression

        y = np.asarray(labels, dtype=int)
        if len(set(y.tolist())) < 2:
            raise CtipError("The training corpus needs both label 0 and label 1 posts.")
        self.indicator_ids_ = tuple(indicator_ids)
        X = self._features(texts, hits)
        base = LogisticRegression(C=self.C, max_iter=2000, solver="liblinear", random_state=self.random_state)
        calibrated = CalibratedClassifierCV(base, method="sigmoid", cv=self.cv, ensemble=False).fit(X, y)
        fitted = calibrated.calibrated_classifiers_[0]
        self.coef_ = fitted.estimator.coef_.ravel().astype(np.float64)
        self.intercept_ = float(fitted.estimator.intercept_[0])
        self.calibration_ = (float(fitted.calibrators[0].a_), float(fitted.calibrators[0].b_))
        self.n_train_ = int(len(y))
        return self

    def decision_function(self, texts: Sequence[str], hits: Sequence[Sequence[IndicatorHit]]) -> np.ndarray:
        """`features @ coef_ + intercept_`, computed without building the feature matrix."""
        text_part = make_vectorizer().dot(clip_texts(texts), self.coef_[:N_HASH_FEATURES])
        ind_coef = (self.coef_[N_HASH_FEATURES:] * self.indicator_scale).tolist()
        col = {iid: i for i, iid in enumerate(self.indicator_ids_)}
        ind_part = [sum(ind_coef[c] * v for c, v in indicator_cells(h, col)) for h in hits]
        return text_part + np.asarray(ind_part, dtype=np.float64) + self.intercept_

    def predict_proba(self, texts: Sequence[str], hits: Sequence[Sequence[IndicatorHit]]) -> np.ndarray:
        """Calibrated probability that each post needs review."""
        if not texts:
            return np.zeros(0)
        a, b = self.calibration_
        return 1.0 / (1.0 + np.exp(a * self.decision_function(texts, hits) + b))

    def save(self, target: Path | BinaryIO, metadata: dict[str, Any] | None = None) -> None:
        """Write the model to a path or an open binary stream."""
        self.metadata_ = dict(metadata or {})
        params = {"C": self.C, "indicator_scale": self.indicator_scale, "cv": self.cv,
                  "random_state": self.random_state, "n_train": self.n_train_, "version": MODEL_VERSION,
                  "indicator_ids": list(self.indicator_ids_), "metadata": self.metadata_}
        # np.savez would append ".npz" to a file name without it; a stream keeps the name as given.
        with nullcontext(target) if hasattr(target, "write") else open(target, "wb") as f:  # type: ignore[arg-type]
            np.savez_compressed(f, coef=self.coef_.astype(np.float32), intercept=np.float64(self.intercept_),
                                calibration=np.asarray(self.calibration_), params=np.asarray(json.dumps(params)))


def _from_arrays(data: Any) -> RiskModel:
    params = json.loads(str(data["params"]))
    model = RiskModel(C=params["C"], indicator_scale=params["indicator_scale"], cv=params["cv"],
                      random_state=params["random_state"])
    model.coef_ = data["coef"].astype(np.float64)
    model.intercept_ = float(data["intercept"])
    model.calibration_ = tuple(float(x) for x in data["calibration"])
    model.indicator_ids_ = tuple(params["indicator_ids"])
    model.n_train_ = params["n_train"]
    model.metadata_ = params["metadata"]
    expected = N_HASH_FEATURES + len(model.indicator_ids_) + 12
    if model.coef_.shape != (expected,):
        raise ValueError("weights do not match this version's features")
    return model


def load_model(path: Path | None = None) -> RiskModel:
    """Load the shipped model (or one made by `ctip train`)."""
    ref = resources.files("ctip.data").joinpath("models", MODEL_FILE) if path is None else path
    try:
        with resources.as_file(ref) if path is None else nullcontext(path) as p, np.load(p, allow_pickle=False) as data:
            return _from_arrays(data)
    except FileNotFoundError as exc:
        raise CtipError(f"The risk model file is missing ({exc.filename}).",
                        "Reinstall ctip, or train one with: ctip train data/corpus/parts/*.jsonl -o model.npz") from exc
    except (ValueError, KeyError, OSError) as exc:
        raise CtipError(f"{ref} is not a ctip risk model ({exc}).", "Use a file written by `ctip train`.") from exc


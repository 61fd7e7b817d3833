"""RiskModel: a calibrated linear model over character n-grams and indicator features.

scikit-learn conventions: `__init__` stores parameters, `fit` learns and returns self,
learned state ends in `_`. Training fits a logistic regression whose indicator weights keep
the catalogue's direction (`constrained.py`) and a sigmoid calibration by cross-validation;
the fitted model is then only a weight vector and two calibration numbers, saved as a plain
`.npz` file — no pickle to trust, and screening does not need scikit-learn or scipy.
Training is deterministic for a given corpus and `random_state`.

Because the model is linear and the calibration is a monotone sigmoid of it, every score
splits exactly into parts (`ScoreParts`): a base, one signed contribution per indicator that
fired and the wording (character n-gram) part, in log-odds, with
`risk_score == sigmoid(base + sum(indicators) + wording)`.

The same file carries the frame head (`frames.FrameModel`): what the post does with the red
flags it names (offers, pleads, warns, testifies, reports). It reads the same features, so the
text is hashed once for both.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from contextlib import nullcontext
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import numpy as np

from ctip.detect.construct import maker
from ctip.detect.features import (
    FAMILIES,
    N_HASH_FEATURES,
    clip_texts,
    indicator_block,
    make_vectorizer,
    score_terms,
)
from ctip.detect.frames import FrameModel
from ctip.detect.rounding import round_places
from ctip.errors import EXIT_USAGE, CtipError
from ctip.records import IndicatorHit, ScoreParts

_score_parts = maker(ScoreParts, "base", "indicators", "wording")  # ScoreParts(...), cheaper (every post)

if TYPE_CHECKING:  # training only; scipy is slow to import
    from scipy import sparse

MODEL_FILE = "risk.v1.npz"
MODEL_VERSION = "risk.v1"  # the file format; a model's identity is `RiskModel.version`
PART_DECIMALS = 4  # score parts are rounded once, and the score is computed from the rounded parts


class SignViolation(CtipError):
    """A trained model whose weights contradict the catalogue's directions (a data problem: exit 2)."""

    exit_code = EXIT_USAGE


class RiskModel:
    def __init__(self, *, C: float = 4.0, indicator_scale: float = 3.0, cv: int = 5, random_state: int = 0) -> None:
        self.C = C
        self.indicator_scale = indicator_scale
        self.cv = cv
        self.random_state = random_state
        self.metadata_: dict[str, Any] = {}
        self.frame_: FrameModel | None = None

    def _features(self, texts: Sequence[str], hits: Sequence[Sequence[IndicatorHit]]) -> sparse.csr_matrix:
        from scipy import sparse

        text_block = make_vectorizer().transform(clip_texts(texts))
        ind = indicator_block(hits, self.indicator_ids_) * self.indicator_scale
        return sparse.hstack([text_block, ind], format="csr")

    def fit(
        self, texts: Sequence[str], hits: Sequence[Sequence[IndicatorHit]], labels: Sequence[int],
        indicator_ids: Sequence[str], directions: Mapping[str, int], frames: Sequence[str] | None = None,
    ) -> RiskModel:
        """texts: normalised texts; hits: indicator hits per post; labels: 0/1;
        directions: +1 for an indicator that raises risk, -1 for one that lowers it;
        frames: each post's frame (`frames.FRAMES`), to fit the frame head too."""
        from sklearn.calibration import CalibratedClassifierCV

        from ctip.detect.constrained import SignConstrainedLogisticRegression

        y = np.asarray(labels, dtype=int)
        if len(set(y.tolist())) < 2:
            raise CtipError("The training corpus needs both label 0 and label 1 posts.")
        self.indicator_ids_ = tuple(indicator_ids)
        X = self._features(texts, hits)
        signs = feature_signs(self.indicator_ids_, directions)
        base = SignConstrainedLogisticRegression(signs, C=self.C)
        calibrated = CalibratedClassifierCV(base, method="sigmoid", cv=self.cv, ensemble=False).fit(X, y)
        fitted = calibrated.calibrated_classifiers_[0]
        self.coef_ = fitted.estimator.coef_.ravel().astype(np.float64)
        self.intercept_ = float(fitted.estimator.intercept_[0])
        self.calibration_ = (float(fitted.calibrators[0].a_), float(fitted.calibrators[0].b_))
        self.n_train_ = int(len(y))
        self.check_directions(directions)
        self.frame_ = FrameModel(random_state=self.random_state).fit(X, frames) if frames is not None else None
        self.__dict__.pop("_stacked", None)  # the weight table screening built from older weights
        return self

    def check_directions(self, directions: Mapping[str, int]) -> None:
        """Raise SignViolation when a weight or the calibration breaks the catalogue's directions."""
        problems = [f"{iid} ({'raises' if d > 0 else 'lowers'} risk) has weight {w:+.4f}"
                    for iid, d, w in zip(self.indicator_ids_, (directions.get(i, 0) for i in self.indicator_ids_),
                                         self.coef_[N_HASH_FEATURES:], strict=False) if d * w < 0]
        signs = feature_signs(self.indicator_ids_, directions)[N_HASH_FEATURES:]
        extra = self.coef_[N_HASH_FEATURES + len(self.indicator_ids_):]
        problems += [f"feature {i} has weight {w:+.4f}" for i, (s_, w) in
                     enumerate(zip(signs[len(self.indicator_ids_):], extra, strict=True)) if s_ * w < 0]
        if self.calibration_[0] >= 0:
            problems.append(f"the calibration slope {-self.calibration_[0]:+.4f} is not positive")
        if problems:
            raise SignViolation("The trained model breaks the indicator directions: " + "; ".join(problems) + ".",
                                "Check the corpus labels; a model that contradicts its explanations is not saved.")

    @property
    def version(self) -> str:
        """Content hash of the weights, calibration, indicator columns and the cue tables' key:
        a workspace screened with another model or other cue tables is re-screened."""
        from ctip.detect.cues import source_key

        digest = hashlib.sha256()
        digest.update(self.coef_.astype(np.float32).tobytes())
        digest.update(json.dumps([self.intercept_, list(self.calibration_), list(self.indicator_ids_),
                                  self.indicator_scale]).encode())
        digest.update(source_key().encode())
        if self.frame_ is not None:
            digest.update(self.frame_.coef_.astype(np.float32).tobytes())
            digest.update(self.frame_.intercept_.astype(np.float64).tobytes())
        return f"risk-{digest.hexdigest()[:16]}"

    def score_parts(self, texts: Sequence[str], hits: Sequence[Sequence[IndicatorHit]]) -> list[ScoreParts]:
        """Each post's calibrated log-odds, split into base, indicator contributions and wording."""
        return self.score(texts, hits)[0]

    def score(self, texts: Sequence[str], hits: Sequence[Sequence[IndicatorHit]]
              ) -> tuple[list[ScoreParts], list[str | None]]:
        """Score parts and frame (None for a model file without a frame head) of each post."""
        if not texts:
            return [], []
        slope, offset = -self.calibration_[0], -self.calibration_[1]  # p = sigmoid(slope * f + offset)
        text_part = make_vectorizer().dot(clip_texts(texts), self._text_weights())
        wording = ((text_part if text_part.ndim == 1 else text_part[:, 0]) * slope).tolist()
        ind_coef = (self.coef_[N_HASH_FEATURES:] * (self.indicator_scale * slope)).tolist()
        col = {iid: i for i, iid in enumerate(self.indicator_ids_)}
        base = round_places(slope * self.intercept_ + offset, PART_DECIMALS)
        terms = [score_terms(h, col, ind_coef, PART_DECIMALS) for h in hits]  # one pass per post for both heads
        parts = [_score_parts(base, shares, round_places(w, PART_DECIMALS)) for (_, shares), w in zip(terms, wording, strict=True)]
        if self.frame_ is None:
            return parts, [None] * len(parts)
        frame_ind = self.frame_.coef_[N_HASH_FEATURES:] * self.indicator_scale
        block = np.zeros((len(hits), frame_ind.shape[0]))  # each post's indicator features, dense
        rows = [row for row, (cells, _) in enumerate(terms) for _ in cells]
        if rows:
            columns = [c for cells, _ in terms for c, _ in cells]
            block[rows, columns] = [v for cells, _ in terms for _, v in cells]  # a post's cells never share a column
        return parts, list(self.frame_.frames_from_logits(text_part[:, 1:] + block @ frame_ind))

    def ngram_contributions(self, text: str) -> tuple[str, np.ndarray, np.ndarray, np.ndarray]:
        """The model's reading of one normalised text, n-gram by n-gram: (the text as scored,
        start, length, contribution), each contribution in calibrated log-odds, so that they add
        up to the post's `wording` part (before it is rounded)."""
        text = clip_texts([text])[0]
        starts, lengths, cols = make_vectorizer().positions(text)
        return text, starts, lengths, self._column_contributions(cols)

    def ngram_column_contributions(self, text: str) -> tuple[str, np.ndarray]:
        """`ngram_contributions` without the starts and lengths (they follow from the text's length:
        n-grams of each length in turn, by start): (the text as scored, contribution)."""
        text = clip_texts([text])[0]
        return text, self._column_contributions(make_vectorizer().columns(text))

    def _column_contributions(self, cols: np.ndarray) -> np.ndarray:
        """Each n-gram's share of the calibrated wording part: its weight, scaled as the hashed row is
        (1/sqrt of the text's n-gram count) and by the calibration slope."""
        slope = -self.calibration_[0]
        scale = slope / math.sqrt(len(cols)) if len(cols) else 0.0
        return self.coef_[cols] * scale

    def _text_weights(self) -> np.ndarray:
        """The n-gram weights of the risk model, and of the frame head beside them (one pass).

        Model files store float32 weights: when every weight is a float32 value, the table is
        kept as float32 (the dot product adds them as float64, so the result is the same) in
        rows padded to 32 bytes, each inside one 64-byte cache line: half the memory of float64
        and one memory read per n-gram instead of up to two."""
        cached = getattr(self, "_stacked", None)
        if cached is None:
            columns = [self.coef_[:N_HASH_FEATURES, None]]
            if self.frame_ is not None:
                columns.append(self.frame_.coef_[:N_HASH_FEATURES])
            cached = _compact(columns)
            self._stacked = cached
        return cached if self.frame_ is not None else cached[:, 0]

    def predict_proba(self, texts: Sequence[str], hits: Sequence[Sequence[IndicatorHit]]) -> np.ndarray:
        """Calibrated probability that each post needs review (the sigmoid of its score parts)."""
        return np.asarray([p.probability for p in self.score_parts(texts, hits)], dtype=np.float64)

    def save(self, target: Path | BinaryIO, metadata: dict[str, Any] | None = None) -> None:
        """Write the model to a path or an open binary stream."""
        self.metadata_ = dict(metadata or {})
        params = {"C": self.C, "indicator_scale": self.indicator_scale, "cv": self.cv,
                  "random_state": self.random_state, "n_train": self.n_train_, "version": MODEL_VERSION,
                  "indicator_ids": list(self.indicator_ids_), "metadata": self.metadata_}
        # np.savez would append ".npz" to a file name without it; a stream keeps the name as given.
        with nullcontext(target) if hasattr(target, "write") else open(target, "wb") as f:  # type: ignore[arg-type]
            np.savez_compressed(f, coef=self.coef_.astype(np.float32), intercept=np.float64(self.intercept_),
                                calibration=np.asarray(self.calibration_), params=np.asarray(json.dumps(params)),
                                **(self.frame_.arrays() if self.frame_ is not None else {}))


def _compact(blocks: Sequence[np.ndarray]) -> np.ndarray:
    """The 2-D `blocks` side by side, (n, k): as float32 in 64-byte-aligned rows of a power-of-two
    width (a view of the first k columns) when float32 holds every weight exactly, otherwise as
    a contiguous float64 array."""
    k = sum(b.shape[1] for b in blocks)
    n = blocks[0].shape[0]
    if k > 16:
        return np.ascontiguousarray(np.column_stack(blocks), dtype=np.float64)
    width = 1 << (k - 1).bit_length()
    raw = np.zeros(n * width + 16, dtype=np.float32)
    start = (-raw.ctypes.data % 64) // 4
    table = raw[start:start + n * width].reshape(n, width)
    at = 0
    for block in blocks:
        part = table[:, at:at + block.shape[1]]
        part[...] = block  # rounds to float32 ...
        if not np.array_equal(part, block):  # ... which must change nothing
            return np.ascontiguousarray(np.column_stack(blocks), dtype=np.float64)
        at += block.shape[1]
    return table[:, :k]


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
    model.frame_ = FrameModel.from_arrays(data)
    if model.coef_.shape != (expected,) or (model.frame_ is not None and model.frame_.coef_.shape[0] != expected):
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



def feature_signs(indicator_ids: Sequence[str], directions: Mapping[str, int]) -> np.ndarray:
    """Sign constraint per feature column: n-grams free; an indicator, its family flag and the
    "how many families" counts keep the direction of the indicators behind them."""
    family_signs = [-1 if f == "L" else 1 for f in FAMILIES]
    block = [int(math.copysign(1, directions[i])) if directions.get(i) else 0 for i in indicator_ids]
    return np.concatenate([np.zeros(N_HASH_FEATURES, dtype=np.int8),
                           np.asarray(block + family_signs + [1, 1], dtype=np.int8)])

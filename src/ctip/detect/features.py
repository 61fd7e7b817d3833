"""Turn a post's normalised text and indicator hits into model features.

Two blocks, stacked side by side: hashed character n-grams of the normalised text (work
across scripts without a tokenizer, need no vocabulary so the model file stays small) and a
dense block describing which indicators and families fired.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from ctip.detect.hashing import CharNgramHasher
from ctip.records import IndicatorHit

N_HASH_FEATURES = 2**18
FAMILIES = ("R", "T", "C", "X", "S", "M", "O", "K", "I", "L")
# Long posts add little signal after the first few thousand characters and cost time.
MAX_MODEL_CHARS = 4000


def make_vectorizer() -> CharNgramHasher:
    # The text is already folded (lower case, digits, width) by ctip.text.normalise.
    return CharNgramHasher(ngram_range=(2, 4), n_features=N_HASH_FEATURES)


def indicator_block(hits_per_post: Sequence[Sequence[IndicatorHit]], indicator_ids: Sequence[str]) -> sparse.csr_matrix:
    """One row per post: a 1 per fired indicator, family flags, and a count of non-L families."""
    col = {iid: i for i, iid in enumerate(indicator_ids)}
    fam_base = len(indicator_ids)
    n_cols = fam_base + len(FAMILIES) + 2
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for r, hits in enumerate(hits_per_post):
        families = {h.family or h.id[:1] for h in hits}
        for h in hits:
            if h.id in col:
                rows.append(r)
                cols.append(col[h.id])
                vals.append(1.0)
        for f in families:
            if f in FAMILIES:
                rows.append(r)
                cols.append(fam_base + FAMILIES.index(f))
                vals.append(1.0)
        risky = len(families - {"L"})
        rows.extend([r, r])
        cols.extend([n_cols - 2, n_cols - 1])
        vals.extend([min(risky, 5) / 5.0, 1.0 if risky >= 2 else 0.0])
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(hits_per_post), n_cols), dtype=np.float32)


def clip_texts(texts: Sequence[str]) -> list[str]:
    return [t if len(t) <= MAX_MODEL_CHARS else t[:MAX_MODEL_CHARS] for t in texts]

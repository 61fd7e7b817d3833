"""Turn a post's normalised text and indicator hits into model features.

Two blocks, stacked side by side: hashed character n-grams of the normalised text (work
across scripts without a tokenizer, need no vocabulary so the model file stays small) and a
dense block describing which indicators and families fired.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # imported when training: scipy is slow to import
    from scipy import sparse

from ctip.detect.hashing import CharNgramHasher
from ctip.detect.rounding import round_places
from ctip.records import IndicatorHit

try:  # the compiled twin of `indicator_terms`; absent where no C compiler was found at install
    from ctip.detect import _fast
except ImportError:  # pragma: no cover - depends on the install
    _fast = None

N_HASH_FEATURES = 2**18
FAMILIES = ("R", "T", "C", "X", "S", "M", "O", "K", "I", "L")
_FAMILY_INDEX = {f: i for i, f in enumerate(FAMILIES)}
# Signs that an employer is real (licence, registration, fair pay, no fees, official channel,
# contract terms). They do not offset coercion: a registered company that keeps passports is
# no safer for it. When a C indicator fires, these count for nothing (their weight shows as 0).
LEGITIMACY_IDS = frozenset({"L1", "L2", "L3", "L4", "L5", "L6"})
# Long posts add little signal after the first few thousand characters and cost time.
MAX_MODEL_CHARS = 4000


def make_vectorizer() -> CharNgramHasher:
    # The text is already folded (lower case, digits, width) by ctip.text.normalise.
    return CharNgramHasher(ngram_range=(2, 4), n_features=N_HASH_FEATURES)


def effective_hits(hits: Sequence[IndicatorHit]) -> Sequence[IndicatorHit]:
    """The hits the model counts: legitimacy signs are left out when coercion (C) fired."""
    if "C" not in [h.family or h.id[:1] for h in hits]:  # a list: cheaper than any() over a generator
        return hits
    return [h for h in hits if h.id not in LEGITIMACY_IDS]


def indicator_cells(hits: Sequence[IndicatorHit], col: dict[str, int]) -> list[tuple[int, float]]:
    """(column, value) of one post's indicator features; `col` maps ids to columns 0..k-1.

    A 1 per fired indicator, family flags after them, then a count of non-L families and a
    flag for "two or more" in the last two columns. Legitimacy signs next to coercion are not
    counted (`effective_hits`).
    """
    return indicator_terms(hits, col)[0]


def indicator_shares(hits: Sequence[IndicatorHit], col: dict[str, int], coef: Sequence[float]) -> dict[str, float]:
    """Each fired indicator's share of `sum(coef[c] * v for c, v in indicator_cells(hits, col))`.

    An indicator gets its own weight, an equal share of its family flag's weight among the
    indicators of that family, and (unless it is a legitimacy sign) an equal share of the
    "how many families" weights among the risk indicators. The shares add up to the whole, and
    each keeps the sign of the weights behind it. An indicator that is not counted
    (`effective_hits`) gets 0.
    """
    return indicator_terms(hits, col, coef)[1]


def indicator_terms(hits: Sequence[IndicatorHit], col: dict[str, int], coef: Sequence[float] | None = None
                    ) -> tuple[list[tuple[int, float]], dict[str, float]]:
    """`indicator_cells` and (with `coef`) `indicator_shares` of one post, from one pass over its
    hits: screening needs both for every post (the risk score's parts and the frame head)."""
    fam_base = len(col)
    n_cols = fam_base + len(FAMILIES) + 2
    shares = dict.fromkeys([h.id for h in hits], 0.0) if coef is not None else {}
    hits = effective_hits(hits)
    families: dict[str, list[str]] = {}
    cells = []
    for h in hits:  # in hit order: each id's own weight is the first thing added to its share
        iid = h.id
        families.setdefault(h.family or iid[:1], []).append(iid)
        column = col.get(iid)
        if column is not None:
            cells.append((column, 1.0))
            if coef is not None:
                shares[iid] += coef[column]
    cells += [(fam_base + _FAMILY_INDEX[f], 1.0) for f in families if f in _FAMILY_INDEX]
    risky = len(families.keys() - {"L"})
    cells.append((n_cols - 2, min(risky, 5) / 5.0))
    cells.append((n_cols - 1, 1.0 if risky >= 2 else 0.0))
    if coef is None:
        return cells, shares
    for family, members in families.items():
        if family in _FAMILY_INDEX:
            part = coef[fam_base + _FAMILY_INDEX[family]] / len(members)
            for iid in members:
                shares[iid] += part
    risky_ids = [iid for family, members in families.items() if family != "L" for iid in members]
    count_part = coef[n_cols - 2] * min(risky, 5) / 5.0 + coef[n_cols - 1] * (1.0 if risky >= 2 else 0.0)
    for iid in risky_ids:
        shares[iid] += count_part / len(risky_ids)
    return cells, shares


def score_terms(hits: Sequence[IndicatorHit], col: dict[str, int], coef: list[float], ndigits: int
                ) -> tuple[list[tuple[int, float]], dict[str, float]]:
    """`indicator_terms(hits, col, coef)` with each share rounded by `round_places(share, ndigits)`:
    what screening needs for every post. The compiled twin (`_fast.indicator_terms`) makes the same
    additions and divisions in the same order, so it gives the same cells and shares."""
    if _fast is not None:
        return _fast.indicator_terms(hits, col, coef, _FAMILY_INDEX, LEGITIMACY_IDS, len(FAMILIES), ndigits)
    cells, shares = indicator_terms(hits, col, coef)
    return cells, {iid: round_places(share, ndigits) for iid, share in shares.items()}


def indicator_block(hits_per_post: Sequence[Sequence[IndicatorHit]], indicator_ids: Sequence[str]) -> sparse.csr_matrix:
    """One row of `indicator_cells` per post."""
    from scipy import sparse

    col = {iid: i for i, iid in enumerate(indicator_ids)}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for r, hits in enumerate(hits_per_post):
        for c, v in indicator_cells(hits, col):
            rows.append(r)
            cols.append(c)
            vals.append(v)
    n_cols = len(col) + len(FAMILIES) + 2
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(hits_per_post), n_cols), dtype=np.float32)


def clip_texts(texts: Sequence[str]) -> list[str]:
    return [t if len(t) <= MAX_MODEL_CHARS else t[:MAX_MODEL_CHARS] for t in texts]

"""Hashed character n-gram counts for a batch of texts, computed with numpy.

Does what scikit-learn's HashingVectorizer(analyzer="char") does, but hashes every n-gram
of the whole batch in a few vectorised passes instead of building Python strings per
n-gram. The hash is a fixed polynomial over code points, so features are identical on every
machine. Counts are divided by the square root of the post's number of n-grams (the L2 norm
the counts would have if no n-gram repeated): unlike the true L2 norm it needs no grouping of
equal n-grams, so scoring is a weighted sum per post — half the cost — and on the development
set the model scores the same. Training needs the matrix (`transform`); screening only needs
each post's dot product with the weights (`dot`), which skips building a sparse matrix.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

try:  # the compiled twin of `dot`; absent where no C compiler was found at install
    from ctip.detect import _fast
except ImportError:  # pragma: no cover - depends on the install
    _fast = None

if TYPE_CHECKING:  # scipy takes ~0.2 s to import; screening never needs it
    from scipy import sparse

_PRIME = np.uint64(1_000_003)
_MIX = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing spreads the polynomial hash over all bits


class CharNgramHasher:
    """Stateless transformer: texts → counts of hashed character n-grams / √(number of n-grams)."""

    def __init__(self, ngram_range: tuple[int, int] = (2, 4), n_features: int = 2**18) -> None:
        if n_features & (n_features - 1):
            raise ValueError("n_features must be a power of two")
        self.ngram_range = ngram_range
        self.n_features = n_features
        self._bits = n_features.bit_length() - 1

    def _ngrams(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(document index, column) of every n-gram occurrence in the batch."""
        codes, doc_of = self._codes(texts)
        rows, cols = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)]
        for same_doc, col in self._hashed(codes, doc_of):
            rows.append(doc_of[: len(same_doc)][same_doc].astype(np.int64))
            cols.append(col[same_doc].astype(np.int64))
        return np.concatenate(rows), np.concatenate(cols)

    @staticmethod
    def _codes(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
        return codes, np.repeat(np.arange(len(texts), dtype=np.int32), lengths)

    def _hashed(self, codes: np.ndarray, doc_of: np.ndarray) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """(mask of n-grams inside one post, column) per n, over the joined code points.

        The hash of an n-gram is n·P^n + Σ c_k·P^(n-1-k) (mod 2^64); the sum part is built up
        from the (n-1)-grams' instead of from scratch.
        """
        shift = np.uint64(64 - self._bits)
        low, high = self.ngram_range
        poly = codes
        with np.errstate(over="ignore"):
            for n in range(1, high + 1):
                if n > 1:
                    poly = poly[:-1] * _PRIME + codes[n - 1 :]
                if n < low or len(poly) == 0:
                    continue
                h = poly + np.uint64(n) * _PRIME ** np.uint64(n)
                same_doc = doc_of[: len(poly)] == doc_of[n - 1 :]  # drop n-grams spanning two posts
                yield same_doc, ((h * _MIX) >> shift).astype(np.int32)

    def positions(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(start, length, column) of every n-gram of one text, the n-grams `transform` counts."""
        codes, doc_of = self._codes([text])
        starts, lengths, cols = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)], [np.zeros(0, np.int64)]
        for _, col in self._hashed(codes, doc_of):
            starts.append(np.arange(len(col), dtype=np.int64))
            lengths.append(np.full(len(col), len(text) - len(col) + 1, dtype=np.int64))
            cols.append(col.astype(np.int64))
        return np.concatenate(starts), np.concatenate(lengths), np.concatenate(cols)

    def columns(self, text: str) -> np.ndarray:
        """The column of every n-gram of one text, in the order of `positions` (compiled when built)."""
        if _fast is not None:
            low, high = self.ngram_range
            found = _fast.ngram_columns(text, self._bits, low, high, _offsets(high))
            if found is not None:  # None: a lone surrogate, which the numpy path refuses as it always did
                return np.frombuffer(found, dtype=np.int64)
        return self.positions(text)[2]

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        n_docs = len(texts)
        r, c = self._ngrams(texts)
        from scipy import sparse

        # COO → CSR adds up repeated (row, column) pairs, which gives the counts.
        counts = sparse.coo_matrix((np.ones(len(r), dtype=np.float32), (r, c)),
                                   shape=(n_docs, self.n_features)).tocsr()
        row_of = np.repeat(np.arange(n_docs), np.diff(counts.indptr))
        norms = np.sqrt(np.bincount(r, minlength=n_docs).astype(np.float64))
        norms[norms == 0] = 1.0
        counts.data /= norms[row_of].astype(np.float32)
        return counts

    def dot(self, texts: Sequence[str], weights: np.ndarray) -> np.ndarray:
        """`transform(texts) @ weights[:n_features]`, without building the matrix.

        `weights` is 1-D (n_features,) → result (n_docs,), or 2-D (n_features, k) → (n_docs, k).
        Uses the compiled twin (`_fast`, built by `pip install`) when present; it sums in the
        same order, so both give bit-identical results. float32 weights are added as float64 by
        both paths: the result equals that of float64 weights holding the same values."""
        weights = np.asarray(weights)
        if weights.ndim not in (1, 2):
            raise ValueError("weights must be 1-D (n_features,) or 2-D (n_features, k)")
        n_docs = len(texts)
        shape = (n_docs,) if weights.ndim == 1 else (n_docs, weights.shape[1])
        if n_docs == 0:
            return np.zeros(shape)
        if _fast is not None and weights.dtype in (np.float64, np.float32) and weights.shape[0] >= self.n_features \
                and (weights.ndim == 1 or 1 <= weights.shape[1] <= 64):
            out = np.empty(shape)
            low, high = self.ngram_range
            if _fast.dot(list(texts), weights, self._bits, low, high, _offsets(high), out):
                return out
        return self.dot_numpy(texts, weights)

    def dot_numpy(self, texts: Sequence[str], weights: np.ndarray) -> np.ndarray:
        """`dot` with numpy only (the reference the compiled twin is tested against)."""
        weights = np.asarray(weights)
        n_docs = len(texts)
        columns = weights[:, None] if weights.ndim == 1 else weights
        if n_docs == 0:
            return np.zeros((0,) if weights.ndim == 1 else (0, columns.shape[1]))
        codes, doc_of = self._codes(texts)
        num = np.zeros((columns.shape[1], n_docs))
        size = np.zeros(n_docs)
        for same_doc, col in self._hashed(codes, doc_of):
            docs = doc_of[: len(same_doc)][same_doc]
            picked = col[same_doc]
            for j in range(columns.shape[1]):
                num[j] += np.bincount(docs, weights=columns[picked, j], minlength=n_docs)
            size += np.bincount(docs, minlength=n_docs)
        size[size == 0] = 1.0
        result = num / np.sqrt(size)
        return result[0] if weights.ndim == 1 else result.T.copy()


@cache
def _offsets(high: int) -> list[int]:
    """n·P^n mod 2^64 for n = 0..high, exactly as `_hashed` computes it with numpy."""
    with np.errstate(over="ignore"):
        return [int(np.uint64(n) * _PRIME ** np.uint64(n)) for n in range(high + 1)]

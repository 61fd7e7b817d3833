"""Character shingles of a post skeleton, hashed to uint32, and MinHash signatures over them.

Character k-grams work across scripts written without spaces (Khmer, Thai, Lao, Burmese,
Chinese); as a *set* they barely change when sentences are reordered (only the k-grams across
sentence joins differ). Signatures are bit-for-bit those of `datasketch.MinHash(scheme="affine32",
hashfunc=identity)` over the same hashes, computed for many posts at once with numpy.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from datasketch import LeanMinHash, MinHash

SCHEME = "affine32"
_U32 = np.uint32
_FMIX = (_U32(16), _U32(0x85EBCA6B), _U32(13), _U32(0xC2B2AE35), _U32(16))


def shingle_hashes(skeleton: str, k: int = 5) -> np.ndarray:
    """Sorted distinct uint32 hashes of the character k-grams (the whole text if shorter than k)."""
    cps = np.frombuffer(skeleton.encode("utf-32-le"), dtype=_U32).astype(np.uint64)
    if len(cps) == 0:
        return np.zeros(0, dtype=_U32)
    if len(cps) < k:
        cps = np.concatenate([cps, np.zeros(k - len(cps), dtype=np.uint64)])
    n = len(cps) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    for j in range(k):  # polynomial hash of the k code points, wrapping mod 2^64
        h = h * np.uint64(0x100000001B3) + cps[j:j + n]
    h ^= h >> np.uint64(29)
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(32)
    return np.unique(h.astype(_U32))


def _fmix32(hv: np.ndarray) -> np.ndarray:
    s1, m1, s2, m2, s3 = _FMIX
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    return hv ^ (hv >> s3)


class Permutations:
    """The `num_perm` affine permutations of datasketch's affine32 scheme for `seed`."""

    def __init__(self, num_perm: int = 128, seed: int = 1) -> None:
        self.num_perm, self.seed = num_perm, seed
        a, b = MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME).permutations
        self.a, self.b = np.asarray(a, dtype=_U32), np.asarray(b, dtype=_U32)

    def signatures(self, hash_sets: Sequence[np.ndarray], chunk: int = 200_000) -> np.ndarray:
        """One signature row (uint32[num_perm]) per hash set; an empty set gets all-max values."""
        out = np.full((len(hash_sets), self.num_perm), np.iinfo(_U32).max, dtype=_U32)
        i = 0
        while i < len(hash_sets):  # group posts so each numpy call sees ~`chunk` shingles
            j, total = i, 0
            while j < len(hash_sets) and (total == 0 or total + len(hash_sets[j]) <= chunk):
                total += len(hash_sets[j])
                j += 1
            self._fill(hash_sets[i:j], out[i:j])
            i = j
        return out

    def _fill(self, sets: Sequence[np.ndarray], out: np.ndarray) -> None:
        sizes = np.fromiter((len(s) for s in sets), dtype=np.int64, count=len(sets))
        rows = np.flatnonzero(sizes)
        if len(rows) == 0:
            return
        hv = _fmix32(np.concatenate([sets[r] for r in rows]))
        # (num_perm × shingles) layout: reduceat along contiguous rows is many times faster.
        phv = self.a[:, None] * hv[None, :] + self.b[:, None]
        starts = np.concatenate([[0], np.cumsum(sizes[rows])[:-1]])
        out[rows] = np.minimum.reduceat(phv, starts, axis=1).T

    def lean(self, signature: np.ndarray) -> LeanMinHash:
        """The signature as a datasketch LeanMinHash (validated; for storing or comparing)."""
        return LeanMinHash(seed=self.seed, hashvalues=signature, scheme=SCHEME)

    def view(self, signature: np.ndarray) -> SignatureView:
        """The signature as MinHashLSH sees it, without LeanMinHash's per-call validation (hot path)."""
        return SignatureView(signature, self.seed)


class SignatureView:
    """The part of a datasketch MinHash that MinHashLSH reads: `hashvalues`, `scheme`, `seed`, `len`."""

    __slots__ = ("hashvalues", "seed")
    scheme = SCHEME

    def __init__(self, hashvalues: np.ndarray, seed: int) -> None:
        self.hashvalues, self.seed = hashvalues, seed

    def __len__(self) -> int:
        return len(self.hashvalues)


def signature_bytes(signature: np.ndarray) -> bytes:
    """Little-endian bytes of a uint32 signature, for storing in a database column."""
    return np.asarray(signature, dtype="<u4").tobytes()


def signature_from_bytes(data: bytes) -> np.ndarray:
    """The signature `signature_bytes` wrote."""
    return np.frombuffer(data, dtype="<u4").astype(_U32)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted distinct hash arrays."""
    if len(a) == 0 or len(b) == 0:
        return 1.0 if len(a) == len(b) else 0.0
    if len(a) > len(b):
        a, b = b, a
    pos = np.searchsorted(b, a)
    pos[pos == len(b)] = 0
    inter = int(np.count_nonzero(b[pos] == a))
    return inter / (len(a) + len(b) - inter)

import numpy as np

from ctip.detect.hashing import CharNgramHasher

MASK = (1 << 64) - 1


def reference(text: str, n_features: int, sizes=(2, 3, 4)) -> dict[int, float]:
    """The same hash written plainly in Python, one n-gram at a time."""
    shift = 64 - n_features.bit_length() + 1
    counts: dict[int, float] = {}
    for n in sizes:
        for i in range(len(text) - n + 1):
            h = n
            for ch in text[i : i + n]:
                h = (h * 1_000_003 + ord(ch)) & MASK
            col = ((h * 0x9E3779B97F4A7C15) & MASK) >> shift
            counts[col] = counts.get(col, 0.0) + 1.0
    norm = sum(counts.values()) ** 0.5  # √(number of n-grams)
    return {k: v / norm for k, v in counts.items()}


def test_batch_hashing_equals_the_plain_reference_and_posts_do_not_bleed_into_each_other():
    texts = ["abcab", "ការងារ 😀", "", "x", "ab"]
    X = CharNgramHasher(n_features=2**10).transform(texts)
    assert X.shape == (5, 2**10)
    for i, text in enumerate(texts):
        row = X.getrow(i)
        got = dict(zip(row.indices.tolist(), row.data.tolist(), strict=True))
        want = reference(text, 2**10)
        assert got.keys() == want.keys()
        assert all(abs(got[k] - want[k]) < 1e-6 for k in want)


def test_rows_are_scaled_by_their_ngram_count_and_stable_across_batches():
    h = CharNgramHasher()
    a = h.transform(["salary 1500 usd", "typing job", "abcabcabc"])
    b = h.transform(["typing job"])
    assert np.allclose(np.asarray(a.sum(axis=1)).ravel() ** 2, [3 * 15 - 6, 3 * 10 - 6, 3 * 9 - 6])
    assert (a.getrow(1) != b.getrow(0)).nnz == 0


def test_dot_equals_the_matrix_product():
    h = CharNgramHasher(n_features=2**12)
    texts = ["salary 1500 usd", "", "ការងារ 😀 ការងារ", "aaaa aaaa"]
    weights = np.random.default_rng(0).normal(size=2**12)
    assert np.allclose(h.dot(texts, weights), h.transform(texts) @ weights)
    assert h.dot([], weights).shape == (0,)


def test_dot_with_a_weight_matrix_gives_each_column_as_a_vector_would():
    rng = np.random.default_rng(3)
    hasher = CharNgramHasher(n_features=2**10)
    texts = ["typing job in Sihanoukville", "", "ជួយខ្ញុំផង", "高薪 招聘 客服"]
    weights = rng.normal(size=(2**10, 3))
    both = hasher.dot(texts, weights)
    assert both.shape == (4, 3)
    for k in range(3):
        np.testing.assert_allclose(both[:, k], hasher.dot(texts, weights[:, k]), rtol=1e-12)
    np.testing.assert_allclose(both, hasher.transform(texts) @ weights, rtol=1e-6)

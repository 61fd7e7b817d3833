"""The compiled n-gram dot product (ctip.detect._fast) gives exactly what the numpy path gives."""

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from ctip.detect import hashing
from ctip.detect.features import N_HASH_FEATURES, clip_texts, make_vectorizer
from ctip.detect.hashing import CharNgramHasher
from ctip.detect.model import load_model

ROOT = Path(__file__).resolve().parents[2]


def _texts() -> list[str]:
    lines = (ROOT / "examples" / "sample_posts.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(x)["text"] for x in lines if x.strip()] + ["", "a", "ab", "😀x😀", "é" * 3, "ﾃｽﾄ\u200b"]


def test_the_extension_is_built_where_a_c_compiler_exists():
    if shutil.which("gcc") is None and shutil.which("cc") is None:
        pytest.skip("no C compiler on this machine: the numpy path is used")
    assert hashing._fast is not None, "run `make install` (pip install -e .) to build ctip.detect._fast"


def test_compiled_and_numpy_dot_are_bit_identical_for_the_shipped_weights():
    texts = clip_texts(_texts())
    hasher = make_vectorizer()
    weights = load_model().coef_[:N_HASH_FEATURES]
    fast, reference = hasher.dot(texts, weights), hasher.dot_numpy(texts, weights)
    assert fast.shape == (len(texts),)
    assert np.array_equal(fast, reference)
    assert np.allclose(hasher.transform(texts) @ weights, reference, atol=1e-6)


def test_two_dimensional_weights_give_one_column_per_output_in_any_memory_layout():
    texts = _texts()
    hasher = CharNgramHasher(n_features=2**12)
    weights = np.random.default_rng(0).normal(size=(2**12, 6))
    reference = hasher.dot_numpy(texts, weights)
    assert reference.shape == (len(texts), 6)
    for layout in (weights, np.asfortranarray(weights)):
        assert np.array_equal(hasher.dot(texts, layout), reference)
    for j in range(6):
        assert np.array_equal(hasher.dot(texts, weights[:, j]), reference[:, j])


def test_text_numpy_cannot_encode_fails_the_same_way_on_both_paths():
    hasher = CharNgramHasher(n_features=2**10)
    weights = np.ones(2**10)
    for dot in (hasher.dot, hasher.dot_numpy):
        with pytest.raises(UnicodeEncodeError):
            dot(["ok", "\ud800 lone surrogate"], weights)
    assert hasher.dot([], weights).shape == (0,)
    assert hasher.dot([], np.ones((2**10, 3))).shape == (0, 3)


def test_float32_weight_table_gives_exactly_the_float64_result_on_both_paths():
    from ctip.detect.model import _compact

    texts = clip_texts(_texts()) + ["\u200b" * 50, "x" * 5000, "ក្ខ" * 40, "\U0001f600" * 9]
    hasher = CharNgramHasher(n_features=2**12)
    rng = np.random.default_rng(1)
    weights = rng.normal(size=(2**12, 7)).astype(np.float32).astype(np.float64)  # float32 values
    table = _compact([weights])
    assert table.dtype == np.float32 and table.shape == (2**12, 7)
    assert table.ctypes.data % 64 == 0 and table.strides == (32, 4)  # one cache line per row
    reference = hasher.dot_numpy(texts, weights)
    assert np.array_equal(hasher.dot(texts, table), reference)
    assert np.array_equal(hasher.dot_numpy(texts, table), reference)
    assert np.array_equal(hasher.dot(texts, table[:, 0]), hasher.dot_numpy(texts, weights[:, 0]))


def test_weights_float32_cannot_hold_stay_float64():
    from ctip.detect.model import _compact

    weights = np.full((16, 3), 0.1)  # 0.1 is no float32 value
    table = _compact([weights])
    assert table.dtype == np.float64 and np.array_equal(table, weights)


def test_the_shipped_model_scores_the_same_with_its_compact_table_and_with_float64_weights():
    model = load_model()
    table = model._text_weights()
    assert table.dtype == np.float32
    stacked = np.column_stack([model.coef_[:N_HASH_FEATURES], model.frame_.coef_[:N_HASH_FEATURES]])
    texts = clip_texts(_texts())
    assert np.array_equal(make_vectorizer().dot(texts, table), make_vectorizer().dot_numpy(texts, stacked))


def test_compiled_hit_assembly_gives_the_same_hits():
    """`_fast.assemble_hits` (find_indicators' last loop) against the Python loop: the same hits, spans
    and details, on the corpus posts (many ids with several spans, pay details, look-alike letters and
    zero-width characters whose offsets are mapped back) and hand-made ranges (overlapping, touching,
    repeated, out of order)."""
    from ctip.detect import indicators
    from ctip.text.normalise import normalise
    if indicators._fast is None:
        pytest.skip("compiled extension not built")
    rows = [json.loads(x) for path in sorted((ROOT / "data" / "corpus" / "parts").glob("*.jsonl"))[:6]
            for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    texts = [(r["text"], r.get("lang")) for r in rows] + [(t, None) for t in _texts()]
    texts += [("ｊｏｂ in cam\u200bbodia, high s\u200balary $3000/month, passport kept", "en")]
    several = 0
    for text, lang in texts:
        norm = normalise(text)
        compiled = indicators.find_indicators(norm, lang)
        saved, indicators._fast = indicators._fast, None
        try:
            plain = indicators.find_indicators(norm, lang)
        finally:
            indicators._fast = saved
        assert compiled == plain and [type(h.spans) for h in compiled] == [tuple] * len(plain)
        several += sum(len(h.spans) > 1 for h in plain)
    assert several > 20  # the merge path ran
    from ctip.detect.indicators import _hit, _hit_info, _span
    info = _hit_info()
    ranges = {"R1": [(5, 9), (0, 3), (3, 4), (8, 12), (20, 22), (20, 22)], "C1": [(7, 2)], "I4": [(30, 40), (1, 2)]}
    got = indicators._fast.assemble_hits(["C1", "I4", "R1"], ranges, "x" * 25, info, {"R1": "d"}, _span, _hit, "text")
    assert [[(s.start, s.end, s.text) for s in h.spans] for h in got] == [
        [(7, 2, "")], [(1, 2, "x"), (30, 40, "")], [(0, 4, "xxxx"), (5, 12, "x" * 7), (20, 22, "xx")]]
    assert [h.detail for h in got] == ["", "", "d"] and got[0].name == info["C1"][1]


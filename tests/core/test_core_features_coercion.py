"""Legitimacy signs do not offset coercion: next to a C indicator, L1-L6 count for nothing."""

import pytest

from ctip.detect.features import LEGITIMACY_IDS, effective_hits, indicator_cells, indicator_shares
from ctip.records import IndicatorHit, Span

IDS = ["C1", "C9", "L1", "L2", "L4", "L6", "L7", "R1"]
COL = {iid: i for i, iid in enumerate(IDS)}


def hit(iid: str) -> IndicatorHit:
    return IndicatorHit(iid, iid, 0.0, (Span(0, 1, "x"),), iid[0])


def coef() -> list[float]:
    # own weights, then one per family flag (10), then the two family-count columns
    own = [1.0 if i[0] != "L" else -1.0 for i in IDS]
    return own + [0.5 if f != "L" else -0.5 for f in "RTCXSMOKIL"] + [0.3, 0.2]


def test_legitimacy_is_dropped_only_next_to_coercion():
    fair = [hit("R1"), hit("L1"), hit("L6")]
    assert list(effective_hits(fair)) == fair
    trapped = [hit("C9"), hit("L1"), hit("L2"), hit("L4"), hit("L7")]
    assert [h.id for h in effective_hits(trapped)] == ["C9", "L7"]  # framing cues are not legitimacy


def test_a_registered_company_that_traps_workers_scores_as_if_it_were_not_registered():
    trapped = [hit("C9"), hit("L1"), hit("L2"), hit("L4")]
    alone = [hit("C9")]
    assert indicator_cells(trapped, COL) == indicator_cells(alone, COL)
    shares = indicator_shares(trapped, COL, coef())
    assert all(shares[i] == 0.0 for i in ("L1", "L2", "L4"))
    assert sum(shares.values()) == sum(indicator_shares(alone, COL, coef()).values())


def test_without_coercion_legitimacy_still_lowers_the_score():
    shares = indicator_shares([hit("R1"), hit("L1")], COL, coef())
    assert shares["L1"] < 0 and LEGITIMACY_IDS >= {"L1"}


def _reference_terms(hits, col, coef):
    """indicator_cells / indicator_shares as they were written before screening computed both in
    one pass (main c8e103c): the one-pass version must give exactly the same numbers."""
    from ctip.detect.features import FAMILIES

    fam_base, n_cols = len(col), len(col) + len(FAMILIES) + 2
    shares = dict.fromkeys((h.id for h in hits), 0.0)
    kept = effective_hits(hits)
    fams = {h.family or h.id[:1] for h in kept}
    cells = [(col[h.id], 1.0) for h in kept if h.id in col]
    cells += [(fam_base + FAMILIES.index(f), 1.0) for f in fams if f in FAMILIES]
    risky = len(fams - {"L"})
    cells += [(n_cols - 2, min(risky, 5) / 5.0), (n_cols - 1, 1.0 if risky >= 2 else 0.0)]
    families: dict[str, list[str]] = {}
    for h in kept:
        families.setdefault(h.family or h.id[:1], []).append(h.id)
    for h in kept:
        if h.id in col:
            shares[h.id] += coef[col[h.id]]
    for family, members in families.items():
        if family in FAMILIES:
            for iid in members:
                shares[iid] += coef[fam_base + FAMILIES.index(family)] / len(members)
    risky_ids = [iid for family, members in families.items() if family != "L" for iid in members]
    count_part = coef[n_cols - 2] * min(risky, 5) / 5.0 + coef[n_cols - 1] * (1.0 if risky >= 2 else 0.0)
    for iid in risky_ids:
        shares[iid] += count_part / len(risky_ids)
    return cells, shares


def test_one_pass_terms_equal_the_separate_cells_and_shares_for_random_hit_sets():
    import random

    from ctip.detect.features import indicator_terms

    rng = random.Random(7)
    ids = sorted(COL) + ["Z9", "Q1"]  # two ids the model has no column for
    for _ in range(2000):
        coefs = [rng.uniform(-2.0, 2.0) for _ in coef()]  # inexact values: the order of additions shows
        hits = [hit(i) for i in rng.sample(ids, rng.randint(0, 8))]
        cells, shares = indicator_terms(hits, COL, coefs)
        ref_cells, ref_shares = _reference_terms(hits, COL, coefs)
        assert sorted(cells) == sorted(ref_cells) and len(cells) == len(ref_cells)
        assert shares == ref_shares  # exactly: the same additions in the same order
        assert list(shares) == list(ref_shares)
        assert indicator_terms(hits, COL)[0] == cells


def test_compiled_score_terms_equal_the_python_terms_rounded():
    """`_fast.indicator_terms` (screening's path) against `indicator_terms` + `round_places`: the same
    cells in the same order and the same shares, bit for bit, in the same key order; families given
    and left empty (the id's letter), duplicated ids, ids without a column, C with legitimacy signs."""
    import random

    from ctip.detect import features
    from ctip.detect.rounding import round_places
    if features._fast is None:
        pytest.skip("compiled extension not built")
    rng = random.Random(13)
    ids = sorted(COL) + ["Z9", "Q1", "W1"]
    for trial in range(3000):
        coefs = [rng.uniform(-2.0, 2.0) for _ in coef()]
        picked = [rng.choice(ids) for _ in range(rng.randint(0, 9))] if trial % 5 == 0 else \
            rng.sample(ids, rng.randint(0, 9))
        hits = [IndicatorHit(i, i, 1.0, (Span(0, 1, "x"),), "" if rng.random() < 0.3 else i[0]) for i in picked]
        for ndigits in (4, -1):
            cells, shares = features._fast.indicator_terms(hits, COL, coefs, features._FAMILY_INDEX,
                                                           LEGITIMACY_IDS, len(features.FAMILIES), ndigits)
            want_cells, want = features.indicator_terms(hits, COL, coefs)
            if ndigits >= 0:
                want = {iid: round_places(v, ndigits) for iid, v in want.items()}
            assert cells == want_cells
            assert [(k, v.hex()) for k, v in shares.items()] == [(k, v.hex()) for k, v in want.items()]
            assert all(type(c) is int and type(v) is float for c, v in cells)

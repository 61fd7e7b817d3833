"""Legitimacy signs do not offset coercion: next to a C indicator, L1-L6 count for nothing."""

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

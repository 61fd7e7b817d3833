from ctip.evaluation import Outcome, brier, confusion, evaluate, reliability_bins


def o(label, flagged, score, lang="en", cat=None):
    return Outcome("i", lang, cat, label, flagged, score, 1 if flagged else 0)


def test_confusion_counts_and_f1():
    outs = [o(1, True, .9), o(1, False, .2), o(0, True, .7), o(0, False, .1), o(1, True, .8)]
    m = confusion(outs)
    assert (m["tp"], m["fp"], m["fn"], m["tn"]) == (2, 1, 1, 1)
    assert m["precision"] == round(2 / 3, 4) and m["recall"] == round(2 / 3, 4)
    assert m["f1"] == round(2 / 3, 4)
    assert m["false_positive_rate"] == 0.5


def test_brier_is_zero_for_perfect_scores_and_one_for_worst():
    assert brier([o(1, True, 1.0), o(0, False, 0.0)]) == 0.0
    assert brier([o(1, True, 0.0), o(0, False, 1.0)]) == 1.0


def test_reliability_bins_cover_all_posts():
    outs = [o(i % 2, True, i / 20) for i in range(20)]
    bins = reliability_bins(outs, 5)
    assert sum(b["n"] for b in bins) == 20
    assert all(b["bin_low"] <= b["mean_score"] <= b["bin_high"] for b in bins)


def test_evaluate_groups_by_language_and_category():
    outs = [o(1, True, .9, "km", "scam_compound"), o(0, False, .1, "th", "news")]
    m = evaluate(outs)
    assert set(m["by_language"]) == {"km", "th"}
    assert m["by_category"]["scam_compound"]["recall"] == 1.0
    assert m["overall"]["f1"] == 1.0

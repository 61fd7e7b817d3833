from ctip.records import IndicatorHit, Span
from ctip.report.charts import stacked_bars
from ctip.report.highlight import highlight_html


def test_hostile_text_is_escaped_and_spans_are_marked():
    text = "<script>alert(1)</script> salary $3000 no experience"
    start = text.index("$3000")
    hits = [IndicatorHit("R1", "Pay out of line with role", 2.0, (Span(start, start + 5, "$3000"),), "R")]
    html = str(highlight_html(text, hits))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert '<mark class="risk" title="R1 Pay out of line with role" data-ind="R1">$3000</mark>' in html


def test_overlapping_spans_are_split_and_keep_all_text():
    text = "abcdefgh"
    hits = [IndicatorHit("R1", "a", 1, (Span(0, 5, "abcde"),), "R"), IndicatorHit("C1", "b", 1, (Span(3, 8, "defgh"),), "C")]
    html = str(highlight_html(text, hits))
    assert html.count("<mark") == 3
    assert 'data-ind="R1 C1"' in html and 'class="severe"' in html
    import re
    assert re.sub(r"<[^>]+>", "", html) == text


def test_legitimacy_only_span_is_green():
    hits = [IndicatorHit("L1", "Licensed", -1, (Span(0, 3, "abc"),), "L")]
    assert 'class="neg"' in str(highlight_html("abc", hits))


def test_chart_is_svg_with_a_bar_per_value():
    svg = str(stacked_bars([("km", {"high": 2, "low": 1}), ("<en>", {"medium": 3})], ("high", "medium", "low"),
                           {"high": "#f00", "medium": "#fa0", "low": "#999"}, "t"))
    assert svg.startswith("<svg") and svg.count("<rect") == 3 + 3  # 3 bars + 3 legend boxes
    assert "&lt;en&gt;" in svg

"""Small hand-built SVG charts, inlined in the HTML and PDF reports (no scripts, no CDN).

Each function returns one `<svg>` string; text is escaped; colours come from TIER_COLOURS so
every chart reads the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

TIER_COLOURS = {"Tier 1": "#2c7bb6", "Tier 2": "#abd9e9", "Tier 2 Watch List": "#fdae61", "Tier 3": "#d7191c"}
TIER_Y = {1.0: "Tier 1", 2.0: "Tier 2", 2.5: "Tier 2 Watch List", 3.0: "Tier 3"}
FONT = "font-family=\"'Noto Sans', 'Noto Sans Khmer', sans-serif\""


def _svg(width: int, height: int, body: list[str], title: str) -> str:
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" {FONT} font-size="11">')
    return "\n".join([head, f"<title>{escape(title)}</title>", *body, "</svg>"])


def _text(x: float, y: float, text: str, anchor: str = "start", extra: str = "") -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" {extra}>{escape(str(text))}</text>'


def legend(x: float, y: float, labels: Sequence[str]) -> list[str]:
    out = []
    for i, label in enumerate(labels):
        lx = x + i * 130
        out.append(f'<rect x="{lx:.1f}" y="{y - 9:.1f}" width="10" height="10" fill="{TIER_COLOURS[label]}"/>')
        out.append(_text(lx + 14, y, label))
    return out


def stacked_shares(
    rows: Mapping[str, Mapping[str, int]], title: str, axis_label: str,
    marks: Mapping[str, str] | None = None, mark_label: str = "",
) -> str:
    """One horizontal 100% bar per row key (e.g. 3P total), split by tier, with the row count;
    `marks` adds a highlighted note per row (e.g. one country's years at that total)."""
    marks = marks or {}
    width, bar_h, left, top = 900 if marks else 640, 18, 60, 40
    height = top + len(rows) * (bar_h + 4) + 30
    body = [_text(left, 16, title, extra='font-weight="bold" font-size="13"'), *legend(left, 32, list(TIER_COLOURS))]
    span = 640 - left - 70
    if marks:
        body.append(_text(640, 32, mark_label, extra='font-weight="bold" fill="#7a0177"'))
    for i, (key, counts) in enumerate(rows.items()):
        y = top + 8 + i * (bar_h + 4)
        total = sum(counts.values()) or 1
        x = float(left)
        body.append(_text(left - 8, y + 13, key, "end"))
        for label, colour in TIER_COLOURS.items():
            w = span * counts.get(label, 0) / total
            if w > 0:
                body.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{colour}">'
                            f"<title>{escape(f'{axis_label} {key}: {label} {counts.get(label, 0)}')}</title></rect>")
            x += w
        body.append(_text(left + span + 6, y + 13, f"n={total}"))
        if key in marks:
            body.append(_text(640, y + 13, marks[key], extra='fill="#7a0177" font-weight="bold"'))
    body.append(_text(12, top + 4, axis_label, extra='font-weight="bold"'))
    return _svg(width, height, body, title)


def probability_bars(probabilities: Mapping[str, float], title: str) -> str:
    width, left, bar_h = 520, 130, 20
    height = 30 + len(probabilities) * (bar_h + 6) + 10
    body = [_text(8, 16, title, extra='font-weight="bold" font-size="13"')]
    span = width - left - 60
    for i, (label, p) in enumerate(probabilities.items()):
        y = 28 + i * (bar_h + 6)
        body.append(_text(left - 8, y + 14, label, "end"))
        body.append(f'<rect x="{left}" y="{y}" width="{span}" height="{bar_h}" fill="#eeeeee"/>')
        body.append(f'<rect x="{left}" y="{y}" width="{span * p:.1f}" height="{bar_h}" '
                    f'fill="{TIER_COLOURS.get(label, "#888888")}"/>')
        body.append(_text(left + span + 6, y + 14, f"{p:.0%}"))
    return _svg(width, height, body, title)


def country_timeline(series: Sequence[tuple[int, float, int, bool]], country: str, peers: Mapping[int, float]) -> str:
    """Tier by year (dots, coloured by tier) for one country, its 3P total as a label, and the
    median tier of its peers with equal or higher total (grey line); out-of-line years ringed.

    `series` rows are (year, tier code, 3P total, out of line).
    """
    width, height, left, right, top, bottom = 640, 280, 140, 20, 60, 40
    years = [s[0] for s in series]
    if not years:
        return _svg(width, 60, [_text(8, 30, f"No rated years for {country}.")], country)
    y0, y1 = min(years), max(years)
    xs = (width - left - right) / max(1, y1 - y0)

    def px(year: int) -> float:
        return left + (year - y0) * xs

    def py(code: float) -> float:
        return top + (code - 1.0) / 2.0 * (height - top - bottom)

    body = [_text(8, 16, f"{country}: tier by report year (number above a dot = 3P total)",
                  extra='font-weight="bold" font-size="12"'),
            _text(8, 32, "grey dashed line = median tier of countries with an equal or higher total that year; "
                         "ringed = out of line", extra='font-size="10"')]
    for code, label in TIER_Y.items():
        body.append(f'<line x1="{left}" x2="{width - right}" y1="{py(code):.1f}" y2="{py(code):.1f}" '
                    'stroke="#dddddd"/>')
        body.append(_text(left - 10, py(code) + 4, label, "end"))
    for year in range(y0, y1 + 1):
        body.append(_text(px(year), height - bottom + 18, str(year), "middle", 'font-size="9"'))
    peer_points = [(px(y), py(peers[y])) for y in years if y in peers]
    if len(peer_points) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in peer_points)
        body.append(f'<polyline points="{path}" fill="none" stroke="#999999" stroke-width="2" stroke-dasharray="4 3"/>')
    for year, code, total, flagged in series:
        x, y = px(year), py(code)
        label = TIER_Y[code]
        if flagged:
            body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="10" fill="none" stroke="#000000" stroke-width="1.5"/>')
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{TIER_COLOURS[label]}" stroke="#333333">'
                    f"<title>{escape(f'{country} {year}: {label}, 3P total {total}')}</title></circle>")
        body.append(_text(x, y - 12, str(total), "middle", 'font-size="10"'))
    return _svg(width, height, body, f"{country} tier by year")


def line_chart(points: Sequence[tuple[int, float]], title: str, low: float, high: float) -> str:
    """A simple line with dots, y from `low` to `high` (e.g. Kendall tau-b by year)."""
    width, height, left, top, bottom = 640, 200, 50, 30, 30
    if not points:
        return _svg(width, 40, [_text(8, 20, "No data.")], title)
    xs = [p[0] for p in points]
    x0, x1 = min(xs), max(xs)

    def px(x: float) -> float:
        return left + (x - x0) * (width - left - 20) / max(1, x1 - x0)

    def py(v: float) -> float:
        return top + (high - v) / (high - low) * (height - top - bottom)

    body = [_text(8, 16, title, extra='font-weight="bold" font-size="12"')]
    for v in (low, (low + high) / 2, high):
        body.append(f'<line x1="{left}" x2="{width - 20}" y1="{py(v):.1f}" y2="{py(v):.1f}" stroke="#dddddd"/>')
        body.append(_text(left - 6, py(v) + 4, f"{v:.2f}", "end"))
    path = " ".join(f"{px(x):.1f},{py(v):.1f}" for x, v in points)
    body.append(f'<polyline points="{path}" fill="none" stroke="#2c7bb6" stroke-width="2"/>')
    for x, v in points:
        body.append(f'<circle cx="{px(x):.1f}" cy="{py(v):.1f}" r="3" fill="#2c7bb6"><title>{x}: {v:.3f}</title></circle>')
        body.append(_text(px(x), height - bottom + 16, str(x), "middle", 'font-size="9"'))
    return _svg(width, height, body, title)

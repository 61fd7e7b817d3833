"""Small inline SVG bar charts (no JavaScript library, no CDN)."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

LEVEL_COLOURS = {"high": "#c0392b", "medium": "#e67e22", "low": "#95a5a6"}


def stacked_bars(rows: Sequence[tuple[str, dict[str, int]]], keys: Sequence[str], colours: dict[str, str],
                 title: str) -> Markup:
    """Horizontal stacked bars: one row per label, one segment per key."""
    bar_h, gap, label_w, width = 18, 6, 210, 620
    top = 24
    height = top + len(rows) * (bar_h + gap) + 24
    biggest = max((sum(v.values()) for _, v in rows), default=1) or 1
    scale = (width - label_w - 50) / biggest
    out = [f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
           f'<text x="0" y="14" class="ctitle">{escape(title)}</text>']
    for i, (label, values) in enumerate(rows):
        y = top + i * (bar_h + gap)
        out.append(f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end" class="clabel">{escape(label)}</text>')
        x = float(label_w)
        for key in keys:
            n = values.get(key, 0)
            if n:
                w = n * scale
                out.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{colours[key]}">'
                           f'<title>{escape(label)}: {n} {escape(key)}</title></rect>')
                x += w
        out.append(f'<text x="{x + 4:.1f}" y="{y + 13}" class="cvalue">{sum(values.values())}</text>')
    lx = label_w
    for key in keys:
        out.append(f'<rect x="{lx}" y="{height - 14}" width="10" height="10" fill="{colours[key]}"/>'
                   f'<text x="{lx + 14}" y="{height - 5}" class="clabel">{escape(key)}</text>')
        lx += 90
    out.append("</svg>")
    return Markup("".join(out))

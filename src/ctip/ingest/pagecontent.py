"""The main content of a saved web page: the ad, without the site's header, menus, sidebars and footer.

Why: a job board prints its own hotline, "related jobs" and safety tips ("never pay a fee…") on
every page; screened with the ad they drown its signals and join unrelated ads into one network.

Order: a page with exactly one `<article>` (else exactly one `<main>`) gives that element's
text, without the `<nav>`, `<aside>`, `<footer>` and `<form>` inside it. Otherwise trafilatura
finds the main content and the page's visible lines that belong to it are kept, in order, as
ctip renders them (one line per block, inline markup joined). When neither finds anything,
the whole visible text is used, so a post is never lost. Title, canonical URL and publication
date come from the page's metadata (`og:title`/`<title>`, `<link rel=canonical>`/og:url, htmldate).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from ctip.ingest._deep_html import too_deep

__all__ = ["PageContent", "main_content"]

_INSIDE_NOT_CONTENT = "nav,aside,footer,form"
_SPACES = re.compile(r"\s+")
_MIN_MAIN_CHARS = 20  # a <main> holding less (a bare wrapper around a script) is not trusted


@dataclass(frozen=True, slots=True)
class PageContent:
    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    method: str = "page"  # article, main, extractor or page (the whole visible text)


def main_content(html: str) -> PageContent:
    """The page's main text and metadata (see the module docstring for the order tried)."""
    from ctip.ingest.html import node_visible_text, parsed_visible_text

    if too_deep(html):
        from ctip.ingest.html import html_visible_text

        return PageContent(html_visible_text(html))
    tree = LexborHTMLParser(html)
    title, url = _title(tree), _canonical(tree)
    for selector in ("article", "main"):
        nodes = tree.css(selector)
        if len(nodes) == 1:
            for inner in nodes[0].css(_INSIDE_NOT_CONTENT):
                inner.decompose()
            text = node_visible_text(nodes[0])
            if len(text) >= _MIN_MAIN_CHARS:
                return PageContent(text, title, url, _date(html), selector)
    visible = parsed_visible_text(html)
    date = _date(html)
    extracted = _extracted(html)
    if extracted:
        kept = _lines_in(visible, extracted)
        if kept:
            return PageContent(kept, title, url, date, "extractor")
    return PageContent(visible, title, url, date)


def _extracted(html: str) -> str | None:
    """The main text trafilatura finds (its metadata pass is skipped: ctip reads title, URL and date itself)."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # it logs every page it finds thin
    try:
        return trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True,
                                   deduplicate=False, with_metadata=False)
    except Exception:  # noqa: BLE001 - a page the extractor chokes on still gives its visible text
        return None


def _lines_in(visible: str, extracted: str) -> str:
    """The visible lines found in the extractor's text, keeping ctip's rendering of inline markup.

    The extractor sometimes appends a stray header line after the content; only the longest run
    of lines found in page order is kept, so such a line (found out of order) is left out.
    """
    target = _SPACES.sub(" ", extracted).strip()
    found: list[tuple[int, str]] = []
    for line in visible.split("\n"):
        needle = _SPACES.sub(" ", line).strip()
        at = target.find(needle) if needle else -1
        if at >= 0:
            found.append((at, line))
    return "\n".join(found[i][1] for i in _increasing_run([at for at, _ in found]))


def _increasing_run(values: list[int]) -> list[int]:
    """Indices of a longest non-decreasing subsequence of `values` (patience sorting, n log n)."""
    tails: list[int] = []  # values[tails[k]]: smallest last value of a run of length k + 1
    before: list[int] = [-1] * len(values)
    for i, value in enumerate(values):
        k = _bisect(values, tails, value)
        before[i] = tails[k - 1] if k else -1
        if k == len(tails):
            tails.append(i)
        else:
            tails[k] = i
    out, i = [], tails[-1] if tails else -1
    while i >= 0:
        out.append(i)
        i = before[i]
    return out[::-1]


def _bisect(values: list[int], tails: list[int], value: int) -> int:
    lo, hi = 0, len(tails)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[tails[mid]] <= value:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _title(tree: LexborHTMLParser) -> str | None:
    for selector, attr in (('meta[property="og:title"]', "content"), ("title", None)):
        node = tree.css_first(selector)
        if node is not None:
            value = node.attributes.get(attr) if attr else node.text()
            if value and value.strip():
                return _SPACES.sub(" ", value).strip()
    return None


def _canonical(tree: LexborHTMLParser) -> str | None:
    for selector, attr in (('link[rel="canonical"]', "href"), ('meta[property="og:url"]', "content")):
        node = tree.css_first(selector)
        value = node.attributes.get(attr) if node is not None else None
        if value and value.strip().lower().startswith(("http://", "https://")):
            return value.strip()
    return None


def _date(html: str) -> str | None:
    """The page's publication date (htmldate, quick mode: metadata and the usual markup), or None."""
    from htmldate import find_date

    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        return find_date(html, extensive_search=False, original_date=True)
    except Exception:  # noqa: BLE001 - no date is better than no post
        return None

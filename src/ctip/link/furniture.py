"""Site furniture: a job board's own contacts, printed on every page, are not a recruiter's.

Main-content extraction (`ctip.ingest.pagecontent`) already drops headers, sidebars and footers;
what is left is furniture *inside* the ad area, e.g. "Report this ad: report@jobboard.example"
under every ad. Rule (pages are posts with a site: the host of their URL, or `extra.site`):

    An identifier is furniture of site S when S has at least `min_pages` pages in the input,
    the identifier is on at least `min_pages` of them and on at least `min_share` of them, and
    the pages carrying it belong to at least `min_groups` separate groups when linked by their
    other identifiers (pages without any other identifier do not count).

So a recruiter whose five ads on one board share a phone number and a handle stays one network,
while a board address that sits next to three different recruiters' contacts is left out. Posts
without a site (Telegram, JSONL, CSV) are never affected.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

__all__ = ["FurnitureRule", "find_furniture", "site_of"]


class FurnitureRule:
    def __init__(self, min_pages: int = 3, min_share: float = 0.5, min_groups: int = 3) -> None:
        self.min_pages, self.min_share, self.min_groups = min_pages, min_share, min_groups


def site_of(url: str | None, extra: dict[str, Any]) -> str | None:
    """The site a page belongs to: its URL's host without `www.`, else `extra.site`."""
    if url:
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:
            host = ""
        if host:
            return host.removeprefix("www.")
    site = extra.get("site")
    return site if isinstance(site, str) and site else None


def find_furniture(sites: Sequence[str | None], keys: Sequence[Sequence[str]],
                   rule: FurnitureRule | None = None) -> dict[tuple[str, str], dict[str, int]]:
    """{(site, key): {"pages": carrying it, "of": pages of the site, "groups": separate groups}}."""
    rule = rule or FurnitureRule()
    by_site: dict[str, list[int]] = defaultdict(list)
    for i, site in enumerate(sites):
        if site:
            by_site[site].append(i)
    found: dict[tuple[str, str], dict[str, int]] = {}
    for site, pages in by_site.items():
        if len(pages) >= rule.min_pages:
            for key, info in _site_furniture(pages, keys, rule).items():
                found[(site, key)] = info
    return found


def _site_furniture(pages: list[int], keys: Sequence[Sequence[str]], rule: FurnitureRule) -> dict[str, dict[str, int]]:
    carrying: dict[str, list[int]] = defaultdict(list)
    for p in pages:
        for key in keys[p]:
            carrying[key].append(p)
    need = max(rule.min_pages, rule.min_share * len(pages))
    candidates = {k for k, ps in carrying.items() if len(ps) >= need}
    if not candidates:
        return {}
    parent = {p: p for p in pages}

    def find(p: int) -> int:
        while parent[p] != p:
            parent[p] = parent[parent[p]]
            p = parent[p]
        return p

    for key, ps in carrying.items():
        if key not in candidates:
            for other in ps[1:]:
                parent[find(other)] = find(ps[0])
    out = {}
    for key in candidates:
        own = [p for p in carrying[key] if any(k not in candidates for k in keys[p])]
        groups = len({find(p) for p in own})
        if groups >= rule.min_groups:
            out[key] = {"pages": len(carrying[key]), "of": len(pages), "groups": groups}
    return out

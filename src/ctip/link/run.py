"""`link_posts`: from posts to networks in one pass (what `ctip link` runs)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from ctip.link.clusterer import TemplateClusterer
from ctip.link.communities import Structure, analyse, summarise
from ctip.link.furniture import FurnitureRule, find_furniture, site_of
from ctip.link.keys import keys_of, post_entities
from ctip.link.networks import Linkage, NetworkLinker
from ctip.records import NetworkSummary, Post, Rejected

BY_CHOICES = ("identifiers", "clusters")
PAGE_SOURCES = ("html", "warc")  # posts that are web pages of a site (site furniture applies)
DEFAULT_FURNITURE = FurnitureRule()


@dataclass(slots=True)
class LinkRun:
    linkage: Linkage
    structure: Structure
    langs: list[str | None]
    times: list[str | None]
    snippets: list[str] = field(default_factory=list)  # first characters of each text, when asked
    blocked: Counter[str] = field(default_factory=Counter)  # identifiers left out: missing/placeholder/hotline
    furniture: dict[tuple[str, str], dict[str, int]] = field(default_factory=dict)  # (site, key) → counts

    def summaries(self) -> list[NetworkSummary]:
        return summarise(self.linkage, self.structure, self.langs, self.times)


@dataclass(slots=True)
class _Collected:
    ids: list[str] = field(default_factory=list)
    keys: list[list[str]] = field(default_factory=list)
    langs: list[str | None] = field(default_factory=list)
    times: list[str | None] = field(default_factory=list)
    snippets: list[str] = field(default_factory=list)
    blocked: Counter[str] = field(default_factory=Counter)
    sites: list[str | None] = field(default_factory=list)


def link_posts(posts: Iterable[Post | Rejected], *, by: tuple[str, ...] = ("identifiers",), hub_max: int = 10,
               hub_min_group: int = 2, blocked: frozenset[str] = frozenset(), region: str | None = None,
               community_min: int = 30, random_state: int = 0, threshold: float = 0.5, n_jobs: int = 1,
               snippet_chars: int = 0, on_reject: Callable[[Rejected], None] | None = None,
               on_progress: Callable[[int], None] | None = None,
               furniture: FurnitureRule | None = DEFAULT_FURNITURE) -> LinkRun:
    """Networks of `posts`; with "clusters" in `by`, posts of one template cluster also link (`cluster:<id>`).

    Site furniture (`ctip.link.furniture`) never links, unless `furniture` is None.
    """
    seen = _Collected()
    stream = _collect(posts, seen, blocked, region, snippet_chars, on_reject, on_progress)
    labels = None
    if "clusters" in by:
        labels = TemplateClusterer(threshold, random_state=random_state, n_jobs=n_jobs).fit(stream).labels_
    else:
        for _ in stream:
            pass
    return link_collected(seen, labels, by=by, hub_max=hub_max, hub_min_group=hub_min_group,
                          community_min=community_min, random_state=random_state, furniture=furniture)


def link_collected(seen: _Collected, labels: list[str | None] | None, *, by: tuple[str, ...] = ("identifiers",),
                   hub_max: int = 10, hub_min_group: int = 2, community_min: int = 30, random_state: int = 0,
                   furniture: FurnitureRule | None = DEFAULT_FURNITURE) -> LinkRun:
    """The global part of `link_posts`, from what was collected of every post (and template labels, with
    "clusters" in `by`); the Dask engine collects on its workers and calls this."""
    found = _drop_furniture(seen, furniture)
    if labels is not None:
        for keys, cid in zip(seen.keys, labels, strict=True):
            if cid is not None:
                keys.append(f"cluster:{cid}")
    if "identifiers" not in by:  # clusters only: identifiers were still read for the summaries' sake
        seen.keys = [[k for k in keys if k.startswith("cluster:")] for keys in seen.keys]
    linkage = NetworkLinker(hub_max, hub_min_group).fit(seen.ids, seen.keys)
    structure = analyse(linkage, community_min=community_min, random_state=random_state)
    return LinkRun(linkage, structure, seen.langs, seen.times, seen.snippets, seen.blocked, found)


def _drop_furniture(seen: _Collected, rule: FurnitureRule | None) -> dict[tuple[str, str], dict[str, int]]:
    if rule is None:
        return {}
    found = find_furniture(seen.sites, seen.keys, rule)
    if found:
        for i, site in enumerate(seen.sites):
            if site:
                seen.keys[i] = [k for k in seen.keys[i] if (site, k) not in found]
    return found


def _collect(posts: Iterable[Post | Rejected], seen: _Collected, blocked: frozenset[str], region: str | None,
             snippet_chars: int, on_reject: Callable[[Rejected], None] | None,
             on_progress: Callable[[int], None] | None) -> Iterator[Post]:
    for item in posts:
        if isinstance(item, Rejected):
            if on_reject:
                on_reject(item)
            continue
        seen.ids.append(item.id)
        seen.keys.append(keys_of(post_entities(item, region), blocked, seen.blocked))
        seen.langs.append(item.lang)
        seen.times.append(item.posted_at)
        seen.sites.append(site_of(item.url, item.extra) if item.source in PAGE_SOURCES else None)
        if snippet_chars:
            seen.snippets.append(item.text[:snippet_chars])
        if on_progress:
            on_progress(1)
        yield item

"""Plain functions over the library for the public API (`import ctip`): extract, cluster, link.

Each takes texts or `Post` records and returns records; none touches files or a database.
`ctip.screen`/`ctip.Screener` live in `ctip.pipeline`, the workspace in `ctip.store`.
"""

from __future__ import annotations

from collections.abc import Iterable

from ctip.extract import extract_entities
from ctip.link.clusterer import TemplateClusterer
from ctip.link.keys import default_blocked
from ctip.link.run import LinkRun, link_posts
from ctip.records import Entity, Post

__all__ = ["cluster", "extract", "link"]


def _posts(items: Iterable[str | Post]) -> list[Post]:
    return [p if isinstance(p, Post) else Post(id=str(i), text=p) for i, p in enumerate(items)]


def extract(text: str, lang: str | None = None, *, region: str | None = None) -> list[Entity]:
    """Every contact identifier in `text` (phones, Telegram, WhatsApp, LINE, WeChat, e-mail,
    URLs, wallets), normalised, with offsets into `text`. `region` ("KH", "TH", ...) helps
    read local phone numbers written without a country code."""
    return extract_entities(text, lang, region=region)


def cluster(posts: Iterable[str | Post], *, threshold: float = 0.5, random_state: int = 0) -> dict[str, str | None]:
    """Template cluster id per post id (None for a post that re-uses no template of another)."""
    items = _posts(posts)
    model = TemplateClusterer(threshold, random_state=random_state).fit(items)
    return dict(zip(model.post_ids_, model.labels_, strict=True))


def link(posts: Iterable[str | Post], *, hub_max: int = 10, region: str | None = None,
         ignore_default_hotlines: bool = False) -> LinkRun:
    """Recruiter networks: posts joined through shared identifiers (extracted from the text
    unless a post carries them in `extra["entities"]`). `.linkage.network_ids` is aligned with
    `.linkage.post_ids`; `.summaries()` describes each network. Hotlines and placeholders
    never link, unless `ignore_default_hotlines`."""
    blocked = frozenset() if ignore_default_hotlines else default_blocked()
    return link_posts(_posts(posts), hub_max=hub_max, region=region, blocked=blocked)

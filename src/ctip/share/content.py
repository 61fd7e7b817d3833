"""What a workspace shares: screened posts at or above a risk level, the identifiers they
mention, the networks they belong to. Post text, URLs of posts and authors are never read
here, so no export can carry them; a post's id is kept only to derive its keyed STIX id
(HMAC under the sharing key, see ctip.share.stix) and is never written out."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, select

from ctip.errors import UsageError
from ctip.store import schema as t

__all__ = ["LEVELS", "ShareContent", "SharedIdentifier", "SharedPost", "levels_from", "read_content"]

LEVELS = ("low", "medium", "high")


@dataclass(frozen=True, slots=True)
class SharedIdentifier:
    id: int
    type: str  # phone, whatsapp, telegram, line, wechat, email, url, wallet_trc20, wallet_erc20
    value: str
    link_key: str  # what the pseudonym is computed over: phone and WhatsApp of one number agree


@dataclass(frozen=True, slots=True)
class SharedPost:
    risk_level: str
    risk_score: float
    screened_at: str
    identifier_ids: tuple[int, ...]
    indicator_ids: tuple[str, ...]
    network_id: str | None
    ref: str = ""  # the post id: only ever used as HMAC input for a stable object id


@dataclass(frozen=True, slots=True)
class ShareContent:
    identifiers: dict[int, SharedIdentifier]
    posts: tuple[SharedPost, ...]
    networks: dict[str, tuple[int, ...]]  # network id → identifiers of its shared posts
    min_level: str

    @property
    def empty(self) -> bool:
        return not self.posts


def levels_from(min_level: str) -> tuple[str, ...]:
    if min_level not in LEVELS:
        raise UsageError(f"Unknown risk level {min_level!r}.", f"Use one of: {', '.join(LEVELS)}.")
    return LEVELS[LEVELS.index(min_level):]


def _chunks(items: Sequence[str], size: int = 500) -> list[Sequence[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def read_content(conn: Connection, min_level: str = "medium") -> ShareContent:
    levels = levels_from(min_level)
    rows = conn.execute(select(t.screenings.c.post_id, t.screenings.c.risk_level, t.screenings.c.risk_score,
                               t.screenings.c.screened_at)
                        .where(t.screenings.c.risk_level.in_(levels)).order_by(t.screenings.c.post_id)).all()
    ids = [r.post_id for r in rows]
    mentions: dict[str, set[int]] = defaultdict(set)
    hits: dict[str, set[str]] = defaultdict(set)
    nets: dict[str, str] = {}
    for part in _chunks(ids):
        for m in conn.execute(select(t.mentions.c.post_id, t.mentions.c.identifier_id)
                              .where(t.mentions.c.post_id.in_(part))):
            mentions[m.post_id].add(int(m.identifier_id))
        for h in conn.execute(select(t.indicator_hits.c.post_id, t.indicator_hits.c.indicator_id)
                              .where(t.indicator_hits.c.post_id.in_(part))):
            hits[h.post_id].add(h.indicator_id)
        for n in conn.execute(select(t.networks.c.post_id, t.networks.c.network_id)
                              .where(t.networks.c.post_id.in_(part), t.networks.c.network_id.is_not(None))):
            nets[n.post_id] = n.network_id
    wanted = sorted({i for s in mentions.values() for i in s})
    identifiers: dict[int, SharedIdentifier] = {}
    for start in range(0, len(wanted), 500):
        for r in conn.execute(select(t.identifiers).where(t.identifiers.c.id.in_(wanted[start:start + 500]))):
            identifiers[int(r.id)] = SharedIdentifier(int(r.id), r.type, r.value, r.link_key)
    posts = tuple(SharedPost(r.risk_level, float(r.risk_score), r.screened_at, tuple(sorted(mentions[r.post_id])),
                             tuple(sorted(hits[r.post_id])), nets.get(r.post_id), r.post_id) for r in rows)
    networks: dict[str, set[int]] = defaultdict(set)
    for p in posts:
        if p.network_id:
            networks[p.network_id].update(p.identifier_ids)
    return ShareContent(identifiers, posts, {k: tuple(sorted(v)) for k, v in sorted(networks.items())}, min_level)

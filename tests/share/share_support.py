"""A workspace seeded with synthetic screened posts, identifiers and networks (no real data)."""

from __future__ import annotations

from ctip.store import schema as t
from ctip.store.workspace import Workspace

# (post id, risk level, [(type, value, link key)], network)
POSTS = [
    ("p1", "high", [("telegram", "kh_jobs_recruit", "telegram:kh_jobs_recruit"), ("phone", "+85512345678",
                                                                                   "tel:+85512345678")], "n01"),
    ("p2", "high", [("whatsapp", "+85512345678", "tel:+85512345678"), ("email", "hr.overseas@example.com",
                                                                         "email:hr.overseas@example.com")], "n01"),
    ("p3", "medium", [("wallet_trc20", "TXa1b2c3d4e5f6g7h8i9j0kLmNoPqRsTuV", "wallet_trc20:TXa1b2c3d4e5f6g7h8i9j0kLmNoPqRsTuV"),
                      ("url", "https://it-job.example/apply?ref=9", "url:https://it-job.example/apply?ref=9")], None),
    ("p4", "low", [("line", "thai_work_abroad", "line:thai_work_abroad")], None),
    ("p5", "medium", [("wechat", "it'job\\wx", "wechat:it'job\\wx")], None),
]
RAW_VALUES = sorted({v for _, _, ids, _ in POSTS for _, v, _ in ids})


def seed(url: str) -> None:
    with Workspace(url) as ws, ws.engine.begin() as conn:
        ident_ids: dict[tuple[str, str], int] = {}
        for pid, level, ids, net in POSTS:
            conn.execute(t.posts.insert().values(id=pid, text=f"synthetic post {pid}", extra={}, content_sha256="0" * 64,
                                                 ingested_at="2026-11-01T00:00:00Z"))
            conn.execute(t.screenings.insert().values(post_id=pid, lang="en", risk_score=0.9, risk_level=level,
                                                      needs_review=True, model_version="m",
                                                      screened_at=f"2026-11-0{pid[1]}T10:00:00Z"))
            conn.execute(t.indicator_hits.insert().values(post_id=pid, indicator_id="K1", name="n", family="K",
                                                          weight=1.0, spans=[]))
            for start, (typ, value, key) in enumerate(ids):
                if (typ, value) not in ident_ids:
                    ident_ids[(typ, value)] = int(conn.execute(t.identifiers.insert().values(
                        type=typ, value=value, link_key=key)).inserted_primary_key[0])
                conn.execute(t.mentions.insert().values(post_id=pid, identifier_id=ident_ids[(typ, value)],
                                                        start=start, end=start + 1, raw=value))
            conn.execute(t.networks.insert().values(post_id=pid, network_id=net))

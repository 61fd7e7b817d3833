"""Workspace tables. Everything later (cases, evidence, labels, exports) attaches to these
by foreign key: posts, identifiers (one row per distinct identifier), clusters, networks."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

posts = Table(
    "posts", metadata,
    Column("id", String(512), primary_key=True),
    Column("text", Text, nullable=False),
    Column("lang", String(16)),
    Column("url", Text),
    Column("author", Text),
    Column("posted_at", String(64)),
    Column("source", String(64)),
    Column("extra", JSON, nullable=False, default=dict),
    Column("content_sha256", String(64), nullable=False),
    Column("ingested_at", String(32), nullable=False),
)

screenings = Table(
    "screenings", metadata,
    Column("post_id", String(512), ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True),
    Column("lang", String(16), nullable=False),
    Column("risk_score", Float, nullable=False),
    Column("risk_level", String(8), nullable=False),
    Column("needs_review", Boolean, nullable=False),
    Column("model_version", String(64), nullable=False),
    Column("screened_at", String(32), nullable=False),
    Column("score_base", Float),  # score parts (log-odds); the indicator parts are indicator_hits.weight
    Column("score_wording", Float),
    Index("ix_screenings_score", "risk_score"),
    Index("ix_screenings_model_version", "model_version"),
)

indicator_hits = Table(
    "indicator_hits", metadata,
    Column("post_id", String(512), ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True),
    Column("indicator_id", String(16), primary_key=True),
    Column("name", Text, nullable=False),
    Column("family", String(4), nullable=False),
    Column("weight", Float, nullable=False),
    Column("spans", JSON, nullable=False),
    Column("detail", Text),
    Index("ix_indicator_hits_indicator", "indicator_id"),
)

identifiers = Table(
    "identifiers", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("type", String(32), nullable=False),
    Column("value", String(512), nullable=False),
    Column("link_key", String(600), nullable=False),
    UniqueConstraint("type", "value", name="uq_identifiers_type_value"),
    Index("ix_identifiers_link_key", "link_key"),
)

mentions = Table(
    "mentions", metadata,
    Column("post_id", String(512), ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True),
    Column("identifier_id", Integer, ForeignKey("identifiers.id"), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, nullable=False),
    Column("raw", Text, nullable=False),
    Index("ix_mentions_identifier", "identifier_id"),
)

clusters = Table(
    "clusters", metadata,
    Column("post_id", String(512), ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True),
    Column("cluster_id", String(64)),
    Column("signature", LargeBinary),
    Column("seq", Integer),  # position in the template index; NULL for rows from before migration 0003
    Index("ix_clusters_cluster", "cluster_id"),
)

networks = Table(
    "networks", metadata,
    Column("post_id", String(512), ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True),
    Column("network_id", String(64)),
    Index("ix_networks_network", "network_id"),
)

labels = Table(
    "labels", metadata,
    Column("post_id", String(512), ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True),
    Column("label", Integer, nullable=False),
    Column("category", String(64)),
    Column("labelled_by", String(128), nullable=False),
    Column("labelled_at", String(32), nullable=False),
)

ingest_runs = Table(
    "ingest_runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("inputs", JSON, nullable=False),
    Column("n_posts", Integer, nullable=False, default=0),
    Column("n_rejected", Integer, nullable=False, default=0),
)

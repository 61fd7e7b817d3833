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
    Column("frame", String(16)),  # detect/frames.py; NULL: screened before frames existed
    Index("ix_screenings_score", "risk_score"),
    Index("ix_screenings_model_version", "model_version"),
    Index("ix_screenings_frame", "frame"),
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

# -- case work (ctip serve): users, cases, persons, evidence, referrals, audit ------------------
# Labels double as triage reviews: `decision` (confirmed / dismissed / escalated) and `note`
# were added to the labels table by migration 0002; `label` stays 1/0 for training.
labels.append_column(Column("decision", String(16)))
labels.append_column(Column("note", Text))

users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(128), nullable=False),
    Column("password_hash", String(255), nullable=False),
    Column("role", String(32), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("created_at", String(32), nullable=False),
    UniqueConstraint("username", name="uq_users_username"),
)

# Bearer tokens and browser sessions; only a SHA-256 of the token is stored.
auth_tokens = Table(
    "auth_tokens", metadata,
    Column("token_sha256", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("csrf", String(64)),
    Column("created_at", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),
)

cases = Table(
    "cases", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("title", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("case_type", String(64), nullable=False),
    Column("summary", Text),
    Column("details", JSON, nullable=False),
    Column("created_by", Integer, ForeignKey("users.id"), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
    Column("closed_at", String(32)),
)

case_members = Table(
    "case_members", metadata,
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("membership", String(16), nullable=False),
)

# Posts, identifiers, template clusters and networks linked to a case (kind + reference).
case_links = Table(
    "case_links", metadata,
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", String(16), primary_key=True),
    Column("ref", String(600), primary_key=True),
    Column("added_by", Integer, ForeignKey("users.id"), nullable=False),
    Column("added_at", String(32), nullable=False),
)

# Personal fields live only in `pii`: AES-GCM ciphertext under a key kept outside the database.
persons = Table(
    "persons", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("uid", String(36), nullable=False),
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
    Column("role", String(16), nullable=False),
    Column("pii", LargeBinary, nullable=False),
    Column("key_id", String(16), nullable=False),
    Column("created_by", Integer, ForeignKey("users.id"), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
    UniqueConstraint("uid", name="uq_persons_uid"),
    Index("ix_persons_case", "case_id"),
)

consents = Table(
    "consents", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("person_id", Integer, ForeignKey("persons.id", ondelete="CASCADE"), nullable=False),
    Column("purpose", String(64), nullable=False),
    Column("organisation", String(256)),
    Column("recorded_by", Integer, ForeignKey("users.id"), nullable=False),
    Column("recorded_at", String(32), nullable=False),
    Column("withdrawn_by", Integer, ForeignKey("users.id")),
    Column("withdrawn_at", String(32)),
    Index("ix_consents_person", "person_id"),
)

referrals = Table(
    "referrals", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("person_id", Integer, ForeignKey("persons.id", ondelete="CASCADE"), nullable=False),
    Column("consent_id", Integer, ForeignKey("consents.id"), nullable=False),
    Column("organisation", String(256), nullable=False),
    Column("purpose", String(64), nullable=False),
    Column("note", Text),
    Column("created_by", Integer, ForeignKey("users.id"), nullable=False),
    Column("created_at", String(32), nullable=False),
)

evidence = Table(
    "evidence", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE")),
    Column("post_id", String(512)),
    Column("filename", String(255), nullable=False),
    Column("media_type", String(128), nullable=False),
    Column("size", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("source", Text),
    Column("captured_at", String(32), nullable=False),
    Column("captured_by", Integer, ForeignKey("users.id"), nullable=False),
    Column("content", LargeBinary, nullable=False),
    Index("ix_evidence_case", "case_id"),
)

custody_events = Table(
    "custody_events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("evidence_id", Integer, ForeignKey("evidence.id", ondelete="CASCADE"), nullable=False),
    Column("at", String(32), nullable=False),
    Column("actor", String(128), nullable=False),
    Column("action", String(32), nullable=False),
    Column("sha256_check", String(8)),
    Column("detail", Text),
    Index("ix_custody_evidence", "evidence_id"),
)

# Append-only, hash-chained: each entry's hash covers its content and the previous hash.
audit_log = Table(
    "audit_log", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", String(32), nullable=False),
    Column("actor", String(128), nullable=False),
    Column("action", String(64), nullable=False),
    Column("object_type", String(32), nullable=False),
    Column("object_id", String(600)),
    Column("reason", Text),
    Column("detail", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Index("ix_audit_object", "object_type", "object_id"),
)

# One row (id 1): the newest entry's seq and hash. Appenders update it first, which
# serialises them on SQLite and PostgreSQL alike, and it lets `audit verify` see a cut tail.
audit_head = Table(
    "audit_head", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
)

ignored_identifiers = Table(
    "ignored_identifiers", metadata,
    Column("link_key", String(600), primary_key=True),  # as ctip.extract.link_key makes it
    Column("source", Text, nullable=False),  # the --ignore file it came from
    Column("added_at", String(32), nullable=False),
)

# Identifiers from partners' STIX bundles (`ctip import stix`): pseudonyms only, never raw
# values (a raw value in a partner's bundle is pseudonymised with our sharing key on import).
partner_identifiers = Table(
    "partner_identifiers", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("producer_id", String(128), nullable=False),
    Column("producer", String(256), nullable=False),
    Column("stix_id", String(128), nullable=False),
    Column("id_type", String(32), nullable=False),
    Column("pseudonym", String(64), nullable=False),
    Column("key_id", String(32)),
    Column("networks", JSON, nullable=False),
    Column("sightings", Integer, nullable=False),
    Column("tlp", String(16)),
    Column("imported_at", String(32), nullable=False),
    UniqueConstraint("producer_id", "stix_id", name="uq_partner_identifiers_producer_stix"),
    Index("ix_partner_identifiers_pseudonym", "pseudonym"),
)

# The TAXII collection of `ctip serve` (ctip.share.taxii_feed): when the server first served
# each object's current version. Clients poll with `added_after`, so this time must never move
# back and must change whenever the object does; it cannot be derived from the data alone.
taxii_objects = Table(
    "taxii_objects", metadata,
    Column("collection_id", String(64), primary_key=True),
    Column("object_id", String(128), primary_key=True),
    Column("version", String(40), nullable=False),
    Column("digest", String(64), nullable=False),
    Column("date_added", String(32), nullable=False),
)

"""Initial workspace: posts, screenings, indicator hits, identifiers, mentions, clusters, networks,
labels and ingest runs.

Revision ID: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "identifiers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("value", sa.String(length=512), nullable=False),
        sa.Column("link_key", sa.String(length=600), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("type", "value", name="uq_identifiers_type_value"),
    )
    op.create_index("ix_identifiers_link_key", "identifiers", ["link_key"], unique=False)
    op.create_table(
        "ingest_runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("started_at", sa.String(length=32), nullable=False),
        sa.Column("finished_at", sa.String(length=32), nullable=True),
        sa.Column("inputs", sa.JSON(), nullable=False),
        sa.Column("n_posts", sa.Integer(), nullable=False),
        sa.Column("n_rejected", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "posts",
        sa.Column("id", sa.String(length=512), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("lang", sa.String(length=16), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("posted_at", sa.String(length=64), nullable=True),
        sa.Column("source", sa.String(length=64), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("ingested_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "clusters",
        sa.Column("post_id", sa.String(length=512), nullable=False),
        sa.Column("cluster_id", sa.String(length=64), nullable=True),
        sa.Column("signature", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(["post_id"], ["posts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("post_id"),
    )
    op.create_index("ix_clusters_cluster", "clusters", ["cluster_id"], unique=False)
    op.create_table(
        "indicator_hits",
        sa.Column("post_id", sa.String(length=512), nullable=False),
        sa.Column("indicator_id", sa.String(length=16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("family", sa.String(length=4), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("spans", sa.JSON(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["post_id"], ["posts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("post_id", "indicator_id"),
    )
    op.create_index("ix_indicator_hits_indicator", "indicator_hits", ["indicator_id"], unique=False)
    op.create_table(
        "labels",
        sa.Column("post_id", sa.String(length=512), nullable=False),
        sa.Column("label", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=True),
        sa.Column("labelled_by", sa.String(length=128), nullable=False),
        sa.Column("labelled_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["post_id"], ["posts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("post_id"),
    )
    op.create_table(
        "mentions",
        sa.Column("post_id", sa.String(length=512), nullable=False),
        sa.Column("identifier_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["identifier_id"],
            ["identifiers.id"],
        ),
        sa.ForeignKeyConstraint(["post_id"], ["posts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("post_id", "identifier_id", "start"),
    )
    op.create_index("ix_mentions_identifier", "mentions", ["identifier_id"], unique=False)
    op.create_table(
        "networks",
        sa.Column("post_id", sa.String(length=512), nullable=False),
        sa.Column("network_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["post_id"], ["posts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("post_id"),
    )
    op.create_index("ix_networks_network", "networks", ["network_id"], unique=False)
    op.create_table(
        "screenings",
        sa.Column("post_id", sa.String(length=512), nullable=False),
        sa.Column("lang", sa.String(length=16), nullable=False),
        sa.Column("risk_score", sa.Float(), nullable=False),
        sa.Column("risk_level", sa.String(length=8), nullable=False),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        sa.Column("model_version", sa.String(length=64), nullable=False),
        sa.Column("screened_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["post_id"], ["posts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("post_id"),
    )
    op.create_index("ix_screenings_score", "screenings", ["risk_score"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_screenings_score", table_name="screenings")
    op.drop_table("screenings")
    op.drop_index("ix_networks_network", table_name="networks")
    op.drop_table("networks")
    op.drop_index("ix_mentions_identifier", table_name="mentions")
    op.drop_table("mentions")
    op.drop_table("labels")
    op.drop_index("ix_indicator_hits_indicator", table_name="indicator_hits")
    op.drop_table("indicator_hits")
    op.drop_index("ix_clusters_cluster", table_name="clusters")
    op.drop_table("clusters")
    op.drop_table("posts")
    op.drop_table("ingest_runs")
    op.drop_index("ix_identifiers_link_key", table_name="identifiers")
    op.drop_table("identifiers")

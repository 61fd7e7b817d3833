"""Identifiers the analyst asked never to link on (`ctip ingest --ignore FILE`).

Revision ID: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ignored_identifiers",
        sa.Column("link_key", sa.String(length=600), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("added_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("link_key"),
    )


def downgrade() -> None:
    op.drop_table("ignored_identifiers")

"""When each object of the TAXII collection was added (its current version only).

Revision ID: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "taxii_objects",
        sa.Column("collection_id", sa.String(64), primary_key=True),
        sa.Column("object_id", sa.String(128), primary_key=True),
        sa.Column("version", sa.String(40), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("date_added", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("taxii_objects")

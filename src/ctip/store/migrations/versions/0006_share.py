"""Partner identifiers imported from STIX bundles (pseudonyms only).

Revision ID: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "partner_identifiers",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("producer_id", sa.String(128), nullable=False),
        sa.Column("producer", sa.String(256), nullable=False),
        sa.Column("stix_id", sa.String(128), nullable=False),
        sa.Column("id_type", sa.String(32), nullable=False),
        sa.Column("pseudonym", sa.String(64), nullable=False),
        sa.Column("key_id", sa.String(32), nullable=True),
        sa.Column("networks", sa.JSON(), nullable=False),
        sa.Column("sightings", sa.Integer(), nullable=False),
        sa.Column("tlp", sa.String(16), nullable=True),
        sa.Column("imported_at", sa.String(32), nullable=False),
        sa.UniqueConstraint("producer_id", "stix_id", name="uq_partner_identifiers_producer_stix"),
    )
    op.create_index("ix_partner_identifiers_pseudonym", "partner_identifiers", ["pseudonym"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_partner_identifiers_pseudonym", table_name="partner_identifiers")
    op.drop_table("partner_identifiers")

"""Frame of each screening (offer, plea, warning, testimony, news, other), so the report and the
triage views can filter by it.

Revision ID: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("screenings") as batch:
        batch.add_column(sa.Column("frame", sa.String(16), nullable=True))
    op.create_index("ix_screenings_frame", "screenings", ["frame"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_screenings_frame", table_name="screenings")
    with op.batch_alter_table("screenings") as batch:
        batch.drop_column("frame")

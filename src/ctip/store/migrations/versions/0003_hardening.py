"""Template clusters remember the order posts entered the index, so rebuilding it from stored
sketches gives the same clusters whatever the timestamps (re-ingesting changes nothing).

Revision ID: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0005"  # re-chained after main merged 0005 (both started from 0001)
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clusters") as batch:
        batch.add_column(sa.Column("seq", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clusters") as batch:
        batch.drop_column("seq")

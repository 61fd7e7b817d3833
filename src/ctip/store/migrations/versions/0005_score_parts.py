"""Score parts: the base and wording parts of each stored score (the indicator parts are the
indicator hits' weights), so a stored score can be re-derived and explained.

Revision ID: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("screenings") as batch:
        batch.add_column(sa.Column("score_base", sa.Float(), nullable=True))
        batch.add_column(sa.Column("score_wording", sa.Float(), nullable=True))
    op.create_index("ix_screenings_model_version", "screenings", ["model_version"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_screenings_model_version", table_name="screenings")
    with op.batch_alter_table("screenings") as batch:
        batch.drop_column("score_wording")
        batch.drop_column("score_base")

"""Initial workspace: posts, screenings, indicator hits, identifiers, mentions, clusters, networks, labels.

Revision ID: 0001
"""

from alembic import op

from ctip.store.schema import metadata

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The first revision creates the tables as defined in schema.py at that time; later
    # revisions must use explicit op.* calls so old workspaces upgrade step by step.
    metadata.create_all(op.get_bind())


def downgrade() -> None:
    metadata.drop_all(op.get_bind())

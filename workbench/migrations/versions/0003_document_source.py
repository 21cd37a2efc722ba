"""Documents are identified by their source: the file or URL read, and the key of a JSONL record (commit eadd23d)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_document_source"
down_revision = "0002_suggestion_probabilities"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("file", sa.Text(), nullable=True))
    op.add_column("documents", sa.Column("record", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("documents", "record")
    op.drop_column("documents", "file")

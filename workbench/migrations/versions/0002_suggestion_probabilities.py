"""Suggestions keep the trained verifier's label probabilities and the windows that decided (commit 66ccc91)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_suggestion_probabilities"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("suggestions", sa.Column("probabilities", sa.JSON(), nullable=True))
    op.add_column("suggestions", sa.Column("deciding", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("suggestions", "deciding")
    op.drop_column("suggestions", "probabilities")

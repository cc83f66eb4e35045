"""A success indicator's result, found at the review that made the version.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("success_indicators") as batch:
        batch.add_column(sa.Column("result", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("success_indicators") as batch:
        batch.drop_column("result")

"""The precondition catalogue version an agreement's assessment is rated against (every version
stored before it existed was rated against version 1), and "not applicable" ratings.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agreement_versions") as batch:
        batch.add_column(
            sa.Column("catalogue_version", sa.Integer(), nullable=False, server_default="1")
        )
    with op.batch_alter_table("ratings") as batch:
        batch.add_column(
            sa.Column("not_applicable", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("ratings") as batch:
        batch.drop_column("not_applicable")
    with op.batch_alter_table("agreement_versions") as batch:
        batch.drop_column("catalogue_version")

"""The fields of work of an agreement (exit counselling, family counselling, returnees), and a
further actor's referral rule and contact: an advice centre's hotline that refers callers to a
counselling NGO on the ground is a further actor with its own rule for passing cases on and a
place where the partners reach it.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agreement_versions") as batch:
        batch.add_column(
            sa.Column("fields_of_work", sa.JSON(), nullable=False, server_default="[]")
        )
    with op.batch_alter_table("further_actors") as batch:
        batch.add_column(sa.Column("referral", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("contact", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("further_actors") as batch:
        batch.drop_column("contact")
        batch.drop_column("referral")
    with op.batch_alter_table("agreement_versions") as batch:
        batch.drop_column("fields_of_work")

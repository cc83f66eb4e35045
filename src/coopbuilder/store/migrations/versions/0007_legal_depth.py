"""The legal depth of an agreement: its legal nature, each partner's grammatical article, how
imminent a harm must be for a trigger and whether the person cannot consent, the recipient's
basis for collecting what it receives, and actions due before signing.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agreement_versions") as batch:
        batch.add_column(
            sa.Column("legal_nature", sa.String(), nullable=False, server_default="memorandum")
        )
    with op.batch_alter_table("partners") as batch:
        batch.add_column(sa.Column("article", sa.String(), nullable=True))
    with op.batch_alter_table("sharing_rules") as batch:
        batch.add_column(sa.Column("imminence", sa.String(), nullable=True))
        batch.add_column(
            sa.Column("legal_basis_collection", sa.String(), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column(
                "subject_unable_to_consent", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
    with op.batch_alter_table("actions") as batch:
        batch.add_column(
            sa.Column("before_signing", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("actions") as batch:
        batch.drop_column("before_signing")
    with op.batch_alter_table("sharing_rules") as batch:
        batch.drop_column("subject_unable_to_consent")
        batch.drop_column("legal_basis_collection")
        batch.drop_column("imminence")
    with op.batch_alter_table("partners") as batch:
        batch.drop_column("article")
    with op.batch_alter_table("agreement_versions") as batch:
        batch.drop_column("legal_nature")

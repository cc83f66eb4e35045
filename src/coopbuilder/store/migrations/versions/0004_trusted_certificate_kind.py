"""A trusted certificate is trusted either as a person's own certificate (covering exactly that
certificate) or as a certification authority's (covering what it issued). Certificates trusted
before are people's: that is what marking one trusted meant to the people who did it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("trusted_certificates") as batch:
        batch.add_column(
            sa.Column("kind", sa.String(), nullable=False, server_default="person"),
        )


def downgrade() -> None:
    with op.batch_alter_table("trusted_certificates") as batch:
        batch.drop_column("kind")

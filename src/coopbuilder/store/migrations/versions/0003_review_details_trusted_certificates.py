"""Review records say why an extraordinary review was held, and record staff changes, incidents
and decisions; the workspace keeps the certificates its users have marked trusted.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_REVIEW_TEXTS = ("reason", "staff_changes", "incidents", "decisions")


def upgrade() -> None:
    with op.batch_alter_table("reviews") as batch:
        for name in _REVIEW_TEXTS:
            batch.add_column(sa.Column(name, sa.String(), nullable=False, server_default=""))
    op.create_table(
        "trusted_certificates",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("fingerprint", sa.String(), nullable=False),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trusted_certificates")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_trusted_certificates_fingerprint")),
    )


def downgrade() -> None:
    op.drop_table("trusted_certificates")
    with op.batch_alter_table("reviews") as batch:
        for name in _REVIEW_TEXTS:
            batch.drop_column(name)

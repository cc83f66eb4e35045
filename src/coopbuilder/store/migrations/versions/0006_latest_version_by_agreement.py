"""Finding one agreement's latest version reads one row: an index on the agreement and the
latest-version mark (before it, SQLite scanned every agreement's latest version).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_agreement_versions_agreement_latest",
        "agreement_versions",
        ["agreement_id", "is_latest"],
    )


def downgrade() -> None:
    op.drop_index("ix_agreement_versions_agreement_latest", table_name="agreement_versions")

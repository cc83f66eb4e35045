"""Recovery copies (autosave and conflict copies), signature records and review records.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("agreement_id", sa.String(), nullable=False),
        sa.Column("reviewed_version", sa.Integer(), nullable=False),
        sa.Column("new_version", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("participants", sa.String(), nullable=False),
        sa.Column("what_worked", sa.String(), nullable=False),
        sa.Column("what_failed", sa.String(), nullable=False),
        sa.Column("lessons_learned", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_reviews_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
    )
    op.create_index(op.f("ix_reviews_agreement_id"), "reviews", ["agreement_id"], unique=False)
    op.create_table(
        "recovery_copies",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("saved_by", sa.String(), nullable=False),
        sa.Column("base_revision", sa.Integer(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["agreement_versions.id"],
            name=op.f("fk_recovery_copies_version_id_agreement_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recovery_copies")),
    )
    op.create_index(
        op.f("ix_recovery_copies_saved_by"), "recovery_copies", ["saved_by"], unique=False
    )
    op.create_index(
        op.f("ix_recovery_copies_version_id"), "recovery_copies", ["version_id"], unique=False
    )
    op.create_table(
        "signatures",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.String(), nullable=False),
        sa.Column("signatory", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(), nullable=False),
        sa.Column("method", sa.String(), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("file_sha256", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("document", sa.LargeBinary(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["agreement_versions.id"],
            name=op.f("fk_signatures_version_id_agreement_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatures")),
    )
    op.create_index(op.f("ix_signatures_version_id"), "signatures", ["version_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_signatures_version_id"), table_name="signatures")
    op.drop_table("signatures")
    op.drop_index(op.f("ix_recovery_copies_version_id"), table_name="recovery_copies")
    op.drop_index(op.f("ix_recovery_copies_saved_by"), table_name="recovery_copies")
    op.drop_table("recovery_copies")
    op.drop_index(op.f("ix_reviews_agreement_id"), table_name="reviews")
    op.drop_table("reviews")

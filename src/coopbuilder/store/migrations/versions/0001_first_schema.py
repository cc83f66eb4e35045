"""The first workspace schema: agreements, their versions and every part of them, and the
audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agreements",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreements")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("who", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("agreement_id", sa.String(), nullable=True),
        sa.Column("version_number", sa.Integer(), nullable=True),
        sa.Column("detail", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_agreement_id"), "audit_log", ["agreement_id"], unique=False)
    op.create_table(
        "agreement_versions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("agreement_id", sa.String(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("based_on", sa.Integer(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("is_latest", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("saved_by", sa.String(), nullable=False),
        sa.Column("partner_names", sa.JSON(), nullable=False),
        sa.Column("search_text", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("scope", sa.String(), nullable=False),
        sa.Column("out_of_scope", sa.String(), nullable=False),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=True),
        sa.Column("term_months", sa.Integer(), nullable=True),
        sa.Column("review_interval_months", sa.Integer(), nullable=False),
        sa.Column("next_review_date", sa.Date(), nullable=True),
        sa.Column("dpia_required", sa.Boolean(), nullable=False),
        sa.Column("dpia_status", sa.String(), nullable=False),
        sa.Column("dpia_lead_partner_id", sa.String(), nullable=True),
        sa.Column("dpia_completed_on", sa.Date(), nullable=True),
        sa.Column("dpia_reference", sa.String(), nullable=False),
        sa.Column("dpia_note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_versions_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_versions")),
        sa.UniqueConstraint(
            "agreement_id", "number", name=op.f("uq_agreement_versions_agreement_id_number")
        ),
    )
    op.create_index(
        op.f("ix_agreement_versions_agreement_id"),
        "agreement_versions",
        ["agreement_id"],
        unique=False,
    )
    op.create_index(
        "ix_agreement_versions_latest_review",
        "agreement_versions",
        ["is_latest", "next_review_date"],
        unique=False,
    )
    op.create_index(
        "ix_agreement_versions_latest_saved",
        "agreement_versions",
        ["is_latest", "saved_at"],
        unique=False,
    )
    op.create_index(
        "ix_agreement_versions_latest_status",
        "agreement_versions",
        ["is_latest", "status", "saved_at"],
        unique=False,
    )
    op.create_table(
        "further_actors",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("when_involved", sa.String(), nullable=False),
        sa.Column("may_receive", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["agreement_versions.id"],
            name=op.f("fk_further_actors_version_id_agreement_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("version_id", "id", name=op.f("pk_further_actors")),
    )
    op.create_table(
        "meetings",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("cadence", sa.String(), nullable=False),
        sa.Column("participants", sa.String(), nullable=False),
        sa.Column("minutes_without_client_identifiers", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["agreement_versions.id"],
            name=op.f("fk_meetings_version_id_agreement_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("version_id", "id", name=op.f("pk_meetings")),
    )
    op.create_table(
        "partners",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("short_name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("sector", sa.String(), nullable=False),
        sa.Column("regime", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("data_protection_officer", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["agreement_versions.id"],
            name=op.f("fk_partners_version_id_agreement_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("version_id", "id", name=op.f("pk_partners")),
    )
    op.create_table(
        "success_indicators",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("measure", sa.String(), nullable=False),
        sa.Column("target", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["agreement_versions.id"],
            name=op.f("fk_success_indicators_version_id_agreement_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("version_id", "id", name=op.f("pk_success_indicators")),
    )
    op.create_table(
        "actions",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("precondition_id", sa.String(), nullable=False),
        sa.Column("finding", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("owner_partner_id", sa.String(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("outcome_note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id", "owner_partner_id"],
            ["partners.version_id", "partners.id"],
            name="fk_actions_owner_partner_id_partners",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["agreement_versions.id"],
            name=op.f("fk_actions_version_id_agreement_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("version_id", "id", name=op.f("pk_actions")),
    )
    op.create_table(
        "contacts",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("secure_email", sa.String(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("availability", sa.String(), nullable=False),
        sa.Column("deputy_id", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["version_id", "partner_id"],
            ["partners.version_id", "partners.id"],
            name="fk_contacts_partner_id_partners",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["agreement_versions.id"],
            name=op.f("fk_contacts_version_id_agreement_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("version_id", "id", name=op.f("pk_contacts")),
    )
    op.create_table(
        "ratings",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.String(), nullable=False),
        sa.Column("statement_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id", "partner_id"],
            ["partners.version_id", "partners.id"],
            name="fk_ratings_partner_id_partners",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["agreement_versions.id"],
            name=op.f("fk_ratings_version_id_agreement_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "version_id", "partner_id", "statement_id", name=op.f("pk_ratings")
        ),
    )
    op.create_table(
        "representatives",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("signs", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id", "partner_id"],
            ["partners.version_id", "partners.id"],
            name="fk_representatives_partner_id_partners",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["agreement_versions.id"],
            name=op.f("fk_representatives_version_id_agreement_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("version_id", "id", name=op.f("pk_representatives")),
    )
    op.create_table(
        "sharing_rules",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(), nullable=False),
        sa.Column("from_partner_id", sa.String(), nullable=False),
        sa.Column("to_partner_id", sa.String(), nullable=False),
        sa.Column("shared_when", sa.String(), nullable=False),
        sa.Column("trigger", sa.String(), nullable=True),
        sa.Column("threshold", sa.String(), nullable=True),
        sa.Column("channel", sa.String(), nullable=True),
        sa.Column("legal_basis_art6", sa.String(), nullable=True),
        sa.Column("legal_basis_art9", sa.String(), nullable=True),
        sa.Column("legal_basis_art10", sa.String(), nullable=False),
        sa.Column("legal_basis_national_law", sa.String(), nullable=False),
        sa.Column("legal_basis_note", sa.String(), nullable=False),
        sa.Column("recipient_roles", sa.JSON(), nullable=False),
        sa.Column("retention", sa.String(), nullable=False),
        sa.Column("four_eyes", sa.Boolean(), nullable=False),
        sa.Column("logged", sa.Boolean(), nullable=False),
        sa.Column("personal_data", sa.Boolean(), nullable=False),
        sa.Column("special_category", sa.Boolean(), nullable=False),
        sa.Column("criminal_offence_data", sa.Boolean(), nullable=False),
        sa.Column("counselling_content", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id", "from_partner_id"],
            ["partners.version_id", "partners.id"],
            name="fk_sharing_rules_from_partner_id_partners",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["version_id", "to_partner_id"],
            ["partners.version_id", "partners.id"],
            name="fk_sharing_rules_to_partner_id_partners",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["agreement_versions.id"],
            name=op.f("fk_sharing_rules_version_id_agreement_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("version_id", "id", name=op.f("pk_sharing_rules")),
    )


def downgrade() -> None:
    op.drop_table("sharing_rules")
    op.drop_table("representatives")
    op.drop_table("ratings")
    op.drop_table("contacts")
    op.drop_table("actions")
    op.drop_table("success_indicators")
    op.drop_table("partners")
    op.drop_table("meetings")
    op.drop_table("further_actors")
    op.drop_index("ix_agreement_versions_latest_status", table_name="agreement_versions")
    op.drop_index("ix_agreement_versions_latest_saved", table_name="agreement_versions")
    op.drop_index("ix_agreement_versions_latest_review", table_name="agreement_versions")
    op.drop_index(op.f("ix_agreement_versions_agreement_id"), table_name="agreement_versions")
    op.drop_table("agreement_versions")
    op.drop_index(op.f("ix_audit_log_agreement_id"), table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_table("agreements")

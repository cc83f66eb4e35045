"""The audit log becomes a hash chain: every row carries the SHA-256 of the row before it and
its own, so that a row changed or removed behind the program's back is found
(``coopbuilder audit verify``). The rows already there are chained as they are now.

On PostgreSQL the server writes each new row's time (``now()``), the database role
(``current_user``) and both hashes in a trigger, taking turns with other writers, and another
trigger refuses to change, remove or truncate rows: the log only grows.

The hash is computed as ``store/audit.py`` computes it; it is written out here so that this
migration keeps meaning what it meant.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

GENESIS = "0" * 64

POSTGRESQL = (
    """
    CREATE FUNCTION coopbuilder_audit_entry() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        last text;
    BEGIN
        -- writers take turns (the program takes the same lock), and the row's number is
        -- drawn in that turn, so that the chain runs in the order of the numbers
        PERFORM pg_advisory_xact_lock(1131376496);
        SELECT row_hash INTO last FROM audit_log ORDER BY id DESC LIMIT 1;
        NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
        NEW.at := now() AT TIME ZONE 'UTC';
        NEW.db_role := current_user;
        NEW.previous_hash := coalesce(last, repeat('0', 64));
        NEW.row_hash := encode(sha256(convert_to(json_build_array(
            NEW.previous_hash,
            to_char(NEW.at, 'YYYY-MM-DD"T"HH24:MI:SS.US'),
            NEW.who, NEW.action, NEW.agreement_id, NEW.version_number, NEW.detail,
            NEW.db_role
        )::text, 'UTF8')), 'hex');
        RETURN NEW;
    END
    $$
    """,
    """
    CREATE TRIGGER audit_log_entry BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION coopbuilder_audit_entry()
    """,
    """
    CREATE FUNCTION coopbuilder_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'the audit log only grows: its entries are never changed or removed';
    END
    $$
    """,
    """
    CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION coopbuilder_audit_append_only()
    """,
)
POSTGRESQL_DOWN = (
    "DROP TRIGGER audit_log_append_only ON audit_log",
    "DROP FUNCTION coopbuilder_audit_append_only()",
    "DROP TRIGGER audit_log_entry ON audit_log",
    "DROP FUNCTION coopbuilder_audit_entry()",
)


def _hash(row: sa.Row[tuple[object, ...]], previous: str) -> str:
    at = row.at if isinstance(row.at, dt.datetime) else dt.datetime.fromisoformat(str(row.at))
    content = [
        previous,
        at.replace(tzinfo=None).isoformat(timespec="microseconds"),
        row.who,
        row.action,
        row.agreement_id,
        row.version_number,
        row.detail,
        "",
    ]
    text = json.dumps(content, ensure_ascii=False, separators=(", ", ": "))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("db_role", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("previous_hash", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("row_hash", sa.String(), nullable=False, server_default=""))
    connection = op.get_bind()
    table = sa.table(
        "audit_log",
        sa.column("id", sa.Integer()),
        sa.column("at", sa.DateTime()),
        sa.column("who", sa.String()),
        sa.column("action", sa.String()),
        sa.column("agreement_id", sa.String()),
        sa.column("version_number", sa.Integer()),
        sa.column("detail", sa.String()),
        sa.column("previous_hash", sa.String()),
        sa.column("row_hash", sa.String()),
    )
    previous = GENESIS
    for row in connection.execute(sa.select(table).order_by(table.c.id)).all():
        own = _hash(row, previous)
        connection.execute(
            table.update().where(table.c.id == row.id).values(previous_hash=previous, row_hash=own)
        )
        previous = own
    if connection.dialect.name == "postgresql":
        for statement in POSTGRESQL:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRESQL_DOWN:
            op.execute(statement)
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("db_role")
        batch.drop_column("row_hash")
        batch.drop_column("previous_hash")

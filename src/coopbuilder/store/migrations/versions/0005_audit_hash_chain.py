"""The audit log becomes a hash chain: every row carries the SHA-256 of the row before it and
its own, so that a row changed or removed behind the program's back is found
(``coopbuilder audit verify``). The rows already there are chained as they are now.

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
    ]
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
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


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("row_hash")
        batch.drop_column("previous_hash")

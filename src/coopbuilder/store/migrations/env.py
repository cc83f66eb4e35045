"""Alembic's entry point for the workspace migrations.

CoopBuilder runs the migrations itself when it opens a workspace (store/migrate.py) and hands
over an open connection inside a transaction; there is no alembic.ini. To write a new migration,
see ``README`` in this folder.
"""

from __future__ import annotations

from alembic import context

from coopbuilder.store.tables import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite changes a table by copying it
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

"""The rights of the role the program runs as on an organisation's PostgreSQL server: what it
needs, and nothing more.

A workspace on PostgreSQL is set up by a *migration role* that owns its tables (it opens the
workspace once after every update of CoopBuilder, which brings the schema up to date). Everyone
else works as a *runtime role* with the rights below: reading and writing the agreements, adding
to the audit log but never changing or removing its entries, and no right to change the schema.
The workspace's list of trusted certificates is the organisation's: a runtime role only reads
it, unless it is given the right to change it (an administrator's role).
"""

from __future__ import annotations

import re

from sqlalchemy import text

from coopbuilder.store.database import Database
from coopbuilder.store.errors import WorkspaceError
from coopbuilder.store.tables import AuditRow, Base, TrustedCertificateRow

ROLE_NAME = re.compile(r"[a-z_][a-z0-9_$]{0,62}")
APPEND_ONLY = (AuditRow.__tablename__,)
READ_ONLY = ("alembic_version",)
TRUST_LIST = TrustedCertificateRow.__tablename__


def grant_statements(role: str, schema: str, *, may_trust: bool = False) -> list[str]:
    """The statements that give ``role`` what the program needs in ``schema``, and take the
    right to change the audit log away again (in case it had it). The list of trusted
    certificates it may change only with ``may_trust``."""
    if not ROLE_NAME.fullmatch(role) or not ROLE_NAME.fullmatch(schema):
        raise WorkspaceError(
            "'{name}' is not a role or schema name CoopBuilder writes grants for (lower-case "
            "letters, digits and underscores, starting with a letter).",
            name=role if not ROLE_NAME.fullmatch(role) else schema,
        )
    special = {*APPEND_ONLY, *([] if may_trust else [TRUST_LIST])}
    tables = sorted(t.name for t in Base.metadata.sorted_tables if t.name not in special)
    read_only = [*READ_ONLY, *([] if may_trust else [TRUST_LIST])]
    out = [
        f'GRANT USAGE ON SCHEMA "{schema}" TO "{role}";',
        *(f'GRANT SELECT ON "{schema}"."{t}" TO "{role}";' for t in read_only),
        *(
            f'REVOKE INSERT, UPDATE, DELETE ON "{schema}"."{t}" FROM "{role}";'
            for t in read_only
            if t == TRUST_LIST
        ),
        *(f'GRANT SELECT, INSERT, UPDATE, DELETE ON "{schema}"."{t}" TO "{role}";' for t in tables),
    ]
    for table in APPEND_ONLY:
        out.append(f'GRANT SELECT, INSERT ON "{schema}"."{table}" TO "{role}";')
        out.append(f'REVOKE UPDATE, DELETE, TRUNCATE ON "{schema}"."{table}" FROM "{role}";')
    out.append(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO "{role}";')
    return out


def current_schema(database: Database) -> str:
    with database.transaction(write=False) as session:
        return str(session.scalar(text("SELECT current_schema()")))


def apply_grants(database: Database, statements: list[str]) -> None:
    """Run ``statements`` in one transaction (as the role that owns the workspace)."""
    with database.transaction() as session:
        for statement in statements:
            session.execute(text(statement))

"""The workspace: SQLAlchemy tables, repositories and migrations. No Qt here."""

"""The workspace: everything the CLI and the GUI do with stored agreements, by service.

Make one with :func:`coopbuilder.store.connection.open_workspace`; close it when done (or use it
as a context manager). Each service method is one transaction and returns pydantic models.
"""

from __future__ import annotations

from types import TracebackType

from coopbuilder.core.errors import Phrase
from coopbuilder.store.agreements import Agreements
from coopbuilder.store.audit import AuditLog
from coopbuilder.store.certificates import TrustedCertificates
from coopbuilder.store.database import Database
from coopbuilder.store.listing import Listing
from coopbuilder.store.recovery import Recovery
from coopbuilder.store.reviews import Reviews
from coopbuilder.store.signing import Signing
from coopbuilder.store.transfer import Transfer


class Workspace:
    """An open workspace and its services:

    - ``agreements``: create, load, save, versions, new version, duplicate, delete;
    - ``listing``: the list of agreements with filters and search;
    - ``recovery``: autosave of the open version, and what can be recovered on start;
    - ``signing``: mark a version signed, signature records (with the signed file);
    - ``reviews``: review records; a review starts the next draft version;
    - ``transfer``: import and export of exchange files;
    - ``audit``: the audit log;
    - ``certificates``: the certificates marked trusted for verifying signatures.
    """

    def __init__(self, database: Database) -> None:
        self.database = database
        self.agreements = Agreements(database)
        self.listing = Listing(database)
        self.recovery = Recovery(database)
        self.signing = Signing(database, self.agreements)
        self.reviews = Reviews(database, self.agreements)
        self.transfer = Transfer(database, self.agreements)
        self.audit = AuditLog(database)
        self.certificates = TrustedCertificates(database)

    @property
    def location(self) -> str:
        """The workspace file, or the database URL without its password (for titles, recent
        workspaces and messages)."""
        return self.database.location

    @property
    def warnings(self) -> tuple[Phrase, ...]:
        """What is unsafe about how the workspace was reached (see
        :func:`~coopbuilder.store.connection.connection_warnings`)."""
        return self.database.warnings

    @property
    def who(self) -> str:
        return self.database.who

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

"""Exchange files in and out of the workspace.

An import never overwrites anything: it adds a new agreement (with a new id if the workspace
already has the file's one) or, when asked, a new version of an agreement that is there. An
imported version keeps the status the file gives it; a signed one supersedes the agreement's
earlier signed version. Files may be protected with a passphrase.
"""

from __future__ import annotations

from pathlib import Path

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.exchange import read_exchange_file, write_exchange_file
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.agreements import Agreements, stored_version
from coopbuilder.store.database import Database
from coopbuilder.store.models import AuditAction, StoredVersion
from coopbuilder.store.signing import Signing


class Transfer:
    """Import and export of exchange files."""

    def __init__(self, database: Database, agreements: Agreements, signing: Signing) -> None:
        self._db = database
        self._agreements = agreements
        self._signing = signing

    def import_file(
        self, path: Path, as_new_version_of: str | None = None, passphrase: str | None = None
    ) -> StoredVersion:
        """Read an exchange file and add it as a new agreement, or as a new version of the
        agreement ``as_new_version_of``."""
        agreement = read_exchange_file(Path(path), passphrase)
        return self.import_agreement(agreement, as_new_version_of, source=Path(path).name)

    def import_agreement(
        self, agreement: Agreement, as_new_version_of: str | None = None, source: str = ""
    ) -> StoredVersion:
        detail = f"from {source}" if source else ""
        with self._db.transaction() as session:
            if as_new_version_of is None:
                return self._agreements.create_in(session, agreement, AuditAction.IMPORTED, detail)
            target = as_new_version_of
            number = self._agreements.next_number(session, target)
            row, content = self._agreements.add_version(
                session, target, agreement, number, agreement.status, None
            )
            if agreement.status is AgreementStatus.SIGNED:
                self._signing.supersede_signed(session, target, number)
            self._agreements.log(session, AuditAction.IMPORTED, target, number, detail)
            return stored_version(row, content)

    def export_file(
        self,
        agreement_id: str,
        path: Path,
        number: int | None = None,
        passphrase: str | None = None,
    ) -> StoredVersion:
        """Write a version (default: the latest) to an exchange file, protected with
        ``passphrase`` if one is given."""
        stored = self._agreements.load(agreement_id, number)
        write_exchange_file(Path(path), stored.agreement, passphrase)
        protected = " (protected with a passphrase)" if passphrase else ""
        with self._db.transaction() as session:
            self._agreements.log(
                session,
                AuditAction.EXPORTED,
                agreement_id,
                stored.number,
                f"to {Path(path).name}{protected}",
            )
        return stored

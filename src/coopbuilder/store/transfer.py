"""Exchange files in and out of the workspace.

An import never overwrites anything: it adds a new agreement (with a new id if the workspace
already has the file's one) or, when asked, a new version of an agreement that is there. An
imported version is always a draft, whatever status the file claims (the audit log notes it): a
file is easily edited, so only signing in this workspace makes a version signed, and only the
agreement checks make it ready to sign. Files may be protected with a passphrase.
"""

from __future__ import annotations

from pathlib import Path

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.exchange import read_exchange_file, write_exchange_file
from coopbuilder.core.passphrases import check_passphrase, known_words
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.agreements import Agreements, stored_version
from coopbuilder.store.database import Database
from coopbuilder.store.models import AuditAction, StoredVersion


class Transfer:
    """Import and export of exchange files."""

    def __init__(self, database: Database, agreements: Agreements) -> None:
        self._db = database
        self._agreements = agreements

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
        """Add ``agreement`` (read from the file ``source``) as a draft."""
        notes = [f"from {source}"] if source else []
        if agreement.status is not AgreementStatus.DRAFT:
            notes.append(f"the file said {agreement.status.value}; imported as a draft")
        detail = "; ".join(notes)
        draft = agreement.model_copy(update={"status": AgreementStatus.DRAFT})
        with self._db.transaction() as session:
            if as_new_version_of is None:
                return self._agreements.create_in(session, draft, AuditAction.IMPORTED, detail)
            target = as_new_version_of
            number = self._agreements.next_number(session, target)
            row, content = self._agreements.add_version(
                session, target, draft, number, AgreementStatus.DRAFT, None
            )
            self._agreements.log(session, AuditAction.IMPORTED, target, number, detail)
            return stored_version(row, content)

    def export_file(
        self,
        agreement_id: str,
        path: Path,
        number: int | None = None,
        passphrase: str | None = None,
    ) -> StoredVersion:
        """Write a version (default: the latest) to an exchange file, readable only by its owner,
        protected with ``passphrase`` if one is given; a passphrase too easy to guess (see
        :func:`~coopbuilder.core.passphrases.check_passphrase`) is refused before anything is
        written."""
        stored = self._agreements.load(agreement_id, number)
        if passphrase is not None:
            check_passphrase(passphrase, known_words(stored.agreement))
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

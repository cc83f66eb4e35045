"""What the wizard works on: one agreement, and where its answers go.

The wizard never knows whether an agreement lives in memory, in an exchange file or in the
workspace database; it talks to an :class:`AgreementSession`. The workspace binds a session to
its database (autosave, conflicts); :class:`MemorySession` serves tests and the demo, and
:class:`FileSession` keeps a draft in an exchange file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.exchange import read_exchange_file, write_exchange_file
from coopbuilder.core.parties import Partner
from coopbuilder.core.vocabulary import PartnerKind, default_regime, default_sector
from coopbuilder.ui.texts import ui_language


class AgreementSession(Protocol):
    """One agreement being edited.

    ``agreement`` is the last state saved or autosaved (the wizard edits a copy). ``save`` is the
    person's "Save" (and marking ready to sign); ``autosave`` keeps work in progress safe and is
    called after every page and every few seconds while something changed. Both may raise
    :class:`~coopbuilder.core.errors.UserError` with a message for the person.
    """

    @property
    def agreement(self) -> Agreement: ...

    def save(self, agreement: Agreement) -> None: ...

    def autosave(self, agreement: Agreement) -> None: ...


class MemorySession:
    """A session that keeps the agreement in memory (tests, the demo)."""

    def __init__(self, agreement: Agreement) -> None:
        self._agreement = agreement.model_copy(deep=True)
        self.saves = 0
        self.autosaves = 0

    @property
    def agreement(self) -> Agreement:
        return self._agreement.model_copy(deep=True)

    def save(self, agreement: Agreement) -> None:
        self._agreement = agreement.model_copy(deep=True)
        self.saves += 1

    def autosave(self, agreement: Agreement) -> None:
        self._agreement = agreement.model_copy(deep=True)
        self.autosaves += 1


class FileSession(MemorySession):
    """A session on an exchange file: every save and autosave rewrites the file atomically."""

    def __init__(self, path: Path, new: Agreement) -> None:
        self.path = Path(path)
        super().__init__(read_exchange_file(self.path) if self.path.exists() else new)

    def save(self, agreement: Agreement) -> None:
        write_exchange_file(self.path, agreement)
        super().save(agreement)

    def autosave(self, agreement: Agreement) -> None:
        write_exchange_file(self.path, agreement)
        super().autosave(agreement)


def new_agreement() -> Agreement:
    """A blank agreement between an NGO and a police partner, for the partners to fill in, in
    the language of the program (the partners may choose another on the Partnership page)."""

    def partner(name: str, kind: PartnerKind) -> Partner:
        return Partner(
            name=name, kind=kind, sector=default_sector(kind), regime=default_regime(kind)
        )

    return Agreement(
        title=QCoreApplication.translate("NewAgreement", "New cooperation agreement"),
        language=ui_language(),
        partners=[
            partner(QCoreApplication.translate("NewAgreement", "NGO partner"), PartnerKind.NGO),
            partner(
                QCoreApplication.translate("NewAgreement", "Security partner"), PartnerKind.POLICE
            ),
        ],
    )

"""What the wizard works on: one agreement, and where its answers go.

The wizard never knows whether an agreement lives in memory, in an exchange file or in the
workspace database; it talks to an :class:`AgreementSession`.
:class:`~coopbuilder.ui.store_session.StoreSession` binds a session to the workspace (autosave
copies, conflicts, signed versions); :class:`MemorySession` serves tests and the demo, and
:class:`FileSession` keeps an agreement in an exchange file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import CURRENT_VERSION
from coopbuilder.core.errors import UserError
from coopbuilder.core.exchange import read_exchange_file, write_exchange_file
from coopbuilder.core.parties import Partner
from coopbuilder.core.vocabulary import PartnerKind, default_regime, default_sector
from coopbuilder.ui.texts import ui_language

Done = Callable[[Exception | None], None]
"""Called on the GUI thread when a save or an autosave is over: with ``None`` when it worked,
else with what went wrong (a :class:`~coopbuilder.core.errors.UserError` has a message for the
person)."""


class AgreementSession(Protocol):
    """One agreement being edited.

    ``agreement`` is the last state saved or autosaved (the wizard edits a copy). ``save`` is the
    person's "Save" (and marking ready to sign); ``autosave`` keeps work in progress safe and is
    called after every page and every few seconds while something changed. Both report through
    ``done``, at once or later: a session on a database does the work off the GUI thread.
    ``autosave`` may keep the agreement it is given as it is: the caller hands over a copy that
    it no longer changes.
    """

    @property
    def agreement(self) -> Agreement: ...

    @property
    def current(self) -> Agreement:
        """The same state as :attr:`agreement`, not a copy: to read, never to change."""
        ...

    def save(self, agreement: Agreement, done: Done) -> None: ...

    def autosave(self, agreement: Agreement, done: Done) -> None: ...


def report(work: Callable[[], None], done: Done | None) -> None:
    """Do ``work`` now and tell ``done``; without ``done`` a failure is raised instead."""
    try:
        work()
    except UserError as exc:
        if done is None:
            raise
        done(exc)
    else:
        if done is not None:
            done(None)


class MemorySession:
    """A session that keeps the agreement in memory (tests, the demo). It reports at once."""

    def __init__(self, agreement: Agreement) -> None:
        self._agreement = agreement.model_copy(deep=True)
        self.saves = 0
        self.autosaves = 0

    @property
    def agreement(self) -> Agreement:
        return self._agreement.model_copy(deep=True)

    @property
    def current(self) -> Agreement:
        return self._agreement

    def save(self, agreement: Agreement, done: Done | None = None) -> None:
        report(lambda: self._keep(agreement, autosave=False), done)

    def autosave(self, agreement: Agreement, done: Done | None = None) -> None:
        report(lambda: self._keep(agreement, autosave=True), done)

    def _keep(self, agreement: Agreement, *, autosave: bool) -> None:
        self._agreement = agreement.model_copy(deep=True)
        if autosave:
            self.autosaves += 1
        else:
            self.saves += 1


class FileSession(MemorySession):
    """A session on an exchange file: every save and autosave rewrites the file atomically."""

    def __init__(self, path: Path, new: Agreement) -> None:
        self.path = Path(path)
        super().__init__(read_exchange_file(self.path) if self.path.exists() else new)

    def _keep(self, agreement: Agreement, *, autosave: bool) -> None:
        write_exchange_file(self.path, agreement)
        super()._keep(agreement, autosave=autosave)


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
        catalogue_version=CURRENT_VERSION,
        partners=[
            partner(QCoreApplication.translate("NewAgreement", "NGO partner"), PartnerKind.NGO),
            partner(
                QCoreApplication.translate("NewAgreement", "Security partner"), PartnerKind.POLICE
            ),
        ],
    )

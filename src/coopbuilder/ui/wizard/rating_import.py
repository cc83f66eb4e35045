"""Loading one partner's ratings from an exchange file that partner prepared at its office.

The file is read off the GUI thread. If the file's partner has the name (or short name) of a
partner of this agreement, its ratings go to that partner; otherwise the person is asked which
partner they belong to. Ratings already given for that partner are only replaced after asking.
A file protected with a passphrase asks for it (again, if it was wrong).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.carry_over import answers_against
from coopbuilder.core.catalogue import catalogue_for
from coopbuilder.core.envelope import PassphraseRequiredError, WrongPassphraseError
from coopbuilder.core.errors import UserError
from coopbuilder.core.exchange import import_partner_ratings, matching_partner, read_exchange_file
from coopbuilder.core.parties import Partner
from coopbuilder.ui.background import Background
from coopbuilder.ui.dialogs import Dialogs
from coopbuilder.ui.texts import error_text


class RatingImport(QObject):
    def __init__(
        self,
        page: QWidget,
        background: Background,
        dialogs: Dialogs,
        current: Callable[[], Agreement | None],
        show: Callable[[Agreement, Partner], None],
    ) -> None:
        """``current()`` gives the agreement with the page's ratings; ``show(agreement,
        partner)`` puts the imported ratings on the page and says for whom."""
        super().__init__(page)
        self._page = page
        self._background = background
        self._dialogs = dialogs
        self._current = current
        self._show = show
        self._title = self.tr("Load ratings from a partner's file")

    def start(self) -> None:
        path = self._dialogs.open_file(
            self._page,
            self._title,
            self.tr("CoopBuilder agreement files (*.coopagreement *.json);;All files (*)"),
        )
        if path is not None:
            self.load(path)

    def load(self, path: Path, passphrase: str | None = None) -> None:
        self._background.run(
            lambda: read_exchange_file(path, passphrase),
            lambda source: self._read(path, source),
            lambda error: self._failed(path, error),
            self,
        )

    def _failed(self, path: Path, error: Exception) -> None:
        if isinstance(error, PassphraseRequiredError | WrongPassphraseError):
            question = (
                self.tr("{problem} Type the passphrase again:").format(problem=error_text(error))
                if isinstance(error, WrongPassphraseError)
                else self.tr(
                    "{file} is protected with a passphrase. Type the passphrase the partner "
                    "gave you:"
                ).format(file=path.name)
            )
            again = self._dialogs.ask_text(self._page, self._title, question, secret=True)
            if again:
                self.load(path, again)
            return
        message = (
            error_text(error)
            if isinstance(error, UserError)
            else self.tr("{file} could not be read: {problem}").format(file=path, problem=error)
        )
        self._dialogs.error(self._page, self._title, message)

    def _read(self, path: Path, source: Agreement) -> None:
        rated = [p for p in source.partners if source.assessment.by_partner(p.id)]
        if not rated:
            self._dialogs.error(
                self._page,
                self._title,
                self.tr(
                    "{file} holds no ratings. Choose the file the partner saved after rating."
                ).format(file=path.name),
            )
            return
        brought = rated[0]
        if len(rated) > 1:
            choice = self._dialogs.choose(
                self._page,
                self._title,
                self.tr(
                    "{file} holds ratings by {first} and by {second}. Whose ratings do you "
                    "want to load?"
                ).format(file=path.name, first=rated[0].name, second=rated[1].name),
                [p.name for p in rated],
            )
            if choice is None:
                return
            brought = rated[choice]
        target = self._current()
        if target is None:
            return
        target_id = matching_partner(target, brought.name) or (
            matching_partner(target, brought.short_name) if brought.short_name else None
        )
        if target_id is None:
            choice = self._dialogs.choose(
                self._page,
                self._title,
                self.tr(
                    "The ratings in {file} are by {name}, which is not a partner of this "
                    "agreement under that name. For which partner are they?"
                ).format(file=path.name, name=brought.name),
                [p.name for p in target.partners],
            )
            if choice is None:
                return
            target_id = target.partners[choice].id
        partner = target.partner(target_id)
        if source.catalogue_version > target.catalogue_version:
            self._dialogs.error(
                self._page,
                self._title,
                self.tr(
                    "{file} was rated on newer statements (catalogue version {theirs}) than "
                    "this agreement (version {ours}). Start a review of this agreement to rate "
                    "the newer statements, then load the file there."
                ).format(
                    file=path.name,
                    theirs=source.catalogue_version,
                    ours=target.catalogue_version,
                ),
            )
            return
        if source.catalogue_version < target.catalogue_version:
            # answers to statements whose meaning has not changed carry over; the others are
            # rated again here
            source = answers_against(source, catalogue_for(target.catalogue_version))
        if target.assessment.by_partner(target_id) and not self._dialogs.confirm(
            self._page,
            self._title,
            self.tr(
                "This replaces the ratings already given for {partner}. Load the ratings from "
                "the file?"
            ).format(partner=partner.name),
        ):
            return
        self._show(import_partner_ratings(target, source, brought.id, target_id), partner)

"""Who of a version's representatives has signed: one row each, with a mark (symbol, word and
colour) and when and how the signature was recorded."""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from coopbuilder.core.records import SignatureMethod
from coopbuilder.core.scoring import Band
from coopbuilder.ui.texts import format_date
from coopbuilder.ui.widgets.fields import clear_layout
from coopbuilder.ui.widgets.marks import MarkLabel, band_mark
from coopbuilder.workflows.signing import RepresentativeState, SigningState


def version_heading(state: SigningState) -> str:
    """The heading of a signing dialog: which version of which agreement (rich text)."""
    return QCoreApplication.translate("Signing", "<b>Version {number} of “{title}”</b>").format(
        number=state.number, title=html.escape(state.title)
    )


class SignatureProgress(QGroupBox):
    """The signing representatives of a version and whether each has signed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Signatures"), parent)
        self.setAccessibleName(self.tr("Signatures"))
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(2, 1)
        self._rows: list[str] = []

    def rows(self) -> list[str]:
        """What each row says, in order (for tests and screen readers)."""
        return list(self._rows)

    def show_state(self, state: SigningState) -> None:
        clear_layout(self._grid)
        self._rows = []
        for row, rep in enumerate(state.representatives):
            signed = rep.signed is not None
            mark = band_mark(Band.STRENGTH if signed else Band.NOT_ASSESSED)
            word = self.tr("signed") if signed else self.tr("not yet signed")
            status = MarkLabel(dataclasses.replace(mark, text=word), self)
            name = QLabel(rep.label, self)
            name.setTextFormat(Qt.TextFormat.PlainText)
            said = self._detail(rep)
            detail = QLabel(said, self)
            detail.setTextFormat(Qt.TextFormat.PlainText)
            detail.setWordWrap(True)
            self._grid.addWidget(status, row, 0)
            self._grid.addWidget(name, row, 1)
            self._grid.addWidget(detail, row, 2)
            self._rows.append(f"{rep.label}: {word}. {said}".strip())

    def _detail(self, rep: RepresentativeState) -> str:
        if rep.signed is None:
            return ""
        record = rep.signed.record
        ink = record.method is SignatureMethod.HANDWRITTEN
        if record.place and ink:
            text = self.tr("Signed in ink on {date} in {place}.")
        elif record.place:
            text = self.tr("Signed digitally on {date} in {place}.")
        elif ink:
            text = self.tr("Signed in ink on {date}.")
        else:
            text = self.tr("Signed digitally on {date}.")
        return text.format(date=format_date(record.signed_on), place=record.place)

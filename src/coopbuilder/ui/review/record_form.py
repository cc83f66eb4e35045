"""The record of a review: when, what kind and why, who took part, what worked, what failed and
what was learned, changes of staff, incidents and decisions. Every field is a ReviewRecord
field; ``load`` shows a record, ``record`` gives what the form holds."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QFormLayout, QWidget

from coopbuilder.core.records import ReviewKind, ReviewRecord
from coopbuilder.ui.texts import date_format
from coopbuilder.ui.widgets.fields import (
    ChoiceCombo,
    DateEdit,
    TextBox,
    named,
    qdate,
    today_qdate,
)


def _date(qdate: QDate) -> dt.date:
    return dt.date(qdate.year(), qdate.month(), qdate.day())


class ReviewRecordForm(QWidget):
    changed = Signal()

    def __init__(self, kinds: list[ReviewKind] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = ChoiceCombo(
            kinds or list(ReviewKind),
            self.tr("Kind of review"),
            description=self.tr(
                "The yearly review, or an extraordinary one after an incident or a change."
            ),
            parent=self,
        )
        self.held_on = named(
            DateEdit(parent=self),
            self.tr("Held on"),
            self.tr("The date the partners met for the review."),
        )
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat(date_format())
        self.held_on.setDate(today_qdate())
        self.reason = TextBox(
            self.tr("Reason"),
            self.tr(
                "Why an extraordinary review is held: the incident, the change of staff or of law."
            ),
            parent=self,
        )
        self.participants = TextBox(
            self.tr("Participants"),
            self.tr("Who took part in the review, separated by semicolons."),
            lines=2,
            parent=self,
        )
        self.what_worked = TextBox(
            self.tr("What worked"),
            self.tr("What went well in the cooperation since the last review."),
            parent=self,
        )
        self.what_failed = TextBox(
            self.tr("What failed"),
            self.tr("Talk openly about failures: what did not work, and why."),
            parent=self,
        )
        self.lessons_learned = TextBox(
            self.tr("What was learned"),
            self.tr("What the partners will do differently from now on."),
            parent=self,
        )
        self.staff_changes = TextBox(
            self.tr("Changes of staff"),
            self.tr("Who left, who joined, and how the contacts were handed over."),
            lines=2,
            parent=self,
        )
        self.incidents = TextBox(
            self.tr("Incidents"),
            self.tr("Incidents since the last review, without naming clients."),
            lines=2,
            parent=self,
        )
        self.decisions = TextBox(
            self.tr("Decisions"),
            self.tr("What the partners decided at the review, e.g. changes to the agreement."),
            parent=self,
        )
        self.note = TextBox(
            self.tr("Note"),
            self.tr("Anything else about the review."),
            lines=2,
            parent=self,
        )
        self._layout = QFormLayout(self)
        for widget in self.inputs():
            self._layout.addRow(widget.accessibleName(), widget)
        for box in self.texts().values():
            box.textChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(lambda _: self._kind_changed())
        self.held_on.dateChanged.connect(lambda _: self.changed.emit())
        self._kind_changed()

    def inputs(self) -> list[QWidget]:
        return [self.kind, self.held_on, *self.texts().values()]

    def texts(self) -> dict[str, TextBox]:
        """The free-text fields, by their name in :class:`ReviewRecord`."""
        return {
            "reason": self.reason,
            "participants": self.participants,
            "what_worked": self.what_worked,
            "what_failed": self.what_failed,
            "lessons_learned": self.lessons_learned,
            "staff_changes": self.staff_changes,
            "incidents": self.incidents,
            "decisions": self.decisions,
            "note": self.note,
        }

    def show_only(self, names: set[str]) -> None:
        """Show only these free-text fields (by their name in :class:`ReviewRecord`)."""
        for name, box in self.texts().items():
            self._layout.setRowVisible(box, name in names)

    def _kind_changed(self) -> None:
        self.reason.setEnabled(self.kind.value() is not ReviewKind.ANNUAL)
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        """Show the record without letting it be changed (it can still be read and copied)."""
        self.kind.setEnabled(not read_only)
        self.held_on.setReadOnly(read_only)
        for box in self.texts().values():
            box.setReadOnly(read_only)

    def load(self, record: ReviewRecord) -> None:
        self.kind.set_value(record.kind)
        self.held_on.setDate(qdate(record.held_on))
        for name, box in self.texts().items():
            box.setPlainText(getattr(record, name))

    def record(self) -> ReviewRecord:
        return ReviewRecord(
            kind=self.kind.required(),
            held_on=_date(self.held_on.date()),
            **{name: box.text() for name, box in self.texts().items()},
        )

    def check(self) -> list[str]:
        """What must be filled in before the record can be kept."""
        if self.kind.value() is not ReviewKind.ANNUAL and not self.reason.text():
            return [self.tr("Say why this extraordinary review is held.")]
        return []

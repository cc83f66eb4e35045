"""The rows of the agreement list: title, partners, status, version, next review, last saved.

A review that is overdue says "Overdue" with a warning sign (and dark red text); one due soon
says in how many days. Colour is never the only signal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.models import AgreementSummary
from coopbuilder.ui.texts import choice_label, counted, format_date
from coopbuilder.ui.widgets.contrast import on_base

SOON_DAYS = 30
_OVERDUE_COLOUR = QColor("#7f0d0d")
"""Dark red on a light list; made lighter on a dark one (:func:`on_base`)."""
_NO_REVIEW = (AgreementStatus.TERMINATED, AgreementStatus.SUPERSEDED)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def review_state(summary: AgreementSummary, today: dt.date) -> tuple[str, bool]:
    """What the "Next review" cell says, and whether the review is overdue."""
    day = summary.next_review_date
    if day is None:
        return "", False
    translate = QCoreApplication.translate
    when = format_date(day)
    if summary.status in _NO_REVIEW:
        return when, False
    days = (day - today).days
    if days < 0:
        return translate("AgreementTable", "⚠ Overdue: {date}").format(date=when), True
    if days == 0:
        return translate("AgreementTable", "{date} (today)").format(date=when), False
    if days <= SOON_DAYS:
        text = translate("AgreementTable", "{date} (in %n day(s))", "", days)
        return counted(text, days).format(date=when), False
    return when, False


class AgreementTableModel(QAbstractTableModel):
    """The rows listed so far, of ``total`` that match. A view scrolled to the end asks for
    more (Qt's ``canFetchMore``/``fetchMore``): the model then emits ``more_wanted`` once, and
    whoever reads the workspace answers with :meth:`add_rows` (or :meth:`fetch_failed`)."""

    more_wanted = Signal()

    def __init__(self, today: Callable[[], dt.date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AgreementSummary] = []
        self._total = 0
        self.fetching = False
        """Further rows were asked for and have not arrived yet."""
        self._today = today
        self._headers = [
            self.tr("Title"),
            self.tr("Partners"),
            self.tr("Status"),
            self.tr("Version"),
            self.tr("Next review"),
            self.tr("Last saved"),
        ]

    def set_rows(self, rows: Sequence[AgreementSummary], total: int | None = None) -> None:
        """List ``rows``, the first of ``total`` that match (default: all there are)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._total = len(self._rows) if total is None else max(total, len(self._rows))
        self.fetching = False
        self.endResetModel()

    def add_rows(self, rows: Sequence[AgreementSummary], total: int) -> None:
        """List the next page after the rows listed so far (one listed already is skipped:
        a save meanwhile may move an agreement from one page to the next)."""
        self.fetching = False
        known = {row.agreement_id for row in self._rows}
        new = [row for row in rows if row.agreement_id not in known]
        self._total = max(total, len(self._rows) + len(new)) if new else len(self._rows)
        if new:
            start = len(self._rows)
            self.beginInsertRows(_ROOT, start, start + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()

    def fetch_failed(self) -> None:
        """The next page could not be read: ask no more until the list is read again."""
        self.fetching = False
        self._total = len(self._rows)

    @property
    def total(self) -> int:
        """How many agreements match, listed or not yet."""
        return self._total

    def canFetchMore(self, parent: Index = _ROOT) -> bool:  # noqa: N802 (Qt's name)
        return not parent.isValid() and not self.fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:  # noqa: N802 (Qt's name)
        if self.canFetchMore(parent):
            self.fetching = True
            self.more_wanted.emit()

    def row(self, number: int) -> AgreementSummary | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def find(self, agreement_id: str) -> int | None:
        return next(
            (n for n, row in enumerate(self._rows) if row.agreement_id == agreement_id), None
        )

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        summary = self.row(index.row())
        if summary is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, column)
        if column == 4 and role == Qt.ItemDataRole.ForegroundRole:
            overdue = review_state(summary, self._today())[1]
            return on_base(_OVERDUE_COLOUR) if overdue else None
        if (
            column == 4
            and role == Qt.ItemDataRole.FontRole
            and review_state(summary, self._today())[1]
        ):
            font = QFont()
            font.setBold(True)
            return font
        if column == 3 and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, summary: AgreementSummary, column: int) -> str:
        if column == 0:
            return summary.title
        if column == 1:
            return " / ".join(summary.partner_names)
        if column == 2:
            return choice_label(summary.status)
        if column == 3:
            return str(summary.number)
        if column == 4:
            return review_state(summary, self._today())[0]
        return format_date(summary.saved_at.astimezone().date())

    def _tooltip(self, summary: AgreementSummary, column: int) -> str:
        if column == 4:
            text, overdue = review_state(summary, self._today())
            if overdue:
                return self.tr("The annual review was due on {date}; it is overdue.").format(
                    date=format_date(summary.next_review_date)
                )
            return text
        if column == 5:
            saved = summary.saved_at.astimezone()
            return self.tr("Saved on {date} at {time} under the user name {who}").format(
                date=format_date(saved.date()), time=saved.strftime("%H:%M"), who=summary.saved_by
            )
        return self._text(summary, column)

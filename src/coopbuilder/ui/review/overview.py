"""The Reviews view: every agreement with its next review (overdue and due within 60 days
first), the reviews held, and the buttons to start a review (annual or extraordinary, with its
reason), to compare a version with the earlier years, to open an agreement and to export the
next review dates as a calendar file.

A standalone widget on a workspace; the window that hosts it passes ``open_agreement`` (open
version N of an agreement, ``None`` for the latest) and listens to ``comparison_requested``.
It reads and writes the workspace off the GUI thread (``background``), with a busy indicator;
``listed`` says when the list shows the workspace as it is now.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopbuilder.core import clock
from coopbuilder.core.review import DUE_SOON_DAYS, DueState
from coopbuilder.core.scoring import Band
from coopbuilder.documents.templates import ClauseLibraries
from coopbuilder.store.errors import ReviewInProgressError
from coopbuilder.store.models import AgreementSummary
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.background import Background, BusyIndicator
from coopbuilder.ui.dialogs import Dialogs, problem_text, show_problem
from coopbuilder.ui.review.start_dialog import StartReviewDialog
from coopbuilder.ui.texts import choice_label, counted, format_date, ui_language
from coopbuilder.ui.widgets.fields import heading, hint, named
from coopbuilder.ui.widgets.marks import band_mark
from coopbuilder.ui.widgets.rows import chain_tab_order
from coopbuilder.workflows.review import AgreementReviews, export_calendar, review_overview

OpenAgreement = Callable[[str, int | None], None]

_STATE_MARKS = {
    DueState.OVERDUE: "▼",
    DueState.DUE: "●",
    DueState.IN_PROGRESS: "✎",
    DueState.LATER: "✔",
    DueState.NO_DATE: "○",
}
_STATE_BANDS = {
    DueState.OVERDUE: Band.GAP,
    DueState.DUE: Band.BORDERLINE,
    DueState.IN_PROGRESS: Band.NOT_ASSESSED,
    DueState.LATER: Band.STRENGTH,
    DueState.NO_DATE: Band.NOT_ASSESSED,
}
"""The colours of a review's state: those of the bands (red, amber, grey, green)."""
_ORDER = [DueState.OVERDUE, DueState.DUE, DueState.IN_PROGRESS, DueState.LATER, DueState.NO_DATE]


def _table(
    parent: QWidget,
    name: str,
    description: str,
    headers: list[str],
    stretch: tuple[int, ...] = (0,),
) -> QTableWidget:
    """A read-only list; the columns in ``stretch`` share the width left and wrap their text
    (a long reason beside the title no longer squeezes the title and its heading)."""
    table = named(QTableWidget(0, len(headers), parent), name, description)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the list for the buttons; arrows move in it
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


class ReviewsView(QWidget):
    comparison_requested = Signal(str, int)
    """The person asked to compare version N of an agreement with the earlier years."""
    review_started = Signal(str, int)
    """A review started: the agreement and the number of its new draft version."""
    selection_changed = Signal()
    listed = Signal()
    """The list shows what the workspace holds now."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        background: Background,
        dialogs: Dialogs,
        libraries: ClauseLibraries,
        open_agreement: OpenAgreement,
        today: Callable[[], dt.date] = clock.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._background = background
        self._dialogs = dialogs
        self._libraries = libraries
        self._reading = 0  # the latest reading of the list; an older one's answer is dropped
        self._open_agreement = open_agreement
        self._today = today
        self._rows: list[AgreementReviews] = []
        self.start_dialog: StartReviewDialog | None = None

        self.summary = hint("", self)
        self.agreements = _table(
            self,
            self.tr("Agreements and their next review"),
            self.tr("Signed agreements, the soonest review first; Enter opens the one chosen."),
            [
                self.tr("Agreement"),
                self.tr("Version"),
                self.tr("Next review"),
                self.tr("Review"),
                self.tr("Last review"),
            ],
        )
        self.agreements.itemSelectionChanged.connect(self._selection_changed)
        self.agreements.itemDoubleClicked.connect(lambda _: self.open_selected())
        self.held = _table(
            self,
            self.tr("Reviews held"),
            self.tr("The reviews held so far of the agreement chosen above; read only."),
            [self.tr("Agreement"), self.tr("Held on"), self.tr("Kind"), self.tr("Versions")],
            stretch=(0, 2),
        )
        self.start_button = QPushButton(self.tr("&Start review..."), self)
        self.extraordinary_button = QPushButton(self.tr("Start e&xtraordinary review..."), self)
        self.compare_button = QPushButton(self.tr("&Compare with earlier years"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.calendar_button = QPushButton(self.tr("Export ca&lendar..."), self)
        self.start_button.clicked.connect(lambda: self.start_review(extraordinary=False))
        self.extraordinary_button.clicked.connect(lambda: self.start_review(extraordinary=True))
        self.compare_button.clicked.connect(self._compare)
        self.open_button.clicked.connect(self.open_selected)
        self.calendar_button.clicked.connect(self.export_calendar)
        self.status = hint("", self)
        self.status.hide()

        buttons = QHBoxLayout()
        for button in (
            self.start_button,
            self.extraordinary_button,
            self.compare_button,
            self.open_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(BusyIndicator(background, self))
        buttons.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reviews"), self))
        layout.addWidget(self.summary)
        layout.addWidget(self.agreements, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(heading(self.tr("Reviews held"), self))
        layout.addWidget(self.held, 2)
        # Tab goes where the eye goes: from the list to its buttons, then to the reviews held
        chain_tab_order(
            [
                self.agreements,
                self.start_button,
                self.extraordinary_button,
                self.compare_button,
                self.open_button,
                self.calendar_button,
                self.held,
            ]
        )
        self.refresh()

    # -- showing --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the workspace again (after a review started, a version was signed, ...), off
        the GUI thread; ``listed`` follows."""
        self._reading += 1
        reading, workspace, today = self._reading, self._workspace, self._today()
        self._background.run(
            lambda: review_overview(workspace, today, DUE_SOON_DAYS),
            lambda overview: self._show(reading, overview),
            lambda error: self._say(
                self.tr("The reviews could not be read: {problem}").format(
                    problem=problem_text(error)
                )
            ),
            self,
        )

    def _show(self, reading: int, overview: list[AgreementReviews]) -> None:
        if reading != self._reading:
            return  # a later reading is on its way
        chosen = self.selected()
        self._rows = sorted(overview, key=lambda a: _ORDER.index(a.state))
        counts = {state: sum(1 for a in overview if a.state is state) for state in DueState}
        self.summary.setText(
            self.tr(
                "Overdue: {overdue}. Due within {days} days: {due}. In progress: {progress}. "
                "Every agreement is reviewed once a year, and at any time after an incident, a "
                "change of staff or a change of law."
            ).format(
                overdue=counts[DueState.OVERDUE],
                days=DUE_SOON_DAYS,
                due=counts[DueState.DUE],
                progress=counts[DueState.IN_PROGRESS],
            )
        )
        self.agreements.setRowCount(len(self._rows))
        for row, entry in enumerate(self._rows):
            summary = entry.summary
            last = entry.held[-1] if entry.held else None
            cells = [
                self.tr("{title}\n{partners}").format(
                    title=summary.title, partners=" / ".join(summary.partner_names)
                ),
                self.tr("{number} ({status})").format(
                    number=summary.number, status=choice_label(summary.status)
                ),
                format_date(summary.next_review_date) or self.tr("none"),
                f"{_STATE_MARKS[entry.state]} {self._when(entry)}",
                self.tr("{date}, {kind}").format(
                    date=format_date(last.record.held_on), kind=choice_label(last.record.kind)
                )
                if last
                else self.tr("none yet"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, summary.agreement_id)
                if column == 3:
                    mark = band_mark(_STATE_BANDS[entry.state])
                    item.setForeground(mark.foreground)
                    item.setBackground(mark.background)
                self.agreements.setItem(row, column, item)
        self._show_held()
        ids = [a.summary.agreement_id for a in self._rows]
        self.agreements.selectRow(ids.index(chosen) if chosen in ids else 0)
        self._selection_changed()
        self.listed.emit()

    def _when(self, entry: AgreementReviews) -> str:
        days = entry.days_left
        if entry.state is DueState.OVERDUE and days is not None:
            return counted(self.tr("Overdue by %n day(s)", "", -days), -days)
        if entry.state is DueState.DUE and days is not None:
            if days == 0:
                return self.tr("Due today")
            if days == 1:
                return self.tr("Due tomorrow")
            return counted(self.tr("Due in %n day(s)", "", days), days)
        if entry.state is DueState.IN_PROGRESS and entry.in_progress is not None:
            return self.tr("In progress since {date}").format(
                date=format_date(entry.in_progress.record.held_on)
            )
        return choice_label(entry.state)

    def _show_held(self) -> None:
        held = [(a, r) for a in self._rows for r in a.held]
        held.sort(key=lambda pair: pair[1].record.held_on, reverse=True)
        self.held.setRowCount(len(held))
        for row, (entry, review) in enumerate(held):
            kind = choice_label(review.record.kind)
            if review.record.reason:
                kind = self.tr("{kind}: {reason}").format(kind=kind, reason=review.record.reason)
            cells = [
                entry.summary.title,
                format_date(review.record.held_on),
                kind,
                self.tr("Version {old} to version {new}").format(
                    old=review.reviewed_version, new=review.new_version or "-"
                ),
            ]
            for column, text in enumerate(cells):
                self.held.setItem(row, column, QTableWidgetItem(text))

    def selected(self) -> str | None:
        """The id of the agreement chosen in the list."""
        rows = self.agreements.selectionModel().selectedRows()
        if not rows:
            return None
        return self._rows[rows[0].row()].summary.agreement_id

    def selected_summary(self) -> AgreementSummary | None:
        """The agreement chosen in the list (its latest version)."""
        entry = self._entry()
        return entry.summary if entry is not None else None

    def _entry(self) -> AgreementReviews | None:
        chosen = self.selected()
        return next((a for a in self._rows if a.summary.agreement_id == chosen), None)

    def _selection_changed(self) -> None:
        entry = self._entry()
        for button in (
            self.start_button,
            self.extraordinary_button,
            self.compare_button,
            self.open_button,
        ):
            button.setEnabled(entry is not None)
        self.selection_changed.emit()

    # -- acting ---------------------------------------------------------------------------

    def start_review(self, extraordinary: bool) -> None:
        """Ask for the date (and, for an extraordinary review, its reason), then start the
        review of the selected agreement's signed version."""
        entry = self._entry()
        if entry is not None:
            self.start_review_of(entry.summary.agreement_id, entry.summary.title, extraordinary)

    def start_review_of(self, agreement_id: str, title: str, extraordinary: bool) -> None:
        """The same for any agreement (e.g. the one open in the main window)."""
        entry = next((a for a in self._rows if a.summary.agreement_id == agreement_id), None)
        in_progress = entry.in_progress if entry is not None else None
        dialog = StartReviewDialog(title, extraordinary, self, in_progress=in_progress)
        dialog.accepted.connect(lambda: self._start(agreement_id, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.start_dialog = dialog
        dialog.open()

    def _start(self, agreement_id: str, dialog: StartReviewDialog) -> None:
        reviews, record, continues = self._workspace.reviews, dialog.record(), dialog.continues
        self._set_acting(True)
        self._background.run(
            lambda: reviews.start_review(agreement_id, record, continue_draft=continues)[1],
            lambda draft: self._started(agreement_id, draft.number, continued=continues),
            self._not_started,
            self,
        )

    def _not_started(self, error: Exception) -> None:
        self._set_acting(False)
        show_problem(self._dialogs, self, self.tr("The review was not started"), error)
        if isinstance(error, ReviewInProgressError):
            self.refresh()  # the next start offers to continue it

    def _set_acting(self, acting: bool) -> None:
        """While a review starts, no other one can be asked for."""
        for button in (self.start_button, self.extraordinary_button):
            button.setEnabled(not acting and self._entry() is not None)

    def _started(self, agreement_id: str, number: int, *, continued: bool) -> None:
        self.start_dialog = None
        self.refresh()
        self._say(
            self.tr("Continued the review in progress: version {number} is its draft.").format(
                number=number
            )
            if continued
            else self.tr("Started the review: version {number} is the new draft.").format(
                number=number
            )
        )
        self.review_started.emit(agreement_id, number)
        self._open_agreement(agreement_id, number)

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._open_agreement(chosen, None)

    def _compare(self) -> None:
        entry = self._entry()
        if entry is not None:
            self.comparison_requested.emit(entry.summary.agreement_id, entry.summary.number)

    def export_calendar(self) -> None:
        path = self._dialogs.save_file(
            self,
            self.tr("Export the next review dates"),
            self.tr("Calendar files (*.ics)"),
            self.tr("coopbuilder-reviews.ics"),
        )
        if path is None:
            return
        workspace, language, libraries = self._workspace, ui_language(), self._libraries
        self.calendar_button.setEnabled(False)
        self._background.run(
            lambda: export_calendar(workspace, path, language, libraries=libraries),
            lambda count: self._exported(count, path),
            self._not_exported,
            self,
        )

    def _not_exported(self, error: Exception) -> None:
        self.calendar_button.setEnabled(True)
        show_problem(self._dialogs, self, self.tr("The calendar was not written"), error)

    def _exported(self, count: int, path: Path) -> None:
        self.calendar_button.setEnabled(True)
        if count == 1:
            self._say(self.tr("Wrote 1 review date to {path}.").format(path=str(path)))
        else:
            self._say(
                counted(self.tr("Wrote %n review date(s) to {path}.", "", count), count).format(
                    path=str(path)
                )
            )

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

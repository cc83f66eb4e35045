"""The comparison page: a version under review against the earlier years. The readiness over the
years (a chart per precondition for both partners), what became of the actions agreed before,
what changed in the agreement's structure and text, and the review's record (kept with Save
record). Save review report... writes the review report PDF of what is saved at that moment
(read again from the workspace, not the comparison shown since the tab opened)."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopbuilder.core.catalogue import Catalogue, default_catalogue
from coopbuilder.core.changes import ChangeKind
from coopbuilder.core.history import YearPoint
from coopbuilder.core.review import Outcome
from coopbuilder.core.scoring import Band
from coopbuilder.documents.agreement import write_pdf
from coopbuilder.documents.rendering import Renderer
from coopbuilder.documents.review_report import Comparison
from coopbuilder.store.reviews import StoredReview
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.background import Background
from coopbuilder.ui.dialogs import Dialogs, problem_text, show_problem
from coopbuilder.ui.files import documents_folder, file_name
from coopbuilder.ui.review.record_form import ReviewRecordForm
from coopbuilder.ui.review.trend import Panel, TrendChart
from coopbuilder.ui.texts import choice_label, format_date, ui_language
from coopbuilder.ui.widgets.fields import hint, named
from coopbuilder.ui.widgets.marks import band_mark
from coopbuilder.workflows.review import comparison, starting_review

_OUTCOME_MARKS = {
    Outcome.DONE: "✔",
    Outcome.NOT_DONE: "✖",
    Outcome.DROPPED: "–",
    Outcome.OPEN: "?",
}
_OUTCOME_BANDS = {
    Outcome.DONE: Band.STRENGTH,
    Outcome.NOT_DONE: Band.GAP,
    Outcome.DROPPED: Band.NOT_ASSESSED,
    Outcome.OPEN: Band.BORDERLINE,
}
"""The colours of an outcome: those of the bands (green, red, grey, amber)."""


def _find(
    workspace: Workspace, agreement_id: str, number: int | None, catalogue: Catalogue
) -> tuple[Comparison, StoredReview | None]:
    """The comparison of a version, and the review that started it (if one did)."""
    found = comparison(workspace, agreement_id, number, catalogue, ui_language(), format_date)
    return found, starting_review(workspace, agreement_id, found.agreement.version)


class ComparisonView(QWidget):
    loaded = Signal()
    """A comparison is shown (after :meth:`load`)."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        background: Background,
        dialogs: Dialogs,
        renderer: Renderer,
        catalogue: Catalogue | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._background = background
        self._dialogs = dialogs
        self._renderer = renderer
        self._catalogue = catalogue or default_catalogue()
        self.shown: Comparison | None = None
        self.source: tuple[str, int | None] | None = None
        """The agreement and version asked for (``None``: the latest)."""
        self._review_id: int | None = None

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.report_button = QPushButton(self.tr("Save review &report..."), self)
        self.report_button.clicked.connect(self.save_report)
        self.status = hint("", self)
        self.status.hide()

        self.chart = TrendChart(self)
        self.outcomes = QTableWidget(0, 4, self)
        self.outcomes.setAccessibleName(self.tr("Actions agreed before, and what became of them"))
        self.outcomes.setAccessibleDescription(
            self.tr("Each action of the earlier version with its owner, due date and outcome.")
        )
        self.outcomes.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Owner; due"), self.tr("Outcome"), self.tr("What happened")]
        )
        self.outcomes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outcomes.setWordWrap(True)
        self.outcomes.verticalHeader().hide()
        self.outcomes.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.outcomes.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.changes = QTreeWidget(self)
        self.changes.setAccessibleName(self.tr("What changed in the agreement"))
        self.changes.setAccessibleDescription(
            self.tr("What was added, taken out or changed since the earlier version; read only.")
        )
        self.changes.setHeaderHidden(True)
        self.clauses = QTextBrowser(self)
        self.clauses.setAccessibleName(self.tr("Changes to the text of the agreement"))
        self.clauses.setAccessibleDescription(
            self.tr("The clauses whose wording changed, words taken out and put in marked.")
        )
        self.record = ReviewRecordForm(parent=self)
        self.record_note = hint("", self)
        self.record_note.hide()
        self.save_record_button = QPushButton(self.tr("Save &record"), self)
        self.save_record_button.clicked.connect(self.save_record)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Parts of the comparison"))
        self.tabs.addTab(self.chart, self.tr("Readiness over the years"))
        self.tabs.addTab(self.outcomes, self.tr("Actions from last time"))
        self.tabs.addTab(self.changes, self.tr("Changes in the agreement"))
        self.tabs.addTab(self.clauses, self.tr("Changes to the text"))
        record_page = QWidget(self)
        record_layout = QVBoxLayout(record_page)
        record_layout.addWidget(self.record_note)
        scroll = named(
            QScrollArea(record_page),
            self.tr("Review record"),
            self.tr("What the review found and decided; scroll to reach every field."),
        )
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.record)
        record_layout.addWidget(scroll, 1)
        record_layout.addWidget(self.save_record_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(record_page, self.tr("Review record"))

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

    # -- loading --------------------------------------------------------------------------

    def load(self, agreement_id: str, number: int | None = None) -> None:
        """Compare version ``number`` (default: the latest) with the earlier ones, reading the
        workspace off the GUI thread; the status line says it is working, or what went wrong,
        and ``loaded`` follows when it is shown."""
        self.source = (agreement_id, number)
        workspace, catalogue = self._workspace, self._catalogue
        self._say(self.tr("Comparing with the earlier years..."))
        self._background.run(
            lambda: _find(workspace, agreement_id, number, catalogue),
            self._show_found,
            lambda error: self._say(
                self.tr("The comparison could not be made: {problem}").format(
                    problem=problem_text(error)
                )
            ),
            self,
        )

    def _show_found(self, found: tuple[Comparison, StoredReview | None]) -> None:
        shown, review = found
        self.status.hide()
        self.show_comparison(shown)
        self._review_id = review.id if review else None
        self.loaded.emit()

    def show_comparison(self, shown: Comparison) -> None:
        self.shown = shown
        agreement = shown.agreement
        if shown.review is not None:
            self.title.setText(
                self.tr(
                    "<h2>{title}</h2>Version {number} compared with version {earlier}: "
                    "{kind} held on {date}."
                ).format(
                    title=html.escape(agreement.title),
                    number=agreement.version,
                    earlier=shown.earlier,
                    kind=html.escape(choice_label(shown.review.record.kind)),
                    date=format_date(shown.review.record.held_on),
                )
            )
            self.record.load(shown.review.record)
        else:
            self.title.setText(
                self.tr("<h2>{title}</h2>Version {number}; no review started it.").format(
                    title=html.escape(agreement.title), number=agreement.version
                )
            )
        self._show_record_state(shown)
        self._show_chart(shown)
        self._show_actions(shown)
        self._show_changes(shown)
        self._show_clauses(shown)

    def _show_record_state(self, shown: Comparison) -> None:
        """The record can be changed while the version it is the review annex of is not
        signed; after that it is shown read-only."""
        agreement = shown.agreement
        fixed = shown.review is not None and not agreement.is_editable
        self.record.setEnabled(shown.review is not None)
        self.record.set_read_only(fixed)
        self.save_record_button.setVisible(not fixed)
        self.save_record_button.setEnabled(shown.review is not None)
        self.record_note.setVisible(fixed)
        if fixed:
            self.record_note.setText(
                self.tr(
                    "The status of version {number} is '{status}'. This record is its review "
                    "annex, so it cannot be changed any more."
                ).format(number=agreement.version, status=choice_label(agreement.status))
            )

    def _show_chart(self, shown: Comparison) -> None:
        language = shown.agreement.language
        history = shown.history
        self.chart.set_data(
            self._axis_labels(history.points),
            [t.label for t in history.overall],
            [
                Panel(
                    self._catalogue.precondition(t.precondition_id).name.get(language),
                    tuple(p.means for p in t.partners),
                )
                for t in history.trends
            ],
        )

    def _axis_labels(self, points: Sequence[YearPoint]) -> list[str]:
        """Each version by the year it stands for; by year and version where two versions
        stand for the same year (an extraordinary review), or by version without a date."""
        years = Counter(p.on.year for p in points if p.on is not None)
        return [
            self.tr("V{number}").format(number=p.number)
            if p.on is None
            else str(p.on.year)
            if years[p.on.year] == 1
            else self.tr("{year} (V{number})").format(year=p.on.year, number=p.number)
            for p in points
        ]

    def _show_actions(self, shown: Comparison) -> None:
        outcomes = shown.review.outcomes if shown.review else []
        partners = {p.id: p.label for p in shown.agreement.partners}
        self.outcomes.setRowCount(len(outcomes))
        for row, item in enumerate(outcomes):
            action = item.action
            owner = partners.get(action.owner_partner_id or "", self.tr("no owner"))
            outcome = f"{_OUTCOME_MARKS[item.outcome]} {choice_label(item.outcome)}"
            if item.outcome is Outcome.OPEN and item.status is not None:
                outcome = self.tr("{outcome} ({status})").format(
                    outcome=outcome, status=choice_label(item.status)
                )
            cells = [
                action.text,
                self.tr("{owner}, due {date}").format(
                    owner=owner, date=format_date(action.due_date) or self.tr("no date")
                ),
                outcome,
                item.note,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 2:
                    mark = band_mark(_OUTCOME_BANDS[item.outcome])
                    cell.setForeground(mark.foreground)
                    cell.setBackground(mark.background)
                self.outcomes.setItem(row, column, cell)

    def _show_changes(self, shown: Comparison) -> None:
        self.changes.clear()
        if not shown.changes:
            self.changes.addTopLevelItem(
                QTreeWidgetItem([self.tr("Nothing changed in the structure of the agreement.")])
            )
        for change in shown.changes:
            item = QTreeWidgetItem(
                [
                    self.tr("{kind}: {part} '{entry}'").format(
                        kind=choice_label(change.kind),
                        part=choice_label(change.part),
                        entry=change.label,
                    )
                ]
            )
            if change.kind is ChangeKind.CHANGED:
                for field in change.fields:
                    item.addChild(
                        QTreeWidgetItem(
                            [
                                self.tr("{field}: {before} → {after}").format(
                                    field=field.name, before=field.before, after=field.after
                                )
                            ]
                        )
                    )
            self.changes.addTopLevelItem(item)
        self.changes.expandAll()

    def _show_clauses(self, shown: Comparison) -> None:
        parts = [
            "<p>"
            + html.escape(
                self.tr(
                    "Words taken out are struck through in red; words put in are underlined in "
                    "green."
                )
            )
            + "</p>"
        ]
        if not shown.clause_changes:
            parts.append(
                "<p>" + html.escape(self.tr("The text of the agreement did not change.")) + "</p>"
            )
        for change in shown.clause_changes:
            if change.number:
                head = self.tr("{kind}: clause {number}, in {heading}").format(
                    kind=choice_label(change.kind), number=change.number, heading=change.heading
                )
            else:
                head = self.tr("{kind}: in {heading}").format(
                    kind=choice_label(change.kind), heading=change.heading
                )
            words = []
            for segment in change.segments:
                text = html.escape(segment.text).replace("\n", "<br>")
                if segment.op == "removed":
                    words.append(f'<s style="color:#a3261b">{text}</s>')
                elif segment.op == "added":
                    words.append(f'<u style="color:#17693a">{text}</u>')
                else:
                    words.append(text)
            parts.append(f"<h4>{html.escape(head)}</h4><p>{' '.join(words)}</p>")
        self.clauses.setHtml("".join(parts))

    # -- acting ---------------------------------------------------------------------------

    def save_record(self) -> None:
        problems = self.record.check()
        if problems:
            self._dialogs.error(self, self.tr("The record was not saved"), " ".join(problems))
            return
        review_id = self._review_id
        if review_id is None:
            return
        record, reviews = self.record.record(), self._workspace.reviews
        self.save_record_button.setEnabled(False)
        self.report_button.setEnabled(False)  # a report made now has the record saved
        self._say(self.tr("Saving the record of the review..."))

        def done(_: StoredReview) -> None:
            self.save_record_button.setEnabled(True)
            self.report_button.setEnabled(True)
            self._say(self.tr("Saved the record of the review."))

        def failed(error: Exception) -> None:
            self.save_record_button.setEnabled(True)
            self.report_button.setEnabled(True)
            self.status.hide()
            show_problem(self._dialogs, self, self.tr("The record was not saved"), error)

        self._background.run(lambda: reviews.update_review(review_id, record), done, failed, self)

    def save_report(self) -> None:
        shown = self.shown
        if shown is None:
            return
        path = self._dialogs.save_file(
            self,
            self.tr("Save the review report"),
            self.tr("PDF files (*.pdf)"),
            self._suggested_report(shown),
        )
        if path is None:
            return
        self.report_button.setEnabled(False)
        self._say(self.tr("Writing the review report..."))

        def done(rendered: Comparison) -> None:
            self.report_button.setEnabled(True)
            said = self.tr("Saved the review report to {path}.").format(path=str(path))
            if rendered.review is not None and self.record.record() != rendered.review.record:
                said += " " + self.tr(
                    "It has the record as saved; your changes to the record are not saved yet."
                )
            self._say(said)

        def failed(exc: Exception) -> None:
            self.report_button.setEnabled(True)
            self.status.hide()
            show_problem(self._dialogs, self, self.tr("The review report was not saved"), exc)

        # the worker reads nothing of this page: the workspace as it is now
        workspace, catalogue = self._workspace, self._catalogue
        render = self._renderer.review_report
        agreement_id, number = shown.agreement.id, shown.agreement.version

        def work() -> Comparison:
            now = comparison(workspace, agreement_id, number, catalogue)
            write_pdf(path, render(now, catalogue))
            return now

        self._background.run(work, done, failed, self)

    def _suggested_report(self, shown: Comparison) -> str:
        """The report's file name: the agreement, the version and the day of its review."""
        agreement = shown.agreement
        if shown.review is not None:
            name = self.tr("{title} - version {version} - review report {date}.pdf").format(
                title=agreement.title,
                version=agreement.version,
                date=shown.review.record.held_on.isoformat(),
            )
        else:
            name = self.tr("{title} - version {version} - review report.pdf").format(
                title=agreement.title, version=agreement.version
            )
        return str(documents_folder() / file_name(name))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

"""The list of the workspace's agreements: search, status filter, reviews due, and the table.

The list asks the workspace's listing (indexed; one query per refresh) off the GUI thread, a
moment after the person stops typing. It reads a page of ``LIST_LIMIT`` agreements at a time: the
next page when the person scrolls to the end of the table, again off the GUI thread. An overdue
review says so in words and with a warning sign, not by colour alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopbuilder.core import clock
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.models import MAX_SEARCH_LENGTH, AgreementSummary, ListPage, ListQuery
from coopbuilder.ui.agreement_table import AgreementTableModel
from coopbuilder.ui.background import Background
from coopbuilder.ui.dialogs import problem_text
from coopbuilder.ui.texts import choice_label, counted
from coopbuilder.ui.widgets.fields import hint, line_edit

LIST_LIMIT = 500
"""The agreements read at once: the first page, and the next each time the table is scrolled to
its end."""
MAX_PAGE = 1000
"""The most the listing gives in one query (``ListQuery.limit``)."""
DUE_DAYS = 30
SEARCH_DELAY_MS = 250

Fetch = Callable[[ListQuery], ListPage]


class AgreementListView(QWidget):
    open_requested = Signal(str)
    """The person wants this agreement open (double click, Enter)."""
    delete_requested = Signal()
    """The Delete key in the table."""
    selection_changed = Signal()
    listed = Signal()
    """A refresh is over and the table shows its result."""

    def __init__(
        self,
        background: Background,
        today: Callable[[], dt.date] = clock.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._background = background
        self._fetch: Fetch | None = None
        self._generation = 0
        self._today = today
        self.page_size = LIST_LIMIT

        self.search = line_edit(
            self,
            self.tr("Search agreements"),
            self.tr("Words in the title or in a partner's name."),
        )
        self.search.setPlaceholderText(self.tr("Search titles and partners (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(MAX_SEARCH_LENGTH)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status filter"))
        self.status.setAccessibleDescription(
            self.tr("Show only the agreements in this status, e.g. drafts or signed ones.")
        )
        self.status.addItem(self.tr("All statuses"), None)
        for status in AgreementStatus:
            self.status.addItem(choice_label(status), status.value)
        self.due = QCheckBox(
            self.tr("Only reviews due within {days} days").format(days=DUE_DAYS), self
        )
        self.due.setAccessibleName(self.due.text())
        self.due.setAccessibleDescription(self.tr("Overdue reviews are included."))
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Number of agreements"))
        self.empty = hint("", self)
        self.empty.hide()

        self.model = AgreementTableModel(today, self)
        self.model.more_wanted.connect(self._fetch_more)
        self._listed: ListQuery | None = None
        """The query whose rows the table shows (its first page)."""
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Agreements"))
        self.table.setAccessibleDescription(
            self.tr("Press Enter or double-click to open the selected agreement.")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (0, 1):  # title and partners share what the others leave
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            self.delete_requested.emit,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self._size_rows()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.status.currentIndexChanged.connect(lambda _: self.refresh())
        self.due.toggled.connect(lambda _: self.refresh())

        filters = QHBoxLayout()
        for text, field, stretch in (
            (self.tr("&Search:"), self.search, 3),
            (self.tr("S&tatus:"), self.status, 1),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            filters.addWidget(label)
            filters.addWidget(field, stretch)
        filters.addWidget(self.due)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)

    # -- what is listed -------------------------------------------------------------------

    def set_source(self, fetch: Fetch | None) -> None:
        """Where the rows come from (the workspace's listing); ``None`` while none is open."""
        self._fetch = fetch
        self._listed = None
        self.model.set_rows([])
        self.refresh()

    def query(self) -> ListQuery:
        """The first page of what the filters ask for."""
        status = self.status.currentData()
        return ListQuery(
            status=AgreementStatus(status) if status else None,
            due_within_days=DUE_DAYS if self.due.isChecked() else None,
            search=self.search.text(),
            today=self._today(),
            limit=self.page_size,
        )

    def refresh(self) -> None:
        """List again (after a change, or when the filters changed)."""
        self._timer.stop()
        self._generation += 1
        fetch = self._fetch
        if fetch is None:
            self.count.setText(self.tr("No workspace is open."))
            return
        generation, query = self._generation, self.query()
        if self._listed is not None and _same_filters(query, self._listed):
            # read again as far as the person had scrolled (in one query, still bounded)
            loaded = min(max(self.model.rowCount(), query.limit), MAX_PAGE)
            query = query.model_copy(update={"limit": loaded})
        self._background.run(
            lambda: fetch(query),
            lambda page: self._show(generation, query, page),
            lambda error: self._failed(generation, error),
            self,
        )

    def _show(self, generation: int, query: ListQuery, page: ListPage) -> None:
        if generation != self._generation:
            return  # the filters changed meanwhile; a newer result follows
        chosen = self.selected()
        self._listed = query
        self.model.set_rows(page.rows, page.total)
        self._say_count()
        filtered = _filtered(query)
        self.empty.setVisible(page.total == 0)
        self.empty.setText(
            self.tr("No agreement matches the search and the filters.")
            if filtered
            else self.tr(
                "There are no agreements yet. Start one with New agreement (Ctrl+N), or import "
                "an agreement file a partner sent you (File > Import...)."
            )
        )
        if chosen is not None:
            self.select(chosen.agreement_id)
        self.listed.emit()

    def _say_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if total > shown:
            text = self.tr(
                "Showing {shown} of %n agreement(s); scroll down for more, or search to "
                "narrow them down.",
                "",
                total,
            )
        elif self._listed is not None and _filtered(self._listed):
            text = self.tr("Matching: %n agreement(s).", "", total)
        else:
            text = self.tr("%n agreement(s) in this workspace.", "", total)
        self.count.setText(counted(text, total).format(shown=shown))

    def _fetch_more(self) -> None:
        """The next page, after the rows listed (the table was scrolled to its end)."""
        fetch, listed = self._fetch, self._listed
        if fetch is None or listed is None:
            self.model.fetch_failed()
            return
        generation = self._generation
        query = listed.model_copy(update={"offset": self.model.rowCount(), "limit": self.page_size})

        def arrived(page: ListPage) -> None:
            if generation != self._generation:
                return  # the list was read again meanwhile
            self.model.add_rows(page.rows, page.total)
            self._say_count()
            self.listed.emit()

        def failed(error: Exception) -> None:
            if generation == self._generation:
                self.model.fetch_failed()
                self._failed(generation, error)

        self._background.run(lambda: fetch(query), arrived, failed, self)

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self.count.setText(
                self.tr("The list could not be read: {problem}").format(problem=problem_text(error))
            )
            self.listed.emit()

    # -- selection ------------------------------------------------------------------------

    def selected(self) -> AgreementSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select(self, agreement_id: str) -> bool:
        row = self.model.find(agreement_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        summary = self.model.row(index.row())
        if summary is not None:
            self.open_requested.emit(summary.agreement_id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- size -----------------------------------------------------------------------------

    def _size_rows(self) -> None:
        self.table.verticalHeader().setDefaultSectionSize(round(self.fontMetrics().height() * 1.8))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_rows()


def _filtered(query: ListQuery) -> bool:
    return bool(query.search.strip() or query.status or query.due_within_days)


def _same_filters(one: ListQuery, other: ListQuery) -> bool:
    """Whether two queries ask for the same agreements (perhaps not as many)."""
    return (one.status, one.due_within_days, one.search, one.in_force, one.order) == (
        other.status,
        other.due_within_days,
        other.search,
        other.in_force,
        other.order,
    )

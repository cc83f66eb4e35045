"""The table of sharing rules, with each rule's check messages in full-width rows under it.

A rule takes one row; every check finding about it takes a row below, spanning the table, with
its symbol, severity word and sentence. The keyboard moves between rules (Up, Down), edits
(Enter, F2), adds (Insert), removes (Delete) and reorders (Ctrl+Up, Ctrl+Down).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.checks import CheckFinding
from coopbuilder.core.sharing import SharingRule
from coopbuilder.ui.texts import choice_label, ui_language
from coopbuilder.ui.widgets.marks import Mark, severity_mark


class RuleTable(QTableWidget):
    edit_requested = Signal()
    add_requested = Signal()
    remove_requested = Signal()
    move_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sharing rules"))
        self.setAccessibleDescription(
            self.tr(
                "One row per rule, its check messages below it. Enter edits, Insert adds, "
                "Delete removes, Ctrl+Up and Ctrl+Down move the rule."
            )
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.setColumnCount(6)
        self.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Category"),
                self.tr("From → to"),
                self.tr("When"),
                self.tr("Channel"),
                self.tr("Legal basis"),
            ]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        for column in (1, 2, 3, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._size_columns()
        self.doubleClicked.connect(lambda _: self.edit_requested.emit())
        self._rule_rows: list[int] = []
        self._message_rows: dict[int, str] = {}

    # -- content --------------------------------------------------------------------------

    def show_rules(
        self,
        agreement: Agreement,
        rules: Sequence[SharingRule],
        findings: Sequence[CheckFinding],
        current: int | None,
    ) -> None:
        """Show ``rules`` (of ``agreement``'s partners) with their ``findings``; select the
        rule at position ``current``."""
        self.clearSpans()
        self.setRowCount(0)
        self._rule_rows = []
        self._message_rows = {}
        for number, rule in enumerate(rules, start=1):
            row = self.rowCount()
            self.insertRow(row)
            self._rule_rows.append(row)
            cells = [
                str(number),
                rule.category,
                self.tr("{sender} → {recipient}").format(
                    sender=agreement.partner(rule.from_partner_id).label,
                    recipient=agreement.partner(rule.to_partner_id).label,
                ),
                self._when(rule),
                choice_label(rule.channel) if rule.channel else self.tr("not decided"),
                self._basis(rule),
            ]
            for column, text in enumerate(cells):
                self.setItem(row, column, QTableWidgetItem(text))
            for finding in (f for f in findings if f.subject_id == rule.id):
                self._add_message(severity_mark(finding.severity), finding.message(ui_language()))
        self._fit_rows()
        if current is not None and rules:
            self.select_rule(min(current, len(rules) - 1))

    def _add_message(self, mark: Mark, text: str) -> None:
        row = self.rowCount()
        self.insertRow(row)
        content = self.tr("{symbol} {severity}: {message}").format(
            symbol=mark.symbol, severity=mark.text, message=text
        )
        item = QTableWidgetItem(content)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setForeground(mark.foreground)
        item.setBackground(mark.background)
        self.setItem(row, 0, item)
        self.setSpan(row, 0, 1, self.columnCount())
        self._message_rows[row] = content

    def _when(self, rule: SharingRule) -> str:
        text = choice_label(rule.when)
        if rule.trigger is not None:
            text = self.tr("{when}: {trigger}").format(
                when=text, trigger=choice_label(rule.trigger)
            )
        if rule.threshold is not None:
            text = self.tr("{when} (from '{threshold}')").format(
                when=text, threshold=choice_label(rule.threshold)
            )
        return text

    def _basis(self, rule: SharingRule) -> str:
        basis = rule.legal_basis
        parts = []
        if basis.art6 is not None:
            parts.append(self.tr("Art. 6(1)({letter})").format(letter=basis.art6.value))
        if basis.art9 is not None:
            parts.append(self.tr("Art. 9(2)({letter})").format(letter=basis.art9.value))
        parts.extend(text for text in (basis.art10, basis.national_law) if text)
        if not parts and not rule.is_shared:
            return self.tr("not shared")
        if not parts and not rule.involves_personal_data:
            return self.tr("no personal data")
        return "; ".join(parts) or self.tr("none yet")

    def messages(self) -> list[str]:
        """Every check message shown, in order (rule by rule)."""
        return [self._message_rows[row] for row in sorted(self._message_rows)]

    def messages_of(self, position: int) -> list[str]:
        """The check messages shown under the rule at ``position``."""
        start = self._rule_rows[position]
        end = (
            self._rule_rows[position + 1]
            if position + 1 < len(self._rule_rows)
            else self.rowCount()
        )
        return [self._message_rows[row] for row in range(start + 1, end)]

    # -- rows and selection ---------------------------------------------------------------

    def _fit_rows(self) -> None:
        width = self.viewport().width() - 8
        for row in range(self.rowCount()):
            if row in self._message_rows:
                box = self.fontMetrics().boundingRect(
                    QRect(0, 0, max(width, 100), 10_000),
                    int(Qt.TextFlag.TextWordWrap),
                    self._message_rows[row],
                )
                self.setRowHeight(row, box.height() + 10)
            else:
                self.resizeRowToContents(row)

    def _size_columns(self) -> None:
        self.setColumnWidth(0, self.fontMetrics().horizontalAdvance("No.") + 16)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_rows()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()
            self._fit_rows()

    def current_rule(self) -> int | None:
        """The position of the chosen rule (a message row counts for its rule)."""
        row = self.currentRow()
        if row < 0 or not self._rule_rows:
            return None
        return max(i for i, start in enumerate(self._rule_rows) if start <= row)

    def select_rule(self, position: int) -> None:
        row = self._rule_rows[position]
        self.setCurrentCell(row, 1)
        self.selectRow(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        current = self.current_rule()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and ctrl:
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self._rule_rows:
            step = -1 if key == Qt.Key.Key_Up else 1
            target = 0 if current is None else current + step
            self.select_rule(max(0, min(len(self._rule_rows) - 1, target)))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_requested.emit()
        elif key == Qt.Key.Key_Insert:
            self.add_requested.emit()
        elif key == Qt.Key.Key_Delete:
            self.remove_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

"""Small input widgets the pages share: a combo box of fixed choices, an optional date, a text
box of a few lines, headings, and emptying a layout to fill it again. Every input gets an
accessible name and a description (what to enter, and why or in which form) when it is made."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from enum import Enum
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from coopbuilder.core import clock
from coopbuilder.core.agreement import add_months
from coopbuilder.ui.texts import choice_label, date_format

E = TypeVar("E", bound=Enum)
W = TypeVar("W", bound=QWidget)

NO_DATE = QDate(1900, 1, 1)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def today_qdate() -> QDate:
    """Today, as the program's clock tells it (never Qt's own)."""
    return qdate(clock.today())


SHORT_TEXT = 300
"""At most this many characters in a one-line field (names, roles, phone numbers)."""
LONG_TEXT = 5000
"""At most this many characters in a text box."""


def named(widget: W, name: str, description: str = "") -> W:
    """Give ``widget`` the name a screen reader says (and tests find it by) and the sentence it
    reads after the name: what to enter, and why or in which form."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


class LineEdit(QLineEdit):
    """A one-line field that holds no more than the domain accepts and shows a loaded text
    from its beginning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(SHORT_TEXT)

    def setText(self, text: str | None) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setCursorPosition(0)


def line_edit(parent: QWidget, name: str = "", description: str = "") -> LineEdit:
    """A :class:`LineEdit`, named for screen readers."""
    edit = LineEdit(parent)
    if name:
        named(edit, name, description)
    return edit


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A section heading that grows with the application font."""
    label = QLabel(f"<h3>{html.escape(text)}</h3>", parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """A sentence that explains a field or a section, wrapped."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def clear_layout(layout: QLayout) -> None:
    """Take every widget out of ``layout`` (to fill it again)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class FittingCombo(QComboBox):
    """A combo box that asks for the width of its longest choice and is never made narrower
    than its chosen one, nor than about :data:`MOST_CHARACTERS` characters of the longest: the
    choice shown is never cut (a form without room for it puts its panels or its labels one
    under the other instead)."""

    MOST_CHARACTERS = 40

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(lambda _: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        wanted = self.sizeHint()
        metrics = self.fontMetrics()
        most = min(wanted.width(), metrics.averageCharWidth() * self.MOST_CHARACTERS)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        icon = 0 if option.currentIcon.isNull() else self.iconSize().width() + 4
        chosen = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox,
            option,
            QSize(metrics.horizontalAdvance(self.currentText()) + icon, metrics.height()),
            self,
        )
        return QSize(min(wanted.width(), max(most, chosen.width())), wanted.height())


class ChoiceCombo(FittingCombo, Generic[E]):
    """A combo box of fixed choices showing their readable names; optionally with "none"."""

    def __init__(
        self,
        choices: Sequence[E],
        name: str,
        *,
        description: str = "",
        none_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        named(self, name, description)
        self._choices: list[E | None] = [None] if none_text is not None else []
        if none_text is not None:
            self.addItem(none_text)
        for choice in choices:
            self._choices.append(choice)
            self.addItem(choice_label(choice))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.currentIndexChanged.connect(lambda _: self.setToolTip(self.currentText()))
        self.setToolTip(self.currentText())

    def value(self) -> E | None:
        index = self.currentIndex()
        return self._choices[index] if 0 <= index < len(self._choices) else None

    def required(self) -> E:
        """The chosen value of a combo box without a "none" entry."""
        value = self.value()
        if value is None:
            raise ValueError(f"{self.accessibleName()}: nothing chosen")
        return value

    def set_value(self, value: E | None) -> None:
        self.setCurrentIndex(self._choices.index(value) if value in self._choices else 0)


class DateEdit(QDateEdit):
    """A date typed as it is written: "30/04/2027" (or "30.04.2027") gives that date, and Tab
    leaves the field instead of moving between day, month and year.

    Qt moves on to the next part of the date by itself once a part is full ("30"); the
    separator typed next would move on once more and the month would land in the year. A
    separator typed just after such a move is taken as already done."""

    def __init__(self, day: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if day is not None:
            self.setDate(day)
        self._moved_on = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        text = event.text()
        if self._moved_on and text and not text.isdigit() and text.isprintable():
            self._moved_on = False
            event.accept()
            return
        section = self.currentSection()
        super().keyPressEvent(event)
        self._moved_on = text.isdigit() and self.currentSection() is not section

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's names)
        return QWidget.focusNextPrevChild(self, next)


class OptionalDateEdit(QWidget):
    """A date that may be left open: a check box says whether there is one."""

    changed = Signal()

    def __init__(
        self,
        name: str,
        none_text: str,
        parent: QWidget | None = None,
        description: str = "",
        default_months: int = 0,
    ) -> None:
        """``default_months``: ticking the check box proposes the date this many months from
        today (by the program's clock)."""
        super().__init__(parent)
        self._default_months = default_months
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.has_date = named(QCheckBox(self), self.tr("{field}: set a date").format(field=name))
        self.edit = named(DateEdit(parent=self), name)
        self.describe(description)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_format())
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(none_text)
        self.edit.setDate(NO_DATE)
        self.edit.setEnabled(False)
        layout.addWidget(self.has_date)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.has_date)
        self.has_date.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _: self.changed.emit())

    def describe(self, description: str) -> None:
        """What the date means, for screen readers; the check box says how to set one."""
        self.has_date.setAccessibleDescription(
            self.tr(
                "Tick to enter a date in the field beside; leave it unticked while the date "
                "is open."
            )
        )
        if description:
            self.edit.setAccessibleDescription(description)

    def value(self) -> dt.date | None:
        if not self.has_date.isChecked() or self.edit.date() == NO_DATE:
            return None
        qdate = self.edit.date()
        return dt.date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, day: dt.date | None) -> None:
        self.has_date.blockSignals(True)
        self.has_date.setChecked(day is not None)
        self.has_date.blockSignals(False)
        self.edit.setEnabled(day is not None)
        self.edit.setDate(NO_DATE if day is None else qdate(day))

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on and self.edit.date() == NO_DATE:
            self.edit.setDate(qdate(add_months(clock.today(), self._default_months)))
        elif not on:
            self.edit.setDate(NO_DATE)
        self.changed.emit()


class TextBox(QPlainTextEdit):
    """A plain text box of a few lines that grows with its text (up to ``MAX_LINES``); Tab
    and Ctrl+Tab move on to the next field, Shift+Tab and Ctrl+Shift+Tab back (the text box
    never swallows them)."""

    MAX_LINES = 8

    def __init__(
        self, name: str, description: str = "", lines: int = 3, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        named(self, name, description)
        self._lines = lines
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._limit)
        self.textChanged.connect(self._grow)
        self._shown_lines = lines

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            backwards = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.focusNextPrevChild(not backwards)
            event.accept()
            return
        super().keyPressEvent(event)

    def _wrapped_lines(self) -> int:
        lines = 0
        block = self.document().firstBlock()
        while block.isValid():
            layout = block.layout()
            lines += max(1, layout.lineCount() if layout is not None else 1)
            block = block.next()
        return max(self._lines, min(self.MAX_LINES, lines))

    def _grow(self) -> None:
        wanted = self._wrapped_lines()
        if wanted != self._shown_lines:
            self._shown_lines = wanted
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._grow()

    def _limit(self) -> None:
        if len(self.toPlainText()) > LONG_TEXT:
            cursor = self.textCursor()
            position = min(cursor.position(), LONG_TEXT)
            self.setPlainText(self.toPlainText()[:LONG_TEXT])
            cursor = self.textCursor()
            cursor.setPosition(position)
            self.setTextCursor(cursor)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        height = (
            self.fontMetrics().lineSpacing() * self._shown_lines
            + 2 * int(self.document().documentMargin())
            + 2 * self.frameWidth()
            + 2
        )
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def text(self) -> str:
        return self.toPlainText().strip()

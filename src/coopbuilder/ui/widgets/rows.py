"""A list of small records edited in place, one row each, with Add, Move up/down and Remove.

Used for representatives, actions, meetings, further actors and success indicators. A row's
fields are laid out by its subclass with :meth:`RecordRow.add_field`; the row names them for
screen readers ("Representative 2: Name") and renumbers them when rows come and go. Moving a
row swaps the rows' contents, so the tab order keeps following the screen. Ctrl+Down and
Ctrl+Up go to the same field of the next or the previous row (e.g. from one action's status to
the next action's), as in a table.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopbuilder.core.base import new_id
from coopbuilder.ui.widgets.fields import OptionalDateEdit, TextBox

translate = QCoreApplication.translate


class RecordRow(QFrame):
    """One record: fields in a grid, then buttons to move it up or down or remove it.

    Its own texts are translated in the context "RecordRow" (``translate``): ``self.tr()``
    would look them up under the subclass's name, where the translation files do not have them.
    """

    changed = Signal()
    remove_requested = Signal()
    move_requested = Signal(int)
    step_requested = Signal(int, int)
    """To the same stop (by its place in :meth:`focus_order`) of the row this many rows on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.entity_id = new_id()
        self._fields: list[tuple[QWidget, str]] = []
        outer = QHBoxLayout(self)
        self.grid = QGridLayout()
        outer.addLayout(self.grid, 1)
        self.up_button = _small_button("↑", translate("RecordRow", "Move up"), self)
        self.down_button = _small_button("↓", translate("RecordRow", "Move down"), self)
        self.remove_button = _small_button("✕", translate("RecordRow", "Remove"), self)
        self.up_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(1))
        self.remove_button.clicked.connect(self.remove_requested.emit)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(2)
        for button in (self.up_button, self.down_button, self.remove_button):
            self._buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(self._buttons)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Ctrl+Down and Ctrl+Up in one of the row's stops: the same stop of the next or the
        previous row."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and isinstance(watched, QWidget)
        ):
            stops = self.focus_order()
            if watched in stops:
                self.step_requested.emit(
                    stops.index(watched), 1 if event.key() == Qt.Key.Key_Down else -1
                )
                return True
        return super().eventFilter(watched, event)

    # -- for subclasses -------------------------------------------------------------------

    def describe(self, position: int) -> str:
        """What a screen reader calls this row, e.g. "Representative 2"."""
        raise NotImplementedError

    def add_field(
        self,
        widget: QWidget,
        caption: str,
        row: int,
        column: int,
        span: int = 1,
        *,
        description: str,
    ) -> QWidget:
        """Lay out a field with a visible caption (a check box's text is its caption) and the
        sentence a screen reader reads after its name: what to enter, and why or in which
        form."""
        if isinstance(widget, OptionalDateEdit):
            widget.describe(description)
        else:
            widget.setAccessibleDescription(description)
        if isinstance(widget, QAbstractButton):
            widget.setText(caption)
            self.grid.addWidget(widget, row, column * 2, 1, span * 2)
        else:
            label = QLabel(caption, self)
            label.setBuddy(widget)
            self.grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(widget, row, column * 2 + 1, 1, span * 2 - 1)
            if isinstance(widget, QLineEdit):
                widget.setMinimumWidth(widget.fontMetrics().averageCharWidth() * 12)
            self.grid.setColumnStretch(column * 2 + 1, 1)
        self._fields.append((widget, caption))
        stops: tuple[QWidget, ...] = (
            (widget.has_date, widget.edit) if isinstance(widget, OptionalDateEdit) else (widget,)
        )
        for stop in stops:
            stop.installEventFilter(self)
        _connect_changed(widget, self.changed.emit)
        if len(self._fields) == 1:
            self.setFocusProxy(widget)
        return widget

    # -- used by RowsEditor ---------------------------------------------------------------

    def number(self, position: int, count: int) -> None:
        row = self.describe(position)
        for widget, caption in self._fields:
            name = translate("RecordRow", "{row}: {field}").format(row=row, field=caption)
            if isinstance(widget, OptionalDateEdit):
                widget.edit.setAccessibleName(name)
                widget.has_date.setAccessibleName(
                    translate("RecordRow", "{row}: {field}: set a date").format(
                        row=row, field=caption
                    )
                )
            else:
                widget.setAccessibleName(name)
        self.up_button.setAccessibleName(translate("RecordRow", "Move {row} up").format(row=row))
        self.down_button.setAccessibleName(
            translate("RecordRow", "Move {row} down").format(row=row)
        )
        self.remove_button.setAccessibleName(translate("RecordRow", "Remove {row}").format(row=row))
        self.up_button.setEnabled(position > 1)
        self.down_button.setEnabled(position < count)

    def is_blank(self) -> bool:
        """Whether nothing has been typed into the row (a blank row is simply left out)."""
        return not any(
            _value(widget).strip()
            for widget, _ in self._fields
            if isinstance(widget, QLineEdit | TextBox)
        )

    def focus_order(self) -> list[QWidget]:
        """The row's stops for Tab, in the order they appear."""
        stops: list[QWidget] = []
        for widget, _ in self._fields:
            if isinstance(widget, OptionalDateEdit):
                stops.extend((widget.has_date, widget.edit))
            else:
                stops.append(widget)
        return [*stops, self.up_button, self.down_button, self.remove_button]

    def state(self) -> list[Any]:
        """What the row's fields hold, to swap rows."""
        return [self.entity_id, *(_value(w) for w, _ in self._fields)]

    def restore(self, state: list[Any]) -> None:
        self.entity_id = state[0]
        for (widget, _), value in zip(self._fields, state[1:], strict=True):
            _set_value(widget, value)


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Make Tab go through ``widgets`` in this order, starting after the first (rows made
    after the page was built would otherwise come last)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def _small_button(text: str, tip: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


def _connect_changed(widget: QWidget, slot: Callable[[], None]) -> None:
    if isinstance(widget, QLineEdit):
        widget.textChanged.connect(lambda _: slot())
    elif isinstance(widget, TextBox):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda _: slot())
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(lambda _: slot())
    elif isinstance(widget, OptionalDateEdit):
        widget.changed.connect(slot)


def _value(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, TextBox):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, OptionalDateEdit):
        return widget.value()
    raise TypeError(type(widget).__name__)


def _set_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(value)
    elif isinstance(widget, TextBox):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(value)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(value)
    elif isinstance(widget, OptionalDateEdit):
        widget.set_value(value)


R = TypeVar("R", bound=RecordRow)


class RowsEditor(QWidget, Generic[R]):
    """Rows of one kind of record, and an Add button."""

    changed = Signal()

    def __init__(
        self, make_row: Callable[[QWidget], R], add_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self._rows: list[R] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._list = QVBoxLayout()
        layout.addLayout(self._list)
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(self._add_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def rows(self) -> list[R]:
        return list(self._rows)

    def clear(self) -> None:
        for row in self._rows:
            self._drop(row)
        self._rows = []

    def _drop(self, row: R) -> None:
        self._list.removeWidget(row)
        row.hide()
        row.deleteLater()

    def add_row(self) -> R:
        row = self._make_row(self)
        self._rows.append(row)
        self._list.addWidget(row)
        row.show()
        row.changed.connect(self.changed.emit)
        row.remove_requested.connect(lambda: self._remove(row))
        row.move_requested.connect(lambda step: self._move(row, step))
        row.step_requested.connect(lambda index, rows: self._step(row, index, rows))
        self._renumber()
        return row

    def _add_clicked(self) -> None:
        row = self.add_row()
        row.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _remove(self, row: R) -> None:
        index = self._rows.index(row)
        self._rows.remove(row)
        self._drop(row)
        self._renumber()
        if self._rows:
            self._rows[min(index, len(self._rows) - 1)].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _move(self, row: R, step: int) -> None:
        index = self._rows.index(row)
        other = index + step
        if not 0 <= other < len(self._rows):
            return
        mine, theirs = row.state(), self._rows[other].state()
        row.restore(theirs)
        self._rows[other].restore(mine)
        focused = self.focusWidget()
        buttons = [row.up_button, row.down_button]
        target = self._rows[other]
        if focused in buttons:
            peer = target.up_button if focused is row.up_button else target.down_button
            (peer if peer.isEnabled() else target).setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _step(self, row: R, index: int, rows: int) -> None:
        other = self._rows.index(row) + rows
        if not 0 <= other < len(self._rows):
            return
        target = self._rows[other]
        stop = target.focus_order()[index]
        (stop if stop.isEnabled() else target).setFocus(Qt.FocusReason.TabFocusReason)

    def focus_order(self) -> list[QWidget]:
        """Every row's stops for Tab, then the Add button."""
        return [w for row in self._rows for w in row.focus_order()] + [self.add_button]

    def _renumber(self) -> None:
        for position, row in enumerate(self._rows, start=1):
            row.number(position, len(self._rows))
        anchor = self._tab_anchor()
        chain_tab_order([anchor, *self.focus_order()] if anchor else self.focus_order())

    def _tab_anchor(self) -> QWidget | None:
        """The last stop for Tab before this editor (Qt links only focusable widgets): before
        its Add button, which keeps its place in the focus chain where the editor itself may
        not (a form or columns that lay the editor out move it, and Tab then went from the
        new row's Add button back to the top of the window)."""
        widget = self.add_button.previousInFocusChain()
        while widget is not None and widget is not self.add_button:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not self.isAncestorOf(widget):
                return widget
            widget = widget.previousInFocusChain()
        return None

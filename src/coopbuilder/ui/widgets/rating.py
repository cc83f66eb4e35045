"""The rating control: 1 (strongly disagree) to 5 (strongly agree), "don't know" or "not
applicable", as large buttons, with the label of the chosen point of the scale beneath them.

One stop in the tab order. With the keyboard: the digits 1-5 rate, 0 or ? says "don't know",
N or - says "not applicable", Delete or Backspace takes the rating back; the arrow keys ask the
page to move to the statement above or below (Up, Down) or to the other partner's rating (Left,
Right). A rating given with the keyboard says so (``rated_by_key``), so that the page can move
on to the next one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

DONT_KNOW = 0
"""The value of "don't know"; ``None`` is "not rated yet"."""
NOT_APPLICABLE = -1
"""The value of "not applicable" (no experience to rate yet)."""

_STEPS = {
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
}
_CHECKED_FILL = QColor("#143f7a")
_CHECKED_BORDER = QColor("#061a36")
_CHECKED_TEXT = QColor("#ffffff")


class _RatingButton(QPushButton):
    """A point of the scale; the chosen one dark blue with bold white text (painted here
    rather than by a style sheet: a style sheet on each of a page's 128 controls made showing
    a precondition's statements twice as slow)."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.isChecked():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(_CHECKED_BORDER, 2))
        painter.setBrush(_CHECKED_FILL)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        font = self.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(_CHECKED_TEXT)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()


class RatingControl(QWidget):
    changed = Signal()
    step_requested = Signal(int, int)
    """(statements, partners) to move: Up is (-1, 0), Right is (0, 1)."""
    rated_by_key = Signal()
    """A rating (or "don't know") was given with the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._value: int | None = None
        self._statement = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(3, 3, 3, 3)
        outer.setSpacing(2)
        layout = QHBoxLayout()
        layout.setSpacing(4)
        outer.addLayout(layout)
        self._chosen = QLabel(self)
        self._chosen.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self._chosen)
        self._buttons: dict[int, QPushButton] = {}
        signs = {DONT_KNOW: "?", NOT_APPLICABLE: self.tr("n/a")}
        for value in (1, 2, 3, 4, 5, DONT_KNOW, NOT_APPLICABLE):
            button = _RatingButton(signs.get(value, str(value)), self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, v=value: self._clicked(v))
            layout.addWidget(button)
            if value == 5:
                layout.addSpacing(8)
            self._buttons[value] = button
        layout.addStretch(1)
        self.set_labels(
            [
                self.tr("strongly disagree"),
                self.tr("disagree"),
                self.tr("neither agree nor disagree"),
                self.tr("agree"),
                self.tr("strongly agree"),
            ],
            self.tr("don't know"),
            self.tr("not applicable"),
        )
        self._resize_targets()

    def set_labels(self, points: list[str], dont_know: str, not_applicable: str) -> None:
        """The words of the scale (the catalogue's, in the agreement's language): on each
        button's tooltip and name, and beneath the buttons for the chosen one."""
        self._labels = {
            **{value: points[value - 1] for value in range(1, 6)},
            DONT_KNOW: dont_know,
            NOT_APPLICABLE: not_applicable,
        }
        for value, button in self._buttons.items():
            name = (
                self.tr("{value}, {label}").format(value=value, label=self._labels[value])
                if value > 0
                else self._labels[value]
            )
            button.setAccessibleName(name)
            button.setToolTip(name)
        self._show_chosen()

    def _show_chosen(self) -> None:
        self._chosen.setText(self._labels[self._value] if self._value is not None else "")

    # -- value ----------------------------------------------------------------------------

    def value(self) -> int | None:
        """1-5, :data:`DONT_KNOW`, or ``None`` when not rated."""
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None and value not in self._buttons:
            raise ValueError(f"not a rating: {value}")
        changed = value != self._value
        self._value = value
        for key, button in self._buttons.items():
            button.setChecked(key == value)
        self._show_chosen()
        self._describe()
        if changed:
            self.changed.emit()

    def describe(self, statement: str) -> None:
        """The statement this control rates, for screen readers."""
        self._statement = statement
        self._describe()

    def value_text(self) -> str:
        if self._value is None:
            return self.tr("not rated yet")
        if self._value <= DONT_KNOW:
            return self._labels[self._value]
        return self.tr("{value}, {label}").format(
            value=self._value, label=self._labels[self._value]
        )

    def _describe(self) -> None:
        self.setAccessibleDescription(
            self.tr("{statement} Rating: {value}.").format(
                statement=self._statement, value=self.value_text()
            )
        )

    def _clicked(self, value: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_value(value)

    # -- keyboard, focus, size ------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if text in {"1", "2", "3", "4", "5"}:
            self.set_value(int(text))
            self.rated_by_key.emit()
        elif text in {"0", "?"}:
            self.set_value(DONT_KNOW)
            self.rated_by_key.emit()
        elif text.casefold() in {"n", "-"}:
            self.set_value(NOT_APPLICABLE)
            self.rated_by_key.emit()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        elif event.key() in _STEPS and modifiers == Qt.KeyboardModifier.NoModifier:
            self.step_requested.emit(*_STEPS[Qt.Key(event.key())])
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            pen = QPen(self.palette().highlight().color(), 3)
            painter.setPen(pen)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -2, -2), 4, 4)
            painter.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._resize_targets()

    def _resize_targets(self) -> None:
        """Buttons stay large targets: nearly twice the text height, square (both partners'
        seven buttons side by side still fit a 1280-pixel projector in German)."""
        side = int(self.fontMetrics().height() * 1.9)
        for button in self._buttons.values():
            wide = button.fontMetrics().horizontalAdvance(button.text()) + side // 2
            button.setFixedSize(max(side, wide), side)

"""A focus outline that can be seen from the back of a meeting room: in projector mode a thick
frame in the palette's highlight colour is drawn around the input that has the keyboard focus
(the style's own 1-px frame disappears on a projector)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

FOLLOW_MS = 120
"""How often the ring looks whether its input moved (scrolled, laid out anew)."""


class FocusRing(QWidget):
    """The frame itself: a child of the focused input's window that lets the mouse through."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    @property
    def thickness(self) -> int:
        return max(3, self.fontMetrics().height() // 6)

    def follow(self) -> None:
        """Lie around the visible part of the target, or hide."""
        target, window = self.target, self.parentWidget()
        try:
            shown = target is not None and target.isVisible() and target.window() is window
        except RuntimeError:  # the input is gone
            shown = False
        if target is None or window is None or not shown:
            self.hide()
            return
        visible = target.visibleRegion().boundingRect()
        if visible.isEmpty():
            self.hide()
            return
        top_left = target.mapTo(window, visible.topLeft())
        width = self.thickness
        area = QRect(top_left, visible.size()).adjusted(-width, -width, width, width)
        if area != self.geometry():
            self.setGeometry(area)
        self.raise_()
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        width = self.thickness
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = width // 2
        painter.drawRect(self.rect().adjusted(half, half, -half - width % 2, -half - width % 2))


class FocusRings(QObject):
    """Keeps a :class:`FocusRing` on the focused input while switched on."""

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._shown: FocusRing | None = None
        self._on = False
        self._timer = QTimer(self)
        self._timer.setInterval(FOLLOW_MS)
        self._timer.timeout.connect(self._follow)
        app.focusChanged.connect(lambda _old, _new: self._follow())

    def set_on(self, on: bool) -> None:
        self._on = on
        if on:
            self._timer.start()
        else:
            self._timer.stop()
        self._follow()

    def ring(self) -> FocusRing | None:
        """The ring shown now, if any."""
        return self._shown if self._shown is not None and self._shown.isVisible() else None

    def _forget(self) -> None:
        self._shown = None

    def _follow(self) -> None:
        focused = self._app.focusWidget() if self._on else None
        window = focused.window() if focused is not None else None
        if self._shown is not None and self._shown.parentWidget() is not window:
            self._shown.target = None
            self._shown.hide()
            self._shown = None
        if focused is None or window is None or focused is window:
            return
        ring = window.findChild(FocusRing, "", Qt.FindChildOption.FindDirectChildrenOnly)
        if not isinstance(ring, FocusRing):
            ring = FocusRing(window)
            ring.destroyed.connect(self._forget)
        self._shown = ring
        ring.target = focused
        ring.follow()

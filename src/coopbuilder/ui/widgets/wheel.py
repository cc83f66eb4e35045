"""The mouse wheel scrolls the page; it never changes a value the person is not working on.

Qt lets the wheel change a date, a combo box or a spin box that the pointer merely passes over
while the page scrolls: a due date moved by two days, unnoticed. :class:`WheelGuard`, installed
once on the application (:func:`install_wheel_guard`), applies to every such input of the
program, wherever it is made:

- these inputs no longer take the focus from the wheel (``Qt.StrongFocus`` instead of
  ``Qt.WheelFocus``): they get it by a click or the Tab key;
- a wheel event over one of them that does not have the focus is passed on to the widget
  beneath it (the page's scroll area), which scrolls; with the focus, the wheel changes the
  value as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox)
"""The inputs whose value the wheel changes (QDateEdit and QSpinBox are QAbstractSpinBoxes)."""

_NAME = "coopbuilder-wheel-guard"


def _guarded(watched: QObject) -> QWidget | None:
    """The date, combo or spin box ``watched`` is (or is the line edit of), else ``None``."""
    if isinstance(watched, GUARDED):
        return watched
    parent = watched.parent() if isinstance(watched, QWidget) else None
    if isinstance(parent, GUARDED) and getattr(parent, "lineEdit", lambda: None)() is watched:
        return parent
    return None


class WheelGuard(QObject):
    """The application-wide event filter (see the module's docstring)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Every event of every object passes here: the cheap tests first (the classes; asking
        # the event's type makes an enum member each time, and made the GUI thread slower)
        if isinstance(event, QWheelEvent):
            target = _guarded(watched)
            if target is not None and not target.hasFocus():
                event.ignore()  # not accepted: Qt offers it to the widgets beneath
                return True  # and the input itself never sees it
        elif (
            isinstance(watched, GUARDED)
            and event.type() == QEvent.Type.Polish
            and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus
        ):
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard on ``app`` (once; a second call returns the one installed)."""
    found = app.findChild(WheelGuard, _NAME)
    if isinstance(found, WheelGuard):
        return found
    guard = WheelGuard(app)
    guard.setObjectName(_NAME)
    app.installEventFilter(guard)
    return guard

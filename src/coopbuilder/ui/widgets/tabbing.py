"""Tab leaves a date field: it moves on to the next field, never from day to month to year.

Qt's date fields take Tab for their own sections, so a person tabbing through a form lands in
the month and the year of a date and types the next field's text into them. :class:`DateTabs`,
installed once on the application (:func:`install_date_tabs`), makes Tab and Shift+Tab in every
date field of the program move to the next or previous field, as in any other input; the
sections are still reached with the arrow keys, and typed in order as before.

It watches the keys of a date field from the moment the field has the keyboard focus (which is
where its keys go), not every event of the application: an application-wide filter in Python
made every widget the program makes and shows half as slow again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QWidget

_NAME = "coopbuilder-date-tabs"


def _next_field(start: QWidget, forward: bool) -> QWidget | None:
    """The next (or previous) widget in the focus chain that Tab can reach, outside ``start``."""
    widget: QWidget | None = start
    while widget is not None:
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        if widget is None or widget is start:
            return None
        if start.isAncestorOf(widget) or widget.focusProxy() is not None:
            continue
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
    return None


class DateTabs(QObject):
    """The event filter of the date fields that had the focus (see the module's docstring)."""

    def watch_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Watch the keys of ``new`` if it is a date field (or in one)."""
        if new is None:
            return
        parent = new.parentWidget()
        if isinstance(new, QDateTimeEdit) or isinstance(parent, QDateTimeEdit):
            new.installEventFilter(self)  # once: Qt installs a filter on an object only once

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # every event of every object passes here: the class first (cheap), then the type
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        date = watched if isinstance(watched, QDateTimeEdit) else None
        if date is None and isinstance(watched, QWidget):
            parent = watched.parentWidget()
            date = parent if isinstance(parent, QDateTimeEdit) else None
        if date is None or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        forward = key == Qt.Key.Key_Tab and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        target = _next_field(date, forward)
        if target is None:
            return False
        target.setFocus(
            Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        )
        return True


def install_date_tabs(app: QApplication) -> DateTabs:
    """Install the filter on ``app`` (once; a second call returns the one installed)."""
    found = app.findChild(DateTabs, _NAME)
    if isinstance(found, DateTabs):
        return found
    tabs = DateTabs(app)
    tabs.setObjectName(_NAME)
    app.focusChanged.connect(tabs.watch_focus)
    return tabs

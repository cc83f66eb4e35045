"""A stack of pages made when first shown: each waits as an empty placeholder until then."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget


def put_in_place(stack: QStackedWidget, index: int, page: QWidget) -> None:
    """Put ``page`` where the placeholder at ``index`` stands, leaving the page shown as it
    was."""
    placeholder = stack.widget(index)
    assert placeholder is not None
    current = stack.currentIndex()
    stack.insertWidget(index, page)
    stack.removeWidget(placeholder)
    placeholder.deleteLater()
    stack.setCurrentIndex(current)

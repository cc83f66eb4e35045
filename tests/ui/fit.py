"""What does not fit a window: a scroll area that scrolls sideways, and a label, button, check
box, choice or date narrower than its text (cut off) or reaching past the right edge of what
shows it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

SLACK = 2
"""Pixels a text may lack before it counts as cut (rounding of fractional font metrics)."""


def describe(widget: QWidget) -> str:
    name = widget.accessibleName()
    if not name and isinstance(widget, QLabel | QAbstractButton):
        name = widget.text()
    if not name and isinstance(widget, QComboBox):
        name = widget.currentText()
    return f"{type(widget).__name__} {str(name)[:60]!r}"


def _text_width(widget: QWidget, text: str) -> int:
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in plain.split("\n")), default=0)


def _needed(widget: QWidget) -> int | None:
    """The width ``widget`` needs to show its text whole, or ``None`` for one that wraps its
    text, elides it on purpose, or has none."""
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or widget.wordWrap() or widget.pixmap() is not None:
            return None
        if widget.textFormat() != widget.textFormat().PlainText and ("<" in text):
            return None  # rich text: laid out by its document
        margins = widget.contentsMargins()
        return _text_width(widget, text) + margins.left() + margins.right() + 2 * widget.margin()
    if isinstance(widget, QAbstractButton):
        if not widget.text():
            return None
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        if isinstance(widget, QPushButton):
            style = widget.style()
            padding = 2 * (
                style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, widget)
                + style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, widget)
            )
            return _text_width(widget, widget.text()) + icon + padding
        return widget.minimumSizeHint().width()
    if isinstance(widget, QComboBox):
        # the room the style gives the chosen text, as the combo box paints it
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )
        icon = 0 if option.currentIcon.isNull() else widget.iconSize().width() + 4
        text = _text_width(widget, widget.currentText()) + icon
        return widget.width() + max(0, text - field.width())
    if isinstance(widget, QAbstractSpinBox):
        return widget.minimumSizeHint().width()
    return None


def _clipped_on_the_right(widget: QWidget) -> bool:
    """Whether a part of ``widget`` is hidden sideways by what contains it (its top-level
    window, or a scroll area's viewport)."""
    region = widget.visibleRegion()
    if region.isEmpty():
        return False  # scrolled out of view up or down, or covered
    return region.boundingRect().width() < widget.width() - SLACK


def not_fitting(root: QWidget) -> list[str]:
    """Everything under ``root`` (shown) that scrolls sideways or is cut."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"scrolls sideways: {describe(widget)}")
        needed = _needed(widget)
        if needed is not None and widget.width() + SLACK < needed:
            found.append(f"cut ({widget.width()} of {needed} px): {describe(widget)}")
        elif needed is not None and _clipped_on_the_right(widget):
            found.append(f"cut on the right: {describe(widget)}")
    return found

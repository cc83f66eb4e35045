"""Tabs whose labels keep the dots of a capital umlaut: Fusion cuts them off on a tab that is not
the current one ("Überprüfungen", an agreement called "Änderung ..."). Set on a tab bar only, so
that the rest of the program is drawn without a detour through Python."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QTabBar, QWidget


class _RoomyTabText(QProxyStyle):
    def subElementRect(  # noqa: N802 (Qt's name)
        self, element: QStyle.SubElement, option: QStyleOption, /, widget: QWidget | None = None
    ) -> QRect:
        # QProxyStyle's stub says the widget is required; QStyle's (and Qt) allow none
        rect = super().subElementRect(element, option, widget)  # type: ignore[arg-type]
        if element == QStyle.SubElement.SE_TabBarTabText:
            rect.adjust(0, -3, 0, 0)
        return rect


def keep_umlauts(bar: QTabBar) -> None:
    """Give the labels of ``bar`` room above their text."""
    current = bar.style()
    # a proxy (projector mode's scaled style) has no name of its own: take its base style's
    base = current.baseStyle() if isinstance(current, QProxyStyle) else current
    style = _RoomyTabText(base.name())
    style.setParent(bar)
    bar.setStyle(style)

"""Contrast of text on its background (WCAG 2): a status colour chosen for a light theme is
made lighter on a dark one until it can be read, keeping its hue."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

TEXT = 4.5
"""WCAG AA for text: the contrast ratio of text to its background."""
GRAPHICS = 3.0
"""WCAG AA for the parts of a graphic that carry meaning (a chart's lines)."""


def luminance(colour: QColor) -> float:
    """The relative luminance of ``colour`` (0 black, 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The contrast ratio of two colours, from 1 (the same) to 21 (black and white)."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_dark(background: QColor) -> bool:
    return luminance(background) < 0.2


def readable(colour: QColor, background: QColor, minimum: float = TEXT) -> QColor:
    """``colour`` if it reaches ``minimum`` on ``background``; else the same hue lighter (on a
    dark background) or darker (on a light one), as little as it takes."""
    if contrast(colour, background) >= minimum:
        return QColor(colour)
    hue, saturation = colour.hslHueF(), colour.hslSaturationF()
    lightness, alpha = colour.lightnessF(), colour.alphaF()
    step = 0.02 if is_dark(background) else -0.02
    candidate = QColor(colour)
    while 0.0 <= lightness <= 1.0:
        lightness = min(1.0, max(0.0, lightness + step))
        candidate = QColor.fromHslF(hue, saturation, lightness, alpha)
        if contrast(candidate, background) >= minimum or lightness in (0.0, 1.0):
            break
    return candidate


def on_base(colour: QColor, minimum: float = TEXT, palette: QPalette | None = None) -> QColor:
    """``colour`` made readable on the base colour (of lists, tables, fields) of ``palette``
    (default: the application's, light or dark, normal or projector)."""
    used = palette if palette is not None else QApplication.palette()
    return readable(colour, used.color(QPalette.ColorRole.Base), minimum)

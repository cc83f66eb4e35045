"""Projector mode and zoom: the whole program larger and in stronger contrast for a meeting room.

The scale is the zoom (Ctrl+Plus, Ctrl+Minus, Ctrl+0) times 1.5 in projector mode. It scales the
application font; every size in the program (rating buttons, table rows, lists, the radar
chart) follows from the font, so targets grow with the text. The sizes the style draws without
text (check box and radio button indicators, scroll bars) grow with the font too, through
:class:`ScaledStyle`. Projector mode also switches to a high-contrast palette and draws a thick
frame around the input that has the keyboard focus. Zoom and mode are
remembered in the QSettings handed in.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from coopbuilder.ui.widgets.focus_ring import FocusRings

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)
PROJECTOR_SCALE = 1.5

_ZOOM_KEY = "view/zoom"
_PROJECTOR_KEY = "view/projector"


def high_contrast_palette(base: QPalette) -> QPalette:
    """Black on white, a dark highlight, and grey texts dark enough to read at 7:1."""
    palette = QPalette(base)
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#ffffff",
        roles.WindowText: "#000000",
        roles.Base: "#ffffff",
        roles.AlternateBase: "#f0f0f0",
        roles.Text: "#000000",
        roles.Button: "#e6e6e6",
        roles.ButtonText: "#000000",
        roles.Highlight: "#0b3d91",
        roles.HighlightedText: "#ffffff",
        roles.ToolTipBase: "#ffffdc",
        roles.ToolTipText: "#000000",
        roles.PlaceholderText: "#4d4d4d",
        roles.Mid: "#6e6e6e",
        roles.Dark: "#404040",
        roles.Link: "#0b3d91",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#595959"))
    return palette


class ScaledStyle(QProxyStyle):
    """The application's style, with the sizes it draws without text scaled like the font:
    check box and radio button indicators and the width of scroll bars. The scale is the
    application font's size over ``base_point_size``, so zoom and projector mode both count and
    putting the font back puts the sizes back."""

    SCALED = frozenset(
        {
            QStyle.PixelMetric.PM_IndicatorWidth,
            QStyle.PixelMetric.PM_IndicatorHeight,
            QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
            QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
            QStyle.PixelMetric.PM_ScrollBarExtent,
            QStyle.PixelMetric.PM_ScrollBarSliderMin,
        }
    )

    def __init__(self, base_name: str, base_point_size: float) -> None:
        super().__init__(base_name)
        self.base_point_size = base_point_size

    def factor(self) -> float:
        size = QApplication.font().pointSizeF()
        if size <= 0 or self.base_point_size <= 0:
            return 1.0
        return max(1.0, size / self.base_point_size)

    def pixelMetric(  # noqa: N802 (Qt's name)
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric in self.SCALED:
            return round(value * self.factor())
        return value


def scaled_style(app: QApplication, base_point_size: float) -> ScaledStyle:
    """The application's :class:`ScaledStyle`, installed on first use."""
    current = app.style()
    if isinstance(current, ScaledStyle):
        current.base_point_size = base_point_size
        return current
    style = ScaledStyle(current.name(), base_point_size)
    app.setStyle(style)
    return style


def _nearest_step(value: float) -> float:
    return min(ZOOM_STEPS, key=lambda step: abs(step - value))


class ProjectorMode(QObject):
    changed = Signal()

    def __init__(self, app: QApplication, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self._app = app
        self._settings = settings
        self._base_font = QFont(app.font())
        self._base_palette = QPalette(app.palette())
        scaled_style(app, self._base_font.pointSizeF())
        try:
            zoom = float(str(settings.value(_ZOOM_KEY, 1.0)))
        except ValueError:
            zoom = 1.0
        self._zoom = _nearest_step(zoom)
        self._projector = str(settings.value(_PROJECTOR_KEY, "false")).lower() == "true"
        self.focus_rings = FocusRings(app, self)
        self._apply()

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def projector(self) -> bool:
        return self._projector

    @property
    def scale(self) -> float:
        return self._zoom * (PROJECTOR_SCALE if self._projector else 1.0)

    def set_projector(self, on: bool) -> None:
        if on != self._projector:
            self._projector = on
            self._apply()

    def zoom_in(self) -> None:
        self._set_zoom(next((s for s in ZOOM_STEPS if s > self._zoom), self._zoom))

    def zoom_out(self) -> None:
        self._set_zoom(next((s for s in reversed(ZOOM_STEPS) if s < self._zoom), self._zoom))

    def reset_zoom(self) -> None:
        self._set_zoom(1.0)

    def _set_zoom(self, zoom: float) -> None:
        if zoom != self._zoom:
            self._zoom = zoom
            self._apply()

    def _apply(self) -> None:
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * self.scale)
        self._app.setFont(font)
        self._restyle()
        self.focus_rings.set_on(self._projector)
        self._app.setPalette(
            high_contrast_palette(self._base_palette) if self._projector else self._base_palette
        )
        self._settings.setValue(_ZOOM_KEY, self._zoom)
        self._settings.setValue(_PROJECTOR_KEY, "true" if self._projector else "false")
        self.changed.emit()

    def _restyle(self) -> None:
        """Let every widget measure the style's scaled sizes again (a new font alone does not
        reach the scroll bars' room in a scroll area)."""
        for widget in self._app.allWidgets():
            QApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))

    def actions(self, parent: QWidget) -> list[QAction]:
        """The View menu's actions, with their shortcuts, for a window to add."""
        toggle = QAction(self.tr("&Projector mode"), parent)
        toggle.setCheckable(True)
        toggle.setChecked(self._projector)
        toggle.setShortcut(QKeySequence("Ctrl+Shift+P"))
        toggle.setToolTip(self.tr("Large text and strong contrast for a meeting room"))
        toggle.toggled.connect(self.set_projector)
        self.changed.connect(lambda: toggle.setChecked(self._projector))
        zoom_in = QAction(self.tr("Zoom &in"), parent)
        zoom_in.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        zoom_in.triggered.connect(self.zoom_in)
        zoom_out = QAction(self.tr("Zoom &out"), parent)
        zoom_out.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomOut)])
        zoom_out.triggered.connect(self.zoom_out)
        reset = QAction(self.tr("&Normal size"), parent)
        reset.setShortcut(QKeySequence("Ctrl+0"))
        reset.triggered.connect(self.reset_zoom)
        return [toggle, zoom_in, zoom_out, reset]

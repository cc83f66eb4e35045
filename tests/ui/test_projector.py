from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
)
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.checks import Severity
from coopbuilder.core.scoring import Band
from coopbuilder.ui.projector import PROJECTOR_SCALE, ProjectorMode
from coopbuilder.ui.widgets.marks import band_mark, severity_mark
from coopbuilder.ui.widgets.rating import RatingControl
from coopbuilder.ui.wizard.contacts import ContactsPage

from .helpers import ScriptedDialogs


def settings_in(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_zoom_scales_the_font_and_the_targets(qtbot: QtBot, tmp_path: Path, app_look: None) -> None:
    base = QApplication.font().pointSizeF()
    projector = ProjectorMode(QApplication.instance(), settings_in(tmp_path))  # type: ignore[arg-type]
    control = RatingControl()
    qtbot.addWidget(control)
    button = control.findChildren(QPushButton)[0]
    before = button.height()
    projector.zoom_in()
    QApplication.processEvents()
    assert projector.zoom == 1.1
    assert QApplication.font().pointSizeF() == base * 1.1
    assert control.font().pointSizeF() == base * 1.1
    assert button.height() > before
    projector.set_projector(True)
    QApplication.processEvents()
    assert QApplication.font().pointSizeF() == base * 1.1 * PROJECTOR_SCALE
    assert button.height() >= before * 1.5
    projector.reset_zoom()
    projector.set_projector(False)
    QApplication.processEvents()
    assert QApplication.font().pointSizeF() == base
    assert button.height() == before


def test_zoom_stops_at_its_limits(tmp_path: Path, app_look: None) -> None:
    projector = ProjectorMode(QApplication.instance(), settings_in(tmp_path))  # type: ignore[arg-type]
    for _ in range(20):
        projector.zoom_out()
    assert projector.zoom == 0.8
    for _ in range(20):
        projector.zoom_in()
    assert projector.zoom == 2.0


def test_zoom_and_mode_are_remembered(tmp_path: Path, app_look: None) -> None:
    app = QApplication.instance()
    base = QApplication.font().pointSizeF()
    projector = ProjectorMode(app, settings_in(tmp_path))  # type: ignore[arg-type]
    projector.zoom_in()
    projector.set_projector(True)
    font = QApplication.font()
    font.setPointSizeF(base)
    QApplication.setFont(font)
    again = ProjectorMode(app, settings_in(tmp_path))  # type: ignore[arg-type]
    assert (again.zoom, again.projector) == (1.1, True)
    assert QApplication.font().pointSizeF() == base * 1.1 * PROJECTOR_SCALE


def test_projector_mode_uses_strong_contrast(tmp_path: Path, app_look: None) -> None:
    projector = ProjectorMode(QApplication.instance(), settings_in(tmp_path))  # type: ignore[arg-type]
    projector.set_projector(True)
    palette = QApplication.palette()
    roles = QPalette.ColorRole
    assert contrast(palette.color(roles.Text), palette.color(roles.Base)) >= 15
    assert contrast(palette.color(roles.HighlightedText), palette.color(roles.Highlight)) >= 7
    disabled = palette.color(QPalette.ColorGroup.Disabled, roles.Text)
    assert contrast(disabled, palette.color(roles.Base)) >= 7
    assert contrast(palette.color(roles.PlaceholderText), palette.color(roles.Base)) >= 7


def test_bands_and_severities_never_rely_on_colour_alone() -> None:
    marks = [band_mark(b) for b in Band] + [severity_mark(s) for s in Severity]
    assert len({m.symbol for m in marks[:4]}) == 4
    assert len({m.caption for m in marks}) == len(marks)
    for mark in marks:
        assert mark.text and mark.symbol
        assert contrast(mark.foreground, mark.background) >= 7


def test_the_view_actions_have_the_standard_shortcuts(
    qtbot: QtBot, tmp_path: Path, app_look: None
) -> None:
    from PySide6.QtWidgets import QWidget

    projector = ProjectorMode(QApplication.instance(), settings_in(tmp_path))  # type: ignore[arg-type]
    owner = QWidget()
    qtbot.addWidget(owner)
    toggle, zoom_in, zoom_out, reset = projector.actions(owner)
    assert QKeySequence("Ctrl++") in zoom_in.shortcuts()
    assert QKeySequence("Ctrl+=") in zoom_in.shortcuts()
    assert QKeySequence("Ctrl+-") in zoom_out.shortcuts()
    assert reset.shortcut() == QKeySequence("Ctrl+0")
    toggle.trigger()
    assert projector.projector
    zoom_in.trigger()
    assert projector.zoom == 1.1
    projector.set_projector(False)
    assert not toggle.isChecked()


def test_indicators_and_scroll_bars_grow_with_the_font_and_come_back(
    qtbot: QtBot, tmp_path: Path, app_look: None
) -> None:
    projector = ProjectorMode(QApplication.instance(), settings_in(tmp_path))  # type: ignore[arg-type]
    style = QApplication.style()
    box = QCheckBox("Logged")
    radio = QRadioButton("Phone")
    area = QScrollArea()
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    for widget in (box, radio, area):
        qtbot.addWidget(widget)
        widget.show()
    metrics = (
        QStyle.PixelMetric.PM_IndicatorWidth,
        QStyle.PixelMetric.PM_IndicatorHeight,
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
        QStyle.PixelMetric.PM_ScrollBarExtent,
    )
    normal = [style.pixelMetric(m) for m in metrics]
    box_height, radio_height = box.sizeHint().height(), radio.sizeHint().height()
    bar_width = area.verticalScrollBar().sizeHint().width()

    projector.set_projector(True)
    QApplication.processEvents()
    scaled = [style.pixelMetric(m) for m in metrics]
    for before, after in zip(normal, scaled, strict=True):
        assert after == round(before * PROJECTOR_SCALE)
    # the box holds the larger indicator; its margins stay as they were
    assert box.sizeHint().height() >= max(scaled[1], round(box_height * 1.3))
    assert radio.sizeHint().height() >= max(scaled[2], round(radio_height * 1.3))
    assert area.verticalScrollBar().width() >= round(bar_width * PROJECTOR_SCALE)
    projector.zoom_in()
    assert style.pixelMetric(metrics[0]) == round(normal[0] * 1.1 * PROJECTOR_SCALE)

    projector.reset_zoom()
    projector.set_projector(False)
    QApplication.processEvents()
    assert [style.pixelMetric(m) for m in metrics] == normal
    assert box.sizeHint().height() == box_height
    assert area.verticalScrollBar().width() == bar_width


def test_the_contact_tables_show_every_column_head_and_contact_on_a_projector(
    qtbot: QtBot, tmp_path: Path, app_look: None, demo: Agreement
) -> None:
    projector = ProjectorMode(QApplication.instance(), settings_in(tmp_path))  # type: ignore[arg-type]
    page = ContactsPage(ScriptedDialogs())
    qtbot.addWidget(page)
    page.load(demo)
    page.resize(930, 1400)  # the wizard's room at 1280x800
    page.show()
    for on in (False, True, False):
        projector.set_projector(on)
        QApplication.processEvents()
        for panel in page.panels:
            table, header = panel.table, panel.table.horizontalHeader()
            for column in range(table.columnCount()):
                head = table.horizontalHeaderItem(column).text()
                wanted = header.fontMetrics().horizontalAdvance(head)
                assert header.sectionSize(column) >= wanted, (on, head)
            assert table.rowCount() >= 4
            shown = sum(table.rowHeight(row) for row in range(table.rowCount()))
            assert table.viewport().height() >= shown, (on, panel.number)
            assert table.rowHeight(0) >= table.fontMetrics().height()


def test_the_focus_is_framed_thickly_on_the_projector(
    qtbot: QtBot, tmp_path: Path, app_look: None
) -> None:
    projector = ProjectorMode(QApplication.instance(), settings_in(tmp_path))  # type: ignore[arg-type]
    page = ContactsPage(ScriptedDialogs())
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    first = page.findChildren(QPushButton)[0]
    first.setFocus()
    assert projector.focus_rings.ring() is None  # not in normal mode
    projector.set_projector(True)
    ring = projector.focus_rings.ring()
    assert ring is not None and ring.thickness >= 3
    assert ring.geometry().contains(QRect(first.mapTo(page, QPoint(0, 0)), first.size()))
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    moved = QApplication.focusWidget()
    assert moved is not None and moved is not first
    corner = moved.mapTo(page, moved.rect().topLeft())
    assert ring.isVisible() and ring.geometry().contains(corner)
    image = page.grab().toImage()
    edge = image.pixelColor(ring.geometry().left() + 1, ring.geometry().center().y())
    assert edge == page.palette().color(QPalette.ColorRole.Highlight)
    projector.set_projector(False)
    assert projector.focus_rings.ring() is None

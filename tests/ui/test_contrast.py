"""Text on its background reaches WCAG AA (4.5:1; 3:1 for a chart's lines) in a light and a
dark theme and in projector mode: the palettes' own roles in projector mode, and the colours
the program adds (status marks, an overdue review, the radar's series)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from coopbuilder.core.checks import Severity
from coopbuilder.core.scoring import Band
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.models import AgreementSummary
from coopbuilder.ui.agreement_table import AgreementTableModel
from coopbuilder.ui.projector import high_contrast_palette
from coopbuilder.ui.widgets.contrast import GRAPHICS, TEXT, contrast, on_base, readable
from coopbuilder.ui.widgets.marks import band_mark, severity_mark
from coopbuilder.ui.widgets.radar import SERIES_STYLES, RadarChart

R = QPalette.ColorRole

DARK = {
    # as Windows 11 dark mode gives them to Qt's Fusion style
    R.Window: "#202020",
    R.WindowText: "#ffffff",
    R.Base: "#1c1c1c",
    R.AlternateBase: "#2b2b2b",
    R.Text: "#ffffff",
    R.Button: "#2d2d2d",
    R.ButtonText: "#ffffff",
    R.Highlight: "#0078d4",
    R.HighlightedText: "#ffffff",
    R.PlaceholderText: "#9d9d9d",
    R.ToolTipBase: "#2b2b2b",
    R.ToolTipText: "#ffffff",
}


def light() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


def dark() -> QPalette:
    palette = light()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    return palette


def themes() -> Iterator[tuple[str, QPalette]]:
    yield "light", light()
    yield "dark", dark()
    yield "projector (light)", high_contrast_palette(light())
    yield "projector (dark)", high_contrast_palette(dark())


def test_contrast_is_computed_as_wcag_says() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    # the overdue red as it was, on a dark list: unreadable
    assert contrast(QColor("#7f0d0d"), QColor("#1c1c1c")) < 2


def test_a_colour_too_dark_for_its_background_is_lightened_keeping_its_hue() -> None:
    red = QColor("#7f0d0d")
    assert readable(red, QColor("#ffffff")) == red  # fine on white: unchanged
    lighter = readable(red, QColor("#1c1c1c"))
    assert contrast(lighter, QColor("#1c1c1c")) >= TEXT
    assert lighter.hslHue() == red.hslHue() and lighter.lightness() > red.lightness()


@pytest.mark.parametrize(("theme", "palette"), list(themes()), ids=[t for t, _ in themes()])
def test_the_colours_the_program_adds_can_be_read_in_every_theme(
    theme: str, palette: QPalette
) -> None:
    base = palette.color(R.Base)
    marks = [band_mark(band) for band in Band] + [severity_mark(s) for s in Severity]
    for mark in marks:  # marks bring their own background
        assert contrast(mark.foreground, mark.background) >= TEXT, mark.text
    overdue = on_base(QColor("#7f0d0d"), palette=palette)
    assert contrast(overdue, base) >= TEXT, theme
    for colour, _, _ in SERIES_STYLES:
        assert contrast(readable(colour, base, GRAPHICS), base) >= GRAPHICS, theme


@pytest.mark.parametrize(
    ("theme", "palette"),
    [(t, p) for t, p in themes() if t.startswith("projector")],
    ids=["light", "dark"],
)
def test_the_projector_palette_reaches_aa_for_every_text_role(
    theme: str, palette: QPalette
) -> None:
    pairs = [
        (R.Text, R.Base),
        (R.Text, R.AlternateBase),
        (R.WindowText, R.Window),
        (R.ButtonText, R.Button),
        (R.HighlightedText, R.Highlight),
        (R.PlaceholderText, R.Base),
        (R.ToolTipText, R.ToolTipBase),
        (R.Link, R.Base),
    ]
    for text, background in pairs:
        ratio = contrast(palette.color(text), palette.color(background))
        assert ratio >= TEXT, f"{theme}: {text.name} on {background.name}: {ratio:.2f}"
    disabled = palette.color(QPalette.ColorGroup.Disabled, R.Text)
    assert contrast(disabled, palette.color(R.Base)) >= TEXT


def _overdue_row() -> AgreementSummary:
    return AgreementSummary(
        agreement_id="a",
        number=1,
        status=AgreementStatus.SIGNED,
        title="Family counselling in Fürth",
        partner_names=["Ausweg e.V.", "Kriminalpolizei Fürth"],
        next_review_date=dt.date(2026, 11, 15),
        saved_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        saved_by="anna",
    )


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_an_overdue_review_can_be_read_in_the_list_in_either_theme(
    qapp: QApplication, app_look: None, theme: str
) -> None:
    palette = light() if theme == "light" else dark()
    QApplication.setPalette(palette)
    model = AgreementTableModel(lambda: dt.date(2026, 11, 27))
    model.set_rows([_overdue_row()])
    index = model.index(0, 4)
    assert str(model.data(index)).startswith("⚠ Overdue")
    colour = model.data(index, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QColor)
    assert contrast(colour, palette.color(R.Base)) >= TEXT


def test_the_radar_draws_its_series_readably_on_a_dark_background(
    qapp: QApplication, app_look: None
) -> None:
    chart = RadarChart()
    chart.setPalette(dark())
    chart.set_data(
        ["Trust", "Transparency", "Continuity"], [("NGO", [4, 3, 2]), ("LKA", [2, 3, 4])]
    )
    picture = chart.grab().toImage()
    base = dark().color(R.Base)
    blue = readable(SERIES_STYLES[0][0], base, GRAPHICS)
    seen = {
        picture.pixelColor(x, y).name()
        for x in range(0, picture.width(), 2)
        for y in range(0, picture.height(), 2)
    }
    assert blue.name() in seen  # the lightened colour is the one drawn
    assert SERIES_STYLES[0][0].name() not in seen

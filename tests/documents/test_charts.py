"""The radar chart and the trend chart: the two partners are told apart in black-and-white
print too; the scale numbers stay clear of the labels."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.history import PartnerTrend
from coopbuilder.documents.charts import DASH, Series, radar_chart
from coopbuilder.documents.report import render_report
from coopbuilder.documents.styles import document_styles
from coopbuilder.documents.trend_chart import trend_chart

AXES = ["Trust", "Transparency", "Openness", "Equality", "Continuity"]


def _chart(second: list[float | None]) -> Drawing:
    first = Series("NGO", [4.0, 2.5, 3.0, 3.5, 4.5])
    return radar_chart(AXES, [first, Series("Police", second)], document_styles(), "Scale 1–5")


def _drawn_in(drawing: Drawing, kind: type, colour: colors.Color, attr: str) -> list:
    return [s for s in drawing.contents if isinstance(s, kind) and getattr(s, attr) == colour]


def _contrast(colour: colors.Color) -> float:
    """The WCAG contrast of a colour on white."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(colour.red) + 0.7152 * channel(colour.green)
    lum += 0.0722 * channel(colour.blue)
    return 1.05 / (lum + 0.05)


def test_the_second_partner_is_dashed_with_squares_the_first_solid_with_circles() -> None:
    styles = document_styles()
    one, two = styles.colour("partner_1"), styles.colour("partner_2")
    drawing = _chart([4.5, 4.0, 3.5, 4.0, 2.5])
    [outline_1] = _drawn_in(drawing, Polygon, one, "strokeColor")
    [outline_2] = _drawn_in(drawing, Polygon, two, "strokeColor")
    assert not outline_1.strokeDashArray
    assert list(outline_2.strokeDashArray) == list(DASH)
    # one marker per axis and one in the legend, each partner its own shape
    assert len(_drawn_in(drawing, Circle, one, "fillColor")) == len(AXES) + 1
    assert len(_drawn_in(drawing, Rect, two, "fillColor")) == len(AXES) + 1
    assert not _drawn_in(drawing, Rect, one, "fillColor")
    assert not _drawn_in(drawing, Circle, two, "fillColor")
    # the legend shows the line of each partner as drawn
    [legend_1] = _drawn_in(drawing, Line, one, "strokeColor")
    [legend_2] = _drawn_in(drawing, Line, two, "strokeColor")
    assert not legend_1.strokeDashArray and list(legend_2.strokeDashArray) == list(DASH)


def test_a_broken_outline_keeps_its_dashes() -> None:
    drawing = _chart([4.5, None, 3.5, 4.0, 2.5])
    two = document_styles().colour("partner_2")
    pieces = _drawn_in(drawing, PolyLine, two, "strokeColor")
    assert len(pieces) == 3  # five points, one missing: three of the five edges remain
    assert all(list(p.strokeDashArray) == list(DASH) for p in pieces)
    assert len(_drawn_in(drawing, Rect, two, "fillColor")) == 4 + 1


def test_the_scale_numbers_are_readable() -> None:
    drawing = _chart([4.5, 4.0, 3.5, 4.0, 2.5])
    numbers = [s for s in drawing.contents if isinstance(s, String) and s.text in "12345"]
    assert sorted(s.text for s in numbers) == ["1", "2", "3", "4", "5"]
    for number in numbers:
        assert number.fontSize >= 7
        assert _contrast(number.fillColor) >= 4.5, number.fillColor


def test_the_report_pdf_draws_a_dashed_line(demo: Agreement) -> None:
    page = PdfReader(io.BytesIO(render_report(demo))).pages[0]
    content = page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
    dashes = set(re.findall(r"\[([^\]]*)\] *0 d", content))
    assert " ".join(f"{d:g}" for d in DASH) in dashes


def test_the_scale_numbers_keep_clear_of_the_first_axis_label() -> None:
    for axes in (AXES, [*AXES, "Shared responsibility", "Strategy", "Legal framework"]):
        first = Series("NGO", [4.0] * len(axes))
        drawing = radar_chart(axes, [first], document_styles(), "Scale 1–5")
        strings = [s for s in drawing.contents if isinstance(s, String)]
        label = next(s for s in strings if s.text == axes[0])
        five = next(s for s in strings if s.text == "5")
        # the number's top (a digit's height above its baseline) stays well below the label
        assert five.y + 0.75 * five.fontSize < label.y - 3
        # and below the outer ring's edge where the number stands (right of the first axis)
        [outer] = [p for p in drawing.contents if isinstance(p, Polygon) and p.strokeWidth == 0.8]
        (tx, ty), (nx, ny) = outer.points[0:2], outer.points[2:4]
        right = five.x + stringWidth("5", five.fontName, five.fontSize)
        edge = ty + (ny - ty) * (right - tx) / (nx - tx)
        assert five.y + 0.75 * five.fontSize < edge


def _trend(first: list[float | None], second: list[float | None]) -> Drawing:
    trends = [
        PartnerTrend(partner_id="ngo", label="NGO", means=tuple(first)),
        PartnerTrend(partner_id="police", label="Police", means=tuple(second)),
    ]
    return trend_chart(["Trust"], [trends], ["V1", "V2", "V3"], document_styles(), "Scale 1–5")


def test_the_trend_chart_draws_the_second_partner_dashed_like_the_radar() -> None:
    styles = document_styles()
    one, two = styles.colour("partner_1"), styles.colour("partner_2")
    drawing = _trend([3.0, 3.5, 4.0], [2.5, None, 3.0])
    [line_1] = _drawn_in(drawing, PolyLine, one, "strokeColor")
    assert not line_1.strokeDashArray
    assert not _drawn_in(drawing, PolyLine, two, "strokeColor")  # a line needs two points in a row
    drawing = _trend([3.0, 3.5, 4.0], [2.5, 2.8, 3.0])
    [line_2] = _drawn_in(drawing, PolyLine, two, "strokeColor")
    assert list(line_2.strokeDashArray) == list(DASH)
    # the legend shows each partner's line as drawn, long enough to show the dashes
    [legend_1] = _drawn_in(drawing, Line, one, "strokeColor")
    [legend_2] = _drawn_in(drawing, Line, two, "strokeColor")
    assert not legend_1.strokeDashArray and list(legend_2.strokeDashArray) == list(DASH)
    assert legend_2.x2 - legend_2.x1 >= 2 * sum(DASH)
    assert len(_drawn_in(drawing, Rect, two, "fillColor")) == 3 + 1  # squares, as on the radar


LONG_NAMES = (
    "Brückenschlag e.V. – Verein für Ausstiegs- und Distanzierungsberatung in Musterland "
    "mit Außenstellen in Nürnberg, Fürth und Erlangen",
    "Landeskriminalamt Musterland, Abteilung Staatsschutz, Dezernat Prävention und "
    "Gefährdungsmanagement, Sachgebiet Ausstieg",
)
NO_SPACES = "W" * 300  # the longest name, as one word


def _strings_inside(drawing: Drawing) -> list[str]:
    """The texts of the drawing that reach beyond its box."""
    out = []
    for shape in drawing.contents:
        if isinstance(shape, String):
            x0, y0, x1, y1 = shape.getBounds()
            if x0 < 0 or x1 > drawing.width or y0 < 0 or y1 > drawing.height:
                out.append(f"{shape.text[:20]!r} at x {x0:.0f}-{x1:.0f}, y {y0:.0f}-{y1:.0f}")
    return out


def _legend_text(drawing: Drawing, names: tuple[str, ...]) -> str:
    legend_font = document_styles().data.chart.legend_size
    return "".join(
        s.text for s in drawing.contents if isinstance(s, String) and s.fontSize == legend_font
    )


def test_the_radar_legend_keeps_any_name_inside_the_chart_and_in_full() -> None:
    for names in (LONG_NAMES, (NO_SPACES, LONG_NAMES[1]), ("NGO", "Police")):
        series = [Series(names[0], [4.0] * 5), Series(names[1], [3.0] * 5)]
        drawing = radar_chart(AXES, series, document_styles(), "Scale 1–5")
        assert _strings_inside(drawing) == []
        legend = _legend_text(drawing, names)
        for name in names:
            assert name.replace(" ", "") in legend.replace(" ", "")
    short = radar_chart(AXES, [Series("NGO", [4.0] * 5)] * 2, document_styles(), "Scale 1–5")
    assert drawing.height == short.height  # short names: one line, as before


def test_the_trend_legend_keeps_any_name_inside_the_chart_and_in_full() -> None:
    for names in (LONG_NAMES, (NO_SPACES, LONG_NAMES[1])):
        trends = [
            PartnerTrend(partner_id=f"p{i}", label=n, means=(3.0, 4.0)) for i, n in enumerate(names)
        ]
        drawing = trend_chart(
            ["Trust", "Transparency"], [trends, trends], ["V1", "V2"], document_styles(), "1–5"
        )
        assert _strings_inside(drawing) == []
        legend = _legend_text(drawing, names)
        for name in names:
            assert name.replace(" ", "") in legend.replace(" ", "")


def test_long_official_names_stay_inside_the_page_of_the_report(demo: Agreement) -> None:
    for partner, name in zip(demo.partners, LONG_NAMES, strict=True):
        partner.name, partner.short_name = name, ""
    styles = document_styles()
    _, right, _, left = styles.margins
    pdf = render_report(demo)
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]  # the radar chart
        outside = [c for c in page.chars if c["x0"] < left - 1 or c["x1"] > page.width - right + 1]
        assert outside == []
        words = " ".join(page.extract_text().split())
    assert "Sachgebiet Ausstieg" in words

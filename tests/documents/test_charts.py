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

"""The assessment over the years as small line charts, one per precondition: both partners'
means per assessed version, on the 1-5 scale with the gap zone (below 3) and the borderline
zone (3 to 4) shaded. The partners differ in colour, line and marker as in the radar chart (the
first solid with circles, the second dashed with squares), so that they are told apart in
black-and-white print too; a version where a partner did not assess a precondition has no point,
and the line breaks there."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String

from coopbuilder.core.history import PartnerTrend
from coopbuilder.documents.charts import (
    GAP_BELOW,
    KEY,
    LEGEND_GAP,
    LEGEND_LEADING,
    SCALE,
    STRENGTH_FROM,
    chart_drawing,
    dash,
    draw_legend,
    legend_rows,
    marker,
    styles_width,
    wrap_label,
)
from coopbuilder.documents.styles import Styles

COLUMNS = 4
PANEL_HEIGHT = 92.0
LEGEND_HEIGHT = 22.0
LINE_WIDTH = 1.4


def _title_lines(title: str, font: str, room: float) -> list[tuple[str, float]]:
    """A panel's title with its font size: on one line, a little smaller if that makes it fit,
    else on two lines split at the space nearest its middle (long German titles such as
    "Gleichberechtigte Partnerschaft"); shortened with "…" only when a line still does not fit."""
    for size in (7.5, 7.0):
        if styles_width(title, font, size) <= room:
            return [(title, size)]
    size = 6.8
    lines = wrap_label(title, font, size, room) if " " in title else [title]
    out = []
    for line in lines:
        while styles_width(line, font, size) > room and len(line) > 4:
            line = line[:-2] + "…"
        out.append((line, size))
    return out


def _panel(
    drawing: Drawing,
    x0: float,
    y0: float,
    width: float,
    title: str,
    trends: Sequence[PartnerTrend],
    points: Sequence[str],
    styles: Styles,
) -> None:
    font, bold = styles.font("sans"), styles.font("sans", bold=True)
    left, right, top, bottom = 16.0, 8.0, 16.0, 14.0
    plot_w, plot_h = width - left - right, PANEL_HEIGHT - top - bottom
    px, py = x0 + left, y0 + bottom

    def y_of(value: float) -> float:
        return py + (value - SCALE[0]) / (SCALE[-1] - SCALE[0]) * plot_h

    def x_of(index: int) -> float:
        if len(points) == 1:
            return px + plot_w / 2
        return px + index * plot_w / (len(points) - 1)

    drawing.add(
        Rect(px, y_of(1), plot_w, y_of(GAP_BELOW) - y_of(1), fillColor=styles.colour("gap_zone"))
    )
    drawing.add(
        Rect(
            px,
            y_of(GAP_BELOW),
            plot_w,
            y_of(STRENGTH_FROM) - y_of(GAP_BELOW),
            fillColor=styles.colour("borderline_zone"),
        )
    )
    for shape in drawing.contents[-2:]:
        shape.strokeColor = None
    grid = styles.colour("grid")
    for value in SCALE:
        y = y_of(value)
        drawing.add(Line(px, y, px + plot_w, y, strokeColor=grid, strokeWidth=0.35))
        drawing.add(
            String(px - 3, y - 2.2, str(value), fontName=font, fontSize=6, textAnchor="end")
        )
    drawing.contents[-1].fillColor = styles.colour("muted")
    for index, name in enumerate(points):
        drawing.add(
            String(
                x_of(index),
                py - 9,
                name,
                fontName=font,
                fontSize=6.5,
                textAnchor="middle",
                fillColor=styles.colour("muted"),
            )
        )
    title_lines = _title_lines(title, bold, width - 4)
    for row, (line, size) in enumerate(title_lines):
        drawing.add(
            String(
                x0 + width / 2,
                y0 + PANEL_HEIGHT - (9 if len(title_lines) == 1 else 5 + row * 7.5),
                line,
                fontName=bold,
                fontSize=size,
                textAnchor="middle",
                fillColor=styles.colour("text"),
            )
        )
    palette = [styles.colour("partner_1"), styles.colour("partner_2")]
    for number, (trend, colour) in enumerate(zip(trends, palette, strict=False)):
        run: list[float] = []
        for index, mean in enumerate((*trend.means, None)):
            if mean is None:
                if len(run) >= 4:
                    drawing.add(
                        PolyLine(
                            run,
                            strokeColor=colour,
                            strokeWidth=LINE_WIDTH,
                            strokeDashArray=dash(number == 1),
                        )
                    )
                run = []
                continue
            run.extend((x_of(index), y_of(mean)))
        for index, mean in enumerate(trend.means):
            if mean is not None:
                marker(drawing, x_of(index), y_of(mean), colour, square=number == 1)


def trend_chart(
    titles: Sequence[str],
    trends: Sequence[Sequence[PartnerTrend]],
    points: Sequence[str],
    styles: Styles,
    legend: str,
) -> Drawing:
    """One panel per precondition (``titles`` and ``trends`` in the same order), ``points``
    naming the versions along each panel's axis, and a legend of both partners."""
    width = styles.frame_width
    font = styles.font("sans")
    size = styles.data.chart.legend_size
    names = [trend.label for trend in trends[0]] if trends else []
    room = width - styles_width(legend, font, size - 1) - LEGEND_GAP
    legend_lines = legend_rows(names, font, size, width / 2, room, KEY)
    rows = (len(titles) + COLUMNS - 1) // COLUMNS
    extra = (len(legend_lines) - 1) * size * LEGEND_LEADING  # a legend on several lines
    height = rows * PANEL_HEIGHT + LEGEND_HEIGHT + extra
    drawing = chart_drawing(width, height, font)
    panel_w = width / COLUMNS
    for index, (title, pair) in enumerate(zip(titles, trends, strict=True)):
        row, column = divmod(index, COLUMNS)
        x0 = column * panel_w
        y0 = height - (row + 1) * PANEL_HEIGHT
        _panel(drawing, x0, y0, panel_w, title, pair, points, styles)
    draw_legend(drawing, legend_lines, styles, 4, KEY, LINE_WIDTH)
    drawing.add(
        String(
            width - 2,
            4,
            legend,
            fontName=font,
            fontSize=size - 1,
            textAnchor="end",
            fillColor=styles.colour("muted"),
        )
    )
    return drawing

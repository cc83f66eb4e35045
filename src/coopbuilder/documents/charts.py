"""The radar chart of the readiness assessment: both partners' means per precondition.

The partners differ in colour and, for black-and-white print, in line and marker too: the first
partner's outline is solid with circles, the second's dashed with squares (as on the screen)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from coopbuilder.documents.styles import Styles

SCALE = (1, 2, 3, 4, 5)
GAP_BELOW = 3.0
STRENGTH_FROM = 4.0
DASH = (4.0, 2.5)
"""The second partner's line: 4 points drawn, 2.5 left out."""


NUMBER_SIZE = 7.0
NUMBER_OFFSET = 2.5
"""The scale numbers stand this far right of the first axis, just inside their ring (above
it, the outermost would touch the first axis's label)."""


def _below_ring(text: str, font: str, count: int) -> float:
    """How far below the ring's point on the first axis a scale number's baseline goes, so that
    the ring's edge, falling away to the right of the axis, clears the number's top."""
    right = NUMBER_OFFSET + styles_width(text, font, NUMBER_SIZE)
    fall = right * math.tan(math.pi / count) if count >= 3 else 0.0
    cap = NUMBER_SIZE * 0.73  # the height of a digit
    return fall + cap + 1.0


@dataclass(frozen=True)
class Series:
    """One partner's means, one per axis (``None``: not assessed)."""

    name: str
    values: Sequence[float | None]


def marker(drawing: Drawing, x: float, y: float, colour: colors.Color, square: bool) -> None:
    """A partner's point: a circle for the first partner, a square for the second."""
    if square:
        drawing.add(Rect(x - 2.3, y - 2.3, 4.6, 4.6, fillColor=colour, strokeColor=colors.white))
    else:
        drawing.add(Circle(x, y, 2.5, fillColor=colour, strokeColor=colors.white))


def dash(second: bool) -> list[float] | None:
    """A partner's line: solid for the first partner, dashed (:data:`DASH`) for the second."""
    return list(DASH) if second else None


def legend_key(
    drawing: Drawing,
    x: float,
    y: float,
    length: float,
    colour: colors.Color,
    width: float,
    second: bool,
) -> None:
    """A partner's key in a legend: a short piece of their line, their marker in its middle."""
    drawing.add(
        Line(
            x, y, x + length, y, strokeColor=colour, strokeWidth=width, strokeDashArray=dash(second)
        )
    )
    marker(drawing, x + length / 2, y, colour, square=second)


def _point(cx: float, cy: float, radius: float, index: int, count: int) -> tuple[float, float]:
    angle = math.pi / 2 - 2 * math.pi * index / count
    return cx + radius * math.cos(angle), cy + radius * math.sin(angle)


def _ring(cx: float, cy: float, radius: float, count: int) -> list[float]:
    points: list[float] = []
    for index in range(count):
        points.extend(_point(cx, cy, radius, index, count))
    return points


def radar_chart(
    axes: Sequence[str],
    series: Sequence[Series],
    styles: Styles,
    scale_label: str,
    scale: float = 1.0,
    width: float | None = None,
) -> Drawing:
    """A radar chart with one axis per precondition, rings at 1-5, the gap zone (below 3)
    shaded, and one outline per partner (the second dashed, with square points)."""
    spec = styles.data.chart
    size = spec.size_mm * mm * scale
    width = width or styles.frame_width
    font = styles.font("sans")
    names = [s.name for s in series[:2]]
    room = width - styles_width(scale_label, font, spec.legend_size - 1) - LEGEND_GAP
    rows = legend_rows(names, font, spec.legend_size, width / 2, room, KEY)
    extra = (len(rows) - 1) * spec.legend_size * LEGEND_LEADING  # a legend on several lines
    height = size + 62 + extra
    drawing = chart_drawing(width, height, font)
    cx, cy = width / 2, (height - extra) / 2 + 10 + extra
    unit = size / 2 / SCALE[-1]
    count = len(axes)
    bold = styles.font("sans", bold=True)
    grid = styles.colour("grid")

    drawing.add(
        Polygon(
            _ring(cx, cy, STRENGTH_FROM * unit, count),
            fillColor=styles.colour("borderline_zone"),
            strokeColor=None,
        )
    )
    drawing.add(
        Polygon(
            _ring(cx, cy, GAP_BELOW * unit, count),
            fillColor=styles.colour("gap_zone"),
            strokeColor=None,
        )
    )
    for value in SCALE:
        drawing.add(
            Polygon(
                _ring(cx, cy, value * unit, count),
                fillColor=None,
                strokeColor=grid,
                strokeWidth=0.8 if value == SCALE[-1] else 0.4,
            )
        )
        x, y = _point(cx, cy, value * unit, 0, count)
        drawing.add(
            String(
                x + NUMBER_OFFSET,
                y - _below_ring(str(value), bold, count),
                str(value),
                fontName=bold,
                fontSize=NUMBER_SIZE,
                fillColor=styles.colour("muted"),
            )
        )
    for index, name in enumerate(axes):
        x, y = _point(cx, cy, SCALE[-1] * unit, index, count)
        drawing.add(Line(cx, cy, x, y, strokeColor=grid, strokeWidth=0.4))
        lx, ly = _point(cx, cy, SCALE[-1] * unit + 7, index, count)
        anchor = "middle"
        if lx > cx + 4:
            anchor = "start"
        elif lx < cx - 4:
            anchor = "end"
        room = lx if anchor == "end" else width - lx if anchor == "start" else width
        label = wrap_label(name, bold, spec.label_size, room - 2)
        if ly < cy - 4:
            ly -= spec.label_size
        elif abs(ly - cy) <= 4:
            ly -= spec.label_size / 3 - (len(label) - 1) * spec.label_size / 2
        else:
            ly += (len(label) - 1) * spec.label_size * 1.15
        for row, text in enumerate(label):
            drawing.add(
                String(
                    lx,
                    ly - row * spec.label_size * 1.15,
                    text,
                    fontName=bold,
                    fontSize=spec.label_size,
                    textAnchor=anchor,
                    fillColor=styles.colour("text"),
                )
            )

    palette = [styles.colour("partner_1"), styles.colour("partner_2")]
    for number, (colour, item) in enumerate(zip(palette, series, strict=False)):
        _add_series(drawing, item, colour, cx, cy, unit, count, styles, second=number == 1)

    legend_y = 10.0
    draw_legend(drawing, rows, styles, legend_y, KEY, spec.line_width)
    drawing.add(
        String(
            width - 2,
            legend_y,
            scale_label,
            fontName=font,
            fontSize=spec.legend_size - 1,
            textAnchor="end",
            fillColor=styles.colour("muted"),
        )
    )
    return drawing


def styles_width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


def wrap_label(text: str, font: str, size: float, room: float) -> list[str]:
    """The label on one line, or on two split at the space nearest its middle; a line that
    still does not fit is shortened with "…"."""
    if styles_width(text, font, size) <= room:
        return [text]
    if " " not in text:
        return [shorten(text, font, size, room)]
    spaces = [i for i, char in enumerate(text) if char == " "]
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return [shorten(line, font, size, room) for line in (text[:cut], text[cut + 1 :])]


def _longest_fitting(text: str, font: str, size: float, room: float, end: str = "") -> int:
    """How many of the first characters of ``text`` fit ``room`` (followed by ``end``)."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if styles_width(text[:middle] + end, font, size) <= room:
            low = middle
        else:
            high = middle - 1
    return low


def shorten(text: str, font: str, size: float, room: float) -> str:
    """``text`` as it fits ``room``: whole, or cut short with "…"."""
    if styles_width(text, font, size) <= room:
        return text
    return text[: _longest_fitting(text, font, size, room, "…")].rstrip() + "…"


def wrap(text: str, font: str, size: float, room: float) -> list[str]:
    """``text`` on as many lines no wider than ``room`` as it needs: broken at spaces, and a
    word longer than a line where it must (nothing is left out)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        joined = f"{current} {word}" if current else word
        if styles_width(joined, font, size) <= room:
            current = joined
            continue
        if current:
            lines.append(current)
        while styles_width(word, font, size) > room:
            cut = max(1, _longest_fitting(word, font, size, room))
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    return [*lines, current] if current or not lines else lines


KEY = 18.0
"""The length of a partner's key (a piece of their line) in a legend."""
LEGEND_GAP = 14.0
LEGEND_LEADING = 1.25
"""The legend's line height, in multiples of its font size."""


@dataclass(frozen=True)
class LegendEntry:
    """A line of a legend: a partner's (``number``) name, or a part of it; the first line of
    a name has the partner's key before it."""

    number: int
    text: str
    x: float
    keyed: bool


def chart_drawing(width: float, height: float, font: str) -> Drawing:
    """An empty drawing whose text starts in ``font``: reportlab's renderer otherwise sets its
    Helvetica first, which then stands, unused and not embedded, in the PDF's fonts."""
    drawing = Drawing(width, height)
    drawing.initialFontName = font
    return drawing


def legend_rows(
    names: Sequence[str], font: str, size: float, centre: float, room: float, key: float
) -> list[list[LegendEntry]]:
    """The partners' keys and names in the ``room`` left of the legend's note: side by side
    around ``centre`` where they fit, else each name on lines of its own, wrapped, in full."""
    text_at = key + 6
    widths = [styles_width(name, font, size) + text_at for name in names]
    total = sum(widths) + LEGEND_GAP * (len(widths) - 1)
    if total <= room:
        x = max(0.0, min(centre - total / 2, room - total))
        row = []
        for number, (name, width) in enumerate(zip(names, widths, strict=True)):
            row.append(LegendEntry(number, name, x, True))
            x += width + LEGEND_GAP
        return [row]
    rows = []
    for number, name in enumerate(names):
        for index, line in enumerate(wrap(name, font, size, room - text_at)):
            rows.append([LegendEntry(number, line, 0.0, index == 0)])
    return rows


def draw_legend(
    drawing: Drawing,
    rows: Sequence[Sequence[LegendEntry]],
    styles: Styles,
    bottom: float,
    key: float,
    line_width: float,
) -> None:
    """The legend of :func:`legend_rows`, its last line's baseline at ``bottom``."""
    spec = styles.data.chart
    font = styles.font("sans")
    palette = [styles.colour("partner_1"), styles.colour("partner_2")]
    leading = spec.legend_size * LEGEND_LEADING
    for index, row in enumerate(rows):
        y = bottom + (len(rows) - 1 - index) * leading
        for entry in row:
            if entry.keyed:
                colour = palette[entry.number % len(palette)]
                mid = y + spec.legend_size * 0.35
                legend_key(drawing, entry.x, mid, key, colour, line_width, entry.number == 1)
            drawing.add(
                String(entry.x + key + 6, y, entry.text, fontName=font, fontSize=spec.legend_size)
            )


def _add_series(
    drawing: Drawing,
    item: Series,
    colour: colors.Color,
    cx: float,
    cy: float,
    unit: float,
    count: int,
    styles: Styles,
    second: bool,
) -> None:
    spec = styles.data.chart
    points = [
        None if value is None else _point(cx, cy, value * unit, index, count)
        for index, value in enumerate(item.values)
    ]
    fill = colors.Color(colour.red, colour.green, colour.blue, alpha=spec.fill_alpha)
    if all(p is not None for p in points):
        flat = [coord for p in points if p is not None for coord in p]
        drawing.add(
            Polygon(
                flat,
                fillColor=fill,
                strokeColor=colour,
                strokeWidth=spec.line_width,
                strokeDashArray=dash(second),
            )
        )
    else:
        for index, p in enumerate(points):
            q = points[(index + 1) % count]
            if p is not None and q is not None:
                drawing.add(
                    PolyLine(
                        [*p, *q],
                        strokeColor=colour,
                        strokeWidth=spec.line_width,
                        strokeDashArray=dash(second),
                    )
                )
    for p in points:
        if p is not None:
            marker(drawing, p[0], p[1], colour, square=second)

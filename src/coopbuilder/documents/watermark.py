"""The diagonal DRAFT watermark, drawn as glyph outlines rather than as text.

Outlines keep the watermark out of the text layer: copying text from the PDF, searching it and
pdftotext see the agreement, not stray letters of "DRAFT" between its lines. The outlines come
from the TrueType font reportlab has already read (its ``glyf`` table), so nothing else loads.
"""

from __future__ import annotations

import struct
from functools import cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

Point = tuple[float, float]
Contour = list[tuple[float, float, bool]]  # x, y, on the curve

_ARGS_ARE_WORDS, _ARGS_ARE_XY, _HAVE_SCALE, _MORE, _HAVE_XY_SCALE, _HAVE_2X2 = (
    0x1,
    0x2,
    0x8,
    0x20,
    0x40,
    0x80,
)


class _Glyphs:
    def __init__(self, face: Any) -> None:
        self.data: bytes = face._ttf_data
        self.glyf: int = face.table["glyf"]["offset"]
        self.loca: list[int] = face.glyphPos
        self.char_to_glyph: dict[int, int] = face.charToGlyph
        self.advances: list[int] = [advance for advance, _ in face.hmetrics]
        self.units = float(face.unitsPerEm)

    def advance(self, glyph: int) -> int:
        return self.advances[min(glyph, len(self.advances) - 1)]

    def contours(self, glyph: int, dx: float = 0, dy: float = 0, depth: int = 0) -> list[Contour]:
        start, end = self.glyf + self.loca[glyph], self.glyf + self.loca[glyph + 1]
        if end <= start or depth > 8:
            return []
        (count,) = struct.unpack_from(">h", self.data, start)
        if count < 0:
            return self._composite(start + 10, dx, dy, depth)
        return self._simple(start + 10, count, dx, dy)

    def _simple(self, at: int, count: int, dx: float, dy: float) -> list[Contour]:
        data = self.data
        ends = struct.unpack_from(f">{count}H", data, at)
        at += 2 * count
        (instructions,) = struct.unpack_from(">H", data, at)
        at += 2 + instructions
        points = ends[-1] + 1 if ends else 0
        flags: list[int] = []
        while len(flags) < points:
            flag = data[at]
            at += 1
            repeat = 0
            if flag & 0x08:
                repeat = data[at]
                at += 1
            flags.extend([flag] * (repeat + 1))
        xs, at = _coordinates(data, at, flags, 0x02, 0x10)
        ys, at = _coordinates(data, at, flags, 0x04, 0x20)
        contours: list[Contour] = []
        first = 0
        for last in ends:
            contours.append(
                [(xs[i] + dx, ys[i] + dy, bool(flags[i] & 1)) for i in range(first, last + 1)]
            )
            first = last + 1
        return contours

    def _composite(self, at: int, dx: float, dy: float, depth: int) -> list[Contour]:
        data = self.data
        contours: list[Contour] = []
        while True:
            flags, glyph = struct.unpack_from(">HH", data, at)
            at += 4
            if flags & _ARGS_ARE_WORDS:
                arg1, arg2 = struct.unpack_from(">hh", data, at)
                at += 4
            else:
                arg1, arg2 = struct.unpack_from(">bb", data, at)
                at += 2
            at += 2 if flags & _HAVE_SCALE else 4 if flags & _HAVE_XY_SCALE else 0
            at += 8 if flags & _HAVE_2X2 else 0
            offset = (arg1, arg2) if flags & _ARGS_ARE_XY else (0, 0)
            contours.extend(self.contours(glyph, dx + offset[0], dy + offset[1], depth + 1))
            if not flags & _MORE:
                return contours


def _coordinates(
    data: bytes, at: int, flags: list[int], short: int, same: int
) -> tuple[list[int], int]:
    values: list[int] = []
    value = 0
    for flag in flags:
        if flag & short:
            delta = data[at]
            at += 1
            value += delta if flag & same else -delta
        elif not flag & same:
            (delta,) = struct.unpack_from(">h", data, at)
            at += 2
            value += delta
        values.append(value)
    return values, at


@cache
def outline(font_name: str, text: str) -> tuple[tuple[Contour, ...], float, float]:
    """The contours of ``text`` in font units, its advance width and the font's units per em."""
    glyphs = _Glyphs(pdfmetrics.getFont(font_name).face)
    contours: list[Contour] = []
    x = 0.0
    for char in text:
        glyph = glyphs.char_to_glyph.get(ord(char), 0)
        contours.extend(glyphs.contours(glyph, dx=x))
        x += glyphs.advance(glyph)
    return tuple(contours), x, glyphs.units


def _mid(a: tuple[float, float, bool], b: tuple[float, float, bool]) -> tuple[float, float, bool]:
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, True)


def draw_outlined(
    canvas: Canvas, font_name: str, text: str, size: float, max_width: float | None = None
) -> None:
    """Fill ``text`` centred on the canvas origin, in the current colour and transformation;
    smaller than ``size`` where needed to be no wider than ``max_width`` ("ENTWURF" is longer
    than "DRAFT")."""
    canvas.drawPath(outlined_path(font_name, text, size, max_width), stroke=0, fill=1, fillMode=1)


@cache
def outlined_path(
    font_name: str, text: str, size: float, max_width: float | None = None
) -> PDFPathObject:
    """The path :func:`draw_outlined` fills, made once for every page that draws it."""
    contours, advance, units = outline(font_name, text)
    if max_width is not None and advance * size / units > max_width:
        size = max_width * units / advance
    scale = size / units

    def at(point: tuple[float, float, bool]) -> Point:
        return point[0] * scale - advance * scale / 2, point[1] * scale - size / 3

    path = PDFPathObject()
    for contour in contours:
        if not contour:
            continue
        # start on a point on the curve (or between two control points)
        start = next((i for i, p in enumerate(contour) if p[2]), None)
        if start is None:
            points = [_mid(contour[-1], contour[0]), *contour]
        else:
            points = contour[start:] + contour[:start]
        points.append(points[0])
        path.moveTo(*at(points[0]))
        previous = points[0]
        control: tuple[float, float, bool] | None = None
        for point in points[1:]:
            if not point[2]:
                if control is not None:
                    middle = _mid(control, point)
                    _quad(path, at(previous), at(control), at(middle))
                    previous = middle
                control = point
                continue
            if control is None:
                path.lineTo(*at(point))
            else:
                _quad(path, at(previous), at(control), at(point))
                control = None
            previous = point
        path.close()
    return path


def _quad(path: Any, start: Point, control: Point, end: Point) -> None:
    """A quadratic Bézier segment as the equivalent cubic one."""
    c1 = (start[0] + 2 / 3 * (control[0] - start[0]), start[1] + 2 / 3 * (control[1] - start[1]))
    c2 = (end[0] + 2 / 3 * (control[0] - end[0]), end[1] + 2 / 3 * (control[1] - end[1]))
    path.curveTo(*c1, *c2, *end)

"""The diagonal DRAFT watermark, drawn as glyph outlines rather than as text.

Outlines keep the watermark out of the text layer: copying text from the PDF, searching it and
pdftotext see the agreement, not stray letters of "DRAFT" between its lines.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont
from reportlab.pdfgen.canvas import Canvas

Point = tuple[float, float]
Op = tuple[str, tuple[Point, ...]]


class _Recorder(BasePen):  # type: ignore[misc]  # fontTools is untyped
    def __init__(self, glyphs: object, dx: float) -> None:
        super().__init__(glyphs)
        self.dx = dx
        self.ops: list[Op] = []

    def _shift(self, point: Point) -> Point:
        return (point[0] + self.dx, point[1])

    def _moveTo(self, pt: Point) -> None:  # noqa: N802 (fontTools' names)
        self.ops.append(("m", (self._shift(pt),)))

    def _lineTo(self, pt: Point) -> None:  # noqa: N802
        self.ops.append(("l", (self._shift(pt),)))

    def _curveToOne(self, pt1: Point, pt2: Point, pt3: Point) -> None:  # noqa: N802
        self.ops.append(("c", (self._shift(pt1), self._shift(pt2), self._shift(pt3))))

    def _closePath(self) -> None:  # noqa: N802
        self.ops.append(("z", ()))


@cache
def outline(font_file: Path, text: str) -> tuple[tuple[Op, ...], float, float]:
    """The outline of ``text`` in font units, its advance width and the font's units per em."""
    font = TTFont(str(font_file), lazy=True)
    glyphs = font.getGlyphSet()
    cmap = font.getBestCmap()
    metrics = font["hmtx"]
    ops: list[Op] = []
    x = 0.0
    for char in text:
        name = cmap.get(ord(char), ".notdef")
        pen = _Recorder(glyphs, x)
        glyphs[name].draw(pen)
        ops.extend(pen.ops)
        x += metrics[name][0]
    return tuple(ops), x, float(font["head"].unitsPerEm)


def draw_outlined(canvas: Canvas, font_file: Path, text: str, size: float) -> None:
    """Fill ``text`` centred on the canvas origin (current colour, alpha and transformation)."""
    ops, advance, units = outline(font_file, text)
    scale = size / units
    path = canvas.beginPath()
    for op, points in ops:
        coords = [(x * scale - advance * scale / 2, y * scale - size / 3) for x, y in points]
        if op == "m":
            path.moveTo(*coords[0])
        elif op == "l":
            path.lineTo(*coords[0])
        elif op == "c":
            path.curveTo(*coords[0], *coords[1], *coords[2])
        else:
            path.close()
    canvas.drawPath(path, stroke=0, fill=1, fillMode=1)

"""A chart drawn for the PDF, as a PNG picture for the Word document.

reportlab draws its charts as vector shapes in the PDF; its own bitmap renderer needs a library
the program does not install. The charts use a handful of shapes (lines, polylines, polygons,
rectangles, circles and text), which Pillow (a dependency of reportlab) draws here at a higher
resolution, with the fonts the PDF embeds. The same drawing gives the same bytes.
"""

from __future__ import annotations

import io
import itertools
import math
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Group,
    Line,
    Polygon,
    PolyLine,
    Rect,
    String,
)
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics

from coopbuilder.core.resources import resource_path

SCALE = 4
"""Pixels per point: 288 dots per inch, sharp in print."""
Transform = tuple[float, float, float, float, float, float]
_IDENTITY: Transform = (1, 0, 0, 1, 0, 0)


def _multiply(a: Transform, b: Transform) -> Transform:
    """``a`` applied after ``b``."""
    return (
        a[0] * b[0] + a[2] * b[1],
        a[1] * b[0] + a[3] * b[1],
        a[0] * b[2] + a[2] * b[3],
        a[1] * b[2] + a[3] * b[3],
        a[0] * b[4] + a[2] * b[5] + a[4],
        a[1] * b[4] + a[3] * b[5] + a[5],
    )


def _shapes(node: Any, transform: Transform) -> Iterator[tuple[Any, Transform]]:
    if isinstance(node, Group):
        inner = _multiply(transform, tuple(node.transform))
        for child in node.contents:
            yield from _shapes(child, inner)
    else:
        yield node, transform


def _rgba(colour: Color | None, opacity: float | None = None) -> tuple[int, int, int, int] | None:
    if colour is None:
        return None
    alpha = getattr(colour, "alpha", 1.0) * (1.0 if opacity is None else opacity)
    red, green, blue = (round(255 * part) for part in colour.rgb())
    return red, green, blue, round(255 * alpha)


@cache
def _font(name: str, size: float) -> ImageFont.FreeTypeFont:
    try:
        path = pdfmetrics.getFont(name).face.filename
    except (AttributeError, KeyError):
        path = None
    if not isinstance(path, str):
        path = str(resource_path("fonts", "DejaVuSans.ttf"))
    return ImageFont.truetype(path, round(size * SCALE))


class _Canvas:
    def __init__(self, drawing: Drawing) -> None:
        self.height = drawing.height
        size = (math.ceil(drawing.width * SCALE), math.ceil(drawing.height * SCALE))
        self.image = Image.new("RGB", size, (255, 255, 255))  # RGBA colours blend onto it
        self.draw = ImageDraw.Draw(self.image, "RGBA")

    def point(self, transform: Transform, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = transform
        px, py = a * x + c * y + e, b * x + d * y + f
        return px * SCALE, (self.height - py) * SCALE

    def line(
        self,
        points: Sequence[tuple[float, float]],
        colour: tuple[int, int, int, int] | None,
        width: float,
        dashes: Sequence[float] | None,
    ) -> None:
        if colour is None or len(points) < 2:
            return
        pixels = max(1, round(width * SCALE))
        if not dashes:
            self.draw.line(list(points), fill=colour, width=pixels, joint="curve")
            return
        pattern = [max(part * SCALE, 1.0) for part in dashes]
        index, left, on = 0, pattern[0], True
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            length = math.hypot(x1 - x0, y1 - y0)
            done = 0.0
            while done < length:
                step = min(left, length - done)
                if on:
                    t0, t1 = done / length, (done + step) / length
                    start = (x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0)
                    end = (x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1)
                    self.draw.line([start, end], fill=colour, width=pixels)
                done += step
                left -= step
                if left <= 1e-9:
                    index = (index + 1) % len(pattern)
                    left, on = pattern[index], not on

    def shape(self, shape: Any, transform: Transform) -> None:
        width = getattr(shape, "strokeWidth", 1) or 0
        stroke = _rgba(getattr(shape, "strokeColor", None), getattr(shape, "strokeOpacity", None))
        dashes = getattr(shape, "strokeDashArray", None)
        fill = _rgba(getattr(shape, "fillColor", None), getattr(shape, "fillOpacity", None))
        if isinstance(shape, Line):
            ends = [
                self.point(transform, shape.x1, shape.y1),
                self.point(transform, shape.x2, shape.y2),
            ]
            self.line(ends, stroke, width, dashes)
        elif isinstance(shape, PolyLine | Polygon):
            values = list(shape.points)
            points = [
                self.point(transform, x, y) for x, y in zip(values[::2], values[1::2], strict=False)
            ]
            if isinstance(shape, Polygon):
                if fill is not None and len(points) > 2:
                    self.draw.polygon(points, fill=fill)
                points = [*points, points[0]] if points else points
            self.line(points, stroke, width, dashes)
        elif isinstance(shape, Rect):
            corners = [
                self.point(transform, shape.x, shape.y),
                self.point(transform, shape.x + shape.width, shape.y),
                self.point(transform, shape.x + shape.width, shape.y + shape.height),
                self.point(transform, shape.x, shape.y + shape.height),
            ]
            if fill is not None:
                self.draw.polygon(corners, fill=fill)
            self.line([*corners, corners[0]], stroke, width, dashes)
        elif isinstance(shape, Circle):
            x, y = self.point(transform, shape.cx, shape.cy)
            r = shape.r * SCALE
            self.draw.ellipse(
                [x - r, y - r, x + r, y + r],
                fill=fill,
                outline=stroke,
                width=max(1, round(width * SCALE)) if stroke else 0,
            )
        elif isinstance(shape, String):
            self.text(shape, transform)

    def text(self, shape: String, transform: Transform) -> None:
        font = _font(shape.fontName, shape.fontSize)
        colour = _rgba(shape.fillColor) or (0, 0, 0, 255)
        x, y = self.point(transform, shape.x, shape.y)
        anchor = {"start": "ls", "middle": "ms", "end": "rs"}.get(shape.textAnchor, "ls")
        self.draw.text((x, y), shape.text, font=font, fill=colour, anchor=anchor)


def drawing_png(drawing: Drawing) -> bytes:
    """``drawing`` as a PNG, :data:`SCALE` pixels per point."""
    canvas = _Canvas(drawing)
    for shape, transform in _shapes(drawing, _IDENTITY):
        canvas.shape(shape, transform)
    out = io.BytesIO()
    canvas.image.save(out, format="PNG", optimize=False)
    return out.getvalue()

"""Pages: running header and footer with "page X of Y", the DRAFT watermark, PDF metadata, and
signature blocks that remember where they were drawn (issue 6 puts a signature field there).

Every document is built with reportlab's invariant mode, so the same input gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from coopbuilder import __version__
from coopbuilder.documents.boxes import SignatureBox
from coopbuilder.documents.keeping import keep_lead_ins
from coopbuilder.documents.markup import one_line
from coopbuilder.documents.styles import Styles
from coopbuilder.documents.watermark import draw_outlined


class RenderResult(BaseModel):
    """A rendered agreement: the PDF and the signature areas of its representatives."""

    model_config = ConfigDict(frozen=True)

    pdf: bytes
    pages: int
    signature_boxes: tuple[SignatureBox, ...]


@dataclass(frozen=True)
class Running:
    """The texts around every page. ``page`` renders "Page X of Y" for a page and a total."""

    header: str
    footer_left: str
    footer_centre: str
    page: Callable[[int, int], str]
    watermark: str | None


@dataclass(frozen=True)
class Metadata:
    title: str
    subject: str
    author: str
    keywords: str
    language: str
    """The document's language ("en", "de"), written as the PDF's /Lang for screen readers and
    for signing (the signature box speaks it)."""
    created: dt.date | None = None
    """The date the PDF's properties give as its creation: the version's own date (the same
    input gives the same bytes). ``None``: reportlab's fixed date of an invariant document."""


def _decorate(canvas: Canvas, styles: Styles, running: Running, page: int, pages: int) -> None:
    width, height = styles.page_size
    top, right, bottom, left = styles.margins
    font = styles["running"]
    canvas.saveState()
    canvas.setFillColor(styles.colour("muted"))
    canvas.setStrokeColor(styles.colour("rule"))
    canvas.setLineWidth(0.4)
    header_y = height - styles.data.page.header_offset_mm * mm
    footer_y = styles.data.page.footer_offset_mm * mm
    if page > 1:
        canvas.setFont(font.fontName, font.fontSize)
        header = _fit(canvas, running.header, font.fontName, font.fontSize, width - left - right)
        canvas.drawString(left, header_y, header)
        canvas.line(left, header_y - 3, width - right, header_y - 3)
    canvas.line(left, footer_y + 9, width - right, footer_y + 9)
    canvas.setFont(font.fontName, font.fontSize)
    number = running.page(page, pages)
    canvas.drawRightString(width - right, footer_y, number)
    room = width - right - canvas.stringWidth(number, font.fontName, font.fontSize) - GAP
    if running.footer_centre:
        bold = styles.font("sans", bold=True)
        centre = _fit(canvas, running.footer_centre, bold, font.fontSize, 2 * (room - width / 2))
        room = (width - canvas.stringWidth(centre, bold, font.fontSize)) / 2 - GAP
        canvas.setFont(bold, font.fontSize)
        canvas.setFillColor(styles.colour("watermark"))
        canvas.drawCentredString(width / 2, footer_y, centre)
        canvas.setFont(font.fontName, font.fontSize)
        canvas.setFillColor(styles.colour("muted"))
    footer = _fit(canvas, running.footer_left, font.fontName, font.fontSize, room - left)
    canvas.drawString(left, footer_y, footer)
    if running.watermark:
        wm = styles.data.watermark
        canvas.setFillColor(styles.colour("watermark"))
        canvas.setFillAlpha(wm.alpha)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(wm.angle)
        draw_outlined(
            canvas,
            styles.font(wm.font),
            running.watermark,
            wm.size,
            max_width=WATERMARK_SPAN * _line_through_centre(width, height, wm.angle),
        )
    canvas.restoreState()
    del top, bottom


GAP = 12.0
"""The least room between two texts of the footer."""

WATERMARK_SPAN = 0.7
"""At most this share of the line through the page's centre at the watermark's angle."""


def _line_through_centre(width: float, height: float, angle: float) -> float:
    """The length of the line through the centre of a page at ``angle`` degrees."""
    radians = math.radians(angle)
    across = [abs(width / math.cos(radians))] if math.cos(radians) else []
    down = [abs(height / math.sin(radians))] if math.sin(radians) else []
    return min(across + down)


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """``text`` as it fits ``width``: whole, or cut short with "…"."""
    if canvas.stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # the longest start that fits with "…"
    while low < high:
        middle = (low + high + 1) // 2
        if canvas.stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _pdf_date(day: dt.date) -> str:
    """A day as a PDF date (midnight UTC)."""
    return f"D:{day:%Y%m%d}000000+00'00'"


def _canvas_maker(styles: Styles, running: Running, created: dt.date | None) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        """Keeps every page until the end, so the footer can say how many pages there are."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            body = styles["body"]
            # reportlab's document passes None for these, which means Helvetica: a font no
            # page uses would be listed in every PDF (not embedded).
            kwargs["initialFontName"] = kwargs.get("initialFontName") or body.fontName
            kwargs["initialFontSize"] = kwargs.get("initialFontSize") or body.fontSize
            super().__init__(*args, **kwargs)
            if created is not None:
                self.setDateFormatter(lambda *_: _pdf_date(created))
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                _decorate(self, styles, running, self.getPageNumber(), total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(
    flowables: list[Flowable], styles: Styles, running: Running, metadata: Metadata
) -> tuple[bytes, int]:
    """Lay out ``flowables`` on pages; return the PDF and its number of pages. A heading or
    another lead-in stays on the page of what it introduces (see :mod:`keeping`).

    ``flowables`` is emptied: reportlab lets go of each flowable once it is on its page, and
    nothing else may keep them all until the end (the memory and the garbage collector's
    rounds grow with every page laid out)."""
    buffer = io.BytesIO()
    top, right, bottom, left = styles.margins
    width, height = styles.page_size
    doc = BaseDocTemplate(
        buffer,
        pagesize=styles.page_size,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        # the properties hold user text on one line, as printed (markup.printable)
        title=one_line(metadata.title),
        subject=one_line(metadata.subject),
        author=one_line(metadata.author),
        keywords=one_line(metadata.keywords),
        lang=metadata.language,
        creator=f"CoopBuilder {__version__}",
        invariant=1,
    )
    frame = Frame(
        left,
        bottom,
        width - left - right,
        height - top - bottom,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    canvas = _canvas_maker(styles, running, metadata.created)
    story = keep_lead_ins(flowables)
    flowables.clear()
    doc.build(story, canvasmaker=canvas)
    return buffer.getvalue(), doc.page


class SignatureBlock(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """One representative's signature block (organisation, name, role, a line for place and
    date, the signature area); records where its signature area was drawn."""

    def __init__(
        self,
        representative_id: str,
        heading: list[Paragraph],
        place_date: str,
        signature: str,
        styles: Styles,
        boxes: list[SignatureBox],
    ) -> None:
        super().__init__()
        self.representative_id = representative_id
        self.heading = heading
        self.place_date = place_date
        self.signature = signature
        self.styles = styles
        self.boxes = boxes
        self.max_width = styles.data.signature.width_mm * mm
        self.field = styles.data.signature.field_height_mm * mm
        self.width = self.max_width
        self.heights: list[float] = []
        self.height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = min(self.max_width, available_width)
        self.heights = [p.wrap(self.width, available_height)[1] for p in self.heading]
        self.height = sum(self.heights) + 26 + 14 + self.field + 12
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        styles = self.styles
        y = self.height
        for paragraph, height in zip(self.heading, self.heights, strict=True):
            y -= height
            paragraph.drawOn(canvas, 0, y)
        small = styles["signature"]
        canvas.setStrokeColor(styles.colour("text"))
        canvas.setLineWidth(0.6)
        y -= 26
        canvas.line(0, y, self.width, y)
        canvas.setFont(small.fontName, small.fontSize - 1)
        canvas.setFillColor(styles.colour("muted"))
        canvas.drawString(0, y - 9, self.place_date)
        y = y - 14 - self.field
        canvas.line(0, y, self.width, y)
        canvas.drawString(0, y - 9, self.signature)
        if not self.representative_id:
            return
        x0, y0 = canvas.absolutePosition(0, y)
        self.boxes.append(
            SignatureBox(
                representative_id=self.representative_id,
                page_index=canvas.getPageNumber() - 1,
                x=round(x0, 2),
                y=round(y0, 2),
                width=round(self.width, 2),
                height=round(self.field, 2),
            )
        )

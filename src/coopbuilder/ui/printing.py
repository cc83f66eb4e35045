"""Printing a rendered PDF: the pages as QtPdf renders them, painted onto the printer.

The GUI never draws the agreement itself: ``documents/`` makes the PDF, QtPdf turns each page
into an image at the printer's resolution (at most :data:`MAX_DPI`, which keeps text sharp and
a page's image within a few dozen megabytes), and the image is painted onto the sheet, scaled
to fit and centred.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from coopbuilder.ui.dialogs import Dialogs

MAX_DPI = 300
POINTS_PER_INCH = 72


def pdf_document(pdf: bytes, parent: QObject) -> QPdfDocument:
    """A QPdfDocument on ``pdf`` (bytes in memory; the buffer lives as long as the document)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def pages_to_print(printer: QPrinter, page_count: int) -> range:
    """The 0-based pages the person chose in the print dialog (all unless they chose a range)."""
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() is not QPrinter.PrintRange.PageRange or first <= 0 or last <= 0:
        return range(page_count)
    return range(first - 1, min(last, page_count))


def paint_pdf(printer: QPrinter, document: QPdfDocument) -> None:
    """Paint the chosen pages of ``document`` onto ``printer``, one sheet per page."""
    pages = pages_to_print(printer, document.pageCount())
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        sheet = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        for position, page in enumerate(pages):
            if position:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(sheet.width() / points.width(), sheet.height() / points.height())
            width, height = points.width() * scale, points.height() * scale
            target = QRectF(
                sheet.x() + (sheet.width() - width) / 2,
                sheet.y() + (sheet.height() - height) / 2,
                width,
                height,
            )
            pixels = QSize(
                round(points.width() / POINTS_PER_INCH * dpi),
                round(points.height() / POINTS_PER_INCH * dpi),
            )
            painter.drawImage(target, document.render(page, pixels))
    finally:
        painter.end()


def new_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)  # the PDF has its own margins
    return printer


def print_document(
    parent: QWidget, dialogs: Dialogs, document: QPdfDocument, title: str, *, preview: bool
) -> None:
    """Ask for a printer (or show the print preview) and print ``document``."""
    printer = new_printer(title)
    paint: Callable[[QPrinter], None] = lambda chosen: paint_pdf(chosen, document)  # noqa: E731
    if preview:
        dialogs.print_preview(parent, printer, paint)
    elif dialogs.print_dialog(parent, printer):
        paint(printer)

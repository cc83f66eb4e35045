"""Printing a rendered PDF, without freezing the window.

The GUI never draws the agreement itself: ``documents/`` makes the PDF.

- Printed to a PDF file (the print dialog's "Print to file"), the PDF's own bytes are written
  (for a page range, a PDF of those pages alone, made with pypdf), so its text stays text and
  the file stays small.
- On a printer, QtPdf turns each page into an image at the
  printer's resolution (at most :data:`MAX_DPI`, which keeps text sharp and a page's image
  within a few dozen megabytes), and the image is painted onto the sheet, scaled to fit and
  centred. Rendering and painting take a fifth of a second or more a page, so a
  :class:`PrintJob` does both on a worker thread (QPainter may paint on a QPrinter there) with
  a progress dialog that can cancel it.
- The print preview asks for its pages synchronously, so they are painted on the GUI thread at
  :data:`PREVIEW_DPI`, enough for a screen and quick.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import pypdf
import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPaintEngine, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from coopbuilder.core.errors import UserError
from coopbuilder.core.files import OWNER_ONLY, atomic_write_bytes, replaced_when_done
from coopbuilder.core.pages import describe_pages, parse_pages
from coopbuilder.ui.background import Background
from coopbuilder.ui.dialogs import Dialogs, show_problem

MAX_DPI = 300
PREVIEW_DPI = 144
POINTS_PER_INCH = 72


class PrintCancelledError(Exception):
    """The person cancelled the printing; nothing is reported."""


class PrinterNotStartedError(Exception):
    """The printer refused to start (not reachable, or its file cannot be opened)."""


def pdf_document(pdf: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument on ``pdf`` (bytes in memory; the buffer lives as long as the document).
    Without ``parent`` it belongs to Python and is deleted, on the thread that drops it, when
    the last reference goes."""
    document = QPdfDocument(parent)  # type: ignore[arg-type]  # Qt takes a null parent
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def pages_to_print(printer: QPrinter, page_count: int) -> Sequence[int]:
    """The 0-based pages the person chose in the print dialog: all, unless they chose pages,
    as a range or as ranges written like "1-3, 5" (a :class:`UserError` names a part that is
    not a page of the document)."""
    if not chose_a_range(printer):
        return range(page_count)
    ranges = printer.pageRanges()
    if ranges.isEmpty():
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            return range(page_count)
        text = f"{first}-{last}"
    else:
        text = ranges.toString()
    return [page - 1 for page in parse_pages(text, page_count)]


def chose_a_range(printer: QPrinter) -> bool:
    return printer.printRange() is QPrinter.PrintRange.PageRange


def is_preview(printer: QPrinter) -> bool:
    """Whether ``printer`` is painting for a print preview (QPrintPreviewWidget records the
    pages as pictures) rather than printing."""
    engine = printer.paintEngine()
    return engine is not None and engine.type() is QPaintEngine.Type.Picture


def writes_the_pdf_itself(printer: QPrinter) -> bool:
    """Whether printing to ``printer`` is writing the PDF file itself (its chosen pages, text
    kept as text) rather than painting pages for a printer."""
    return printer.outputFormat() is QPrinter.OutputFormat.PdfFormat


def paint_pdf(
    printer: QPrinter,
    document: QPdfDocument,
    dpi: int = MAX_DPI,
    before_page: Callable[[int, int], bool] | None = None,
) -> bool:
    """Paint the chosen pages of ``document`` onto ``printer``, one sheet per page, rendered at
    ``dpi`` (at most the printer's resolution). ``before_page(position, count)`` is asked before
    each page; when it says no, the printer is told to abort and the painting stops. Whether
    every page was painted; :class:`PrinterNotStartedError` if the printer could not begin."""
    pages = pages_to_print(printer, document.pageCount())
    dpi = min(printer.resolution(), dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterNotStartedError(printer.printerName() or printer.outputFileName())
    try:
        sheet = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        for position, page in enumerate(pages):
            if before_page is not None and not before_page(position, len(pages)):
                printer.abort()
                return False
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
            painter.drawImage(target, page_image(document, page, pixels))
        return True
    finally:
        painter.end()


def page_image(document: QPdfDocument, page: int, pixels: QSize) -> QImage:
    """Page ``page`` as an opaque image on white paper. QtPdf leaves the background transparent;
    without an alpha channel the printer also has less to compress."""
    image = QImage(pixels, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.drawImage(0, 0, document.render(page, pixels))
    finally:
        painter.end()
    return image


class PrintJob(QObject):
    """Prints a PDF on a printer off the GUI thread, with a progress dialog that can cancel it.

    Only the worker touches the printer once :meth:`start` was called; it has its own
    QPdfDocument, made from the bytes on its thread. Printed to a file, the file appears
    complete at the end or not at all (cancelled, failed)."""

    finished = Signal(bool)
    """Emitted on the GUI thread at the end: whether everything was printed."""

    _progressed = Signal(int, int)

    def __init__(self, parent: QWidget, dialogs: Dialogs, pdf: bytes, printer: QPrinter) -> None:
        # Not a child of ``parent``: the printing goes on if the window closes meanwhile.
        super().__init__(QCoreApplication.instance())
        self._parent = parent
        self._dialogs = dialogs
        self._pdf = pdf
        self._printer = printer
        self._cancel = threading.Event()
        self._background = Background(self)
        self.progress = QProgressDialog(
            self.tr("Preparing to print..."), self.tr("Cancel"), 0, 0, parent
        )
        self.progress.setWindowTitle(self.tr("Printing"))
        self.progress.setAccessibleName(self.tr("Printing progress"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        # Emitted on the worker thread; the slot runs on the GUI thread, where this object lives.
        self._progressed.connect(self._show_progress)

    def start(self) -> None:
        printer, pdf = self._printer, self._pdf
        if writes_the_pdf_itself(printer):
            target = printer.outputFileName()
            no_file = self.tr("No file was chosen to print to. Choose a file name.")
            chosen = lambda count: pages_to_print(printer, count)  # noqa: E731
            work: Callable[[], Printed] = lambda: _write_pdf(target, pdf, no_file, chosen)  # noqa: E731
        else:
            cancel, emit = self._cancel, self._progressed.emit
            work = lambda: _paint_in_worker(printer, pdf, cancel, emit)  # noqa: E731
        self._background.run(work, self._done, self._failed)

    def cancel(self) -> None:
        """Stop before the next page (the printer is told to abort; a file is not written)."""
        self._cancel.set()
        if self._shown():
            self.progress.setLabelText(self.tr("Cancelling..."))

    def _shown(self) -> bool:
        """Whether the progress dialog is still there (it goes with the window)."""
        return shiboken6.isValid(self.progress)

    def _show_progress(self, page: int, count: int) -> None:
        if self._cancel.is_set() or not self._shown():
            return
        self.progress.setMaximum(count)
        self.progress.setLabelText(
            self.tr("Printing page {page} of {count}").format(page=page, count=count)
        )
        self.progress.setValue(page - 1)

    def _done(self, printed: Printed) -> None:
        if self._shown():
            self.progress.close()  # before the message, which would otherwise sit behind it
        if shiboken6.isValid(self._parent):
            self._dialogs.inform(self._parent, self.tr("Print"), self._what_was_printed(printed))
        self._end(True)

    def _what_was_printed(self, printed: Printed) -> str:
        """Which pages went where: "Printed pages 3-16 (14 of 18) to range.pdf." """
        pages, count = printed
        target = self._printer.outputFileName()
        if self._printer.outputFormat() is QPrinter.OutputFormat.PdfFormat and target:
            where = self.tr("to the file {file}").format(file=target)
        else:
            where = self.tr("to the printer {printer}").format(printer=self._printer.printerName())
        if len(pages) == count:
            return self.tr("Printed the whole document {where}; pages: {pages}.").format(
                where=where, pages=describe_pages(pages)
            )
        return self.tr("Printed pages {pages} ({printed} of {count}) {where}.").format(
            pages=describe_pages(pages), printed=len(pages), count=count, where=where
        )

    def _failed(self, error: Exception) -> None:
        if self._shown():
            self.progress.close()  # before the message, which would otherwise sit behind it
        if not shiboken6.isValid(self._parent):
            pass  # the window closed; nobody to tell
        elif isinstance(error, PrinterNotStartedError):
            self._dialogs.error(
                self._parent,
                self.tr("Print"),
                self.tr(
                    "The printer {printer} could not start printing. Check that it is "
                    "switched on and reachable, or choose another printer, and try again."
                ).format(printer=str(error)),
            )
        elif not isinstance(error, PrintCancelledError):
            show_problem(self._dialogs, self._parent, self.tr("Print"), error)
        self._end(False)

    def _end(self, printed: bool) -> None:
        if self._shown():
            self.progress.close()
            self.progress.deleteLater()
        self.finished.emit(printed)
        self.deleteLater()


Printed = tuple[tuple[int, ...], int]
"""The 1-based pages printed, and the document's page count."""


def _write_pdf(
    target: str, pdf: bytes, no_file: str, chosen: Callable[[int], Sequence[int]]
) -> Printed:
    """Worker thread: the chosen pages of the PDF (``chosen(page_count)``, 0-based), written
    atomically to the file chosen to print to: the PDF itself for every page, else a PDF of
    those pages alone, their text still text."""
    if not target:
        raise UserError(no_file)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    count = len(reader.pages)
    pages = tuple(chosen(count))
    if pages == tuple(range(count)):
        data = pdf
    else:
        writer = pypdf.PdfWriter()
        for page in pages:
            writer.add_page(reader.pages[page])
        if reader.metadata is not None:
            writer.add_metadata(dict(reader.metadata))
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    atomic_write_bytes(Path(target), data, mode=OWNER_ONLY)
    return tuple(page + 1 for page in pages), count


def _paint_in_worker(
    printer: QPrinter, pdf: bytes, cancel: threading.Event, progressed: Callable[[int, int], None]
) -> Printed:
    """Worker thread: paint the pages onto ``printer``; a file it writes appears only complete."""

    def before_page(position: int, count: int) -> bool:
        if cancel.is_set():
            return False
        progressed(position + 1, count)
        return True

    def paint(document: QPdfDocument) -> None:
        if not paint_pdf(printer, document, MAX_DPI, before_page):
            raise PrintCancelledError

    document = pdf_document(pdf)  # made, used and deleted on this thread
    try:
        count = document.pageCount()
        printed = tuple(page + 1 for page in pages_to_print(printer, count)), count
        target = printer.outputFileName()
        if printer.outputFormat() is not QPrinter.OutputFormat.PdfFormat or not target:
            paint(document)
            return printed
        try:
            with replaced_when_done(Path(target), OWNER_ONLY) as temporary:
                printer.setOutputFileName(str(temporary))
                paint(document)
        finally:
            printer.setOutputFileName(target)
        return printed
    finally:
        document.close()
        del document


def new_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)  # the PDF has its own margins
    return printer


def print_document(
    parent: QWidget, dialogs: Dialogs, pdf: bytes, title: str, *, preview: bool
) -> PrintJob | None:
    """Ask for a printer (or show the print preview) and print ``pdf``. Printing goes on in the
    background after this returns; the job (``None`` if the person did not print) says when it
    is over. A print started from the preview is its own job."""
    printer = new_printer(title)
    if preview:
        shown = pdf_document(pdf, parent)

        def paint(chosen: QPrinter) -> None:
            if is_preview(chosen):
                paint_pdf(chosen, shown, PREVIEW_DPI)
            else:
                PrintJob(parent, dialogs, pdf, chosen).start()

        try:
            dialogs.print_preview(parent, printer, paint)
        finally:
            shown.deleteLater()
        return None
    if not dialogs.print_dialog(parent, printer):
        return None
    job = PrintJob(parent, dialogs, pdf, printer)
    job.start()
    return job

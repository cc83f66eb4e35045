"""Printing the agreement PDF on printers that write PDF files here: the PDF itself (or its
chosen pages, text kept as text) when it is printed to a file; page images painted off the GUI
thread for a printer, with a progress dialog that can cancel (here on a PDF printer made to
paint as a paper printer does); the print preview."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
from pathlib import Path

import pypdf
import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPageRanges
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coopbuilder.core.demo import demo_agreement
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.ui.printing import PrintJob, print_document

from ..documents.pdfs import flat, pdftotext
from .helpers import ScriptedDialogs, find

TITLE = "Printed agreement"


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_agreement(demo_agreement("en", today=dt.date(2026, 11, 27))).pdf


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def painted(monkeypatch: pytest.MonkeyPatch) -> None:
    """Printing paints its pages as it does for a paper printer, onto the PDF printer here."""
    import coopbuilder.ui.printing as printing_module

    monkeypatch.setattr(printing_module, "writes_the_pdf_itself", lambda printer: False)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def to_file(printer: QPrinter, path: Path, pages: tuple[int, int] | str | None = None) -> None:
    """Print to the PDF file ``path``: every page, pages from-to, or pages written "1-2, 5"
    (as the print dialog hands them over)."""
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    if isinstance(pages, str):
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setPageRanges(QPageRanges.fromString(pages))
    elif pages is not None:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(*pages)


def printing(
    window: QWidget, pdf: bytes, path: Path, pages: tuple[int, int] | str | None = None
) -> tuple[PrintJob, ScriptedDialogs]:
    """The print dialog answered with a PDF file at ``path`` (and a page range)."""
    dialogs = ScriptedDialogs(prints=[True])
    original = dialogs.print_dialog

    def choose(parent: QWidget, printer: QPrinter) -> bool:
        to_file(printer, path, pages)
        return original(parent, printer)

    dialogs.print_dialog = choose  # type: ignore[method-assign]
    job = print_document(window, dialogs, pdf, TITLE, preview=False)
    assert job is not None
    return job, dialogs


def sheet_image(path: Path, page: int, tmp_path: Path) -> QImage:
    """Page ``page`` of a printed PDF as poppler draws it, at 20 dpi."""
    prefix = tmp_path / f"sheet-{page}"
    pages = ["-f", str(page), "-l", str(page)]
    subprocess.run(
        ["pdftoppm", "-png", "-r", "20", *pages, "-singlefile", str(path), str(prefix)], check=True
    )
    image = QImage(f"{prefix}.png")
    assert not image.isNull()
    return image


def mean_lightness(image: QImage) -> float:
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(image.width())
        for y in range(image.height())
    ]
    return sum(values) / len(values)


def page_count(path: Path) -> int:
    return len(pypdf.PdfReader(path).pages)


def test_printing_to_a_pdf_file_writes_the_pdf_itself_with_its_text(
    qtbot: QtBot, window: QWidget, pdf: bytes, out: Path, tmp_path: Path
) -> None:
    printed = out / "printed.pdf"
    job, dialogs = printing(window, pdf, printed)
    with qtbot.waitSignal(job.finished, timeout=30_000) as ended:
        pass
    assert ended.args == [True]
    assert printed.read_bytes() == pdf  # not 18 images: small, and the text stays text
    assert page_count(printed) == len(pypdf.PdfReader(printed).pages) == 18
    assert "Cooperation" in flat(pdftotext(printed.read_bytes(), tmp_path))
    assert sorted(p.name for p in out.iterdir()) == ["printed.pdf"]
    assert dialogs.errors == []
    assert dialogs.informed == [f"Printed the whole document to the file {printed}; pages: 1-18."]


def test_a_page_range_is_painted_off_the_gui_thread_with_progress(
    qtbot: QtBot, window: QWidget, pdf: bytes, out: Path, tmp_path: Path, painted: None
) -> None:
    printed = out / "range.pdf"
    ticks: list[str] = []
    timer = QTimer()
    timer.setInterval(20)
    job, dialogs = printing(window, pdf, printed, pages=(3, 16))
    timer.timeout.connect(lambda: ticks.append(job.progress.labelText()))
    timer.start()
    with qtbot.waitSignal(job.finished, timeout=120_000) as ended:
        pass
    timer.stop()
    assert ended.args == [True]
    assert page_count(printed) == 14
    # The window kept working while the pages were made: the timer ticked all along, and the
    # progress dialog counted the pages.
    shown = {label for label in ticks if re.fullmatch(r"Printing page \d+ of 14", label)}
    assert len(ticks) > 20 and len(shown) > 3, (len(ticks), shown)
    assert sorted(p.name for p in out.iterdir()) == ["range.pdf"]
    assert dialogs.errors == []
    assert dialogs.informed == [f"Printed pages 3-16 (14 of 18) to the file {printed}."]
    # The sheet is the page on white paper, with dark text on it.
    sheet = sheet_image(printed, 1, tmp_path)
    assert sheet.pixelColor(2, 2).lightness() > 250
    assert 200 < mean_lightness(sheet) < 254


def test_a_page_range_printed_to_a_file_is_those_pages_with_their_text(
    qtbot: QtBot, window: QWidget, pdf: bytes, out: Path, tmp_path: Path
) -> None:
    printed = out / "range-as-text.pdf"
    job, dialogs = printing(window, pdf, printed, pages=(3, 5))
    with qtbot.waitSignal(job.finished, timeout=60_000) as ended:
        pass
    assert ended.args == [True]
    whole = pypdf.PdfReader(io.BytesIO(pdf))
    chosen = pypdf.PdfReader(printed)
    assert len(chosen.pages) == 3
    for page in range(3):  # the pages' own text, not pictures of it
        assert chosen.pages[page].extract_text() == whole.pages[page + 2].extract_text()
        assert chosen.pages[page].extract_text().strip()
    assert printed.stat().st_size < len(pdf)
    assert dialogs.informed == [f"Printed pages 3-5 (3 of 18) to the file {printed}."]
    assert dialogs.errors == []


def test_pages_written_as_ranges_print_those_pages_and_say_so(
    qtbot: QtBot, window: QWidget, pdf: bytes, out: Path, tmp_path: Path
) -> None:
    printed = out / "some.pdf"
    job, dialogs = printing(window, pdf, printed, pages="1-2, 5")
    with qtbot.waitSignal(job.finished, timeout=120_000) as ended:
        pass
    assert ended.args == [True]
    assert page_count(printed) == 3
    assert dialogs.informed == [f"Printed pages 1-2, 5 (3 of 18) to the file {printed}."]
    assert dialogs.errors == []


def test_cancelling_stops_and_leaves_the_file_as_it_was(
    qtbot: QtBot, window: QWidget, pdf: bytes, out: Path, painted: None
) -> None:
    printed = out / "cancelled.pdf"
    printed.write_bytes(b"an older file")
    job, dialogs = printing(window, pdf, printed, pages=(1, 16))
    qtbot.waitUntil(lambda: job.progress.labelText().startswith("Printing page"), timeout=30_000)
    qtbot.waitUntil(job.progress.isVisible)
    with qtbot.waitSignal(job.finished, timeout=30_000) as ended:
        qtbot.mouseClick(find(job.progress, "Cancel", QPushButton), Qt.MouseButton.LeftButton)
    assert ended.args == [False]
    assert printed.read_bytes() == b"an older file"
    assert sorted(p.name for p in out.iterdir()) == ["cancelled.pdf"]
    assert dialogs.errors == []


@pytest.mark.parametrize("pages", [None, (1, 2)], ids=["the PDF itself", "page images"])
def test_a_file_in_a_missing_folder_is_one_clear_message(
    qtbot: QtBot, window: QWidget, pdf: bytes, out: Path, pages: tuple[int, int] | None
) -> None:
    job, dialogs = printing(window, pdf, out / "gone" / "printed.pdf", pages)
    with qtbot.waitSignal(job.finished, timeout=30_000) as ended:
        pass
    assert ended.args == [False]
    assert dialogs.errors == [
        f"The folder {out / 'gone'} does not exist. Choose an existing folder."
    ]
    assert not shiboken6.isValid(job.progress) or not job.progress.isVisible()
    assert list(out.iterdir()) == []


def test_cancelled_print_dialog_prints_nothing(window: QWidget, pdf: bytes) -> None:
    dialogs = ScriptedDialogs(prints=[False])
    assert print_document(window, dialogs, pdf, TITLE, preview=False) is None
    assert dialogs.printers[0].docName() == TITLE


@pytest.mark.parametrize(
    ("pages", "expected"), [(None, 18), ((2, 3), 2)], ids=["whole", "page range"]
)
def test_the_preview_shows_the_pages_and_prints_from_it(
    qtbot: QtBot,
    window: QWidget,
    pdf: bytes,
    out: Path,
    pages: tuple[int, int] | None,
    expected: int,
) -> None:
    printed = out / "from-preview.pdf"
    dialogs = ScriptedDialogs()
    original = dialogs.print_preview

    def preview(parent: QWidget, printer: QPrinter, paint: object) -> None:
        to_file(printer, printed, pages)
        original(parent, printer, paint)  # type: ignore[arg-type]

    dialogs.print_preview = preview  # type: ignore[method-assign]
    assert print_document(window, dialogs, pdf, TITLE, preview=True) is None
    assert dialogs.previewed == [expected]
    qtbot.waitUntil(printed.exists, timeout=60_000)
    assert page_count(printed) == expected
    if pages is None:
        assert printed.read_bytes() == pdf


def test_printing_goes_on_when_the_window_closes(
    qtbot: QtBot, pdf: bytes, out: Path, tmp_path: Path, painted: None
) -> None:
    window = QWidget()
    window.show()
    printed = out / "after-closing.pdf"
    job, dialogs = printing(window, pdf, printed, pages=(1, 4))
    qtbot.waitUntil(lambda: job.progress.labelText().startswith("Printing page"), timeout=30_000)
    with qtbot.waitSignal(job.finished, timeout=60_000) as ended:
        window.deleteLater()
    assert ended.args == [True]
    assert page_count(printed) == 4
    assert dialogs.errors == []


def test_the_progress_dialog_keeps_the_window_from_changing_while_it_prints(
    qtbot: QtBot, window: QWidget, pdf: bytes, out: Path, painted: None
) -> None:
    job, _ = printing(window, pdf, out / "look.pdf", pages=(1, 16))
    qtbot.waitUntil(job.progress.isVisible, timeout=30_000)
    assert job.progress.parent() is window
    assert job.progress.windowModality() is Qt.WindowModality.WindowModal
    assert job.progress.accessibleName() == "Printing progress"
    qtbot.waitUntil(lambda: job.progress.value() >= 2, timeout=30_000)
    assert re.fullmatch(r"Printing page \d+ of 16", job.progress.labelText())
    job.progress.grab().save(str(out.parent / "progress.png"))
    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass
    assert (
        not window.findChildren(QProgressDialog, options=Qt.FindChildOption.FindDirectChildrenOnly)
        or not job.progress.isVisible()
    )

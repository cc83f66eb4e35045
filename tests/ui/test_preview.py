"""The review step's output area: the PDF preview made off the GUI thread, printing (the pages as
QtPdf renders them, on a printer that writes a PDF file here), Save PDF, the readiness report."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import docx
import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.resources import template_path
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.documents.rendering import Renderer, RenderProcess, one_at_a_time
from coopbuilder.documents.templates import ClauseLibraries
from coopbuilder.ui.background import Background
from coopbuilder.ui.files import file_name
from coopbuilder.ui.preview import PdfOutput

from ..documents.pdfs import flat, pdftotext
from .helpers import ScriptedDialogs, find


def output_on(qtbot: QtBot, dialogs: ScriptedDialogs, agreement: Agreement) -> PdfOutput:
    output = PdfOutput(background=Background(), dialogs=dialogs, renderer=Renderer())
    qtbot.addWidget(output)
    output.resize(600, 800)
    output.show()
    output.show_agreement(agreement)
    assert output.rendering and not find(output, "Print...", QPushButton).isEnabled()
    qtbot.waitUntil(lambda: output.pdf is not None, timeout=30_000)
    return output


def to_file(printer: QPrinter, path: Path) -> None:
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))


def test_the_preview_shows_the_draft_and_prints_every_page(
    qtbot: QtBot, demo: Agreement, tmp_path: Path
) -> None:
    dialogs = ScriptedDialogs(prints=[True])
    output = output_on(qtbot, dialogs, demo)
    pages = output.document.pageCount()
    assert pages > 5
    assert output.state.text() == f"Preview of the draft: {pages} pages."

    printed = tmp_path / "printed.pdf"
    original = dialogs.print_dialog

    def choose(parent: object, printer: QPrinter) -> bool:
        to_file(printer, printed)
        return original(parent, printer)  # type: ignore[arg-type]

    dialogs.print_dialog = choose  # type: ignore[method-assign]
    qtbot.mouseClick(find(output, "Print...", QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(printed.exists, timeout=30_000)
    assert printed.read_bytes() == output.pdf  # printed to a file: the PDF itself
    assert dialogs.printers[0].docName() == demo.title


def test_print_preview_paints_the_pages_and_a_page_range_is_kept(
    qtbot: QtBot, demo: Agreement, tmp_path: Path
) -> None:
    dialogs = ScriptedDialogs()
    output = output_on(qtbot, dialogs, demo)
    printed = tmp_path / "range.pdf"
    original = dialogs.print_preview

    def preview(parent: object, printer: QPrinter, paint: object) -> None:
        to_file(printer, printed)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        original(parent, printer, paint)  # type: ignore[arg-type]

    dialogs.print_preview = preview  # type: ignore[method-assign]
    qtbot.mouseClick(find(output, "Print preview...", QPushButton), Qt.MouseButton.LeftButton)
    assert dialogs.previewed == [2]
    qtbot.waitUntil(printed.exists, timeout=60_000)
    assert len(pypdf.PdfReader(printed).pages) == 2


def test_save_pdf_and_the_readiness_report(qtbot: QtBot, demo: Agreement, tmp_path: Path) -> None:
    agreement_pdf, report_pdf = tmp_path / "agreement.pdf", tmp_path / "report.pdf"
    dialogs = ScriptedDialogs(saves=[agreement_pdf, report_pdf])
    output = output_on(qtbot, dialogs, demo)
    qtbot.mouseClick(find(output, "Save PDF...", QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(agreement_pdf.exists, timeout=10_000)
    assert agreement_pdf.read_bytes() == output.pdf
    qtbot.mouseClick(
        find(output, "Save readiness report...", QPushButton), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(report_pdf.exists, timeout=30_000)
    assert demo.partners[0].name in flat(pdftotext(report_pdf.read_bytes(), tmp_path))
    assert dialogs.questions[0].endswith(f"{file_name(demo.title)} - version 1 - draft.pdf")
    qtbot.waitUntil(lambda: "Saved" in output.state.text())


def test_save_for_legal_review_writes_the_lawyers_edition(
    qtbot: QtBot, demo: Agreement, tmp_path: Path
) -> None:
    target = tmp_path / "for-lawyers.pdf"
    dialogs = ScriptedDialogs(saves=[target])
    output = output_on(qtbot, dialogs, demo)
    qtbot.mouseClick(
        find(output, "Save for legal review...", QPushButton), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(target.exists, timeout=30_000)
    text = flat(pdftotext(target.read_bytes(), tmp_path))
    assert "Questions for the lawyers" in text and "Q1 (section 14)" in text
    assert "Questions for the lawyers" not in flat(pdftotext(output.pdf or b"", tmp_path))
    assert dialogs.questions[0].endswith("version 1 - legal review.pdf")
    qtbot.waitUntil(lambda: "Saved" in output.state.text())


def test_save_for_word_writes_the_draft_as_a_word_document(
    qtbot: QtBot, demo: Agreement, tmp_path: Path
) -> None:
    target = tmp_path / "agreement.docx"
    dialogs = ScriptedDialogs(saves=[target])
    output = output_on(qtbot, dialogs, demo)
    qtbot.mouseClick(find(output, "Save for Word...", QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=30_000)
    assert target.read_bytes() == Renderer().word(demo)
    assert dialogs.questions[0].endswith(f"{file_name(demo.title)} - version 1 - draft.docx")
    assert [p.text for p in docx.Document(str(target)).paragraphs if p.style.name == "Title"] == [
        demo.title
    ]
    qtbot.waitUntil(lambda: "Saved" in output.state.text())


@pytest.mark.parametrize(
    ("status", "name", "state", "kind"),
    [
        (
            AgreementStatus.READY_TO_SIGN,
            "Preview of the agreement ready to sign",
            "Preview of the version ready to sign",
            "ready to sign",
        ),
        (
            AgreementStatus.SIGNED,
            "Preview of the signed agreement",
            "Preview of the signed version",
            "signed",
        ),
    ],
)
def test_the_preview_and_the_file_name_follow_the_status(
    qtbot: QtBot,
    demo: Agreement,
    tmp_path: Path,
    status: AgreementStatus,
    name: str,
    state: str,
    kind: str,
) -> None:
    target = tmp_path / "agreement.pdf"
    dialogs = ScriptedDialogs(saves=[target])
    output = output_on(qtbot, dialogs, demo)
    assert output.view.accessibleName() == "Preview of the draft agreement"
    assert "Draft for legal review" in pdftotext(output.pdf or b"", tmp_path)
    output.show_agreement(demo.model_copy(update={"status": status}))
    assert output.view.accessibleName() == name
    qtbot.waitUntil(lambda: output.pdf is not None, timeout=30_000)
    pages = output.document.pageCount()
    assert output.state.text() == f"{state}: {pages} pages."
    assert "draft" not in output.state.text().casefold()
    qtbot.mouseClick(find(output, "Save PDF...", QPushButton), Qt.MouseButton.LeftButton)
    assert dialogs.questions[0].endswith(f"{file_name(demo.title)} - version 1 - {kind}.pdf")
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.read_bytes() == output.pdf
    assert "Draft for legal review" not in pdftotext(target.read_bytes(), tmp_path)


def test_a_changed_agreement_is_rendered_again_and_an_older_result_is_dropped(
    qtbot: QtBot, demo: Agreement
) -> None:
    output = output_on(qtbot, ScriptedDialogs(), demo)
    first = output.pdf
    output.show_agreement(demo)  # the same agreement: no new rendering
    assert not output.rendering and output.pdf is first
    changed = demo.model_copy(update={"title": "A second title"})
    output.show_agreement(demo.model_copy(update={"title": "A first title"}))
    output.show_agreement(changed)
    qtbot.waitUntil(lambda: output.pdf is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not output.busy.isVisible(), timeout=30_000)
    assert output.document.metaData(output.document.MetaDataField.Title) == "A second title"


def test_a_name_for_a_file() -> None:
    assert file_name('Cooperation: "Exit" / Nürnberg?') == "Cooperation- -Exit- - Nürnberg"
    assert file_name("...") == "agreement"


def test_the_preview_is_rendered_in_the_render_process(
    qtbot: QtBot, demo: Agreement, tmp_path: Path
) -> None:
    """As the desktop program does it: the GUI's worker thread only waits for the process."""
    process = RenderProcess()
    try:
        output = PdfOutput(
            background=Background(), dialogs=ScriptedDialogs(), renderer=Renderer(process=process)
        )
        qtbot.addWidget(output)
        output.show()
        output.show_agreement(demo)
        qtbot.waitUntil(lambda: output.pdf is not None, timeout=60_000)
        assert output.pdf is not None and output.document.pageCount() > 5
        assert "Cooperation in exit and disengagement work" in flat(pdftotext(output.pdf, tmp_path))
        assert process.pid() != os.getpid()
    finally:
        process.close()


def test_the_lawyers_edition_and_the_word_document_are_saved_from_the_render_process(
    qtbot: QtBot, demo: Agreement, tmp_path: Path
) -> None:
    """Save for legal review... and Save for Word... render in the render process, waited for
    on the background helper while the busy bar moves: the GUI thread, holding this process's
    rendering lock all along, would stop any rendering here."""
    legal, word = tmp_path / "for-lawyers.pdf", tmp_path / "agreement.docx"
    dialogs = ScriptedDialogs(saves=[legal, word])
    process = RenderProcess()
    try:
        output = PdfOutput(
            background=Background(), dialogs=dialogs, renderer=Renderer(process=process)
        )
        qtbot.addWidget(output)
        output.show()
        with one_at_a_time():
            output.show_agreement(demo)
            qtbot.waitUntil(lambda: output.pdf is not None, timeout=60_000)
            qtbot.mouseClick(
                find(output, "Save for legal review...", QPushButton), Qt.MouseButton.LeftButton
            )
            assert output.busy.isVisible()
            qtbot.waitUntil(legal.exists, timeout=60_000)
            qtbot.mouseClick(
                find(output, "Save for Word...", QPushButton), Qt.MouseButton.LeftButton
            )
            assert output.busy.isVisible()
            qtbot.waitUntil(word.exists, timeout=60_000)
            qtbot.waitUntil(lambda: not output.busy.isVisible(), timeout=10_000)
        here = Renderer()
        assert legal.read_bytes() == here.for_legal_review(demo)
        assert word.read_bytes() == here.word(demo)
        assert dialogs.errors == [] and dialogs.faults == []
    finally:
        process.close()


def test_a_broken_clause_library_is_told_when_saving_for_word(
    qtbot: QtBot, demo: Agreement, tmp_path: Path
) -> None:
    """The render process's error comes back to the error dialog, naming the broken file; no
    file is written."""
    chosen = tmp_path / "own"
    shutil.copytree(template_path("en"), chosen / "en")
    (chosen / "en" / "02-purpose.yaml").write_text("heading: [unclosed\n", encoding="utf-8")
    word = tmp_path / "agreement.docx"
    dialogs = ScriptedDialogs(saves=[word])
    process = RenderProcess()
    try:
        output = PdfOutput(
            background=Background(),
            dialogs=dialogs,
            renderer=Renderer(ClauseLibraries(chosen), process),
        )
        qtbot.addWidget(output)
        output.show()
        output.show_agreement(demo)  # the preview fails too, and says so under the buttons
        qtbot.waitUntil(lambda: not output.rendering, timeout=60_000)
        assert "02-purpose.yaml" in output.state.text()
        qtbot.mouseClick(find(output, "Save for Word...", QPushButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=60_000)
        [told] = dialogs.errors
        assert "02-purpose.yaml" in told and "not valid YAML" in told
        assert dialogs.faults == [] and not word.exists()
    finally:
        process.close()

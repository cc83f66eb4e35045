"""The output area of the review step: a preview of the agreement as its PDF, Print...,
Print preview..., Save PDF..., Save for Word... (the draft as a ``.docx`` document, from the same
clause library) and Save readiness report.... What the preview and a saved PDF are
called follows the version's status (draft, ready to sign, signed).

The PDF comes from ``documents/``, rendered off the GUI thread while a busy bar moves; QtPdf's
QPdfView shows it. The PDF and the report are written atomically (``documents.write_pdf``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.documents.rendering import Renderer
from coopbuilder.ui.background import Background
from coopbuilder.ui.dialogs import Dialogs, problem_text, show_problem
from coopbuilder.ui.files import documents_folder, file_name
from coopbuilder.ui.printing import pdf_document, print_document
from coopbuilder.ui.texts import counted
from coopbuilder.ui.widgets.columns import Columns
from coopbuilder.ui.widgets.fields import hint
from coopbuilder.ui.wizard.review import OutputArea

if TYPE_CHECKING:
    from coopbuilder.store.workspace import Workspace

Render = Callable[[Agreement], bytes]
"""Makes an agreement's PDF (called off the GUI thread)."""


def version_renderer(
    workspace: Workspace, renderer: Renderer, *, word: bool = False, changes: bool = False
) -> Render:
    """Renders an agreement of ``workspace`` as it stands, with the review annex when a review
    started its version (the record and the actions' outcomes are read when it renders); with
    ``word``, as a Word document; with ``changes``, its changes against the signed version it
    was made from marked word by word."""

    def render(agreement: Agreement) -> bytes:
        from coopbuilder.workflows.review import review_context, signed_base

        review = review_context(workspace, agreement.id, agreement.version, agreement)
        if word:
            return renderer.word(agreement, review)
        if changes:
            against = signed_base(workspace, agreement.id, agreement.version)
            return renderer.agreement(agreement, review, against)
        return renderer.agreement(agreement, review)

    return render


def write_pdf(path: Path, pdf: bytes) -> None:
    from coopbuilder.documents.agreement import write_pdf as write

    write(path, pdf)


class PdfOutput(OutputArea):
    """The preview with its buttons. Made by the wizard's output factory:
    ``lambda parent: PdfOutput(parent, background=..., dialogs=..., renderer=...)``; ``render``
    makes the agreement's PDF (default: ``renderer``'s; :func:`version_renderer` adds a
    version's review annex), ``word`` its Word document (likewise), ``renderer`` the readiness
    report; ``changes``, where given, the PDF with the changes against the signed version
    marked, shown while "Show changes" is on (for a version after the first)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        background: Background,
        dialogs: Dialogs,
        renderer: Renderer,
        render: Render | None = None,
        word: Render | None = None,
        changes: Render | None = None,
    ) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self._plain = self._render = render or renderer.agreement
        self._changes = changes
        self._word = word or renderer.word
        self._background = background
        self._dialogs = dialogs
        self._agreement: Agreement | None = None
        self._pdf: bytes | None = None
        self._generation = 0
        self.rendering = False
        self._tasks = 0

        self.print_button = QPushButton(self.tr("&Print..."), self)
        self.print_button.setToolTip(self.tr("Print the agreement (Ctrl+P)"))
        self.preview_button = QPushButton(self.tr("Print previe&w..."), self)
        self.save_pdf_button = QPushButton(self.tr("Save P&DF..."), self)
        self.report_button = QPushButton(self.tr("Save readiness &report..."), self)
        self.legal_button = QPushButton(self.tr("Save for &legal review..."), self)
        self.legal_button.setToolTip(
            self.tr(
                "The draft with a note under every clause (the provisions it rests on, the "
                "partners' choice) and every open legal question numbered, for the lawyers"
            )
        )
        self.word_button = QPushButton(self.tr("Save for &Word..."), self)
        self.word_button.setToolTip(
            self.tr(
                "Save the draft as a Word document, for a legal department to review with "
                "tracked changes"
            )
        )
        self.changes_box = QCheckBox(self.tr("Show &changes"), self)
        self.changes_box.setAccessibleName(self.tr("Show the changes against the signed version"))
        explained = self.tr(
            "Mark what this version changes against the signed version it was made from: "
            "removed words struck through in red, added words underlined in green"
        )
        self.changes_box.setToolTip(explained)
        self.changes_box.setAccessibleDescription(explained)
        self.changes_box.setVisible(changes is not None)
        self.changes_box.toggled.connect(self._show_changes)
        self.print_button.clicked.connect(lambda: self.print_agreement(preview=False))
        self.preview_button.clicked.connect(lambda: self.print_agreement(preview=True))
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.report_button.clicked.connect(self.save_report)
        self.legal_button.clicked.connect(self.save_for_legal_review)
        self.word_button.clicked.connect(self.save_word)
        # two columns of buttons side by side, or one under the other where there is no room
        # (beside the checks on a projector, in German)
        buttons = Columns(self)
        for column in (
            (self.print_button, self.save_pdf_button, self.legal_button),
            (self.preview_button, self.report_button, self.word_button),
        ):
            panel = QWidget(buttons)
            stack = QVBoxLayout(panel)
            stack.setContentsMargins(0, 0, 0, 0)
            for button in column:
                stack.addWidget(button)
            buttons.add(panel)

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(self.fontMetrics().height() // 2 + 2)
        self.busy.setAccessibleName(self.tr("Preparing the preview"))
        self.busy.hide()
        self.state = hint("", self)
        self.state.setAccessibleName(self.tr("State of the preview"))
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.view = QPdfView(self)
        # The view draws its pages on a thread of its own. The document is the view's child, so
        # it goes after the view has stopped that thread, never while a page is being drawn.
        self.document = QPdfDocument(self.view)
        self.view.setAccessibleName(self._names(AgreementStatus.DRAFT)[0])
        self.view.setAccessibleDescription(self.tr("The agreement as it will print, page by page."))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(buttons)
        layout.addWidget(self.changes_box)
        layout.addWidget(self.busy)
        layout.addWidget(self.state)
        layout.addWidget(self.view, 1)
        self._enable()

    # -- the preview ------------------------------------------------------------------------

    def _names(self, status: AgreementStatus, pages: int = 0) -> tuple[str, str, str]:
        """What the preview of a version in ``status`` is called: the view's name, the line
        above it (counting ``pages``), and the word that ends a suggested file name."""
        if status is AgreementStatus.READY_TO_SIGN:
            return (
                self.tr("Preview of the agreement ready to sign"),
                counted(
                    self.tr("Preview of the version ready to sign: %n page(s).", "", pages), pages
                ),
                self.tr("ready to sign"),
            )
        if status is AgreementStatus.SIGNED:
            return (
                self.tr("Preview of the signed agreement"),
                counted(self.tr("Preview of the signed version: %n page(s).", "", pages), pages),
                self.tr("signed"),
            )
        if status is AgreementStatus.SUPERSEDED:
            return (
                self.tr("Preview of the superseded agreement"),
                counted(
                    self.tr("Preview of the superseded version: %n page(s).", "", pages), pages
                ),
                self.tr("superseded"),
            )
        if status is AgreementStatus.TERMINATED:
            return (
                self.tr("Preview of the terminated agreement"),
                counted(
                    self.tr("Preview of the terminated version: %n page(s).", "", pages), pages
                ),
                self.tr("terminated"),
            )
        return (
            self.tr("Preview of the draft agreement"),
            counted(self.tr("Preview of the draft: %n page(s).", "", pages), pages),
            self.tr("draft"),
        )

    def _show_changes(self, on: bool) -> None:
        self._render = self._changes if on and self._changes is not None else self._plain
        if self._agreement is not None:
            self.show_agreement(self._agreement, again=True)

    def show_agreement(self, agreement: Agreement, again: bool = False) -> None:
        if not again and self._agreement == agreement and (self._pdf is not None or self.rendering):
            return
        self._agreement = agreement.model_copy(deep=True)
        self._pdf = None
        self._generation += 1
        generation = self._generation
        copy = self._agreement
        self.view.setAccessibleName(self._names(copy.status)[0])
        self.rendering = True
        self.state.setText(self.tr("Preparing the preview..."))
        self._enable()
        render = self._render
        self._run(
            lambda: render(copy),
            lambda pdf: self._rendered(generation, pdf),
            lambda error: self._render_failed(generation, error),
        )

    def _run(
        self,
        work: Callable[[], object],
        done: Callable[[object], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Background work, with the busy bar moving until every piece is over."""
        self._tasks += 1
        self.busy.show()

        def over() -> None:
            self._tasks -= 1
            self.busy.setVisible(self._tasks > 0)

        def succeeded(result: object) -> None:
            over()
            done(result)

        def went_wrong(error: Exception) -> None:
            over()
            failed(error)

        self._background.run(work, succeeded, went_wrong, self)

    @property
    def pdf(self) -> bytes | None:
        """The PDF of the agreement shown (``None`` while it is being made)."""
        return self._pdf

    def _rendered(self, generation: int, pdf: object) -> None:
        if generation != self._generation:
            return  # the agreement changed meanwhile; a newer preview is on its way
        assert isinstance(pdf, bytes)
        self.rendering = False
        self._pdf = pdf
        old = self.document
        self.document = pdf_document(pdf, self)
        self.view.setDocument(self.document)
        old.deleteLater()
        status = self._agreement.status if self._agreement else AgreementStatus.DRAFT
        shown = self._names(status, self.document.pageCount())[1]
        if self._render is not self._plain:
            shown += " " + self.tr("Changes against the signed version are marked.")
        self.state.setText(shown)
        self._enable()

    def _render_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self.rendering = False
        self.state.setText(
            self.tr("The preview could not be made: {problem}").format(problem=problem_text(error))
        )
        self._enable()

    def _enable(self) -> None:
        ready = self._pdf is not None
        for button in (self.print_button, self.preview_button, self.save_pdf_button):
            button.setEnabled(ready)
        self.report_button.setEnabled(self._agreement is not None)
        self.legal_button.setEnabled(self._agreement is not None)
        self.word_button.setEnabled(self._agreement is not None)
        self.changes_box.setEnabled(self._agreement is not None and self._agreement.version > 1)

    # -- print and save ---------------------------------------------------------------------

    def _title(self) -> str:
        return self._agreement.title if self._agreement is not None else ""

    def print_agreement(self, *, preview: bool = False) -> None:
        if self._pdf is not None:
            print_document(self, self._dialogs, self._pdf, self._title(), preview=preview)

    def _suggested(self, kind: str) -> str:
        assert self._agreement is not None
        name = self.tr("{title} - version {version} - {kind}.pdf").format(
            title=self._agreement.title, version=self._agreement.version, kind=kind
        )
        return str(documents_folder() / file_name(name))

    def save_pdf(self) -> None:
        pdf = self._pdf
        if pdf is None:
            return
        assert self._agreement is not None
        kind = self._names(self._agreement.status)[2]
        if self._render is not self._plain:
            kind = self.tr("changes marked")
        title = self.tr("Save the agreement as PDF")
        path = self._dialogs.save_file(
            self, title, self.tr("PDF files (*.pdf)"), self._suggested(kind)
        )
        if path is not None:
            self._write(title, path, lambda: pdf)

    def save_word(self) -> None:
        agreement = self._agreement
        if agreement is None:
            return
        title = self.tr("Save the agreement for Word")
        name = self.tr("{title} - version {version} - {kind}.docx").format(
            title=agreement.title,
            version=agreement.version,
            kind=self._names(agreement.status)[2],
        )
        path = self._dialogs.save_file(
            self,
            title,
            self.tr("Word documents (*.docx)"),
            str(documents_folder() / file_name(name)),
        )
        if path is not None:
            word = self._word
            self._write(title, path, lambda: word(agreement))

    def save_report(self) -> None:
        agreement = self._agreement
        if agreement is None:
            return
        title = self.tr("Save the readiness report as PDF")
        path = self._dialogs.save_file(
            self, title, self.tr("PDF files (*.pdf)"), self._suggested(self.tr("readiness"))
        )
        if path is not None:
            report = self._renderer.report
            self._write(title, path, lambda: report(agreement))

    def save_for_legal_review(self) -> None:
        agreement = self._agreement
        if agreement is None:
            return
        title = self.tr("Save the draft for legal review")
        path = self._dialogs.save_file(
            self, title, self.tr("PDF files (*.pdf)"), self._suggested(self.tr("legal review"))
        )
        if path is not None:
            legal = self._renderer.for_legal_review
            self._write(title, path, lambda: legal(agreement))

    def _write(self, title: str, path: Path, make: Callable[[], bytes]) -> None:
        self._run(
            lambda: write_pdf(path, make()),
            lambda _: self.state.setText(self.tr("Saved {file}.").format(file=path)),
            lambda error: show_problem(self._dialogs, self, title, error),
        )

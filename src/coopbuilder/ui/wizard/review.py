"""Step 7, Review and output: every agreement check, "Mark ready to sign" (only without errors),
and the output area where the draft's preview, Print and Save PDF live.

The output area is made by an injected factory, so the PDF renderer plugs in without this page
knowing about PDFs: subclass :class:`OutputArea` and pass its constructor to the wizard.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.checks import CheckFinding, Severity, blocking, check_agreement
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.ui.texts import choice_label, ui_language
from coopbuilder.ui.widgets.fields import hint, named
from coopbuilder.ui.widgets.messages import Message, MessageList
from coopbuilder.ui.wizard.page import WizardPage, finding_location
from coopbuilder.ui.wizard.record import RECORD_FIELD


class OutputArea(QWidget):
    """Shows what the agreement will look like and offers to print or save it.

    ``show_agreement`` is called every time the review page is entered, with the agreement as
    it stands (every page saved).
    """

    def show_agreement(self, agreement: Agreement) -> None:
        raise NotImplementedError


class PlaceholderOutput(OutputArea):
    """Stands where the PDF preview and the Print and Save PDF buttons will be."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        label = hint(
            self.tr(
                "The preview of the draft agreement, and the buttons to print it and to save it "
                "as a PDF, will appear here."
            ),
            frame,
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner = QVBoxLayout(frame)
        inner.addWidget(label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        self.shown: Agreement | None = None

    def show_agreement(self, agreement: Agreement) -> None:
        self.shown = agreement


OutputFactory = Callable[[QWidget], OutputArea]


SPLITTER_KEY = "review_page/splitter"
"""Where the settings keep how the Review page divides the checks and the output."""


class ReviewPage(WizardPage):
    fields = ("status",)

    def __init__(
        self,
        output: OutputFactory = PlaceholderOutput,
        parent: QWidget | None = None,
        *,
        record_empty: Callable[[], bool] | None = None,
    ) -> None:
        """``record_empty``: whether the record of the review that started the version is
        still empty (a warning among the checks while it is)."""
        super().__init__(parent)
        self._record_empty = record_empty
        self._status = AgreementStatus.DRAFT
        self._version = 1
        self._errors: list[CheckFinding] = []
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.counts = hint("", self)
        self.checks = MessageList(
            self.tr("Agreement checks"), self.tr("✔ The checks find nothing to fix."), self
        )
        self.ready_button = QPushButton(self)
        self.ready_button.clicked.connect(self._toggle_ready)
        self.ready_hint = hint("", self)
        checks_side = QWidget(self)
        left = QVBoxLayout(checks_side)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.status_label)
        left.addWidget(self.counts)
        # the button, and under it why: the column stays narrow beside the output
        ready = QHBoxLayout()
        ready.addWidget(self.ready_button)
        ready.addStretch(1)
        left.addLayout(ready)
        left.addWidget(self.ready_hint)
        left.addWidget(self.checks)
        left.addStretch(1)
        self.output = output(self)
        # A long list of checks scrolls; it is never cut off.
        checks = named(
            QScrollArea(self),
            self.tr("Status and checks"),
            self.tr("The agreement's status and every check on it; scroll to read them all."),
        )
        checks.setWidgetResizable(True)
        checks.setFrameShape(QFrame.Shape.NoFrame)
        checks.setWidget(checks_side)
        checks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._checks_area = checks
        self._size_checks()
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("review_splitter")
        splitter.addWidget(checks)
        splitter.addWidget(self.output)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 500])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setFocusProxy(self.ready_button)

    def _size_checks(self) -> None:
        """Never narrower than the ready button and about 34 characters: the checks beside
        the output stay readable, with their "Go there" buttons."""
        metrics = self.fontMetrics()
        content = self._checks_area.widget()
        needed = content.minimumSizeHint().width() if content is not None else 0
        self._checks_area.setMinimumWidth(
            max(needed, self.ready_button.sizeHint().width(), metrics.averageCharWidth() * 34)
            + self._checks_area.verticalScrollBar().sizeHint().width()
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_checks_area"):
            self._size_checks()

    def remember_layout(self, settings: QSettings) -> None:
        """Show the checks and the output side by side as the person last divided them (in
        any window), and remember it whenever they move the divider."""
        state = settings.value(SPLITTER_KEY)
        if state is not None:
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(
            lambda *_: settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ReviewPage", "Review and output")

    def summary(self) -> str:
        return self.tr(
            "Every check on the agreement. Errors keep it from being ready to sign; warnings "
            "are for the partners to look at. The draft is for your lawyers, not legal advice."
        )

    def load(self, agreement: Agreement) -> None:
        self.loaded = agreement
        self._status = agreement.status
        findings = check_agreement(agreement)
        self._errors = blocking(findings)
        messages = [
            Message(f.severity, f.message(ui_language()), (self.tr("Go there"), self._go(f)))
            for f in findings
        ]
        if self._record_empty is not None and self._record_empty():
            messages.insert(
                len(self._errors),
                Message(
                    Severity.WARNING,
                    self.tr(
                        "The record of this review is empty: nothing is recorded of what "
                        "worked, what failed or what was learned. Record it in the first step "
                        "before the version is signed."
                    ),
                    (self.tr("Go there"), lambda: self.navigate.emit(RECORD_FIELD)),
                ),
            )
        warnings = len(messages) - len(self._errors)
        self.counts.setText(
            self.tr("Errors: {errors}. Warnings: {warnings}.").format(
                errors=len(self._errors), warnings=warnings
            )
        )
        self.checks.show_messages(messages)
        self._size_checks()
        self._show_status(agreement.version)
        self.output.show_agreement(agreement)

    def _go(self, finding: CheckFinding) -> Callable[[], None]:
        return lambda: self.navigate.emit(finding_location(finding))

    def _show_status(self, version: int | None = None) -> None:
        if version is not None:
            self._version = version
        self.status_label.setText(
            self.tr("<b>Status:</b> {status}. <b>Version:</b> {version}.").format(
                status=choice_label(self._status), version=self._version
            )
        )
        ready = self._status is AgreementStatus.READY_TO_SIGN
        self.ready_button.setText(
            self.tr("Ret&urn to draft") if ready else self.tr("&Mark ready to sign")
        )
        self.ready_button.setEnabled(ready or not self._errors)
        self._size_checks()
        if ready:
            self.ready_hint.setText(
                self.tr("Marked ready to sign; changing any answer returns it to draft.")
            )
        elif self._errors:
            self.ready_hint.setText(self.tr("Fix the errors to mark the agreement ready to sign."))
        elif self._record_empty is not None and self._record_empty():
            self.ready_hint.setText(
                self.tr(
                    "No errors, but the record of this review is empty: its review annex would "
                    "say that nothing was recorded."
                )
            )
        else:
            self.ready_hint.setText(
                self.tr("No errors: the agreement can be marked ready to sign.")
            )

    def _toggle_ready(self) -> None:
        if self._status is AgreementStatus.READY_TO_SIGN:
            self._status = AgreementStatus.DRAFT
        elif not self._errors:
            self._status = AgreementStatus.READY_TO_SIGN
        self._show_status()
        if self.loaded is not None:  # the preview and its file follow the status
            self.output.show_agreement(self.loaded.model_copy(update={"status": self._status}))
        self.save_requested.emit()

    def save(self, agreement: Agreement) -> None:
        if agreement.status in (AgreementStatus.DRAFT, AgreementStatus.READY_TO_SIGN):
            agreement.status = self._status

"""The Record ink signatures dialog: the final PDF was printed and signed on paper; the scan of
the signed pages (a PDF or an image) is stored with the version, and for each representative
whether they signed, on which date and where. Once everyone has signed, the version is signed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from coopbuilder.documents.agreement import write_pdf
from coopbuilder.ui.signing.common import (
    Outcome,
    OutcomeBanner,
    VersionDialog,
    footer,
    read_file,
    show_failure,
)
from coopbuilder.ui.signing.progress import SignatureProgress, version_heading
from coopbuilder.ui.texts import date_format
from coopbuilder.ui.widgets.fields import (
    DateEdit,
    clear_layout,
    hint,
    line_edit,
    named,
    today_qdate,
)
from coopbuilder.workflows.ink import InkSignature, record_ink_signatures
from coopbuilder.workflows.signing import (
    RecordedSignatures,
    RepresentativeState,
    SigningState,
    finalise,
    signing_state,
)


@dataclass
class _Row:
    """The inputs of one representative."""

    representative_id: str
    signed: QCheckBox
    date: QDateEdit
    place: QLineEdit


class InkSignaturesDialog(VersionDialog):
    """Record ink signatures on version ``number`` of agreement ``agreement_id``:
    ``InkSignaturesDialog(workspace, agreement_id, number, background=..., dialogs=...)``.
    ``recorded`` is emitted with the :class:`~coopbuilder.workflows.signing.RecordedSignatures`.
    """

    def _setup(self) -> None:
        self._scan: Path | None = None
        self._rows: list[_Row] = []
        self.setWindowTitle(self.tr("Record ink signatures"))
        self._build()
        self._set_enabled(False)
        workspace, agreement_id, number, _, _ = self._target()
        self._background.run(
            lambda: signing_state(workspace, agreement_id, number),
            self._show_state,
            self._failed,
            self,
        )

    def _build(self) -> None:
        intro = hint(
            self.tr(
                "Print the final PDF and have it signed on paper. Scan the signed pages, choose "
                "the scan here, and record who signed, when and where. The scan is stored with "
                "this version; when everyone has signed, the version is signed and can no "
                "longer be changed."
            ),
            self,
        )
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Save the final PDF to &print..."), self)
        self.print_button.clicked.connect(self._save_final)
        print_row = QHBoxLayout()
        print_row.addWidget(self.print_button)
        print_row.addStretch(1)
        self.progress = SignatureProgress(self)
        self.scan = named(
            QLineEdit(self),
            self.tr("Scan of the signed pages"),
            self.tr(
                "The scanned paper signatures (PDF or image); choose the file with the button."
            ),
        )
        self.scan.setReadOnly(True)
        self.scan.setPlaceholderText(self.tr("No scan chosen"))
        self.choose_scan = QPushButton(self.tr("Choose &scan..."), self)
        self.choose_scan.clicked.connect(self._choose_scan)
        scan_row = QHBoxLayout()
        scan_row.addWidget(QLabel(self.tr("Scan:"), self))
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.choose_scan)
        self.who = QGroupBox(self.tr("Who signed on paper"), self)
        self._grid = QGridLayout(self.who)
        self._grid.setColumnStretch(3, 1)
        self.outcome = OutcomeBanner(self.tr("Outcome"), self)
        self.record_button = QPushButton(self.tr("&Record"), self)
        self.record_button.setDefault(True)
        self.record_button.clicked.connect(self._record)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addLayout(print_row)
        layout.addWidget(self.progress)
        layout.addLayout(scan_row)
        layout.addWidget(self.who)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addLayout(footer(self._background, buttons, self))
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.sizeHint().height())

    def _set_enabled(self, enabled: bool) -> None:
        waiting = enabled and self.state is not None and not self.state.complete
        for widget in (self.print_button, self.choose_scan, self.who, self.record_button):
            widget.setEnabled(waiting)

    def _show_state(self, state: SigningState) -> None:
        self.state = state
        self.heading.setText(version_heading(state))
        self.progress.show_state(state)
        clear_layout(self._grid)
        self._rows = [self._add_row(i, rep) for i, rep in enumerate(state.waiting_for)]
        self._set_enabled(True)

    def _add_row(self, index: int, rep: RepresentativeState) -> _Row:
        name = rep.signing.representative.name
        signed = named(
            QCheckBox(self.tr("{representative} signed").format(representative=rep.label), self),
            self.tr("{name} signed").format(name=name),
            self.tr("Tick if this representative signed the printed agreement by hand."),
        )
        date = named(
            DateEdit(today_qdate(), self),
            self.tr("Date {name} signed").format(name=name),
            self.tr("The date written beside the signature; not later than today."),
        )
        date.setCalendarPopup(True)
        date.setDisplayFormat(date_format())
        date.setMaximumDate(today_qdate())
        place = line_edit(
            self,
            self.tr("Place where {name} signed").format(name=name),
            self.tr("The town written beside the signature."),
        )
        place.setPlaceholderText(self.tr("Place"))
        for widget in (date, place):
            widget.setEnabled(False)
            signed.toggled.connect(widget.setEnabled)
        self._grid.addWidget(signed, index, 0)
        self._grid.addWidget(QLabel(self.tr("on"), self), index, 1)
        self._grid.addWidget(date, index, 2)
        self._grid.addWidget(place, index, 3)
        return _Row(rep.signing.representative.id, signed, date, place)

    # -- actions --------------------------------------------------------------------------

    def _choose_scan(self) -> None:
        path = self._dialogs.open_file(
            self,
            self.tr("Choose the scan of the signed pages"),
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"),
        )
        if path is not None:
            self._scan = path
            self.scan.setText(str(path))

    def signatures(self) -> list[InkSignature]:
        """The signatures ticked in the dialog."""
        out = []
        for row in self._rows:
            if row.signed.isChecked():
                day = row.date.date()
                out.append(
                    InkSignature(
                        representative_id=row.representative_id,
                        signed_on=dt.date(day.year(), day.month(), day.day()),
                        place=row.place.text().strip(),
                    )
                )
        return out

    def _record(self) -> None:
        title = self.windowTitle()
        scan = self._scan
        if scan is None:
            self._dialogs.error(self, title, self.tr("Choose the scan of the signed pages."))
            return
        signatures = self.signatures()
        if not signatures:
            self._dialogs.error(self, title, self.tr("Tick each representative who signed."))
            return
        workspace, agreement_id, number, catalogue, _ = self._target()

        def work() -> RecordedSignatures:
            return record_ink_signatures(
                workspace,
                agreement_id,
                number,
                read_file(scan, "a scan"),
                scan.name,
                signatures,
                catalogue=catalogue,
            )

        self._set_enabled(False)
        self._background.run(work, self._recorded, self._failed, self)

    def _recorded(self, result: RecordedSignatures) -> None:
        self._show_state(result.state)
        names = ", ".join(s.record.signatory for s in result.recorded)
        if result.version_signed:
            text = self.tr(
                "Recorded the ink signatures of {names}. Everyone has signed: the version is now "
                "signed, and the scan is stored with it (SHA-256 {sha256})."
            ).format(names=names, sha256=result.sha256)
        else:
            waiting = ", ".join(r.signing.representative.name for r in result.state.waiting_for)
            text = self.tr(
                "Recorded the ink signatures of {names}, and stored the scan with the version. "
                "Still to sign: {waiting}."
            ).format(names=names, waiting=waiting)
        self.outcome.show_outcome(Outcome.GOOD, text)
        self.recorded.emit(result)

    def _failed(self, error: Exception) -> None:
        self._set_enabled(True)
        show_failure(self._dialogs, self, self.windowTitle(), error)

    def _save_final(self) -> None:
        path = self._dialogs.save_file(
            self,
            self.tr("Save the final PDF to print"),
            self.tr("PDF files (*.pdf)"),
            f"{self._agreement_id}-version-{self._number}-final.pdf",
        )
        if path is None:
            return
        workspace, agreement_id, number, catalogue, library = self._target()

        def work() -> SigningState:
            final = finalise(workspace, agreement_id, number, catalogue=catalogue, library=library)
            write_pdf(path, final.pdf)
            return signing_state(workspace, agreement_id, number)

        def done(state: SigningState) -> None:
            self.state = state
            self.progress.show_state(state)
            self.outcome.show_outcome(
                Outcome.GOOD,
                self.tr(
                    "Saved the final PDF to {path}; the version is marked ready to sign. Print it "
                    "and have it signed."
                ).format(path=path),
            )

        self._background.run(work, done, self._failed, self)

"""The Sign dialog: a representative signs their field of a stored version with a PKCS#12
certificate file and its passphrase, or with a smartcard or token and its PIN; the signed PDF
is recorded with the version at once.

The next representative signs the file the previous one signed; when everyone has signed, the
version is signed. The passphrase (or PIN) is typed into a password field, used once on a
worker thread and never kept. The dialog can also save the PDF to sign (for a partner who signs
elsewhere) and record a PDF signed elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from coopbuilder.core.vocabulary import Language
from coopbuilder.documents.agreement import write_pdf
from coopbuilder.documents.signature_fields import list_fields
from coopbuilder.documents.signing import sign
from coopbuilder.documents.signing_settings import set_timestamp_url, timestamp_url
from coopbuilder.documents.tokens import remember_module, sign_with_token
from coopbuilder.store.errors import ProtectedVersionError
from coopbuilder.ui.signing.card_chooser import CardChooser
from coopbuilder.ui.signing.common import (
    Outcome,
    OutcomeBanner,
    VersionDialog,
    failure_text,
    footer,
    read_file,
    show_failure,
    show_fault,
)
from coopbuilder.ui.signing.progress import SignatureProgress, version_heading
from coopbuilder.ui.texts import error_text
from coopbuilder.ui.widgets.fields import hint, line_edit, named
from coopbuilder.workflows.signing import (
    RecordedSignatures,
    SigningState,
    document_to_sign,
    library_of,
    record_signed_pdf,
    signing_state,
)

_Work = Callable[[], tuple[bytes, RecordedSignatures]]
"""Work that ends with a signed PDF recorded with the version."""


@dataclass(frozen=True)
class _Loaded:
    pdf: bytes
    state: SigningState
    first_signature: bool
    timestamp_url: str | None


class SignDialog(VersionDialog):
    """Sign version ``number`` of agreement ``agreement_id`` in ``workspace``:
    ``SignDialog(workspace, agreement_id, number, background=..., dialogs=...)``.

    Opening it makes the version's final PDF (marking the version ready to sign) unless a signed
    PDF is already stored with it. ``recorded`` is emitted with each
    :class:`~coopbuilder.workflows.signing.RecordedSignatures`; ``state`` is the latest
    :class:`~coopbuilder.workflows.signing.SigningState`.
    """

    def _setup(self) -> None:
        self._pdf: bytes | None = None
        self._certificate: Path | None = None
        self._first_signature = False
        self._timestamp_url: str | None = None
        self.setWindowTitle(self.tr("Sign the agreement"))
        self._build()
        self._set_working(True)
        self._load()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        intro = hint(
            self.tr(
                "Each representative signs their own signature field with their certificate file "
                "(.p12 or .pfx) and its passphrase, or with their smartcard or token and its PIN. "
                "The signed PDF is stored with this version; "
                "the next representative signs that file. When everyone has signed, the version "
                "is signed and can no longer be changed."
            ),
            self,
        )
        self.progress = SignatureProgress(self)
        self.representative = named(
            QComboBox(self),
            self.tr("Representative who signs"),
            self.tr("The representative whose signature is added now."),
        )
        self.with_file = named(
            QRadioButton(self.tr("Certificate f&ile (.p12 or .pfx)"), self),
            self.tr("Certificate file (.p12 or .pfx)"),
            self.tr("Sign with a certificate file and its passphrase."),
        )
        self.with_card = named(
            QRadioButton(self.tr("Smartcard or &token"), self),
            self.tr("Smartcard or token"),
            self.tr(
                "Sign with the key on a smartcard or token (a service ID card, a signature card, "
                "a USB token) and its PIN; the key never leaves the card."
            ),
        )
        self.with_file.setChecked(True)
        route = QButtonGroup(self)
        route.addButton(self.with_file)
        route.addButton(self.with_card)
        self.with_card.toggled.connect(self._route_changed)
        route_row = QHBoxLayout()
        route_row.addWidget(self.with_file)
        route_row.addWidget(self.with_card)
        route_row.addStretch(1)

        self.certificate = named(
            QLineEdit(self),
            self.tr("Certificate file"),
            self.tr("The signer's certificate file (.p12 or .pfx); choose it with the button."),
        )
        self.certificate.setReadOnly(True)
        self.certificate.setPlaceholderText(self.tr("No certificate file chosen"))
        self.choose_certificate = QPushButton(self.tr("Choose certificate &file..."), self)
        self.choose_certificate.clicked.connect(self._choose_certificate)
        certificate_row = QHBoxLayout()
        certificate_row.addWidget(self.certificate, 1)
        certificate_row.addWidget(self.choose_certificate)
        self.passphrase = named(
            QLineEdit(self),
            self.tr("Passphrase of the certificate file"),
            self.tr("Used once to open the certificate file; it is never stored."),
        )
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.place = line_edit(
            self,
            self.tr("Place of signing"),
            self.tr("The town where the representative signs; it is written into the signature."),
        )
        self.certify = named(
            QCheckBox(
                self.tr(
                    "Certify the document: afterwards only form filling and further signatures "
                    "are allowed"
                ),
                self,
            ),
            self.tr("Certify the document"),
            self.tr("Only the first signature can certify the document."),
        )
        self.card = CardChooser(self._background, self._dialogs, self)
        self.card.chosen.connect(self._card_chosen)

        self.timestamp = named(
            QCheckBox(self.tr("No time-stamping service is set"), self),
            self.tr("Timestamp"),
            self.tr(
                "A timestamp from the organisation's time-stamping service proves when the "
                "signature was made; only the signature's hash is sent to the service."
            ),
        )
        self.timestamp.setEnabled(False)
        self.timestamp_service = QPushButton(self.tr("Time-stampin&g service..."), self)
        self.timestamp_service.clicked.connect(self._ask_timestamp_service)
        timestamp_row = QHBoxLayout()
        timestamp_row.addWidget(self.timestamp, 1)
        timestamp_row.addWidget(self.timestamp_service)

        form = QFormLayout()
        form.addRow(self.tr("&Representative:"), self.representative)
        form.addRow(self.tr("Sign with:"), route_row)
        first = form.rowCount()
        form.addRow(self.tr("Certificate:"), certificate_row)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self._file_rows = list(range(first, form.rowCount()))
        self._card_rows = self.card.add_rows(form)
        form.addRow(self.tr("P&lace:"), self.place)
        form.addRow(self.tr("Timestamp:"), timestamp_row)
        form.addRow(self.certify)
        self._form = form
        for row in self._card_rows:
            form.setRowVisible(row, False)

        self.outcome = OutcomeBanner(self.tr("Outcome"), self)
        self.sign_button = QPushButton(self.tr("&Sign"), self)
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(self._sign)
        self.save_button = QPushButton(self.tr("Sa&ve the PDF..."), self)
        self.save_button.setToolTip(
            self.tr("Save the PDF to sign, e.g. for a partner who signs elsewhere.")
        )
        self.save_button.clicked.connect(self._save)
        self.record_button = QPushButton(self.tr("Record a PDF signed &elsewhere..."), self)
        self.record_button.clicked.connect(self._record_elsewhere)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in (self.sign_button, self.save_button, self.record_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addWidget(self.progress)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addLayout(footer(self._background, buttons, self))
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.sizeHint().height())

    def _set_working(self, working: bool) -> None:
        ready = not working and self._pdf is not None and self.state is not None
        waiting = ready and self.state is not None and not self.state.complete
        for widget in (
            self.representative,
            self.with_file,
            self.with_card,
            self.choose_certificate,
            self.passphrase,
            self.place,
            self.sign_button,
            self.record_button,
        ):
            widget.setEnabled(waiting)
        self.card.set_working(not waiting)
        self.timestamp.setEnabled(waiting and self._timestamp_url is not None)
        self.timestamp_service.setEnabled(not working)
        if self.with_card.isChecked() and self.card.key() is None:
            self.sign_button.setEnabled(False)
        self.save_button.setEnabled(ready)
        self.certify.setEnabled(waiting and self._first_signature)

    # -- loading --------------------------------------------------------------------------

    def _load(self) -> None:
        workspace, agreement_id, number, catalogue, library = self._target()

        def work() -> _Loaded:
            pdf = document_to_sign(
                workspace,
                agreement_id,
                number,
                catalogue=catalogue,
                library=library,
            )
            return _Loaded(
                pdf=pdf,
                state=signing_state(workspace, agreement_id, number),
                first_signature=not any(f.signed for f in list_fields(pdf)),
                timestamp_url=timestamp_url(),
            )

        self._background.run(work, self._loaded, self._load_failed, self)

    def _loaded(self, loaded: _Loaded) -> None:
        self._pdf = loaded.pdf
        self._first_signature = loaded.first_signature
        self.certify.setChecked(loaded.first_signature)
        self._show_timestamp_service(loaded.timestamp_url)
        self._show_state(loaded.state)
        self._set_working(False)

    def _load_failed(self, error: Exception) -> None:
        if isinstance(error, ProtectedVersionError):
            self.outcome.show_outcome(Outcome.GOOD, error_text(error))
        else:
            self.outcome.show_outcome(Outcome.PROBLEM, failure_text(error))
        self.heading.setText(self.tr("This version cannot be signed here."))
        self._set_working(False)
        show_fault(self._dialogs, self, self.windowTitle(), error)

    def _show_state(self, state: SigningState) -> None:
        self.state = state
        self.heading.setText(version_heading(state))
        self.progress.show_state(state)
        self.representative.clear()
        for rep in state.waiting_for:
            self.representative.addItem(rep.label, rep.field_name)
            self.representative.setItemData(
                self.representative.count() - 1,
                self.tr("Signature field: {field}").format(field=rep.field_name),
                Qt.ItemDataRole.ToolTipRole,
            )

    # -- actions --------------------------------------------------------------------------

    def _route_changed(self) -> None:
        card = self.with_card.isChecked()
        for row in self._file_rows:
            self._form.setRowVisible(row, not card)
        for row in self._card_rows:
            self._form.setRowVisible(row, card)
        if card:
            self.card.start()
        self._card_chosen()

    def _card_chosen(self) -> None:
        """What the card route shows changed: the Sign button follows, and the dialog grows to
        show the certificate's details whole."""
        self._set_working(False)
        layout = self.layout()
        if layout is not None:
            layout.activate()
            needed = layout.totalHeightForWidth(self.width())
            self.resize(self.width(), max(self.height(), needed, self.sizeHint().height()))

    def _choose_certificate(self) -> None:
        path = self._dialogs.open_file(
            self,
            self.tr("Choose the certificate file of the person who signs"),
            self.tr("Certificate files (*.p12 *.pfx);;All files (*)"),
        )
        if path is not None:
            self._certificate = path
            self.certificate.setText(str(path))
            self.passphrase.setFocus()

    def _sign(self) -> None:
        title = self.tr("Sign the agreement")
        field = self.representative.currentData()
        if not isinstance(field, str) or self._pdf is None:
            self._dialogs.error(self, title, self.tr("Choose the representative who signs."))
            return
        if self.with_card.isChecked():
            self._sign_with_card(field)
            return
        if self._certificate is None:
            self._dialogs.error(
                self,
                title,
                self.tr("Choose the certificate file (.p12 or .pfx) of the person who signs."),
            )
            return
        language = self.state.language if self.state is not None else Language.EN
        passphrase = self.passphrase.text().encode()
        self.passphrase.clear()
        pdf, certificate = self._pdf, self._certificate
        certify = self.certify.isEnabled() and self.certify.isChecked()
        stamping = self._stamping()
        place = self.place.text().strip() or None
        workspace, agreement_id, number, catalogue, library = self._target()
        file_name = f"{agreement_id}-version-{number}-signed.pdf"

        def work() -> tuple[bytes, RecordedSignatures]:
            p12 = read_file(certificate, "a certificate file")
            signed = sign(
                pdf,
                field,
                p12,
                passphrase,
                certify=certify,
                location=place,
                language=language,
                library=library_of(library),
                timestamp_url=stamping,
            )
            result = record_signed_pdf(
                workspace,
                agreement_id,
                number,
                signed,
                file_name,
                catalogue=catalogue,
                library=library,
            )
            return signed, result

        self._start(work)

    def _stamping(self) -> str | None:
        """The time-stamping service the signature asks, if one is set and chosen."""
        chosen = self.timestamp.isEnabled() and self.timestamp.isChecked()
        return self._timestamp_url if chosen else None

    def _show_timestamp_service(self, url: str | None) -> None:
        self._timestamp_url = url
        if url is None:
            self.timestamp.setText(self.tr("No time-stamping service is set"))
            self.timestamp.setChecked(False)
        else:
            self.timestamp.setText(self.tr("Add a timestamp from {url}").format(url=url))
            self.timestamp.setChecked(True)
        self._set_working(self._pdf is None)

    def _ask_timestamp_service(self) -> None:
        url = self._dialogs.ask_text(
            self,
            self.tr("Time-stamping service"),
            self.tr(
                "The address of your organisation's time-stamping service (RFC 3161), e.g. "
                "https://tsa.example.org. Signatures made on this workstation then get its "
                "timestamp; only the signature's hash is sent to it. Leave it empty for no "
                "timestamps and no network use."
            ),
        )
        if url is None:
            return
        chosen = url.strip() or None

        def work() -> str | None:
            set_timestamp_url(chosen)
            return timestamp_url()

        self._background.run(
            work,
            self._show_timestamp_service,
            lambda error: show_failure(
                self._dialogs, self, self.tr("Time-stamping service"), error
            ),
            self,
        )

    def _sign_with_card(self, field: str) -> None:
        key = self.card.key()
        if key is None or self._pdf is None:
            self._dialogs.error(
                self,
                self.tr("Sign the agreement"),
                self.tr("Choose the card and the certificate to sign with."),
            )
            return
        language = self.state.language if self.state is not None else Language.EN
        pin = self.card.take_pin()
        pdf = self._pdf
        certify = self.certify.isEnabled() and self.certify.isChecked()
        stamping = self._stamping()
        place = self.place.text().strip() or None
        workspace, agreement_id, number, catalogue, library = self._target()
        file_name = f"{agreement_id}-version-{number}-signed.pdf"

        def work() -> tuple[bytes, RecordedSignatures]:
            signed = sign_with_token(
                pdf,
                field,
                key,
                pin,
                certify=certify,
                location=place,
                language=language,
                library=library_of(library),
                timestamp_url=stamping,
            )
            remember_module(key.module)
            result = record_signed_pdf(
                workspace,
                agreement_id,
                number,
                signed,
                file_name,
                catalogue=catalogue,
                library=library,
            )
            return signed, result

        self._start(work)

    def _record_elsewhere(self) -> None:
        path = self._dialogs.open_file(
            self,
            self.tr("Record a PDF signed elsewhere"),
            self.tr("PDF files (*.pdf);;All files (*)"),
        )
        if path is None:
            return
        workspace, agreement_id, number, catalogue, library = self._target()

        def work() -> tuple[bytes, RecordedSignatures]:
            pdf = read_file(path, "a PDF")
            result = record_signed_pdf(
                workspace,
                agreement_id,
                number,
                pdf,
                path.name,
                catalogue=catalogue,
                library=library,
            )
            return pdf, result

        self._start(work)

    def _start(self, work: _Work) -> None:
        self.outcome.clear()
        self._set_working(True)
        self._background.run(work, self._recorded, self._failed, self)

    def _recorded(self, done: tuple[bytes, RecordedSignatures]) -> None:
        pdf, result = done
        self._pdf = pdf
        self._first_signature = False
        self.certify.setChecked(False)
        self._show_state(result.state)
        names = ", ".join(s.record.signatory for s in result.recorded)
        sentences = [
            self.tr("Recorded the signature of {names} with version {number}.").format(
                names=names, number=result.state.number
            )
        ]
        if result.version_signed:
            sentences.append(
                self.tr(
                    "Every representative has signed: the version is now signed, and the signed "
                    "PDF is stored with it (SHA-256 {sha256})."
                ).format(sha256=result.sha256)
            )
        else:
            waiting = ", ".join(r.signing.representative.name for r in result.state.waiting_for)
            sentences.append(self.tr("Still to sign: {names}.").format(names=waiting))
        trial = result.report is not None and any(
            c.trial_certificate for c in result.report.signatures
        )
        if trial:
            sentences.append(
                self.tr(
                    "A signature was made with a TRIAL CERTIFICATE - NOT FOR REAL USE: it proves "
                    "nothing about who signed."
                )
            )
        if result.untrusted_signers:
            sentences.append(
                self.tr(
                    "Not marked trusted in this workspace: {names}. Check their certificates in "
                    "the Verify dialog."
                ).format(names=", ".join(result.untrusted_signers))
            )
        self.outcome.show_outcome(Outcome.WARNING if trial else Outcome.GOOD, " ".join(sentences))
        self._set_working(False)
        self.recorded.emit(result)

    def _failed(self, error: Exception) -> None:
        self._set_working(False)
        show_failure(self._dialogs, self, self.tr("Sign the agreement"), error)

    def _save(self) -> None:
        pdf, state = self._pdf, self.state
        if pdf is None or state is None:
            return
        path = self._dialogs.save_file(
            self,
            self.tr("Save the PDF"),
            self.tr("PDF files (*.pdf)"),
            f"{state.agreement_id}-version-{state.number}.pdf",
        )
        if path is None:
            return
        self._background.run(
            lambda: write_pdf(path, pdf),
            lambda _: self.outcome.show_outcome(
                Outcome.GOOD, self.tr("Saved the PDF to {path}.").format(path=path)
            ),
            lambda error: show_failure(self._dialogs, self, self.tr("Save the PDF"), error),
            self,
        )

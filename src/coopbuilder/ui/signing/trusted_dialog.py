"""The certificates the workspace trusts: the question asked before marking one trusted, and a
dialog that lists them, adds a person's or an authority's certificate from a file and takes the
mark back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopbuilder.documents.certificates import CertificateFileError, CertificateInfo, is_pkcs12
from coopbuilder.store.certificates import TrustedCertificate
from coopbuilder.store.models import TrustKind
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.background import Background
from coopbuilder.ui.signing.common import read_file, show_failure
from coopbuilder.ui.signing.dialogs import SigningDialogs
from coopbuilder.ui.texts import format_date
from coopbuilder.ui.widgets.fields import hint
from coopbuilder.workflows.trust import (
    certificates_in_file,
    distrust,
    trust,
    trusted_certificates,
)


def fingerprint_lines(sha256: str) -> str:
    """A SHA-256 fingerprint as people compare it: pairs of hex digits, two lines of 16."""
    pairs = [sha256[i : i + 2].upper() for i in range(0, len(sha256), 2)]
    return ":".join(pairs[:16]) + "\n" + ":".join(pairs[16:])


def trust_question(info: CertificateInfo, kind: TrustKind = TrustKind.PERSON) -> str:
    """The question asked before a certificate is marked trusted: who it names, who issued it,
    its fingerprint to compare with its holder, what the mark covers, and a warning for a trial
    certificate."""

    translate = QCoreApplication.translate
    who = info.name or info.subject
    if info.organisation:
        who = translate("TrustQuestion", "{name} ({organisation})").format(
            name=who, organisation=info.organisation
        )
    if kind is TrustKind.AUTHORITY:
        question = translate(
            "TrustQuestion",
            "Mark the certification authority {who} as trusted in this workspace? Every "
            "certificate it issued will count as trusted: do so only for your organisation's "
            "or a trust service provider's authority.",
        ).format(who=who)
    else:
        question = translate(
            "TrustQuestion",
            "Mark the certificate of {who} as trusted in this workspace? Signatures made with "
            "exactly this certificate will count as trusted; certificates its key may have "
            "issued will not.",
        ).format(who=who)
    parts = [
        question,
        translate(
            "TrustQuestion",
            "Only do so after checking with its holder (by phone or in person) that this is "
            "their certificate: compare its SHA-256 fingerprint:",
        ),
        fingerprint_lines(info.sha256),
        translate("TrustQuestion", "Issued by: {issuer}. Valid from {start} until {end}.").format(
            issuer=translate("TrustQuestion", "the holder itself (self-signed)")
            if info.self_signed
            else info.issuer,
            start=format_date(info.valid_from.date()),
            end=format_date(info.valid_until.date()),
        ),
    ]
    if info.trial:
        parts.append(
            translate(
                "TrustQuestion",
                "This is a TRIAL CERTIFICATE - NOT FOR REAL USE. Anyone can make one, so a "
                "signature made with it proves nothing about who signed. Trust it only to try "
                "out signing.",
            )
        )
    return "\n\n".join(parts)


class TrustedCertificatesDialog(QDialog):
    """The certificates ``workspace`` trusts for verifying signatures: add, list, remove."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        background: Background,
        dialogs: SigningDialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._background = background
        self._dialogs = dialogs
        self._certificates: list[TrustedCertificate] = []
        self.setWindowTitle(self.tr("Trusted certificates"))
        intro = hint(
            self.tr(
                "A signature is reported as trusted when the signer's certificate is exactly one "
                "of the people's certificates here (compared by its fingerprint), or was issued "
                "by a certification authority marked here as an authority. Add a certificate "
                "only after checking with its holder that it is theirs."
            ),
            self,
        )
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Trusted certificates"))
        self.table.setAccessibleDescription(
            self.tr("The certificates whose signatures count as trusted in this workspace.")
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Certificate"),
                self.tr("Trusted as"),
                self.tr("Fingerprint (SHA-256)"),
                self.tr("Added"),
                self.tr("Note"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.add_button = QPushButton(self.tr("&Add a person's certificate..."), self)
        self.add_button.clicked.connect(lambda: self._add(TrustKind.PERSON))
        self.add_authority_button = QPushButton(self.tr("Add an a&uthority's certificate..."), self)
        self.add_authority_button.clicked.connect(lambda: self._add(TrustKind.AUTHORITY))
        self.remove_button = QPushButton(self.tr("&Remove the trusted mark"), self)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self._remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.add_authority_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 175, self.fontMetrics().height() * 20)
        self.refresh()

    def refresh(self) -> None:
        workspace = self._workspace
        self._background.run(
            lambda: trusted_certificates(workspace), self._show, self._failed, self
        )

    def _show(self, certificates: list[TrustedCertificate]) -> None:
        self._certificates = certificates
        self.table.setRowCount(len(certificates))
        for row, certificate in enumerate(certificates):
            added = self.tr("{date}, user name {who}").format(
                date=format_date(certificate.added_at.astimezone().date()), who=certificate.added_by
            )
            full = fingerprint_lines(certificate.fingerprint)
            short = full.split("\n")[0][:23] + " …"
            kind = (
                self.tr("a certification authority")
                if certificate.kind is TrustKind.AUTHORITY
                else self.tr("a person's own")
            )
            cells = [certificate.subject, kind, short, added, certificate.note]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(full if column == 2 else text)
                self.table.setItem(row, column, item)
        self._selected()

    def _failed(self, error: Exception) -> None:
        show_failure(self._dialogs, self, self.windowTitle(), error)

    def _selected(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _add(self, kind: TrustKind) -> None:
        path = self._dialogs.open_file(
            self,
            self.tr("Add a trusted certificate"),
            self.tr("Certificate files (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)"),
        )
        if path is not None:
            self._background.run(
                lambda: read_file(path, "a certificate file"),
                lambda data: self._open(path, data, kind),
                self._failed,
                self,
            )

    def _open(
        self, path: Path, data: bytes, kind: TrustKind, passphrase: bytes | None = None
    ) -> None:
        """Find the certificates in the file off the GUI thread (opening a PKCS#12 file derives
        its key); a .p12 file that needs a passphrase is opened again with the one asked for."""

        def not_opened(error: Exception) -> None:
            asked_before = passphrase is not None
            if not isinstance(error, CertificateFileError) or not is_pkcs12(data) or asked_before:
                self._failed(error)
                return
            asked = self._dialogs.passphrase(
                self,
                self.tr("Add a trusted certificate"),
                self.tr("The passphrase of {file} (only its public certificate is used):").format(
                    file=path.name
                ),
            )
            if asked is not None:
                self._open(path, data, kind, asked)

        self._background.run(
            lambda: certificates_in_file(data, passphrase),
            lambda found: self._confirm(path, found, kind),
            not_opened,
            self,
        )

    def _confirm(self, path: Path, found: list[CertificateInfo], kind: TrustKind) -> None:
        title = self.tr("Add a trusted certificate")
        if kind is TrustKind.AUTHORITY:
            for info in [info for info in found if not info.authority]:
                self._dialogs.error(
                    self,
                    title,
                    self.tr(
                        "{file}: the certificate of {who} is not a certification authority's (it "
                        "may not issue certificates), so it cannot be trusted as an authority. "
                        "Add it as a person's certificate if it is one."
                    ).format(file=path.name, who=info.name or info.subject),
                )
            found = [info for info in found if info.authority]
        chosen = [
            info for info in found if self._dialogs.confirm(self, title, trust_question(info, kind))
        ]
        workspace, note = self._workspace, self.tr("from {file}").format(file=path.name)
        self._background.run(
            lambda: [trust(workspace, info, note, kind) for info in chosen],
            lambda _: self.refresh(),
            self._failed,
            self,
        )

    def _remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        certificate = self._certificates[rows[0].row()]
        question = self.tr(
            "Remove the trusted mark from the certificate of {subject}? Its signatures will be "
            "reported as not trusted."
        ).format(subject=certificate.subject)
        if self._dialogs.confirm(self, self.tr("Remove the trusted mark"), question):
            workspace = self._workspace
            self._background.run(
                lambda: distrust(workspace, certificate.fingerprint),
                lambda _: self.refresh(),
                self._failed,
                self,
            )

"""The Trial certificate dialog: makes a self-signed certificate for trying out signing, after a
loud warning that it is not for real use. Nothing is made until the person names the file.

It writes the key and certificate (``NAME.p12``, readable only by its owner) and the public
certificate beside it (``NAME.pem``), as ``coopbuilder trial-cert`` does.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopbuilder.documents.certificates import (
    TRIAL_MARK,
    TrialCertificateFiles,
    write_trial_certificate,
)
from coopbuilder.documents.final import slug_of
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.background import Background
from coopbuilder.ui.signing.common import (
    Outcome,
    OutcomeBanner,
    footer,
    read_file,
    show_failure,
)
from coopbuilder.ui.signing.dialogs import SigningDialogs
from coopbuilder.ui.texts import format_date
from coopbuilder.ui.widgets.fields import hint, line_edit, named
from coopbuilder.workflows.trust import certificates_in_file, trust


class TrialCertificateDialog(QDialog):
    """Make a trial certificate. With ``workspace``, it can also be marked trusted there (for
    trying out verification). ``made`` is emitted with the
    :class:`~coopbuilder.documents.certificates.TrialCertificateFiles`."""

    made = Signal(object)

    def __init__(
        self,
        *,
        background: Background,
        dialogs: SigningDialogs,
        workspace: Workspace | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._background = background
        self._dialogs = dialogs
        self._workspace = workspace
        self.setWindowTitle(self.tr("Make a trial certificate"))
        self._build()

    def _build(self) -> None:
        warning = OutcomeBanner(self.tr("Warning"), self)
        warning.show_outcome(
            Outcome.PROBLEM,
            self.tr(
                "A trial certificate is only for trying out signing. Anyone can make one in any "
                "name, so a signature made with it proves nothing about who signed. Sign a real "
                "agreement with a certificate from your organisation or from a trust service "
                "provider."
            ),
            headline=TRIAL_MARK,
        )
        self.name = line_edit(
            self,
            self.tr("Name of the person"),
            self.tr("Who the trial certificate is made out to; it shows in the signature."),
        )
        self.organisation = line_edit(
            self,
            self.tr("Organisation"),
            self.tr("The person's organisation, written into the certificate."),
        )
        self.passphrase = named(
            QLineEdit(self),
            self.tr("Passphrase to protect the key"),
            self.tr("Needed to sign with the certificate; it is not stored."),
        )
        self.repeat = named(
            QLineEdit(self),
            self.tr("Repeat the passphrase"),
            self.tr("The same passphrase again, so a typing mistake is noticed."),
        )
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.valid_days = named(
            QSpinBox(self),
            self.tr("Valid for how many days"),
            self.tr("How long signatures can be made with it, from today; 1 to 3650 days."),
        )
        self.valid_days.setRange(1, 3650)
        self.valid_days.setValue(365)
        self.valid_days.setSuffix(self.tr(" days"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("R&epeat:"), self.repeat)
        form.addRow(self.tr("&Valid for:"), self.valid_days)
        self.understood = named(
            QCheckBox(self.tr("I understand that this certificate is not for real use."), self),
            self.tr("Not for real use: understood"),
            self.tr("A trial certificate proves nothing about who signed; tick to go on."),
        )
        self.understood.toggled.connect(self._update)
        self.trust_it = named(
            QCheckBox(
                self.tr("Also mark it trusted in this workspace, to try out verification"), self
            ),
            self.tr("Mark it trusted in this workspace"),
            self.tr("Tick so that signatures made with it verify as trusted here."),
        )
        self.trust_it.setVisible(self._workspace is not None)
        self.outcome = OutcomeBanner(self.tr("Outcome"), self)
        self.make_button = QPushButton(self.tr("&Save the trial certificate..."), self)
        self.make_button.clicked.connect(self._make)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(
            hint(
                self.tr(
                    "Two files are written: NAME.p12 with the key (keep it to yourself) and "
                    "NAME.pem with the public certificate (give it to whoever checks your "
                    "signatures)."
                ),
                self,
            )
        )
        layout.addWidget(self.understood)
        layout.addWidget(self.trust_it)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addLayout(footer(self._background, buttons, self))
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())
        self._update()

    def _update(self) -> None:
        self.make_button.setEnabled(self.understood.isChecked())

    def _make(self) -> None:
        title = self.windowTitle()
        name = self.name.text().strip()
        if not name:
            self._dialogs.error(self, title, self.tr("Enter the name of the person."))
            return
        if not self.passphrase.text():
            self._dialogs.error(
                self, title, self.tr("Enter a passphrase to protect the certificate's key.")
            )
            return
        if self.passphrase.text() != self.repeat.text():
            self._dialogs.error(self, title, self.tr("The two passphrases differ."))
            return
        path = self._dialogs.save_file(
            self,
            self.tr("Save the trial certificate"),
            self.tr("Certificate files (*.p12)"),
            f"{slug_of(name) or 'trial'}-trial.p12",
        )
        if path is None:
            return
        if path.suffix.lower() != ".p12":
            path = path.with_name(path.name + ".p12")
        passphrase = self.passphrase.text().encode()
        self.passphrase.clear()
        self.repeat.clear()
        organisation = self.organisation.text().strip() or None
        days = self.valid_days.value()
        workspace = self._workspace if self.trust_it.isChecked() else None

        def work() -> TrialCertificateFiles:
            files = write_trial_certificate(path, name, organisation, passphrase, valid_days=days)
            if workspace is not None:
                for info in certificates_in_file(read_file(files.pem, "a certificate file")):
                    trust(workspace, info, "trial certificate made in CoopBuilder")
            return files

        self.make_button.setEnabled(False)
        self._background.run(work, self._made, self._failed, self)

    def _made(self, files: TrialCertificateFiles) -> None:
        self._update()
        self.outcome.show_outcome(
            Outcome.WARNING,
            self.tr(
                "Wrote the trial certificate to {p12} and its public certificate to {pem}. It is "
                "valid until {date}. It is a {mark}."
            ).format(
                p12=files.p12,
                pem=files.pem,
                date=format_date(files.valid_until.date()),
                mark=TRIAL_MARK,
            ),
        )
        self.made.emit(files)

    def _failed(self, error: Exception) -> None:
        self._update()
        show_failure(self._dialogs, self, self.windowTitle(), error)

"""Choosing a smartcard or token in the Sign dialog: the PKCS#11 module (the one used last on
this workstation, then the usual locations of the platform), the card found through it, and
the certificate on the card, shown with its holder, issuer and validity; then the PIN.

Looking for modules, cards and certificates talks to the card's software and may take a
moment: it runs on a worker thread. The PIN is typed into a password field and handed to the
signing work once; it is never kept.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.x509.oid import NameOID
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from coopbuilder.documents.tokens import (
    TokenCertificate,
    TokenInfo,
    TokenKey,
    list_certificates,
    list_tokens,
    remembered_module,
    usual_modules,
)
from coopbuilder.ui.background import Background
from coopbuilder.ui.signing.common import failure_text
from coopbuilder.ui.signing.dialogs import SigningDialogs
from coopbuilder.ui.texts import format_date
from coopbuilder.ui.widgets.fields import named


def _modules() -> list[Path]:
    """The module used last, then the usual locations (those installed first)."""
    found = usual_modules()
    last = remembered_module()
    return [last, *[p for p in found if p != last]] if last else found


class CardChooser(QObject):
    """The module, the card and the certificate to sign with, and the PIN: widgets of
    ``parent``, which :meth:`add_rows` puts into its form. :meth:`start` looks for the modules
    (once); ``chosen`` is emitted whenever what is chosen changes."""

    chosen = Signal()

    def __init__(self, background: Background, dialogs: SigningDialogs, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._background = background
        self._dialogs = dialogs
        self._started = False
        self._certificates: list[TokenCertificate] = []
        self._looking_in: Path | None = None

        self.module = named(
            QComboBox(parent),
            self.tr("PKCS#11 module"),
            self.tr(
                "The library through which the program talks to the card, installed with the "
                "card's software (OpenSC: opensc-pkcs11). Remembered on this workstation."
            ),
        )
        self.module.setEditable(True)
        self.module.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.module.setMinimumContentsLength(30)
        self.module.activated.connect(lambda _: self.find_cards())
        self.browse = QPushButton(self.tr("Choose mo&dule..."), parent)
        self.browse.clicked.connect(self._browse)
        self.find_button = QPushButton(self.tr("Fi&nd cards"), parent)
        self.find_button.clicked.connect(self.find_cards)
        module_row = QHBoxLayout()
        module_row.setContentsMargins(0, 0, 0, 0)
        module_row.addWidget(self.module, 1)
        module_row.addWidget(self.browse)
        module_row.addWidget(self.find_button)

        self.token = named(
            QComboBox(parent),
            self.tr("Card or token"),
            self.tr("The card (or token) inserted, by its label."),
        )
        self.token.currentIndexChanged.connect(lambda _: self._token_changed())
        self.certificate = named(
            QComboBox(parent),
            self.tr("Certificate on the card"),
            self.tr("The certificate the signature is made with: its holder and issuer."),
        )
        self.certificate.currentIndexChanged.connect(lambda _: self._certificate_changed())
        self.details = QLabel(parent)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        named(self.details, self.tr("About the certificate"))
        self.pin = named(
            QLineEdit(parent),
            self.tr("PIN of the card"),
            self.tr("Handed to the card once to sign; it is never stored."),
        )
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)

        self._module_row = module_row

    def add_rows(self, form: QFormLayout) -> list[int]:
        """Add the rows of the card to ``form``; their indexes (to show or hide them)."""
        first = form.rowCount()
        module_label = QLabel(self.tr("&Module:"), self._parent)
        module_label.setBuddy(self.module)
        form.addRow(module_label, self._module_row)
        form.addRow(self.tr("C&ard:"), self.token)
        form.addRow(self.tr("Certifi&cate:"), self.certificate)
        form.addRow("", self.details)
        form.addRow(self.tr("&PIN:"), self.pin)
        return list(range(first, form.rowCount()))

    # -- what is chosen -------------------------------------------------------------------

    def key(self) -> TokenKey | None:
        """The key to sign with, or ``None`` while no certificate is chosen."""
        module = self.module.currentText().strip()
        index = self.certificate.currentIndex()
        if not module or not self.token.currentText() or index < 0:
            return None
        return TokenKey(
            module=Path(module),
            token=self.token.currentText(),
            cert_label=self._certificates[index].label,
        )

    def take_pin(self) -> str:
        """The PIN typed, which is cleared from the field."""
        pin = self.pin.text()
        self.pin.clear()
        return pin

    def set_working(self, working: bool) -> None:
        for widget in (self.module, self.browse, self.find_button, self.token, self.certificate):
            widget.setEnabled(not working)
        self.pin.setEnabled(not working)

    # -- looking for modules, cards and certificates --------------------------------------

    def start(self) -> None:
        """Offer the modules (once), and look for cards through the first one."""
        if self._started:
            return
        self._started = True
        self._background.run(_modules, self._modules_found, self._failed, self)

    def _modules_found(self, modules: list[Path]) -> None:
        self.module.clear()
        for path in modules:
            self.module.addItem(str(path))
        if modules:
            self.find_cards()

    def _browse(self) -> None:
        path = self._dialogs.open_file(
            self._parent,
            self.tr("Choose the PKCS#11 module of the card"),
            self.tr("PKCS#11 modules (*.so *.dll *.dylib);;All files (*)"),
        )
        if path is not None:
            self.module.setCurrentText(str(path))
            self.find_cards()

    def find_cards(self) -> None:
        """Look for the cards through the module given (off the GUI thread)."""
        module = Path(self.module.currentText().strip())
        self._show_tokens([])
        self.details.setText(self.tr("Looking for cards..."))
        self._looking_in = module

        def show(tokens: list[TokenInfo]) -> None:
            if module == self._looking_in:  # else another module was chosen meanwhile
                self._show_tokens(tokens)

        def failed(error: Exception) -> None:
            if module == self._looking_in:
                self._failed(error)

        self._background.run(lambda: list_tokens(module), show, failed, self)

    def _show_tokens(self, tokens: list[TokenInfo]) -> None:
        self.token.blockSignals(True)
        self.token.clear()
        for info in tokens:
            self.token.addItem(info.label)
            tip = self.tr("{model} by {manufacturer}, serial number {serial}").format(
                model=info.model, manufacturer=info.manufacturer, serial=info.serial
            )
            self.token.setItemData(self.token.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.token.blockSignals(False)
        self._show_certificates([])
        if tokens:
            self._token_changed()
        elif self._started:
            self.details.setText(self.tr("No card found: insert the card, then press Find cards."))

    def _token_changed(self) -> None:
        label = self.token.currentText()
        module = Path(self.module.currentText().strip())
        self._show_certificates([])
        if not label:
            return
        self.details.setText(self.tr("Reading the certificates on the card..."))
        asked = (module, label)

        def show(certificates: list[TokenCertificate]) -> None:
            if asked == self._asked():  # else the person chose another card meanwhile
                self._show_certificates(certificates)

        def failed(error: Exception) -> None:
            if asked == self._asked():
                self._failed(error)

        self._background.run(lambda: list_certificates(module, label), show, failed, self)

    def _asked(self) -> tuple[Path, str]:
        return Path(self.module.currentText().strip()), self.token.currentText()

    def _show_certificates(self, certificates: list[TokenCertificate]) -> None:
        self._certificates = list(certificates)
        self.certificate.blockSignals(True)
        self.certificate.clear()
        for cert in certificates:
            info = cert.info
            self.certificate.addItem(
                self.tr("{label}: {holder}, issued by {issuer}, valid until {end}").format(
                    label=cert.label,
                    holder=info.name or info.subject,
                    issuer=_issuer_name(cert),
                    end=format_date(info.valid_until.date()),
                )
            )
        self.certificate.blockSignals(False)
        self._certificate_changed()

    def _certificate_changed(self) -> None:
        index = self.certificate.currentIndex()
        if 0 <= index < len(self._certificates):
            info = self._certificates[index].info
            holder = info.name or info.subject
            if info.organisation:
                holder = self.tr("{name} ({organisation})").format(
                    name=holder, organisation=info.organisation
                )
            self.details.setText(
                self.tr(
                    "Holder: {holder}\nIssued by: {issuer}\nValid from {start} until {end}\n"
                    "Label on the card: {label}"
                ).format(
                    holder=holder,
                    issuer=_issuer_name(self._certificates[index]),
                    start=format_date(info.valid_from.date()),
                    end=format_date(info.valid_until.date()),
                    label=self._certificates[index].label,
                )
            )
        elif self.token.count():
            self.details.setText(self.tr("The card holds no certificate."))
        self.chosen.emit()

    def _failed(self, error: Exception) -> None:
        self.details.setText(failure_text(error))
        self.chosen.emit()


def _issuer_name(cert: TokenCertificate) -> str:
    """The issuer's common name, with its organisation when it has one (the whole name if it
    has neither)."""
    issuer = cert.certificate.issuer
    common = issuer.get_attributes_for_oid(NameOID.COMMON_NAME)
    organisation = issuer.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    if not common:
        return cert.info.issuer
    name = str(common[0].value)
    return f"{name} ({organisation[0].value!s})" if organisation else name

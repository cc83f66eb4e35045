"""The Sign dialog's card route against SoftHSM2 (tests/token_fixtures.py): the police manager
chooses "Smartcard or token", the module (the one remembered on the workstation comes first),
the card and the certificate on it (holder, issuer, validity), types the PIN and signs; the NGO
signs with a certificate file; the version is signed and both signatures verify. A wrong PIN is
said plainly and nothing is recorded. The organisation's time-stamping service is set in the
dialog (off by default) and a signature then carries its timestamp."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.documents.signing_settings import timestamp_url
from coopbuilder.documents.tokens import remember_module, remembered_module
from coopbuilder.documents.verification import TrustList, Verdict, verify
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.background import Background
from coopbuilder.ui.signing import SignDialog
from coopbuilder.workflows.signing import latest_signed_pdf
from tests.signing_fixtures import TrialCerts, pdfsig
from tests.timestamp_fixtures import Tsa, timestamp_of
from tests.token_fixtures import CA_NAME, CARD, HOLDER, LOCKED_CARD, PIN, SIGNING_LABEL, SoftHsm
from tests.ui.helpers import ScriptedDialogs, find

from .conftest import ID, TIMEOUT, CertificateFiles, opened_sign_dialog, sign_as

POLICE = "Petra Lindner (LKA Musterland)"
NGO = "Dr. Hans Weiß (Brückenschlag)"


def _card_chosen(qtbot: QtBot, dialog: SignDialog, softhsm: SoftHsm) -> None:
    """Choose the card route, the module, the police manager's card and its signing
    certificate."""
    qtbot.mouseClick(find(dialog, "Smartcard or token", QRadioButton), Qt.MouseButton.LeftButton)
    module = find(dialog, "PKCS#11 module", QComboBox)
    tokens = find(dialog, "Card or token", QComboBox)
    qtbot.waitUntil(lambda: tokens.count() > 0, timeout=TIMEOUT)
    assert module.currentText() == str(softhsm.module)  # the one remembered comes first
    tokens.setCurrentIndex(tokens.findText(CARD))
    certificates = find(dialog, "Certificate on the card", QComboBox)
    qtbot.waitUntil(lambda: certificates.count() == 2, timeout=TIMEOUT)
    index = next(
        i for i in range(certificates.count()) if certificates.itemText(i).startswith("Signatur:")
    )
    certificates.setCurrentIndex(index)


def _representative(dialog: SignDialog, who: str) -> None:
    combo = find(dialog, "Representative who signs", QComboBox)
    combo.setCurrentIndex(combo.findText(who))


def test_the_police_manager_signs_with_the_card_and_the_ngo_with_a_file(
    qtbot: QtBot,
    tmp_path: Path,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
    certificate_files: CertificateFiles,
    trial_certs: TrialCerts,
    softhsm: SoftHsm,
) -> None:
    remember_module(softhsm.module)
    dialog = opened_sign_dialog(qtbot, workspace, background, dialogs)
    _representative(dialog, POLICE)
    sign_button = find(dialog, "Sign", QPushButton)
    _card_chosen(qtbot, dialog, softhsm)

    certificate = find(dialog, "Certificate on the card", QComboBox)
    assert certificate.currentText().startswith(f"{SIGNING_LABEL}: {HOLDER}, issued by {CA_NAME}")
    details = find(dialog, "About the certificate", QLabel).text()
    assert f"Holder: {HOLDER} (LKA Musterland)" in details
    assert f"Issued by: {CA_NAME} (LKA Musterland)\nValid from " in details
    assert sign_button.isEnabled()
    dialog.grab().save(str(tmp_path / "sign-dialog-card.png"))

    pin = find(dialog, "PIN of the card", QLineEdit)
    assert pin.echoMode() is QLineEdit.EchoMode.Password
    qtbot.keyClicks(pin, PIN)
    qtbot.mouseClick(sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not background.busy, timeout=TIMEOUT)
    assert dialogs.errors == []
    assert pin.text() == ""  # the PIN is not kept
    assert "Recorded the signature of Petra Lindner with version 1." in dialog.outcome.text()
    assert "Still to sign: Dr. Hans Weiß." in dialog.outcome.text()

    # The NGO's representative signs with a certificate file in the same dialog.
    qtbot.mouseClick(
        find(dialog, "Certificate file (.p12 or .pfx)", QRadioButton), Qt.MouseButton.LeftButton
    )
    sign_as(qtbot, dialog, dialogs, background, NGO, certificate_files.anna, "anna-passphrase")
    assert dialogs.errors == []
    assert workspace.agreements.load(ID, 1).status is AgreementStatus.SIGNED

    signed = latest_signed_pdf(workspace, ID, 1)
    assert signed is not None
    report = verify(
        signed, TrustList(people=(trial_certs.anna.pem,), authorities=(softhsm.ca_pem,))
    )
    assert report.verdict is Verdict.VALID_TRUSTED
    assert [c.signer for c in report.signatures] == [HOLDER, "Anna Schmidt"]
    assert report.signatures[0].certifies  # the card signed first, and certified
    found = pdfsig(signed, tmp_path)
    assert all(s["Signature Validation"] == "Signature is Valid." for s in found)
    assert remembered_module() == softhsm.module


def test_a_wrong_pin_is_said_plainly_and_nothing_is_recorded(
    qtbot: QtBot,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
    softhsm: SoftHsm,
) -> None:
    remember_module(softhsm.module)
    dialog = opened_sign_dialog(qtbot, workspace, background, dialogs)
    _representative(dialog, POLICE)
    _card_chosen(qtbot, dialog, softhsm)
    qtbot.keyClicks(find(dialog, "PIN of the card", QLineEdit), "000000")
    qtbot.mouseClick(find(dialog, "Sign", QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not background.busy, timeout=TIMEOUT)
    assert dialogs.errors == [
        f"The PIN is wrong for the card '{CARD}'; nothing was signed. The card reports that few "
        "tries are left before it locks the PIN."
    ]
    assert workspace.signing.signatures(ID, 1) == []
    assert find(dialog, "Sign", QPushButton).isEnabled()


def test_a_module_path_that_is_wrong_is_said_where_the_card_would_be(
    qtbot: QtBot,
    tmp_path: Path,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
    softhsm: SoftHsm,
) -> None:
    remember_module(tmp_path / "opensc-pkcs11.so")
    dialog = opened_sign_dialog(qtbot, workspace, background, dialogs)
    qtbot.mouseClick(find(dialog, "Smartcard or token", QRadioButton), Qt.MouseButton.LeftButton)
    details = find(dialog, "About the certificate", QLabel)
    qtbot.waitUntil(lambda: "no PKCS#11 module" in details.text(), timeout=TIMEOUT)
    assert details.text().startswith(f"There is no PKCS#11 module at {tmp_path}")
    assert not find(dialog, "Sign", QPushButton).isEnabled()
    # Choosing the right module finds the cards.
    dialogs.files.append(softhsm.module)
    qtbot.mouseClick(find(dialog, "Choose module...", QPushButton), Qt.MouseButton.LeftButton)
    tokens = find(dialog, "Card or token", QComboBox)
    qtbot.waitUntil(lambda: tokens.findText(CARD) >= 0, timeout=TIMEOUT)


def test_the_card_route_speaks_german(
    german: None,
    qtbot: QtBot,
    tmp_path: Path,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
    softhsm: SoftHsm,
) -> None:
    remember_module(softhsm.module)
    dialog = opened_sign_dialog(qtbot, workspace, background, dialogs)
    assert dialog.with_card.text() == "Chip&karte oder Token"
    qtbot.mouseClick(dialog.with_card, Qt.MouseButton.LeftButton)
    tokens = dialog.card.token
    qtbot.waitUntil(lambda: tokens.findText(LOCKED_CARD) >= 0, timeout=TIMEOUT)
    tokens.setCurrentIndex(tokens.findText(LOCKED_CARD))
    qtbot.waitUntil(lambda: dialog.card.certificate.count() == 1, timeout=TIMEOUT)
    assert dialog.card.details.text().startswith(f"Inhaber: {HOLDER} (LKA Musterland)\n")
    assert "Gültig vom " in dialog.card.details.text()
    dialog.grab().save(str(tmp_path / "sign-dialog-card-de.png"))
    qtbot.keyClicks(dialog.card.pin, PIN)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not background.busy, timeout=TIMEOUT)
    assert dialogs.errors == [
        f"Die PIN der Karte „{LOCKED_CARD}“ ist nach zu vielen Fehlversuchen gesperrt; es wurde "
        "nichts signiert. Entsperren Sie sie mit der PUK oder wenden Sie sich an die Stelle, die "
        "die Karte ausgegeben hat."
    ]
    assert workspace.signing.signatures(ID, 1) == []


def test_a_timestamp_from_the_service_set_in_the_dialog(
    qtbot: QtBot,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
    certificate_files: CertificateFiles,
    tsa: Tsa,
) -> None:
    dialog = opened_sign_dialog(qtbot, workspace, background, dialogs)
    stamp = find(dialog, "Timestamp", QCheckBox)
    assert not stamp.isEnabled() and not stamp.isChecked()  # off by default
    assert stamp.text() == "No time-stamping service is set"
    dialogs.texts.append(f" {tsa.url} ")
    qtbot.mouseClick(
        find(dialog, "Time-stamping service...", QPushButton), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: stamp.isEnabled(), timeout=TIMEOUT)
    assert stamp.isChecked() and stamp.text() == f"Add a timestamp from {tsa.url}"
    assert timestamp_url() == tsa.url  # a setting of the workstation

    sign_as(qtbot, dialog, dialogs, background, NGO, certificate_files.anna, "anna-passphrase")
    assert dialogs.errors == []
    signed = latest_signed_pdf(workspace, ID, 1)
    assert signed is not None and timestamp_of(signed, 0, tsa) is not None

    dialogs.texts.append("")  # empty: no time-stamping service
    qtbot.mouseClick(
        find(dialog, "Time-stamping service...", QPushButton), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not stamp.isEnabled(), timeout=TIMEOUT)
    assert timestamp_url() is None
    dialogs.texts.append("tsa.example.org")
    qtbot.mouseClick(
        find(dialog, "Time-stamping service...", QPushButton), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=TIMEOUT)
    assert "is not the address of a time-stamping service" in dialogs.errors[0]

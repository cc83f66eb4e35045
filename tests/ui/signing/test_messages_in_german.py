"""A user error the GUI shows is in the program's language: with the German translation loaded,
a wrong passphrase of a certificate file, a stored signed file that changed, and why the Verify
dialog finds a signature not valid, are told in German, in the words of the catalogue; without
it, in English."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from coopbuilder.core.vocabulary import Language
from coopbuilder.store.tables import SignatureRow
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.background import Background
from coopbuilder.ui.signing import RecheckBanner, SignDialog
from coopbuilder.ui.signing.common import Outcome
from coopbuilder.ui.texts import ui_language
from tests.signing_fixtures import SIGNED_WORD, document_timestamped
from tests.ui.helpers import ScriptedDialogs

from .conftest import (
    ID,
    SCAN,
    TIMEOUT,
    CertificateFiles,
    opened_sign_dialog,
    signed_in_ink,
    verified,
)


def _sign(
    qtbot: QtBot,
    dialog: SignDialog,
    dialogs: ScriptedDialogs,
    background: Background,
    certificate_files: CertificateFiles,
) -> None:
    dialog.representative.setCurrentIndex(
        dialog.representative.findText("Dr. Hans Weiß (Brückenschlag)")
    )
    dialogs.files.append(certificate_files.anna)
    qtbot.mouseClick(dialog.choose_certificate, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not background.busy, timeout=TIMEOUT)


def test_a_wrong_passphrase_is_told_in_german(
    german: None,
    qtbot: QtBot,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
    certificate_files: CertificateFiles,
) -> None:
    assert ui_language() is Language.DE
    dialog = opened_sign_dialog(qtbot, workspace, background, dialogs)
    assert dialog.sign_button.text() == "&Unterschreiben"  # the dialog itself is German
    _sign(qtbot, dialog, dialogs, background, certificate_files)
    assert dialogs.errors == [
        "Die Passphrase ist falsch (oder die Datei ist beschädigt): Die Zertifikatsdatei ließ "
        "sich damit nicht öffnen."
    ]
    assert workspace.signing.signatures(ID, 1) == []


def test_the_same_error_is_english_without_the_translation(
    qtbot: QtBot,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
    certificate_files: CertificateFiles,
) -> None:
    dialog = opened_sign_dialog(qtbot, workspace, background, dialogs)
    _sign(qtbot, dialog, dialogs, background, certificate_files)
    assert dialogs.errors == [
        "The passphrase is wrong (or the file is damaged): the certificate file could not be "
        "opened with it."
    ]


def test_a_changed_signed_file_is_told_in_german(
    german: None, qtbot: QtBot, workspace: Workspace, background: Background
) -> None:
    signed_in_ink(workspace)
    with workspace.database.transaction() as session:
        session.execute(update(SignatureRow).values(document=SCAN + b"changed"))
    banner = RecheckBanner(workspace, background=background)
    qtbot.addWidget(banner)
    with qtbot.waitSignal(banner.checked, timeout=TIMEOUT):
        banner.start(ID, 1)
    assert banner.outcome is Outcome.PROBLEM
    text = banner.text()
    assert "Die mit Version 1 gespeicherte unterschriebene Datei wurde verändert" in text
    assert "Die gespeicherte unterschriebene Datei 'scan.png' wurde verändert, seit sie " in text
    assert "has changed" not in text


def test_the_gui_helpers_give_user_errors_in_german(german: None) -> None:
    from coopbuilder.core.errors import ExchangeFileError
    from coopbuilder.documents.final import NotReadyToSignError
    from coopbuilder.ui.dialogs import problem_text
    from coopbuilder.ui.signing.common import failure_text

    error = ExchangeFileError("{source} holds no agreement.", source="partner.json")
    assert problem_text(error) == "partner.json enthält keine Vereinbarung."
    assert failure_text(NotReadyToSignError("Kooperation", [])).startswith(
        "„Kooperation“ ist nicht unterschriftsreif: Die Prüfung der Vereinbarung meldet 0 Fehler."
    )
    # a fault of the program: the one sentence (its details go to the log and the fault dialog)
    assert problem_text(ValueError("x")) == failure_text(ValueError("x"))
    assert problem_text(ValueError("x")).startswith(
        "Ein Fehler ist aufgetreten, mit dem CoopBuilder"
    )


def test_the_verify_dialog_tells_a_tampered_file_in_german(
    german: None,
    qtbot: QtBot,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
    signed_twice: bytes,
) -> None:
    tampered = bytearray(signed_twice)
    tampered[signed_twice.index(SIGNED_WORD) + 3] ^= 0x01  # inside both signed ranges
    verifier = verified(qtbot, workspace, background, dialogs, bytes(tampered))
    assert verifier.verdict.outcome is Outcome.PROBLEM
    assert "NICHT gültig: " in verifier.verdict.text()
    problems = verifier.details.texts()
    assert "Der unterschriebene Inhalt wurde verändert: Er passt nicht mehr zur Unterschrift." in (
        problems
    )
    assert not [text for text in problems if "signature" in text or "changed" in text]


def test_the_verify_dialog_tells_why_a_signature_cannot_be_checked_in_german(
    german: None,
    qtbot: QtBot,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
    unsigned_pdf: bytes,
) -> None:
    verifier = verified(qtbot, workspace, background, dialogs, document_timestamped(unsigned_pdf))
    (check,) = verifier.report.signatures if verifier.report else ()
    assert check.error == "a document timestamp, which CoopBuilder does not check"  # the CLI's
    assert verifier.details.texts()[0] == (
        "Die Unterschrift kann nicht geprüft werden: ein Dokumentzeitstempel, den CoopBuilder "
        "nicht prüft"
    )
    assert verifier.verdict.outcome is Outcome.PROBLEM

"""Signing from the GUI with trial certificates, then checking the result in the Verify dialog
and, independently, with CoopBuilder's verification and poppler's pdfsig."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton
from pytestqt.qtbot import QtBot

from coopbuilder.core.demo import demo_agreement
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.documents.verification import verify
from coopbuilder.store.connection import open_workspace
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.background import Background
from coopbuilder.ui.signing import SignDialog
from coopbuilder.ui.signing.common import Outcome
from coopbuilder.workflows.signing import latest_signed_pdf
from coopbuilder.workflows.trust import certificates_in_file, trust
from tests.conftest import DEMO_DAY
from tests.documents.pdfs import pdftotext
from tests.signing_fixtures import SIGNED_WORD, TrialCerts, pdfsig, with_title
from tests.ui.helpers import ScriptedDialogs, find

from .conftest import ID, TIMEOUT, CertificateFiles, opened_sign_dialog, sign_as, verified


def test_two_representatives_sign_in_the_gui_and_the_verify_dialog_checks_it(
    qtbot: QtBot,
    tmp_path: Path,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
    certificate_files: CertificateFiles,
) -> None:
    dialog = opened_sign_dialog(qtbot, workspace, background, dialogs)
    assert workspace.agreements.load(ID, 1).status is AgreementStatus.READY_TO_SIGN
    certify = find(dialog, "Certify the document", QCheckBox)
    assert certify.isEnabled() and certify.isChecked()

    sign_as(
        qtbot,
        dialog,
        dialogs,
        background,
        "Dr. Hans Weiß (Brückenschlag)",
        certificate_files.anna,
        "anna-passphrase",
    )
    assert dialogs.errors == []
    assert dialog.outcome.outcome is Outcome.WARNING  # a trial certificate says so
    assert "Still to sign: Petra Lindner." in dialog.outcome.text()
    assert "TRIAL CERTIFICATE - NOT FOR REAL USE" in dialog.outcome.text()
    assert not certify.isEnabled()  # only the first signature certifies
    assert dialog.progress.rows()[0].startswith("Dr. Hans Weiß (Brückenschlag): signed.")

    sign_as(
        qtbot,
        dialog,
        dialogs,
        background,
        "Petra Lindner (LKA Musterland)",
        certificate_files.bernd,
        "bernd-passphrase",
    )
    assert dialogs.errors == []
    assert dialog.state is not None and dialog.state.complete
    assert "the version is now signed" in dialog.outcome.text()
    assert not find(dialog, "Sign", QPushButton).isEnabled()
    assert workspace.agreements.load(ID, 1).status is AgreementStatus.SIGNED

    signed = latest_signed_pdf(workspace, ID, 1)
    assert signed is not None
    verifier = verified(
        qtbot, workspace, background, dialogs, signed, "the signed PDF of version 1"
    )
    table = verifier.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(2)]
    assert [row[:3] for row in rows] == [
        ["signature-dr-hans-weiss", "Anna Schmidt", "Brückenschlag e.V."],
        ["signature-petra-lindner", "Bernd Meier", "LKA Musterland"],
    ]
    assert [row[4:9] for row in rows] == [["✔ valid", "✔ yes", "✔ yes", "✔ valid", "⚠ no"]] * 2
    assert [row[9] for row in rows] == ["✔ only signatures or form filling", "✔ none"]
    assert verifier.verdict.outcome is Outcome.WARNING
    assert "not every signer's certificate is marked trusted" in verifier.verdict.text()

    # the first signer's certificate, checked with its holder, is marked trusted
    table.selectRow(0)
    dialogs.confirms.append(True)
    qtbot.mouseClick(
        find(verifier, "Mark this certificate trusted...", QPushButton), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(
        lambda: verifier.report is not None and verifier.report.signatures[0].trusted,
        timeout=TIMEOUT,
    )
    assert "Mark the certificate of Anna Schmidt (Brückenschlag e.V.)" in dialogs.questions[-1]
    assert "TRIAL CERTIFICATE - NOT FOR REAL USE" in dialogs.questions[-1]
    assert table.item(0, 8).text() == "✔ yes" and table.item(1, 8).text() == "⚠ no"

    # independently: CoopBuilder's verification and poppler's pdfsig
    report = verify(signed)
    assert report.ok and len(report.signatures) == 2
    assert [s.get("Signature Validation") for s in pdfsig(signed, tmp_path)] == [
        "Signature is Valid.",
        "Signature is Valid.",
    ]


def test_a_wrong_passphrase_is_a_clear_error_and_nothing_is_recorded(
    qtbot: QtBot,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
    certificate_files: CertificateFiles,
) -> None:
    dialog = opened_sign_dialog(qtbot, workspace, background, dialogs)
    sign_as(
        qtbot,
        dialog,
        dialogs,
        background,
        "Dr. Hans Weiß (Brückenschlag)",
        certificate_files.anna,
        "not the passphrase",
    )
    assert len(dialogs.errors) == 1 and "The passphrase is wrong" in dialogs.errors[0]
    assert workspace.signing.signatures(ID, 1) == []
    assert find(dialog, "Sign", QPushButton).isEnabled()  # try again


def test_a_version_with_check_errors_cannot_be_signed(
    qtbot: QtBot, workspace: Workspace, background: Background, dialogs: ScriptedDialogs
) -> None:
    stored = workspace.agreements.load(ID, 1)
    broken = stored.agreement.model_copy(update={"next_review_date": None})
    workspace.agreements.save(broken, stored.revision)
    dialog = SignDialog(workspace, ID, 1, background=background, dialogs=dialogs)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.outcome.outcome is not None, timeout=TIMEOUT)
    assert dialog.outcome.outcome is Outcome.PROBLEM
    assert "is not ready to sign" in dialog.outcome.text()
    assert "The agreement has no next review date." in dialog.outcome.text()
    assert not find(dialog, "Sign", QPushButton).isEnabled()
    assert workspace.agreements.load(ID, 1).status is AgreementStatus.DRAFT


def test_the_verify_dialog_never_shows_a_tampered_signature_as_valid(
    qtbot: QtBot,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
    signed_twice: bytes,
) -> None:
    tampered = bytearray(signed_twice)
    tampered[signed_twice.index(SIGNED_WORD) + 3] ^= 0x01  # inside both signed ranges
    verifier = verified(qtbot, workspace, background, dialogs, bytes(tampered), "tampered.pdf")
    table = verifier.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[4:7] == ["Result", "Intact", "Key matches"]
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(2)]
    assert [row[4:7] for row in rows] == [["✖ NOT VALID", "✖ no", "✖ no"]] * 2
    assert verifier.verdict.outcome is Outcome.PROBLEM


def test_the_verify_dialog_does_not_let_a_trusted_person_forge_anothers_signature(
    qtbot: QtBot,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
    signed_by_forger: bytes,
    trial_certs: TrialCerts,
) -> None:
    """Anna's trial certificate is marked trusted in the workspace; "Dr. Hans Weiss" signed with
    a certificate made with Anna's key. His signature is intact, but nobody vouched for it."""
    trust(workspace, certificates_in_file(trial_certs.anna.pem)[0])
    verifier = verified(qtbot, workspace, background, dialogs, signed_by_forger, "signed.pdf")
    table = verifier.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(2)]
    assert [row[1] for row in rows] == ["Anna Schmidt", "Dr. Hans Weiss"]
    assert [row[8] for row in rows] == ["✔ yes", "⚠ no"]  # Trusted
    assert verifier.verdict.outcome is Outcome.WARNING
    assert "not every signer's certificate is marked trusted" in verifier.verdict.text()
    assert "Not marked trusted in this workspace: signature-bernd (Dr. Hans Weiss)." in (
        verifier.verdict.text()
    )
    assert verifier.trust_source.text() == (
        f"Trust list used: that of the workspace {workspace.location}, 1 certificate marked "
        "trusted; marked by: anna."
    )


def test_the_verify_dialog_rows_agree_with_the_verdict_on_a_changed_title(
    qtbot: QtBot,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
    signed_twice: bytes,
) -> None:
    changed = with_title(signed_twice, "Agreement on something else")
    verifier = verified(qtbot, workspace, background, dialogs, changed, "changed.pdf")
    table = verifier.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(2)]
    # the signed bytes are untouched and the key matches, but neither signature is valid
    assert [row[4:7] for row in rows] == [["✖ NOT VALID", "✔ yes", "✔ yes"]] * 2
    assert [row[9] for row in rows] == ["✖ DOCUMENT INFORMATION CHANGED"] * 2
    assert verifier.verdict.outcome is Outcome.PROBLEM
    assert "NOT valid: signature-anna (Anna Schmidt), signature-bernd (Bernd Meier)." in (
        verifier.verdict.text()
    )
    assert "The document's information (title, author, subject or keywords) was changed" in (
        " ".join(verifier.details.texts())
    )
    assert "revoked" in verifier.not_checked.text()
    assert "signers' computers recorded" in verifier.not_checked.text()


def test_the_verify_dialog_does_not_call_a_file_cut_back_to_one_signature_complete(
    qtbot: QtBot,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
    signed_once: bytes,
    trial_certs: TrialCerts,
) -> None:
    trust(workspace, certificates_in_file(trial_certs.anna.pem)[0])
    verifier = verified(qtbot, workspace, background, dialogs, signed_once, "cut.pdf")
    assert verifier.table.item(0, 4).text() == "✔ valid"
    assert verifier.verdict.outcome is Outcome.WARNING
    assert "not every signature field is signed" in verifier.verdict.text()
    assert verifier.verdict.text().endswith("Not signed yet: signature-bernd.")


def test_a_german_agreement_signed_in_the_gui_has_a_german_signature_box(
    qtbot: QtBot,
    tmp_path: Path,
    background: Background,
    dialogs: ScriptedDialogs,
    certificate_files: CertificateFiles,
) -> None:
    with open_workspace(tmp_path / "german.sqlite", who="anna") as workspace:
        workspace.agreements.create(demo_agreement("de", today=DEMO_DAY))
        dialog = opened_sign_dialog(qtbot, workspace, background, dialogs)
        combo = find(dialog, "Representative who signs", QComboBox)
        first = combo.itemText(0)
        assert first.startswith("Dr. Hans Weiß")
        sign_as(
            qtbot, dialog, dialogs, background, first, certificate_files.anna, "anna-passphrase"
        )
        assert dialogs.errors == []
        signed = latest_signed_pdf(workspace, ID, 1)
        assert signed is not None
        text = pdftotext(signed, tmp_path)
        assert "Digital signiert von Anna Schmidt\nBrückenschlag e.V.\n" in text
        assert "Digitally signed by" not in text
        dialog.close()

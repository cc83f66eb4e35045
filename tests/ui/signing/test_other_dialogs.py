"""Record ink signatures, Trial certificate, Trusted certificates, the re-check banner, and an
accessible name on every input of every signing dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.documents.certificates import TRIAL_MARK, load_signing_identity
from coopbuilder.store.models import TrustKind
from coopbuilder.store.tables import SignatureRow
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.background import Background
from coopbuilder.ui.signing import (
    InkSignaturesDialog,
    RecheckBanner,
    SignDialog,
    TrialCertificateDialog,
    TrustedCertificatesDialog,
    VerifyDialog,
)
from coopbuilder.ui.signing.common import Outcome
from coopbuilder.workflows.signing import finalise
from tests.signing_fixtures import issued_cert
from tests.ui.helpers import ScriptedDialogs, find
from tests.ui.test_accessibility import assert_explained

from .conftest import ID, SCAN, CertificateFiles, signed_in_ink

TIMEOUT = 15_000


def _click(qtbot: QtBot, root: QWidget, name: str) -> None:
    qtbot.mouseClick(find(root, name, QPushButton), Qt.MouseButton.LeftButton)


def _ink_dialog(
    qtbot: QtBot, workspace: Workspace, background: Background, dialogs: ScriptedDialogs
) -> InkSignaturesDialog:
    dialog = InkSignaturesDialog(workspace, ID, 1, background=background, dialogs=dialogs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=TIMEOUT)
    return dialog


def test_ink_signatures_are_recorded_with_the_scan_and_sign_the_version(
    qtbot: QtBot,
    tmp_path: Path,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
) -> None:
    dialog = _ink_dialog(qtbot, workspace, background, dialogs)
    final = tmp_path / "final.pdf"
    dialogs.saves.append(final)
    _click(qtbot, dialog, "Save the final PDF to print...")
    qtbot.waitUntil(lambda: not background.busy, timeout=TIMEOUT)
    assert final.read_bytes().startswith(b"%PDF-")
    assert workspace.agreements.load(ID, 1).status is AgreementStatus.READY_TO_SIGN

    scan = tmp_path / "signed-page.png"
    scan.write_bytes(SCAN)
    dialogs.files.append(scan)
    _click(qtbot, dialog, "Choose scan...")
    assert find(dialog, "Scan of the signed pages", QLineEdit).text() == str(scan)
    for name, place in (("Dr. Hans Weiß", "Nürnberg"), ("Petra Lindner", "Musterstadt")):
        find(dialog, f"{name} signed", QCheckBox).setChecked(True)
        # (QTest's keyClicks aborts on non-ASCII text in Qt 6.12, so such text is set)
        find(dialog, f"Place where {name} signed", QLineEdit).setText(place)
    _click(qtbot, dialog, "Record")
    qtbot.waitUntil(lambda: not background.busy, timeout=TIMEOUT)
    assert dialogs.errors == []
    assert "Everyone has signed: the version is now signed" in dialog.outcome.text()
    assert workspace.agreements.load(ID, 1).status is AgreementStatus.SIGNED
    records = workspace.signing.signatures(ID, 1)
    assert [(s.record.signatory, s.record.place) for s in records] == [
        ("Dr. Hans Weiß", "Nürnberg"),
        ("Petra Lindner", "Musterstadt"),
    ]
    assert workspace.signing.signed_document(records[0].id) == SCAN
    assert dialog.progress.rows()[1].startswith("Petra Lindner (LKA Musterland): signed. Signed in")
    assert not find(dialog, "Record", QPushButton).isEnabled()


def test_ink_needs_a_scan_and_a_ticked_representative(
    qtbot: QtBot, workspace: Workspace, background: Background, dialogs: ScriptedDialogs
) -> None:
    finalise(workspace, ID, 1)
    dialog = _ink_dialog(qtbot, workspace, background, dialogs)
    _click(qtbot, dialog, "Record")
    dialogs.files.append(Path(__file__))  # not a scan
    _click(qtbot, dialog, "Choose scan...")
    _click(qtbot, dialog, "Record")
    find(dialog, "Dr. Hans Weiß signed", QCheckBox).setChecked(True)
    _click(qtbot, dialog, "Record")
    qtbot.waitUntil(lambda: not background.busy, timeout=TIMEOUT)
    assert dialogs.errors == [
        "Choose the scan of the signed pages.",
        "Tick each representative who signed.",
        "The scan is not a PDF, PNG, JPEG or TIFF file. Scan the signed pages to one of these.",
    ]
    assert workspace.signing.signatures(ID, 1) == []


def test_a_trial_certificate_is_made_only_after_the_warning_is_understood(
    qtbot: QtBot,
    tmp_path: Path,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
) -> None:
    dialog = TrialCertificateDialog(background=background, dialogs=dialogs, workspace=workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    assert TRIAL_MARK in find(dialog, "Warning", QWidget).accessibleDescription()
    make = find(dialog, "Save the trial certificate...", QPushButton)
    assert not make.isEnabled()
    find(dialog, "Name of the person", QLineEdit).setText("Dr. Hans Weiß")
    find(dialog, "Organisation", QLineEdit).setText("Brückenschlag e.V.")
    qtbot.keyClicks(find(dialog, "Passphrase to protect the key", QLineEdit), "secret")
    qtbot.keyClicks(find(dialog, "Repeat the passphrase", QLineEdit), "secreT")
    find(dialog, "Not for real use: understood", QCheckBox).setChecked(True)
    find(dialog, "Mark it trusted in this workspace", QCheckBox).setChecked(True)
    qtbot.mouseClick(make, Qt.MouseButton.LeftButton)
    assert dialogs.errors == ["The two passphrases differ."]
    find(dialog, "Repeat the passphrase", QLineEdit).setText("secret")
    dialogs.saves.append(tmp_path / "hans")
    qtbot.mouseClick(make, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome.outcome is not None, timeout=TIMEOUT)
    p12, pem = tmp_path / "hans.p12", tmp_path / "hans.pem"
    assert load_signing_identity(p12.read_bytes(), b"secret").certificate is not None
    assert pem.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    assert TRIAL_MARK in dialog.outcome.text()
    (trusted,) = workspace.certificates.trusted()
    assert trusted.subject == f"Dr. Hans Weiß, Brückenschlag e.V., {TRIAL_MARK}"
    assert find(dialog, "Passphrase to protect the key", QLineEdit).text() == ""


def test_trusted_certificates_are_added_from_a_file_and_removed(
    qtbot: QtBot,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
    certificate_files: CertificateFiles,
) -> None:
    dialog = TrustedCertificatesDialog(workspace, background=background, dialogs=dialogs)
    qtbot.addWidget(dialog)
    dialog.show()
    # the public part of a .p12 file, opened with its passphrase
    dialogs.files.append(certificate_files.bernd)
    dialogs.passphrases.append(b"bernd-passphrase")
    dialogs.confirms.append(True)
    _click(qtbot, dialog, "Add a person's certificate...")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=TIMEOUT)
    dialogs.files.append(certificate_files.anna_pem)
    dialogs.confirms.append(True)
    _click(qtbot, dialog, "Add a person's certificate...")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=TIMEOUT)
    assert [dialog.table.item(r, 0).text().split(",")[0] for r in range(2)] == [
        "Bernd Meier",
        "Anna Schmidt",
    ]
    assert [dialog.table.item(r, 1).text() for r in range(2)] == ["a person's own"] * 2
    assert "certificates its key may have issued will not" in dialogs.questions[-1]
    dialog.table.selectRow(0)
    dialogs.confirms.append(True)
    _click(qtbot, dialog, "Remove the trusted mark")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=TIMEOUT)
    assert [c.subject.split(",")[0] for c in workspace.certificates.trusted()] == ["Anna Schmidt"]
    assert dialogs.errors == []


def test_only_a_certification_authority_is_trusted_as_an_authority(
    qtbot: QtBot,
    tmp_path: Path,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
    certificate_files: CertificateFiles,
) -> None:
    dialog = TrustedCertificatesDialog(workspace, background=background, dialogs=dialogs)
    qtbot.addWidget(dialog)
    dialog.show()
    # Anna's trial certificate may not issue certificates: refused as an authority
    dialogs.files.append(certificate_files.anna_pem)
    _click(qtbot, dialog, "Add an authority's certificate...")
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=TIMEOUT)
    assert (
        "anna.pem: the certificate of Anna Schmidt is not a certification authority's"
        in (dialogs.errors[0])
    )
    assert workspace.certificates.trusted() == []

    authority = tmp_path / "police-ca.pem"
    authority.write_bytes(issued_cert(None, "Musterland Police CA", "Land Musterland").pem)
    dialogs.files.append(authority)
    dialogs.confirms.append(True)
    _click(qtbot, dialog, "Add an authority's certificate...")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=TIMEOUT)
    assert "Every certificate it issued will count as trusted" in dialogs.questions[-1]
    assert dialog.table.item(0, 1).text() == "a certification authority"
    assert [c.kind for c in workspace.certificates.trusted()] == [TrustKind.AUTHORITY]


def test_the_recheck_banner_warns_when_the_stored_signed_file_changed(
    qtbot: QtBot, workspace: Workspace, background: Background, tmp_path: Path
) -> None:
    signed_in_ink(workspace)
    banner = RecheckBanner(workspace, background=background)
    qtbot.addWidget(banner)
    with qtbot.waitSignal(banner.checked, timeout=TIMEOUT):
        banner.start(ID, 1)
    assert banner.report is not None and banner.report.ok and banner.isHidden()

    with workspace.database.transaction() as session:
        session.execute(update(SignatureRow).values(document=SCAN + b"changed"))
    with qtbot.waitSignal(banner.checked, timeout=TIMEOUT):
        banner.start(ID, 1)
    assert banner.outcome is Outcome.PROBLEM and not banner.isHidden()
    assert "has changed or no longer verifies" in banner.text()
    assert "'scan.png' has changed since it was recorded" in banner.text()


DIALOGS: dict[str, Callable[[Workspace, Background, ScriptedDialogs], QDialog]] = {
    "sign": lambda w, b, d: SignDialog(w, ID, 1, background=b, dialogs=d),
    "ink": lambda w, b, d: InkSignaturesDialog(w, ID, 1, background=b, dialogs=d),
    "trial": lambda w, b, d: TrialCertificateDialog(background=b, dialogs=d, workspace=w),
    "trusted": lambda w, b, d: TrustedCertificatesDialog(w, background=b, dialogs=d),
    "verify": lambda w, b, d: VerifyDialog(
        w, finalise(w, ID, 1).pdf, "final.pdf", background=b, dialogs=d
    ),
}


@pytest.mark.parametrize("make", DIALOGS.values(), ids=DIALOGS.keys())
def test_every_input_has_an_accessible_name_and_description(
    qtbot: QtBot,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
    make: Callable[[Workspace, Background, ScriptedDialogs], QDialog],
) -> None:
    dialog = make(workspace, background, dialogs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not background.busy, timeout=TIMEOUT)
    assert_explained(dialog)


def test_a_fault_goes_to_the_one_dialog_for_the_unexpected_and_a_user_error_is_said(
    qtbot: QtBot, dialogs: ScriptedDialogs
) -> None:
    from coopbuilder.core.errors import UserError
    from coopbuilder.documents.final import NotReadyToSignError
    from coopbuilder.ui.signing.common import show_failure, show_fault

    parent = QWidget()
    qtbot.addWidget(parent)
    fault = KeyError("representative")
    show_failure(dialogs, parent, "Sign the agreement", fault)
    show_fault(dialogs, parent, "Sign the agreement", fault)
    assert dialogs.faults == [fault, fault] and dialogs.errors == []

    show_failure(dialogs, parent, "Sign the agreement", NotReadyToSignError("Kooperation", []))
    show_fault(dialogs, parent, "Sign the agreement", UserError("The disk is full."))
    assert dialogs.errors == [
        "'Kooperation' is not ready to sign: the agreement checks report 0 errors. Fix them "
        "first.\n"
    ]
    assert dialogs.faults == [fault, fault]  # a user error is the banner's alone

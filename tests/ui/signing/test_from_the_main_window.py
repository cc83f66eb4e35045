"""Signing from the main window's Agreement menu: Sign... with trial certificates (the list then
says signed and the tab is read-only), Verify signatures..., Record ink signatures...; a version
ready to sign that is changed becomes a draft; the re-check when a version is opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from coopbuilder.core import clock
from coopbuilder.core.errors import UserError
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.tables import SignatureRow
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.agreement_editor import AgreementEditor
from coopbuilder.ui.main_window import MainWindow
from coopbuilder.ui.signing import InkSignaturesDialog, SignDialog, VerifyDialog
from coopbuilder.ui.signing.common import Outcome
from coopbuilder.workflows.ink import InkSignature, record_ink_signatures
from coopbuilder.workflows.signing import finalise
from tests.ui.conftest import OpenMain
from tests.ui.helpers import ScriptedDialogs, find, menu_action

from .conftest import ID, SCAN, TIMEOUT, CertificateFiles, sign_as, signed_in_ink


def window_on(qtbot: QtBot, open_main: OpenMain, workspace: Workspace) -> MainWindow:
    window = open_main(workspace.location)
    window.agreements.table.selectRow(0)
    return window


def opened(qtbot: QtBot, window: MainWindow) -> AgreementEditor:
    window.commands.open(ID)
    qtbot.waitUntil(lambda: len(window.editors()) == 1, timeout=TIMEOUT)
    editor = window.editors()[0]
    assert isinstance(editor, AgreementEditor)
    qtbot.waitUntil(lambda: editor.recheck.report is not None, timeout=TIMEOUT)
    return editor


def dialog_of(qtbot: QtBot, window: MainWindow, kind: type[QDialog]) -> QDialog:
    qtbot.waitUntil(lambda: window.findChild(kind) is not None, timeout=TIMEOUT)
    dialog = window.findChild(kind)
    assert isinstance(dialog, kind) and dialog.isVisible()
    return dialog


def statuses(window: MainWindow) -> list[str]:
    model = window.agreements.model
    return [str(model.index(row, 2).data()) for row in range(model.rowCount())]


def test_sign_from_the_menu_then_the_list_says_signed_and_the_tab_is_read_only(
    qtbot: QtBot,
    open_main: OpenMain,
    workspace: Workspace,
    dialogs: ScriptedDialogs,
    certificate_files: CertificateFiles,
) -> None:
    window = window_on(qtbot, open_main, workspace)
    editor = opened(qtbot, window)
    assert editor.wizard.editable
    menu_action(window.agreement_menu, "Sign...").trigger()
    dialog = dialog_of(qtbot, window, SignDialog)
    assert isinstance(dialog, SignDialog)
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=TIMEOUT)
    sign_as(
        qtbot,
        dialog,
        dialogs,
        window.background,
        "Dr. Hans Weiß (Brückenschlag)",
        certificate_files.anna,
        "anna-passphrase",
    )
    # being signed: the tab no longer changes, and says why
    qtbot.waitUntil(lambda: editor.session.signed_by == ("Dr. Hans Weiß",), timeout=TIMEOUT)
    assert not editor.wizard.editable
    assert "Version 1 is being signed (Dr. Hans Weiß signed it)" in editor.notice.text()
    sign_as(
        qtbot,
        dialog,
        dialogs,
        window.background,
        "Petra Lindner (LKA Musterland)",
        certificate_files.bernd,
        "bernd-passphrase",
    )
    assert dialogs.errors == []
    assert "the version is now signed" in dialog.outcome.text()
    qtbot.waitUntil(lambda: statuses(window) == ["Signed"], timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not editor.session.is_editable, timeout=TIMEOUT)
    assert not editor.wizard.editable
    assert "it never changes" in editor.notice.text()
    assert editor.new_version_button.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: window.findChild(SignDialog) is None, timeout=TIMEOUT)

    menu_action(window.agreement_menu, "Verify signatures...").trigger()
    verifier = dialog_of(qtbot, window, VerifyDialog)
    assert isinstance(verifier, VerifyDialog)
    qtbot.waitUntil(lambda: verifier.report is not None, timeout=TIMEOUT)
    assert "the signed PDF of version 1 of" in verifier.source.text()
    assert verifier.table.rowCount() == 2
    assert verifier.report is not None and verifier.report.ok
    verifier.reject()


def test_record_ink_signatures_from_the_menu(
    qtbot: QtBot,
    open_main: OpenMain,
    workspace: Workspace,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    window = window_on(qtbot, open_main, workspace)
    menu_action(window.agreement_menu, "Record ink signatures...").trigger()
    dialog = dialog_of(qtbot, window, InkSignaturesDialog)
    assert isinstance(dialog, InkSignaturesDialog)
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=TIMEOUT)
    dialogs.saves.append(tmp_path / "final.pdf")
    click = Qt.MouseButton.LeftButton
    qtbot.mouseClick(find(dialog, "Save the final PDF to print...", QPushButton), click)
    qtbot.waitUntil(lambda: (tmp_path / "final.pdf").exists(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not window.background.busy, timeout=TIMEOUT)
    assert workspace.agreements.load(ID, 1).status is AgreementStatus.READY_TO_SIGN
    scan = tmp_path / "signed-pages.png"
    scan.write_bytes(SCAN)
    dialogs.files.append(scan)
    qtbot.mouseClick(find(dialog, "Choose scan...", QPushButton), click)
    for name in ("Dr. Hans Weiß", "Petra Lindner"):
        find(dialog, f"{name} signed", QCheckBox).setChecked(True)
        find(dialog, f"Place where {name} signed", QLineEdit).setText("Nürnberg")
    qtbot.mouseClick(find(dialog, "Record", QPushButton), click)
    qtbot.waitUntil(lambda: statuses(window) == ["Signed"], timeout=TIMEOUT)
    assert dialogs.errors == []
    assert workspace.agreements.load(ID, 1).status is AgreementStatus.SIGNED
    dialog.reject()


def test_a_version_ready_to_sign_that_is_changed_asks_and_becomes_a_draft(
    qtbot: QtBot, open_main: OpenMain, workspace: Workspace, dialogs: ScriptedDialogs
) -> None:
    """So the ink route never records a signature on a text that changed after printing."""
    finalise(workspace, ID, 1)  # printed to sign
    window = window_on(qtbot, open_main, workspace)
    editor = opened(qtbot, window)
    find(editor, "Title of the agreement", QLineEdit).setText("Another title")
    dialogs.answers.append(0)  # "Make it a draft"
    window.actions_.save.trigger()
    qtbot.waitUntil(lambda: not editor.session.busy, timeout=TIMEOUT)
    assert (
        "This version is marked ready to sign; changing it makes it a draft again."
        in (dialogs.questions[-1])
    )
    stored = workspace.agreements.load(ID, 1)
    assert (stored.status, stored.title) == (AgreementStatus.DRAFT, "Another title")
    signatures = [InkSignature(representative_id="rep-ngo", signed_on=clock.today())]
    with pytest.raises(UserError, match="is a draft; make its final PDF first"):
        record_ink_signatures(workspace, ID, 1, SCAN, "scan.png", signatures)


def test_the_recheck_banner_warns_when_the_signed_file_changed_behind_the_programs_back(
    qtbot: QtBot, open_main: OpenMain, workspace: Workspace
) -> None:
    signed_in_ink(workspace)
    with workspace.database.transaction() as session:
        session.execute(update(SignatureRow).values(document=SCAN + b"changed"))
    window = window_on(qtbot, open_main, workspace)
    editor = opened(qtbot, window)
    banner = find(editor, "Check of the signed file")
    assert banner.isVisible() and editor.recheck.outcome is Outcome.PROBLEM
    assert "'scan.png' has changed since it was recorded" in editor.recheck.text()

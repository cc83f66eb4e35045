"""The signing dialogs' tests: a real SQLite workspace holding the demo agreement, trial
certificate files, and dialogs that answer from a script."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from coopbuilder.core import clock
from coopbuilder.core.agreement import Agreement
from coopbuilder.store.connection import open_workspace
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.background import Background
from coopbuilder.ui.signing import SignDialog, VerifyDialog
from coopbuilder.workflows.ink import InkSignature, record_ink_signatures
from coopbuilder.workflows.signing import finalise
from tests.signing_fixtures import TrialCerts
from tests.ui.helpers import ScriptedDialogs, find

ID = "demo-agreement"
TIMEOUT = 15_000
SCAN = b"\x89PNG\r\n\x1a\n" + b"signed page" * 100


@dataclass(frozen=True)
class CertificateFiles:
    anna: Path
    bernd: Path
    anna_pem: Path


@pytest.fixture
def workspace(tmp_path: Path, demo: Agreement) -> Iterator[Workspace]:
    """A workspace with the demo agreement as version 1, a draft."""
    with open_workspace(tmp_path / "workspace.sqlite", who="anna") as opened:
        opened.agreements.create(demo)
        yield opened


@pytest.fixture
def background(qapp: object) -> Iterator[Background]:
    work = Background()
    yield work
    work.wait()


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def certificate_files(tmp_path: Path, trial_certs: TrialCerts) -> CertificateFiles:
    files = CertificateFiles(tmp_path / "anna.p12", tmp_path / "bernd.p12", tmp_path / "anna.pem")
    files.anna.write_bytes(trial_certs.anna.p12)
    files.bernd.write_bytes(trial_certs.bernd.p12)
    files.anna_pem.write_bytes(trial_certs.anna.pem)
    return files


def opened_sign_dialog(
    qtbot: QtBot, workspace: Workspace, background: Background, dialogs: ScriptedDialogs
) -> SignDialog:
    """The Sign dialog on version 1 of the demo agreement, shown, once it has loaded."""
    dialog = SignDialog(workspace, ID, 1, background=background, dialogs=dialogs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=TIMEOUT)
    return dialog


def verified(
    qtbot: QtBot,
    workspace: Workspace,
    background: Background,
    dialogs: ScriptedDialogs,
    pdf: bytes,
    source: str = "signed.pdf",
) -> VerifyDialog:
    """The Verify dialog on ``pdf``, shown, once it has checked the signatures."""
    verifier = VerifyDialog(workspace, pdf, source, background=background, dialogs=dialogs)
    qtbot.addWidget(verifier)
    verifier.show()
    qtbot.waitUntil(lambda: verifier.report is not None, timeout=TIMEOUT)
    return verifier


def sign_as(
    qtbot: QtBot,
    dialog: SignDialog,
    dialogs: ScriptedDialogs,
    background: Background,
    who: str,
    certificate: Path,
    passphrase: str,
) -> None:
    """Choose the representative, the certificate file and the passphrase by their accessible
    names, press Sign, and wait for the background work."""
    combo = find(dialog, "Representative who signs", QComboBox)
    combo.setCurrentIndex(combo.findText(who))
    dialogs.files.append(certificate)
    qtbot.mouseClick(
        find(dialog, "Choose certificate file...", QPushButton), Qt.MouseButton.LeftButton
    )
    typed = find(dialog, "Passphrase of the certificate file", QLineEdit)
    assert typed.echoMode() is QLineEdit.EchoMode.Password
    qtbot.keyClicks(typed, passphrase)
    qtbot.mouseClick(find(dialog, "Sign", QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not background.busy, timeout=TIMEOUT)
    assert typed.text() == ""  # the passphrase is not kept


def signed_in_ink(workspace: Workspace) -> None:
    """The demo agreement printed, signed on paper by both, and the scan recorded."""
    finalise(workspace, ID, 1)
    signatures = [
        InkSignature(representative_id=rep, signed_on=clock.today())
        for rep in ("rep-ngo", "rep-lka")
    ]
    record_ink_signatures(workspace, ID, 1, SCAN, "scan.png", signatures)

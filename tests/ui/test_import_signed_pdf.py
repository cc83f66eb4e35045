"""File > Import... with a signed agreement PDF: read, verified and stored off the GUI thread;
the agreement comes in signed when its signatures hold, else as a draft with the reason, and a
PDF without an agreement is refused with one message."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.documents.final import render_final, signing_representatives
from coopbuilder.documents.signing import sign
from coopbuilder.store.connection import open_workspace
from tests.signing_fixtures import TrialCerts

from .conftest import OpenMain
from .helpers import ScriptedDialogs


@pytest.fixture(scope="module")
def signed_twice(trial_certs: TrialCerts) -> bytes:
    from coopbuilder.core.demo import demo_agreement
    from tests.conftest import DEMO_DAY

    agreement = demo_agreement("en", today=DEMO_DAY)
    ngo, police = (rep.field_name for rep in signing_representatives(agreement))
    anna, bernd = trial_certs.anna, trial_certs.bernd
    once = sign(render_final(agreement).pdf, ngo, anna.p12, anna.passphrase, certify=True)
    return sign(once, police, bernd.p12, bernd.passphrase)


def _statuses(location: Path) -> list[AgreementStatus]:
    with open_workspace(location) as workspace:
        return [row.status for row in workspace.listing.page().rows]


def test_a_signed_pdf_comes_in_signed_and_a_changed_one_as_a_draft(
    qtbot: QtBot,
    open_main: OpenMain,
    tmp_path: Path,
    dialogs: ScriptedDialogs,
    signed_twice: bytes,
) -> None:
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(signed_twice)
    location = tmp_path / "workspace.sqlite"
    window = open_main(location)
    dialogs.files.append(signed)
    window.actions_.import_.trigger()
    qtbot.waitUntil(lambda: len(dialogs.informed) == 1, timeout=20_000)
    assert dialogs.informed[0].startswith("Imported signed.pdf as version 1 of '")
    assert (
        "signed by Dr. Hans Weiß (Brückenschlag), Petra Lindner (LKA Musterland)"
        in (dialogs.informed[0])
    )
    assert _statuses(location) == [AgreementStatus.SIGNED]

    appended = tmp_path / "appended.pdf"
    appended.write_bytes(signed_twice + b"\n% added later\n")
    dialogs.files.append(appended)
    window.actions_.import_.trigger()
    qtbot.waitUntil(lambda: len(dialogs.informed) == 2, timeout=20_000)
    assert dialogs.informed[1].endswith(
        "as a draft: it does not count as signed in this workspace, because bytes were added "
        "after the last signature, which no signature covers."
    )
    assert sorted(_statuses(location)) == [AgreementStatus.DRAFT, AgreementStatus.SIGNED]
    assert dialogs.errors == []


def test_a_pdf_without_an_agreement_is_refused(
    qtbot: QtBot, open_main: OpenMain, tmp_path: Path, dialogs: ScriptedDialogs, demo: Agreement
) -> None:
    plain = tmp_path / "draft.pdf"
    plain.write_bytes(render_agreement(demo).pdf)
    location = tmp_path / "workspace.sqlite"
    window = open_main(location)
    dialogs.files.append(plain)
    window.actions_.import_.trigger()
    qtbot.waitUntil(lambda: len(dialogs.errors) == 1, timeout=20_000)
    assert dialogs.errors[0].startswith("draft.pdf carries no agreement")
    assert _statuses(location) == []

"""``coopbuilder import SIGNED.pdf``: the agreement a final PDF carries, made with ``render
--final`` and signed twice, comes into another, empty workspace signed by both; a changed file
comes in as a draft with the reasons, or is refused with one line and nothing stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.documents.signing import sign
from coopbuilder.store.connection import open_workspace
from tests.cli.helpers import run
from tests.signing_fixtures import TrialCerts

FIELDS = ("signature-dr-hans-weiss", "signature-petra-lindner")


@pytest.fixture(scope="module")
def signed_pdf(tmp_path_factory: pytest.TempPathFactory, trial_certs: TrialCerts) -> Path:
    from coopbuilder.cli import main

    folder = tmp_path_factory.mktemp("signed")
    assert main(["demo", str(folder / "demo.json")]) == 0
    final = folder / "final.pdf"
    assert main(["render", str(folder / "demo.json"), "-o", str(final), "--final"]) == 0
    anna, bernd = trial_certs.anna, trial_certs.bernd
    once = sign(final.read_bytes(), FIELDS[0], anna.p12, anna.passphrase, certify=True)
    twice = sign(once, FIELDS[1], bernd.p12, bernd.passphrase)
    path = folder / "signed.pdf"
    path.write_bytes(twice)
    return path


def test_a_signed_pdf_comes_into_an_empty_workspace_signed_by_both(
    signed_pdf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = tmp_path / "partner.sqlite"
    code, out, err = run(capsys, "--workspace", str(workspace), "import", str(signed_pdf))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith(f"Imported the agreement in {signed_pdf} as version 1 of '")
    assert lines[0].endswith(", signed).")
    assert lines[1] == (
        "Signed by Dr. Hans Weiß (Brückenschlag), Petra Lindner (LKA Musterland); every "
        "signature verifies."
    )
    assert "Not marked trusted in this workspace: Anna Schmidt, Bernd Meier." in lines[2]
    with open_workspace(workspace) as opened:
        (row,) = opened.listing.page().rows
        assert row.status is AgreementStatus.SIGNED
        signatures = opened.signing.signatures(row.agreement_id, row.number)
        assert [s.record.signatory for s in signatures] == ["Dr. Hans Weiß", "Petra Lindner"]
        assert opened.signing.signed_document(signatures[0].id) == signed_pdf.read_bytes()


def test_bytes_after_the_last_signature_bring_a_draft_and_exit_code_1(
    signed_pdf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(signed_pdf.read_bytes() + b"\n% added later\n")
    workspace = tmp_path / "partner.sqlite"
    code, out, _ = run(capsys, "--workspace", str(workspace), "import", str(appended))
    assert code == 1
    assert ", draft)." in out.splitlines()[0]
    assert out.splitlines()[1:] == [
        "It is not counted as signed in this workspace:",
        "  bytes were added after the last signature, which no signature covers",
    ]


def test_a_pdf_without_an_agreement_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from coopbuilder.cli import main

    assert main(["demo", str(tmp_path / "demo.json")]) == 0
    draft = tmp_path / "draft.pdf"
    assert main(["render", str(tmp_path / "demo.json"), "-o", str(draft)]) == 0
    capsys.readouterr()
    before = draft.read_bytes()
    workspace = tmp_path / "partner.sqlite"
    code, out, err = run(capsys, "--workspace", str(workspace), "import", str(draft))
    assert (code, out) == (2, "")
    assert err == (
        "coopbuilder: error: draft.pdf carries no agreement: it is not a final PDF made by "
        "CoopBuilder (which has the attachment agreement.coopagreement). Import the partner's "
        "exchange file instead.\n"
    )
    assert draft.read_bytes() == before
    with open_workspace(workspace) as opened:
        assert opened.listing.page().rows == []

"""Re-checking a signed version on open, and the certificates the workspace trusts."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from coopbuilder.core.agreement import Agreement
from coopbuilder.documents.certificates import TRIAL_MARK, CertificateFileError
from coopbuilder.documents.signing import sha256_of
from coopbuilder.store.tables import SignatureRow
from coopbuilder.store.workspace import Workspace
from coopbuilder.workflows.recheck import recheck
from coopbuilder.workflows.signing import record_signed_pdf
from coopbuilder.workflows.trust import (
    certificates_in_file,
    distrust,
    signer_certificate_info,
    trust,
    trusted_certificates,
    verify_in_workspace,
)
from tests.signing_fixtures import TrialCerts
from tests.workflows.conftest import SignedDemo, stored_ready

ID = "demo-agreement"


def _replace_stored_file(workspace: Workspace, document: bytes) -> None:
    """What a damaged disk or someone editing the database behind CoopBuilder's back does."""
    with workspace.database.transaction() as session:
        session.execute(
            update(SignatureRow).where(SignatureRow.document.is_not(None)).values(document=document)
        )


def test_recheck_on_open_finds_a_changed_stored_file(
    workspace: Workspace, demo: Agreement, signed_demo: SignedDemo
) -> None:
    assert not recheck(workspace, *_signed(workspace, demo, signed_demo)).problems
    report = recheck(workspace, ID, 1)
    assert report.ok and report.files[0].digital and report.files[0].report is not None
    assert "unchanged since they were recorded, and their signatures are valid" in report.summary

    tampered = bytearray(signed_demo.twice)
    tampered[len(tampered) // 2] ^= 0x01
    _replace_stored_file(workspace, bytes(tampered))
    report = recheck(workspace, ID, 1)
    assert not report.ok and report.summary.startswith("Warning:")
    changed, invalid = report.problems
    assert changed == (
        "The stored signed file 'signed.pdf' has changed since it was recorded: its SHA-256 is "
        f"now {sha256_of(bytes(tampered))}, but was {sha256_of(signed_demo.twice)}."
    )
    assert invalid.startswith("The signatures in the stored file 'signed.pdf' are no longer valid")

    _replace_stored_file(workspace, b"not a pdf at all")
    (only,) = recheck(workspace, ID, 1).files
    assert only.error is not None and "can no longer be verified" in only.problems[1]


def _signed(workspace: Workspace, demo: Agreement, signed_demo: SignedDemo) -> tuple[str, int]:
    stored_ready(workspace, demo)
    assert record_signed_pdf(workspace, ID, 1, signed_demo.twice, "signed.pdf").version_signed
    return ID, 1


def test_a_version_without_a_stored_file_has_nothing_to_recheck(
    workspace: Workspace, demo: Agreement
) -> None:
    first = workspace.agreements.create(demo)
    workspace.signing.mark_signed(ID, 1, first.revision)
    report = recheck(workspace, ID, 1)
    assert report.ok and not report.has_signed_file
    assert report.summary.startswith("No signed file is stored with version 1")


def test_trusting_the_signers_makes_their_signatures_trusted(
    workspace: Workspace, signed_demo: SignedDemo, trial_certs: TrialCerts
) -> None:
    assert not any(c.trusted for c in verify_in_workspace(workspace, signed_demo.twice).signatures)
    anna = signer_certificate_info(signed_demo.twice, signed_demo.fields[0])
    assert (anna.name, anna.organisation) == ("Anna Schmidt", "Brückenschlag e.V.")
    assert anna.trial
    stored = trust(workspace, anna, "checked by phone")
    assert stored.subject == f"Anna Schmidt, Brückenschlag e.V., {TRIAL_MARK}"
    assert stored.fingerprint == anna.sha256
    (bernd,) = certificates_in_file(trial_certs.bernd.p12, trial_certs.bernd.passphrase)
    assert certificates_in_file(trial_certs.bernd.pem) == [bernd]  # the same public part
    trust(workspace, bernd)
    report = verify_in_workspace(workspace, signed_demo.twice)
    assert [c.trusted for c in report.signatures] == [True, True]
    assert [c.subject.split(",")[0] for c in trusted_certificates(workspace)] == [
        "Anna Schmidt",
        "Bernd Meier",
    ]

    distrust(workspace, anna.sha256)
    report = verify_in_workspace(workspace, signed_demo.twice)
    assert [c.trusted for c in report.signatures] == [False, True]
    with pytest.raises(CertificateFileError, match="passphrase is wrong"):
        certificates_in_file(trial_certs.bernd.p12, b"wrong")

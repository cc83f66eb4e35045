"""The ink route: the scan of the signed paper is kept with the version, who signed when and
where is recorded, and the version becomes signed once everyone has signed."""

from __future__ import annotations

import datetime as dt

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.errors import UserError
from coopbuilder.core.records import SignatureMethod
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.documents.signing import sha256_of
from coopbuilder.store.errors import ProtectedVersionError
from coopbuilder.store.workspace import Workspace
from coopbuilder.workflows.ink import InkSignature, record_ink_signatures
from coopbuilder.workflows.recheck import recheck
from tests.workflows.conftest import stored_ready

ID = "demo-agreement"
SCAN = b"\x89PNG\r\n\x1a\n" + b"the scanned signature page" * 100
DAY = dt.date(2026, 12, 1)


def test_ink_signatures_sign_the_version_and_keep_the_scan(
    workspace: Workspace, demo: Agreement
) -> None:
    stored_ready(workspace, demo)
    hans = InkSignature(representative_id="rep-ngo", signed_on=DAY, place="Nürnberg")
    first = record_ink_signatures(workspace, ID, 1, SCAN, "page-10.png", [hans], today=DAY)
    assert not first.version_signed
    assert [r.label for r in first.state.waiting_for] == ["Petra Lindner (LKA Musterland)"]
    with pytest.raises(UserError, match=r"Dr\. Hans Weiß is already recorded"):
        record_ink_signatures(workspace, ID, 1, SCAN, "page-10.png", [hans], today=DAY)

    petra = InkSignature(representative_id="rep-lka", signed_on=DAY, place="Musterstadt")
    second = record_ink_signatures(workspace, ID, 1, SCAN, "page-10.png", [petra], today=DAY)
    assert second.version_signed and second.sha256 == sha256_of(SCAN)
    assert workspace.agreements.load(ID, 1).status is AgreementStatus.SIGNED
    records = workspace.signing.signatures(ID, 1)
    assert [(s.record.signatory, s.record.place, s.record.signed_on) for s in records] == [
        ("Dr. Hans Weiß", "Nürnberg", DAY),
        ("Petra Lindner", "Musterstadt", DAY),
    ]
    assert {s.record.method for s in records} == {SignatureMethod.HANDWRITTEN}
    assert workspace.signing.signed_document(records[-1].id) == SCAN
    report = recheck(workspace, ID, 1)
    assert report.ok and len(report.files) == 2 and not any(f.digital for f in report.files)
    with pytest.raises(ProtectedVersionError, match="cannot be signed again"):
        record_ink_signatures(workspace, ID, 1, SCAN, "again.png", [petra], today=DAY)


def test_both_at_once_and_the_refusals(workspace: Workspace, demo: Agreement) -> None:
    workspace.agreements.create(demo)
    both = [
        InkSignature(representative_id="rep-ngo", signed_on=DAY),
        InkSignature(representative_id="rep-lka", signed_on=DAY),
    ]
    with pytest.raises(UserError, match="is a draft; make its final PDF first"):
        record_ink_signatures(workspace, ID, 1, SCAN, "scan.png", both, today=DAY)
    ready = demo.model_copy(update={"status": AgreementStatus.READY_TO_SIGN})
    workspace.agreements.save(ready, workspace.agreements.load(ID, 1).revision)
    refusals = [
        (b"GIF89a...", both, "not a PDF, PNG, JPEG or TIFF"),
        (SCAN, [], "tick at least one representative"),
        (SCAN, [both[0].model_copy(update={"representative_id": "rep-lka-2"})], "no signing"),
        (SCAN, [both[0].model_copy(update={"signed_on": DAY.replace(day=2)})], "in the future"),
    ]
    for scan, signatures, message in refusals:
        with pytest.raises(UserError, match=message):
            record_ink_signatures(workspace, ID, 1, scan, "scan", signatures, today=DAY)
    assert workspace.signing.signatures(ID, 1) == []
    done = record_ink_signatures(workspace, ID, 1, b"%PDF-1.4 scan", "scan.pdf", both, today=DAY)
    assert done.version_signed and len(done.recorded) == 2

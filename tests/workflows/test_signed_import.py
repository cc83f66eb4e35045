"""Importing a signed agreement PDF into another workspace: signed there only if every signature
verifies and the attached agreement is what they cover; refused without an attached agreement or
with a changed one, nothing stored."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.exchange import dumps
from coopbuilder.core.records import SignatureMethod
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.documents.embedded import embed_agreement
from coopbuilder.documents.signing import sha256_of
from coopbuilder.store.connection import open_workspace
from coopbuilder.store.models import AuditAction
from coopbuilder.store.workspace import Workspace
from coopbuilder.workflows.signed_import import SignedPdfRefusedError, import_signed_pdf
from tests.workflows.conftest import SignedDemo


def _only_agreement(workspace: Workspace) -> list[str]:
    return [row.agreement_id for row in workspace.listing.page().rows]


def test_a_demo_signed_twice_comes_in_signed_with_both_signers(
    workspace: Workspace, signed_demo: SignedDemo
) -> None:
    done = import_signed_pdf(workspace, signed_demo.twice, "signed.pdf")
    assert done.signed and done.reasons == ()
    assert done.signers == (
        "Dr. Hans Weiß (Brückenschlag)",
        "Petra Lindner (LKA Musterland)",
    )
    assert done.untrusted_signers == ["Anna Schmidt", "Bernd Meier"]
    stored = workspace.agreements.load(done.stored.agreement_id, done.stored.number)
    assert stored.status is AgreementStatus.SIGNED
    assert stored.title == "Cooperation in exit and disengagement work"
    signatures = workspace.signing.signatures(stored.agreement_id, stored.number)
    assert [(s.record.signatory, s.record.method) for s in signatures] == [
        ("Dr. Hans Weiß", SignatureMethod.OTHER),
        ("Petra Lindner", SignatureMethod.OTHER),
    ]
    assert signatures[0].record.place == "Nürnberg"
    assert {s.record.file_sha256 for s in signatures} == {sha256_of(signed_demo.twice)}
    assert workspace.signing.signed_document(signatures[0].id) == signed_demo.twice
    actions = [e.action for e in workspace.audit.entries(stored.agreement_id)]
    assert AuditAction.IMPORTED in actions and AuditAction.SIGNED in actions


def test_bytes_after_the_last_signature_make_it_a_draft_with_the_reason(
    workspace: Workspace, signed_demo: SignedDemo
) -> None:
    done = import_signed_pdf(workspace, signed_demo.twice + b"\n% added\n", "signed.pdf")
    assert not done.signed
    assert any("after the last signature" in str(reason) for reason in done.reasons)
    stored = workspace.agreements.load(done.stored.agreement_id)
    assert stored.status is AgreementStatus.DRAFT
    assert workspace.signing.signatures(stored.agreement_id, stored.number) == []


def test_a_file_signed_once_comes_in_as_a_draft(
    workspace: Workspace, signed_demo: SignedDemo
) -> None:
    done = import_signed_pdf(workspace, signed_demo.once, "half.pdf")
    assert [str(r) for r in done.reasons] == [
        "not every representative has signed (signature-petra-lindner)"
    ]
    assert workspace.agreements.load(done.stored.agreement_id).status is AgreementStatus.DRAFT


def _attachment_stream_offset(pdf: bytes) -> tuple[int, int]:
    """Where the compressed bytes of the attached agreement lie in ``pdf``."""
    start = pdf.index(b"/Type /EmbeddedFile")
    begin = pdf.index(b"stream\n", start) + len(b"stream\n")
    end = pdf.index(b"endstream", begin)
    return begin, end


def test_one_byte_changed_inside_the_attached_json_is_refused(
    workspace: Workspace, signed_demo: SignedDemo
) -> None:
    pdf = signed_demo.twice
    begin, end = _attachment_stream_offset(pdf)
    text = zlib.decompress(pdf[begin:end])
    changed = text.replace(b"Dr. Hans", b"Dr. Hanz", 1)
    packed = min((zlib.compress(changed, level) for level in range(1, 10)), key=len)
    # The same length, so the signatures' byte ranges still fit: only the content differs.
    assert len(packed) <= end - begin
    tampered = pdf[:begin] + packed + b" " * (end - begin - len(packed)) + pdf[end:]
    with pytest.raises(SignedPdfRefusedError, match="attached agreement was changed"):
        import_signed_pdf(workspace, tampered, "tampered.pdf")
    flipped = bytearray(pdf)
    flipped[begin + 40] ^= 0x01
    with pytest.raises(SignedPdfRefusedError, match=r"tampered\.pdf"):
        import_signed_pdf(workspace, bytes(flipped), "tampered.pdf")
    assert _only_agreement(workspace) == []


def test_an_agreement_attached_again_after_signing_is_refused(
    workspace: Workspace, signed_demo: SignedDemo, demo: Agreement
) -> None:
    """Someone replaces the attachment in an update after the signatures, with checksums that
    match its new bytes: the signatures do not cover it."""
    other = demo.model_copy(update={"title": "Another agreement"})
    replaced = embed_agreement(signed_demo.twice, dumps(other).encode())
    with pytest.raises(SignedPdfRefusedError, match="more than one attached agreement"):
        import_signed_pdf(workspace, replaced, "replaced.pdf")
    assert _only_agreement(workspace) == []


def test_a_pdf_without_an_attached_agreement_is_refused(
    workspace: Workspace, demo: Agreement
) -> None:
    plain = render_agreement(demo).pdf
    with pytest.raises(SignedPdfRefusedError) as caught:
        import_signed_pdf(workspace, plain, "draft.pdf")
    assert str(caught.value) == (
        "draft.pdf carries no agreement: it is not a final PDF made by CoopBuilder (which has "
        "the attachment agreement.coopagreement). Import the partner's exchange file instead."
    )
    assert _only_agreement(workspace) == []


def test_the_second_workspace_is_independent_of_the_first(
    tmp_path: Path, signed_demo: SignedDemo
) -> None:
    """The agreement already in the workspace stays as it is; the import gets a new id."""
    with open_workspace(tmp_path / "other.sqlite", who="bernd") as other:
        first = import_signed_pdf(other, signed_demo.twice, "signed.pdf")
        second = import_signed_pdf(other, signed_demo.twice, "signed.pdf")
        assert first.signed and second.signed
        assert first.stored.agreement_id != second.stored.agreement_id

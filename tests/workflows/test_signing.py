"""Finalising a stored version and recording its digitally signed PDF, on a real workspace."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.messages import message_in
from coopbuilder.core.records import SignatureMethod
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.documents.final import NotReadyToSignError, render_final
from coopbuilder.documents.signature_fields import list_fields
from coopbuilder.documents.signing import sha256_of, sign
from coopbuilder.documents.verification import verify
from coopbuilder.store.errors import ProtectedVersionError
from coopbuilder.store.models import AuditAction
from coopbuilder.store.tables import SignatureRow
from coopbuilder.store.workspace import Workspace
from coopbuilder.workflows.demo_history import demo_history
from coopbuilder.workflows.recheck import recheck
from coopbuilder.workflows.signing import (
    SignedFileRefusedError,
    document_to_sign,
    finalise,
    record_signed_pdf,
    signed_pdf_up_to,
    signing_state,
)
from tests.documents.pdfs import flat, pdftotext
from tests.signing_fixtures import (
    TrialCerts,
    sign_update,
    trial_cert,
    with_text_on_page_one,
    written,
)
from tests.workflows.conftest import START, SignedDemo, stored_ready

ID = "demo-agreement"


def test_finalise_then_two_signatures_sign_the_version_for_good(
    workspace: Workspace, demo: Agreement, trial_certs: TrialCerts
) -> None:
    workspace.agreements.create(demo)
    assert signed_pdf_up_to(workspace, ID, 1) is None
    final = finalise(workspace, ID, 1)
    assert workspace.agreements.load(ID, 1).status is AgreementStatus.READY_TO_SIGN
    hans, petra = (rep.field_name for rep in final.representatives)
    assert (hans, petra) == ("signature-dr-hans-weiss", "signature-petra-lindner")
    assert [(f.name, f.signed) for f in list_fields(final.pdf)] == [(hans, False), (petra, False)]

    anna, bernd = trial_certs.anna, trial_certs.bernd
    once = sign(final.pdf, hans, anna.p12, anna.passphrase, certify=True, location="Nürnberg")
    first = record_signed_pdf(workspace, ID, 1, once, "signed-1.pdf")
    assert not first.version_signed
    (record,) = (s.record for s in first.recorded)
    assert (record.partner_id, record.signatory) == ("ngo", "Dr. Hans Weiß")
    assert record.place == "Nürnberg"
    assert record.method is SignatureMethod.OTHER  # a trial certificate is not a real signature
    assert "TRIAL CERTIFICATE" in record.note and "not marked trusted" in record.note
    assert [r.label for r in first.state.waiting_for] == ["Petra Lindner (LKA Musterland)"]
    assert first.untrusted_signers == ["Anna Schmidt"]

    # the next representative signs the file stored with the version
    assert document_to_sign(workspace, ID, 1) == once
    twice = sign(once, petra, bernd.p12, bernd.passphrase)
    second = record_signed_pdf(workspace, ID, 1, twice, "signed.pdf")
    assert second.version_signed and second.state.complete
    assert second.sha256 == sha256_of(twice)
    (recorded,) = second.recorded
    assert recorded.has_document and recorded.record.file_sha256 == sha256_of(twice)
    assert workspace.signing.signed_document(recorded.id) == twice
    assert workspace.agreements.load(ID, 1).status is AgreementStatus.SIGNED
    signed_entry = workspace.audit.entries(ID)[0]
    assert signed_entry.action is AuditAction.SIGNED
    assert sha256_of(twice) in signed_entry.detail

    # signed means immutable: not finalised, signed or recorded again; an edit is a new version
    for again in (
        lambda: finalise(workspace, ID, 1),
        lambda: record_signed_pdf(workspace, ID, 1, twice),
        lambda: document_to_sign(workspace, ID, 1),
    ):
        with pytest.raises(ProtectedVersionError, match="is signed"):
            again()
    edited = demo.model_copy(update={"purpose": "Something else."})
    assert workspace.agreements.save(edited, 0).number == 2
    assert workspace.agreements.load(ID, 1).agreement.purpose == demo.purpose
    assert recheck(workspace, ID, 1).ok
    # the new draft has no signed PDF of its own: the one of the version before it is found
    assert signed_pdf_up_to(workspace, ID, 2) == (1, twice)


def test_both_signatures_in_one_file_are_recorded_at_once(
    workspace: Workspace, demo: Agreement, signed_demo: SignedDemo
) -> None:
    stored_ready(workspace, demo)
    result = record_signed_pdf(workspace, ID, 1, signed_demo.twice, "signed.pdf")
    assert result.version_signed
    first, second = result.recorded
    assert first.has_document and not second.has_document  # the file is stored once
    assert first.record.file_sha256 == second.record.file_sha256 == sha256_of(signed_demo.twice)
    assert [s.record.signatory for s in result.recorded] == ["Dr. Hans Weiß", "Petra Lindner"]
    assert [s.record.place for s in result.recorded] == ["Nürnberg", "Musterstadt"]


def test_a_tampered_file_is_refused_and_nothing_recorded(
    workspace: Workspace, demo: Agreement, signed_demo: SignedDemo
) -> None:
    stored_ready(workspace, demo)
    twice = signed_demo.twice
    # a byte of the signature fields' update (after the rendered PDF), which both signatures cover
    offset = twice.index(b"/Rect [ 62 ", twice.index(b"%%EOF")) + len("/Rect [ 6")
    tampered = bytearray(twice)
    tampered[offset] ^= 0x01  # the first field's box moves a point: 62 -> 63
    with pytest.raises(SignedFileRefusedError, match="not validly signed") as caught:
        record_signed_pdf(workspace, ID, 1, bytes(tampered), "tampered.pdf")
    assert "signed content was changed" in str(caught.value)
    german = message_in(caught.value, "de")  # the reasons too, in the GUI's language
    assert german.startswith("tampered.pdf wurde nicht erfasst, weil es nicht gültig")
    assert "der unterschriebene Inhalt wurde verändert: Er passt nicht mehr zur Unterschrift" in (
        german
    )
    assert "signed content" not in german
    # content that is not this version's final PDF
    with pytest.raises(SignedFileRefusedError, match="not the final PDF of version 1"):
        record_signed_pdf(workspace, ID, 1, b"%PDF-1.7 " + twice[9:], "other.pdf")
    with workspace.database.transaction(write=False) as session:
        assert session.scalars(select(SignatureRow)).all() == []
    assert workspace.agreements.load(ID, 1).status is AgreementStatus.READY_TO_SIGN


def test_a_file_for_another_version_is_refused(
    workspace: Workspace, demo: Agreement, signed_demo: SignedDemo
) -> None:
    changed = demo.model_copy(update={"purpose": "A different purpose."})
    stored_ready(workspace, changed)
    with pytest.raises(SignedFileRefusedError, match="its content differs from the version"):
        record_signed_pdf(workspace, ID, 1, signed_demo.twice, "signed.pdf")


def test_a_draft_is_not_finalised_while_checks_fail_and_signed_files_wait_for_finalising(
    workspace: Workspace, demo: Agreement, signed_demo: SignedDemo
) -> None:
    broken = demo.model_copy(update={"next_review_date": None})
    workspace.agreements.create(broken)
    with pytest.raises(NotReadyToSignError) as caught:
        finalise(workspace, ID, 1)
    assert caught.value.lines() == [
        "next_review_date: The agreement has no next review date. Set one (usually a year after "
        "the effective date)."
    ]
    assert workspace.agreements.load(ID, 1).status is AgreementStatus.DRAFT
    with pytest.raises(SignedFileRefusedError, match="is a draft; make its final PDF first"):
        record_signed_pdf(workspace, ID, 1, signed_demo.twice)


def test_a_signature_already_recorded_is_not_recorded_twice(
    workspace: Workspace, demo: Agreement, signed_demo: SignedDemo
) -> None:
    stored_ready(workspace, demo)
    record_signed_pdf(workspace, ID, 1, signed_demo.once, "signed-1.pdf")
    with pytest.raises(Exception, match="already recorded with version 1"):
        record_signed_pdf(workspace, ID, 1, signed_demo.once, "signed-1.pdf")
    state = signing_state(workspace, ID, 1)
    assert [r.signed is not None for r in state.representatives] == [True, False]
    assert document_to_sign(workspace, ID, 1) == signed_demo.once


def _nothing_recorded(workspace: Workspace) -> None:
    with workspace.database.transaction(write=False) as session:
        assert session.scalars(select(SignatureRow)).all() == []
    assert workspace.agreements.load(ID, 1).status is AgreementStatus.READY_TO_SIGN


def test_the_final_pdf_is_the_same_bytes_every_time(
    workspace: Workspace, demo: Agreement, signed_demo: SignedDemo
) -> None:
    workspace.agreements.create(demo)
    assert finalise(workspace, ID, 1).pdf == finalise(workspace, ID, 1).pdf == signed_demo.final


def test_text_added_before_the_first_signature_is_refused_though_every_signature_verifies(
    workspace: Workspace, demo: Agreement, signed_demo: SignedDemo, trial_certs: TrialCerts
) -> None:
    stored_ready(workspace, demo)
    hans, petra = signed_demo.fields
    anna, bernd = trial_certs.anna, trial_certs.bernd
    changed = written(with_text_on_page_one(signed_demo.final, b"ALL CLIENT DATA MAY BE SHARED"))
    once = sign(changed, hans, anna.p12, anna.passphrase, certify=True)
    twice = sign(once, petra, bernd.p12, bernd.passphrase)
    assert verify(twice).ok  # each signature covers the added text, so each verifies
    for pdf in (once, twice):
        with pytest.raises(SignedFileRefusedError, match="nothing but signatures added") as caught:
            record_signed_pdf(workspace, ID, 1, pdf, "signed.pdf")
        assert "before the first new signature" in str(caught.value)
    _nothing_recorded(workspace)


def test_text_added_in_the_update_of_a_signature_is_refused(
    workspace: Workspace, demo: Agreement, signed_demo: SignedDemo, trial_certs: TrialCerts
) -> None:
    stored_ready(workspace, demo)
    hans, petra = signed_demo.fields
    changing = with_text_on_page_one(signed_demo.final, b"ALL CLIENT DATA MAY BE SHARED")
    once = sign_update(changing, hans, trial_certs.anna)
    assert verify(once).ok
    with pytest.raises(SignedFileRefusedError, match="also changes the document's content"):
        record_signed_pdf(workspace, ID, 1, once, "signed.pdf")
    # and in the second signature's update, after a first signature recorded as it should be
    record_signed_pdf(workspace, ID, 1, signed_demo.once, "signed-1.pdf")
    later = with_text_on_page_one(signed_demo.once, b"ALL CLIENT DATA MAY BE SHARED")
    twice = sign_update(later, petra, trial_certs.bernd)
    with pytest.raises(SignedFileRefusedError):
        record_signed_pdf(workspace, ID, 1, twice, "signed.pdf")
    assert [r.signed is not None for r in signing_state(workspace, ID, 1).representatives] == [
        True,
        False,
    ]


def test_a_second_copy_signed_separately_cannot_replace_a_recorded_signer(
    workspace: Workspace, demo: Agreement, signed_demo: SignedDemo, trial_certs: TrialCerts
) -> None:
    stored_ready(workspace, demo)
    hans, petra = signed_demo.fields
    record_signed_pdf(workspace, ID, 1, signed_demo.once, "signed-1.pdf")  # Anna in field A
    mallory = trial_cert("Mallory Fake", "Brückenschlag e.V.", b"mallory-passphrase")
    other = sign(signed_demo.final, hans, mallory.p12, mallory.passphrase, certify=True)
    bernd = trial_certs.bernd
    other = sign(other, petra, bernd.p12, bernd.passphrase)
    assert verify(other).ok
    with pytest.raises(SignedFileRefusedError, match="does not continue the signed PDF") as caught:
        record_signed_pdf(workspace, ID, 1, other, "other.pdf")
    assert "already recorded with version 1" in str(caught.value)
    assert "Dr. Hans Weiß" in str(caught.value)
    state = signing_state(workspace, ID, 1)
    assert [r.signed is not None for r in state.representatives] == [True, False]
    assert document_to_sign(workspace, ID, 1) == signed_demo.once
    # the file that continues the recorded one is recorded
    assert record_signed_pdf(workspace, ID, 1, signed_demo.twice, "signed.pdf").version_signed


def test_the_final_pdf_of_a_version_a_review_started_has_the_review_annex(
    workspace: Workspace, trial_certs: TrialCerts, tmp_path: Path
) -> None:
    versions = demo_history(workspace, START)
    draft = versions[-1]
    assert draft.status is AgreementStatus.DRAFT
    final = finalise(workspace, ID, draft.number)
    text = flat(pdftotext(final.pdf, tmp_path))
    assert "Annex E – Record of the review" in text
    assert "Annual review of version 2 of this agreement, held on 9 November 2028." in text
    assert "Actions agreed before this review, and what became of them." in text
    assert "DRAFT" not in text
    # what is signed is what the preview showed, and it is recorded
    hans, petra = (rep.field_name for rep in final.representatives)
    anna, bernd = trial_certs.anna, trial_certs.bernd
    once = sign(final.pdf, hans, anna.p12, anna.passphrase, certify=True)
    twice = sign(once, petra, bernd.p12, bernd.passphrase)
    assert record_signed_pdf(workspace, ID, draft.number, twice, "signed.pdf").version_signed
    # a version no review started has no review annex
    first = flat(pdftotext(render_final(versions[0].agreement).pdf, tmp_path))
    assert "Record of the review" not in first

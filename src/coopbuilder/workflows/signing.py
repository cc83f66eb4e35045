"""Signing a stored version: finalise it (the final PDF with its signature fields), and record a
digitally signed PDF of it. The ink route is in :mod:`coopbuilder.workflows.ink`.

Who has signed a version is read from its signature records; when every signing representative
has signed, the version is marked signed in the same transaction as the last record, and the
signed file's SHA-256 is stored with the records (and named in the audit log).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from coopbuilder.core import clock
from coopbuilder.core.catalogue import Catalogue
from coopbuilder.core.errors import Phrase, UserError
from coopbuilder.core.messages import Joined
from coopbuilder.core.records import SignatureMethod, SignatureRecord
from coopbuilder.core.vocabulary import AgreementStatus, Language
from coopbuilder.documents.continuation import NotAContinuationError, check_continuation
from coopbuilder.documents.final import (
    FinalDocument,
    SigningRepresentative,
    render_final,
    signing_representatives,
)
from coopbuilder.documents.rendering import Renderer, one_at_a_time
from coopbuilder.documents.signature_fields import FieldInfo, list_fields
from coopbuilder.documents.signing import sha256_of
from coopbuilder.documents.templates import LibraryChoice, library_for
from coopbuilder.documents.verification import SignatureCheck, VerificationReport
from coopbuilder.store.errors import ProtectedVersionError
from coopbuilder.store.models import EDITABLE, StoredVersion
from coopbuilder.store.signing import StoredSignature
from coopbuilder.store.workspace import Workspace
from coopbuilder.workflows.review import review_context
from coopbuilder.workflows.trust import verify_in_workspace

Rendering = LibraryChoice | Renderer
"""What the final PDF is made with: a clause library, the program's libraries by language, or a
:class:`~coopbuilder.documents.rendering.Renderer` (whose render process makes it)."""


def library_of(rendering: Rendering | None) -> LibraryChoice | None:
    """The clause libraries of ``rendering`` (a signature's box on the page speaks them)."""
    return rendering.libraries if isinstance(rendering, Renderer) else rendering


DIGITAL_METHODS = frozenset(
    {
        SignatureMethod.ADVANCED_ELECTRONIC,
        SignatureMethod.QUALIFIED_ELECTRONIC,
        SignatureMethod.OTHER,
    }
)


class SignedFileRefusedError(UserError):
    """A signed PDF that is not recorded: invalid, tampered, or not of this version."""


class RepresentativeState(BaseModel):
    """A signing representative of a version, and whether a signature of theirs is recorded."""

    model_config = ConfigDict(frozen=True)

    signing: SigningRepresentative
    signed: StoredSignature | None = None

    @property
    def field_name(self) -> str:
        return self.signing.field_name

    @property
    def label(self) -> str:
        return self.signing.label


class SigningState(BaseModel):
    """Where the signing of a version stands."""

    model_config = ConfigDict(frozen=True)

    agreement_id: str
    number: int
    title: str
    status: AgreementStatus
    revision: int
    language: Language
    """The agreement's language: a digital signature's box on the page speaks it."""
    representatives: tuple[RepresentativeState, ...]
    signed_document_id: int | None = None
    """The signature record holding the latest digitally signed PDF, if one is stored."""

    @property
    def waiting_for(self) -> list[RepresentativeState]:
        return [r for r in self.representatives if r.signed is None]

    @property
    def complete(self) -> bool:
        return not self.waiting_for


class FinalisedVersion(BaseModel):
    """The final PDF of a version (marked ready to sign), with where each representative signs."""

    model_config = ConfigDict(frozen=True)

    agreement_id: str
    number: int
    title: str
    pdf: bytes
    representatives: tuple[SigningRepresentative, ...]


class RecordedSignatures(BaseModel):
    """What recording a signed file did."""

    model_config = ConfigDict(frozen=True)

    recorded: tuple[StoredSignature, ...]
    state: SigningState
    sha256: str
    """The SHA-256 of the signed file, as stored."""
    report: VerificationReport | None = None
    """The verification of a digitally signed PDF (``None`` for the ink route)."""

    @property
    def version_signed(self) -> bool:
        return self.state.status is AgreementStatus.SIGNED

    @property
    def untrusted_signers(self) -> list[str]:
        """Signers whose certificate is not marked trusted in the workspace."""
        if self.report is None:
            return []
        return [c.signer or c.field for c in self.report.signatures if not c.trusted]


def _signed_by(
    signatures: Sequence[StoredSignature], rep: SigningRepresentative
) -> StoredSignature | None:
    for stored in signatures:
        record = stored.record
        if record.partner_id == rep.partner.id and record.signatory == rep.representative.name:
            return stored
    return None


def signing_state(workspace: Workspace, agreement_id: str, number: int) -> SigningState:
    """Who of a version's signing representatives has signed, and the latest signed PDF."""
    stored = workspace.agreements.load(agreement_id, number)
    return state_of(workspace, stored)


def state_of(workspace: Workspace, stored: StoredVersion) -> SigningState:
    """:func:`signing_state` of a version already loaded."""
    signatures = workspace.signing.signatures(stored.agreement_id, stored.number)
    return SigningState(
        agreement_id=stored.agreement_id,
        number=stored.number,
        title=stored.title,
        status=stored.status,
        revision=stored.revision,
        language=stored.agreement.language,
        representatives=tuple(
            RepresentativeState(signing=rep, signed=_signed_by(signatures, rep))
            for rep in signing_representatives(stored.agreement)
        ),
        signed_document_id=_latest_digital(signatures),
    )


def _latest_digital(signatures: Sequence[StoredSignature]) -> int | None:
    """The signature record holding the latest digitally signed PDF, if one is stored."""
    digital = [s.id for s in signatures if s.has_document and s.record.method in DIGITAL_METHODS]
    return digital[-1] if digital else None


def latest_signed_pdf(workspace: Workspace, agreement_id: str, number: int) -> bytes | None:
    """The latest digitally signed PDF stored with a version (the whole signed agreement once
    everyone has signed), or ``None``."""
    document_id = _latest_digital(workspace.signing.signatures(agreement_id, number))
    if document_id is None:
        return None
    return workspace.signing.signed_document(document_id)


def signed_pdf_up_to(
    workspace: Workspace, agreement_id: str, number: int
) -> tuple[int, bytes] | None:
    """The latest digitally signed PDF of version ``number``, else of the latest version before
    it that has one (a review's draft follows the signed version), with its version number."""
    for version in sorted(
        (v.number for v in workspace.agreements.versions(agreement_id) if v.number <= number),
        reverse=True,
    ):
        pdf = latest_signed_pdf(workspace, agreement_id, version)
        if pdf is not None:
            return version, pdf
    return None


def refuse_signed(number: int, title: str, status: AgreementStatus) -> None:
    """A version that was signed is not signed again."""
    if status not in EDITABLE:
        raise ProtectedVersionError(
            "Version {number} of '{title}' is {status}; its signatures are recorded and it "
            "cannot be signed again. Start a new version to change the agreement.",
            number=number,
            title=title,
            status=status,
        )


def final_document(
    workspace: Workspace,
    stored: StoredVersion,
    catalogue: Catalogue | None = None,
    library: Rendering | None = None,
) -> FinalDocument:
    """The final PDF of a stored version: what its representatives sign. A version that a
    review started has the review annex, as its draft PDF and the preview have."""
    review = review_context(workspace, stored.agreement_id, stored.number, stored.agreement)
    if isinstance(library, Renderer):
        return library.final(stored.agreement, catalogue, review)
    with one_at_a_time():
        chosen = library_for(library, stored.agreement.language)
        return render_final(stored.agreement, catalogue, chosen, review)


def finalise(
    workspace: Workspace,
    agreement_id: str,
    number: int,
    *,
    catalogue: Catalogue | None = None,
    library: Rendering | None = None,
) -> FinalisedVersion:
    """Mark a stored version ready to sign and return its final PDF (no DRAFT mark, one empty
    signature field per signing representative). Refused while the agreement checks find errors
    (:class:`~coopbuilder.documents.final.NotReadyToSignError`) and for a signed version."""
    stored = workspace.agreements.load(agreement_id, number)
    refuse_signed(number, stored.title, stored.status)
    return _finalised(workspace, stored, catalogue, library)


def _finalised(
    workspace: Workspace,
    stored: StoredVersion,
    catalogue: Catalogue | None,
    library: Rendering | None,
) -> FinalisedVersion:
    """:func:`finalise` of a version already loaded and not signed."""
    final = final_document(workspace, stored, catalogue, library)
    if stored.status is AgreementStatus.DRAFT:
        ready = stored.agreement.model_copy(update={"status": AgreementStatus.READY_TO_SIGN})
        workspace.agreements.save(ready, stored.revision)
    return FinalisedVersion(
        agreement_id=stored.agreement_id,
        number=stored.number,
        title=stored.title,
        pdf=final.pdf,
        representatives=tuple(signing_representatives(stored.agreement)),
    )


def document_to_sign(
    workspace: Workspace,
    agreement_id: str,
    number: int,
    *,
    catalogue: Catalogue | None = None,
    library: Rendering | None = None,
) -> bytes:
    """The PDF the next representative signs: the latest digitally signed PDF stored with the
    version, or else its final PDF (which marks the version ready to sign, see
    :func:`finalise`)."""
    stored = workspace.agreements.load(agreement_id, number)
    refuse_signed(number, stored.title, stored.status)
    document_id = _latest_digital(workspace.signing.signatures(agreement_id, number))
    if document_id is not None:
        return workspace.signing.signed_document(document_id)
    return _finalised(workspace, stored, catalogue, library).pdf


def _refuse_other_copy(workspace: Workspace, state: SigningState, pdf: bytes, name: str) -> None:
    """Once a signed PDF is recorded with a version, the next one must continue it: another copy
    of the final PDF, signed separately, could put another signer in a field already recorded."""
    if state.signed_document_id is None:
        return
    recorded = workspace.signing.signed_document(state.signed_document_id)
    if pdf.startswith(recorded):
        return
    signed = ", ".join(r.label for r in state.representatives if r.signed is not None)
    raise SignedFileRefusedError(
        "{name} does not continue the signed PDF already recorded with version {number} of "
        "'{title}' (signed by {signed}): it is another copy of the final PDF, signed "
        "separately, or a changed file. The next representative signs the file as recorded "
        "(the one Sign... uses, or Save the PDF... gives).",
        name=name,
        number=state.number,
        title=state.title,
        signed=signed,
    )


def _refuse_invalid(report: VerificationReport, file_name: str) -> None:
    bad = [check for check in report.signatures if not check.ok]
    if not bad:
        return
    reasons = Joined(
        [
            Phrase(
                "the signature in '{field}' ({signer}): {problems}",
                field=check.field,
                signer=check.signer or Phrase("unknown signer"),
                problems=Joined(check.problem_phrases, ", "),
            )
            for check in bad
        ],
        "; ",
    )
    raise SignedFileRefusedError(
        "{file} was not recorded, because it is not validly signed: {reasons}. Do not "
        "rely on this file; ask for the file as it was signed.",
        file=file_name or "The signed PDF",
        reasons=reasons,
    )


def signature_record(
    check: SignatureCheck,
    field: FieldInfo | None,
    rep: SigningRepresentative,
    file_name: str,
    today: dt.date,
) -> SignatureRecord:
    certificate = check.signer or "an unnamed holder"
    if check.organisation:
        certificate += f", {check.organisation}"
    notes = [
        f"Digital signature in the field '{check.field}' with the certificate of {certificate}."
    ]
    if check.trial_certificate:
        notes.append("The certificate is a TRIAL CERTIFICATE - NOT FOR REAL USE.")
    notes.append(
        "The certificate was marked trusted in the workspace when this was recorded."
        if check.trusted
        else "The certificate was not marked trusted in the workspace when this was recorded."
    )
    signed_at = check.signed_at
    return SignatureRecord(
        partner_id=rep.partner.id,
        signatory=rep.representative.name,
        role=rep.representative.role,
        signed_on=signed_at.astimezone().date() if signed_at else today,
        place=(field.location or "") if field else "",
        method=SignatureMethod.OTHER
        if check.trial_certificate
        else SignatureMethod.ADVANCED_ELECTRONIC,
        file_name=file_name,
        note=" ".join(notes),
    )


def record_signed_pdf(
    workspace: Workspace,
    agreement_id: str,
    number: int,
    pdf: bytes,
    file_name: str = "",
    *,
    catalogue: Catalogue | None = None,
    library: Rendering | None = None,
    now: dt.datetime | None = None,
) -> RecordedSignatures:
    """Record a digitally signed PDF of a ready-to-sign version.

    The PDF must be the version's final PDF (byte for byte what :func:`finalise` gives) followed
    by nothing but signatures, each in an update of its own; once a signed PDF is recorded with
    the version, a new one must continue that file. Every signature in it must be valid
    (checked against the workspace's trusted certificates; a signer not trusted is reported, not
    refused). Each signature not yet recorded becomes a signature record of the representative
    whose field it signed, and the PDF is stored with them. When every signing representative
    has signed, the version is marked signed in the same transaction.
    """
    stored = workspace.agreements.load(agreement_id, number)
    refuse_signed(number, stored.title, stored.status)
    if stored.status is AgreementStatus.DRAFT:
        raise SignedFileRefusedError(
            "Version {number} of '{title}' is a draft; make its final PDF first (which "
            "marks it ready to sign), and have that file signed.",
            number=number,
            title=stored.title,
        )
    name = file_name or "The signed PDF"
    final = final_document(workspace, stored, catalogue, library)
    if not pdf.startswith(final.pdf[: final.content_length]):
        raise SignedFileRefusedError(
            "{name} is not the final PDF of version {number} of '{title}': its content "
            "differs from the version (another version, another agreement, or a changed "
            "file). Sign the final PDF made for this version.",
            name=name,
            number=number,
            title=stored.title,
        )
    state = state_of(workspace, stored)
    _refuse_other_copy(workspace, state, pdf, name)
    report = verify_in_workspace(workspace, pdf, now=now)
    _refuse_invalid(report, file_name)
    try:
        check_continuation(pdf, final.pdf)
    except NotAContinuationError as exc:
        raise SignedFileRefusedError(
            "{name} was not recorded: it is not the final PDF of version {number} of "
            "'{title}' with nothing but signatures added ({exc}). Its signatures may "
            "verify, but they cover what was added. Do not rely on this file; sign the "
            "final PDF made for this version.",
            name=name,
            number=number,
            title=stored.title,
            exc=exc,
        ) from exc
    fields = {f.name: f for f in list_fields(pdf)}
    by_field = {r.field_name: r for r in state.representatives}
    unknown = [c.field for c in report.signatures if c.field not in by_field]
    if unknown:
        raise SignedFileRefusedError(
            "{name} has a signature in the field '{field}', which belongs to no signing "
            "representative of version {number}.",
            name=name,
            field=unknown[0],
            number=number,
        )
    today = (now or clock.now()).astimezone().date()
    new = [
        signature_record(
            check, fields.get(check.field), by_field[check.field].signing, file_name, today
        )
        for check in report.signatures
        if by_field[check.field].signed is None
    ]
    if not new:
        raise UserError(
            "Every signature in {file} is already recorded with version {number}.",
            file=file_name or "the signed PDF",
            number=number,
        )
    return store_signatures(workspace, stored, state, new, pdf, report)


def store_signatures(
    workspace: Workspace,
    stored: StoredVersion,
    state: SigningState,
    records: Sequence[SignatureRecord],
    document: bytes,
    report: VerificationReport | None = None,
) -> RecordedSignatures:
    """Store the new signature records of a version with the signed ``document``, in one
    transaction that also marks the version signed when they are the last ones missing."""
    complete = len(records) == len(state.waiting_for)
    recorded, _ = workspace.signing.record_signatures(
        stored.agreement_id,
        stored.number,
        records,
        document,
        mark_signed_revision=stored.revision if complete else None,
    )
    return RecordedSignatures(
        recorded=tuple(recorded),
        state=signing_state(workspace, stored.agreement_id, stored.number),
        sha256=sha256_of(document),
        report=report,
    )

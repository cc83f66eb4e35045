"""Importing a signed agreement PDF: the agreement its final PDF carries (see
:mod:`coopbuilder.documents.embedded`), with its signature records.

The attached exchange file must be whole (its checksums match) and must be the one the signatures
cover: present, with the same bytes, in the revision the first signature signed. A PDF without it,
or with one added or changed after signing, is refused and nothing is stored.

The version counts as signed in this workspace only if every signature verifies (against the
workspace's trust list; a signer not trusted is reported, not refused, as when a signed PDF is
recorded), every signature field is signed, each by a signing representative of the agreement,
nothing but signatures follows the final PDF, and no byte follows the last signature. Then the
agreement comes in with one signature record per representative and the PDF stored with them,
marked signed, in one transaction. Otherwise it comes in as a draft, and the reasons are given.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

from coopbuilder.core import clock
from coopbuilder.core.agreement import Agreement
from coopbuilder.core.errors import Phrase, UserError
from coopbuilder.core.exchange import loads
from coopbuilder.core.messages import Joined
from coopbuilder.documents.continuation import NotAContinuationError, check_continuation
from coopbuilder.documents.embedded import ATTACHMENT_NAME, read_embedded_agreement
from coopbuilder.documents.final import signing_representatives
from coopbuilder.documents.pdf_input import PdfFileError, read_pdf
from coopbuilder.documents.signature_fields import list_fields, signature_fields
from coopbuilder.documents.verification import VerificationReport
from coopbuilder.store.models import StoredVersion
from coopbuilder.store.workspace import Workspace
from coopbuilder.workflows.signing import signature_record
from coopbuilder.workflows.trust import verify_in_workspace

MAX_PDF_BYTES = 200 * 1024 * 1024
"""The largest signed PDF read for an import (as the signing commands read)."""


class SignedPdfRefusedError(UserError):
    """A PDF that is not imported: it carries no agreement, or a changed one."""


class SignedPdfImport(BaseModel):
    """What importing a signed PDF did."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    stored: StoredVersion
    signers: tuple[str, ...] = ()
    """Who signed, as "Name (Partner)", when the version came in signed."""
    reasons: tuple[Phrase, ...] = ()
    """Why the version came in as a draft; empty when it came in signed."""
    report: VerificationReport | None = None

    @property
    def signed(self) -> bool:
        return not self.reasons

    @property
    def untrusted_signers(self) -> list[str]:
        """Signers whose certificate is not marked trusted in the workspace."""
        if self.report is None:
            return []
        return [c.signer or c.field for c in self.report.signatures if not c.trusted]


class _Reading(BaseModel):
    """The agreement a signed PDF carries, and where its signatures stand."""

    model_config = ConfigDict(frozen=True)

    agreement: Agreement
    signed_revisions: dict[str, int]
    """The revision each signed field was signed in."""


def _read(pdf: bytes, name: str) -> tuple[PdfFileReader, _Reading]:
    """The attached agreement, checked whole and covered by the first signature."""
    try:
        reader = read_pdf(pdf)
        current = read_embedded_agreement(reader)
    except PdfFileError as exc:
        raise SignedPdfRefusedError("{name}: {problem}", name=name, problem=exc) from exc
    if current is None:
        raise SignedPdfRefusedError(
            "{name} carries no agreement: it is not a final PDF made by CoopBuilder (which has "
            "the attachment {attachment}). Import the partner's exchange file instead.",
            name=name,
            attachment=ATTACHMENT_NAME,
        )
    if not current.intact:
        raise SignedPdfRefusedError(
            "{name}: its attached agreement was changed (it no longer matches its checksum); "
            "it was not imported. Ask the partner for the signed PDF as it was signed.",
            name=name,
        )
    revisions: dict[str, int] = {}
    for field, sig, field_object in signature_fields(reader):
        if sig is None:
            continue
        try:
            revisions[field] = int(
                EmbeddedPdfSignature(reader, field_object, field).signed_revision
            )
        except Exception:  # an unreadable signature: the verification reports it
            continue
    if revisions:
        signed = read_embedded_agreement(reader.get_historical_resolver(min(revisions.values())))
        if signed is None or signed.data != current.data:
            raise SignedPdfRefusedError(
                "{name}: its attached agreement was added or changed after it was signed, so "
                "the signatures do not cover it; it was not imported. Ask the partner for the "
                "signed PDF as it was signed.",
                name=name,
            )
    agreement = loads(current.data, source=f"{name} ({ATTACHMENT_NAME})")
    return reader, _Reading(agreement=agreement, signed_revisions=revisions)


def _before_first_signature(pdf: bytes, reader: PdfFileReader, first: int) -> bytes:
    """The bytes of ``pdf`` up to the end of the revision before revision ``first``."""
    start = reader.xrefs.get_startxref_for_revision(first - 1)
    end = pdf.find(b"%%EOF", start)
    if end < 0:
        return pdf
    end += len(b"%%EOF")
    while end < len(pdf) and pdf[end] in b"\r\n":
        end += 1
    return pdf[:end]


def _covers_to_the_end(pdf: bytes, reader: PdfFileReader, field: str) -> bool:
    """Whether the signature in ``field`` covers every byte up to the end of ``pdf``."""
    for name, sig, _ in signature_fields(reader):
        if name == field and sig is not None:
            ranges = sig.get("/ByteRange")
            try:
                values = [int(v) for v in ranges or ()]
            except (TypeError, ValueError):
                return False
            return len(values) == 4 and values[2] + values[3] == len(pdf)
    return False


def _reasons(
    pdf: bytes, reader: PdfFileReader, reading: _Reading, report: VerificationReport | None
) -> list[Phrase]:
    """Why the PDF does not make the version signed; empty when it does."""
    if report is None:
        return [Phrase("it has no signatures")]
    out = [
        Phrase(
            "the signature in '{field}' ({signer}): {problems}",
            field=check.field,
            signer=check.signer or Phrase("unknown signer"),
            problems=Joined(check.problem_phrases, ", "),
        )
        for check in report.signatures
        if not check.ok
    ]
    fields = {rep.field_name for rep in signing_representatives(reading.agreement)}
    foreign = [c.field for c in report.signatures if c.field not in fields]
    if foreign:
        out.append(
            Phrase(
                "the field '{field}' belongs to no signing representative of the agreement",
                field=foreign[0],
            )
        )
    missing = sorted(fields - {c.field for c in report.signatures})
    if missing or report.unsigned_fields:
        out.append(
            Phrase(
                "not every representative has signed ({fields})",
                fields=", ".join(missing or report.unsigned_fields),
            )
        )
    revisions = reading.signed_revisions
    if revisions:
        first = min(revisions.values())
        try:
            check_continuation(pdf, _before_first_signature(pdf, reader, first))
        except NotAContinuationError as exc:
            out.append(
                Phrase("it is not the final PDF with nothing but signatures ({exc})", exc=exc)
            )
        last = max(revisions, key=lambda field: revisions[field])
        if not _covers_to_the_end(pdf, reader, last):
            out.append(
                Phrase("bytes were added after the last signature, which no signature covers")
            )
    return out


def import_signed_pdf(
    workspace: Workspace, pdf: bytes, file_name: str, *, now: dt.datetime | None = None
) -> SignedPdfImport:
    """Add the agreement a signed PDF carries to the workspace: signed, with its signature
    records and the PDF, when every check passes; else as a draft with the reasons. Refused
    (:class:`SignedPdfRefusedError`, nothing stored) when the PDF carries no agreement or a
    changed one."""
    name = file_name or "The signed PDF"
    reader, reading = _read(pdf, name)
    try:
        report: VerificationReport | None = verify_in_workspace(workspace, pdf, now=now)
    except PdfFileError:  # no signatures at all
        report = None
    reasons = _reasons(pdf, reader, reading, report)
    agreement = reading.agreement
    if reasons or report is None:
        reason_text = "; ".join(str(reason) for reason in reasons)
        stored = workspace.transfer.import_agreement(
            agreement, source=f"{file_name}, not signed here: {reason_text}"
        )
        return SignedPdfImport(stored=stored, reasons=tuple(reasons), report=report)
    by_field = {rep.field_name: rep for rep in signing_representatives(agreement)}
    fields = {f.name: f for f in list_fields(pdf)}
    today = (now or clock.now()).astimezone().date()
    records = [
        signature_record(check, fields.get(check.field), by_field[check.field], file_name, today)
        for check in report.signatures
    ]
    stored = workspace.signing.import_signed(
        agreement, records, pdf, f"from {file_name}, a signed PDF whose signatures verified"
    )
    return SignedPdfImport(
        stored=stored,
        signers=tuple(by_field[check.field].label for check in report.signatures),
        report=report,
    )

"""Verifying every signature of a PDF: intact, cryptographically valid, trusted, the signer's
certificate in its validity period, and whether the document was changed after the signature.

A signature that cannot be checked, for whatever reason, is reported invalid: a tampered file is
never reported valid. Nothing is fetched from the network: no revocation lists, no OCSP.

Trust comes from a :class:`TrustList`. A person's certificate is trusted as exactly that
certificate (matched by its SHA-256 fingerprint): it vouches for its holder's own signatures and
for nothing its key may have issued. Certificates issued by someone are trusted only under a
certificate marked as an authority's, which must itself be a certification authority's (basic
constraints CA, key usage "certificate signing").

Trust is judged at the signing time the signer's computer recorded (as PDF readers do by default),
since CoopBuilder's signatures carry no trusted timestamp; a certificate that has expired since is
reported, but does not make the signature invalid.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from enum import StrEnum

from asn1crypto import x509 as asn1_x509
from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import HistoricalResolver, PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from coopbuilder.core import clock
from coopbuilder.core.errors import Phrase, UserError
from coopbuilder.core.plurals import Counted
from coopbuilder.documents.certificates import (
    CertificateFileError,
    fingerprint_of,
    is_authority,
    load_certificates,
    subject_names,
)
from coopbuilder.documents.pdf_input import PdfFileError, read_pdf
from coopbuilder.documents.signature_fields import signature_fields

# A signing certificate needs one of these key usages (as PDF readers accept).
KEY_USAGE = KeyUsageConstraints(
    key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False
)
ALLOWED_LATER_CHANGES = (ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING)


class CertificatePeriod(StrEnum):
    """The signer's certificate against its validity period."""

    VALID = "valid"
    EXPIRED_SINCE = "expired since signing"
    EXPIRED = "expired when signed"
    NOT_YET_VALID = "not yet valid when signed"


class ChangesAfter(StrEnum):
    """What happened to the document after a signature."""

    NONE = "none"
    ALLOWED = "only signatures or form filling"
    INFORMATION = "document information changed"
    """The title, author, subject or keywords the PDF gives about itself changed: PDF readers
    show them (the title in the window's title bar), and no signature allows changing them."""
    MODIFIED = "modified"


class Verdict(StrEnum):
    """The whole file: every signature valid, every field signed and every signer trusted, or
    what is missing."""

    VALID_TRUSTED = "valid, every field signed, every signer trusted"
    VALID_UNTRUSTED = "valid, every field signed, but not every signer is trusted"
    INCOMPLETE = "valid so far, but not every field is signed"
    INVALID = "INVALID"


NOT_CHECKED = (
    Phrase(
        "whether a signer's certificate was revoked: no revocation list or OCSP service is asked"
    ),
    Phrase(
        "when a signature was made: the signing time is the one the signer's computer recorded "
        "(there is no trusted timestamp), and certificates are judged at that time"
    ),
)
"""What a verification does not check, for every report to say."""


class TrustList(BaseModel):
    """The certificates a verification trusts, and whose list they are."""

    model_config = ConfigDict(frozen=True)

    people: tuple[bytes, ...] = ()
    """Certificates (PEM or DER) trusted as their holders' own: each covers itself only."""
    authorities: tuple[bytes, ...] = ()
    """Certification authorities' certificates: what they issued is trusted."""
    workspace: str | None = None
    """The workspace whose trust list this is (where it is kept), if one was used."""
    marked_by: tuple[str, ...] = ()
    """Who marked the workspace's certificates trusted."""
    given: int = 0
    """How many of the certificates were given for this verification only."""

    @property
    def workspace_count(self) -> int:
        return len(self.people) + len(self.authorities) - self.given


class SignatureCheck(BaseModel):
    """The result of checking one signature."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    field: str
    signer: str | None = None
    organisation: str | None = None
    signed_at: dt.datetime | None = None
    intact: bool = False
    """The signed bytes hash to the value the signature holds."""
    valid: bool = False
    """The signature is valid: intact, and cryptographically valid for the signer's key. A
    signature whose signed bytes changed is never valid, whatever its signed attributes say."""
    trusted: bool = False
    """The signer's certificate is one a person's trust covers (by its fingerprint), or was
    issued under a trusted authority."""
    certificate: CertificatePeriod | None = None
    certificate_valid_until: dt.datetime | None = None
    trial_certificate: bool = False
    certifies: bool = False
    """A certification signature: later only form filling and signatures are allowed."""
    changes_after: ChangesAfter = ChangesAfter.MODIFIED
    error: str | None = None
    """Why the signature could not be checked at all."""
    cause: UserError | None = None
    """:attr:`error` as the user error it is, where it is CoopBuilder's own (given in the
    user's language); None where it is pyHanko's or Python's text."""

    @field_validator("valid")
    @classmethod
    def _valid_only_if_intact(cls, valid: bool, info: ValidationInfo) -> bool:
        """pyHanko's ``valid`` covers the signed attributes only: a document whose digest no
        longer matches can still have them. Valid means both."""
        return valid and bool(info.data.get("intact", False))

    @property
    def ok(self) -> bool:
        """Intact, valid, made within the certificate's validity period, and followed only by
        signatures or form filling. (Trust is reported separately.)"""
        return (
            self.error is None
            and self.intact
            and self.valid
            and self.certificate in (CertificatePeriod.VALID, CertificatePeriod.EXPIRED_SINCE)
            and self.changes_after in (ChangesAfter.NONE, ChangesAfter.ALLOWED)
        )

    @property
    def problems(self) -> list[str]:
        """Why the signature is not valid, in words; empty when it is."""
        return [str(phrase) for phrase in self.problem_phrases]

    @property
    def problem_phrases(self) -> list[Phrase]:
        """:attr:`problems` as phrases, which :func:`~coopbuilder.core.messages.message_in` gives
        in another language (pyHanko's own texts in :attr:`error` stay as they are)."""
        if self.error is not None:
            error = self.cause if self.cause is not None else self.error
            return [Phrase("the signature cannot be checked: {error}", error=error)]
        out = []
        if not self.intact:
            out.append(Phrase("the signed content was changed: it no longer matches the signature"))
        elif not self.valid:
            out.append(Phrase("the signature does not match the signer's certificate"))
        if self.certificate is CertificatePeriod.EXPIRED:
            out.append(Phrase("the signer's certificate was expired when signed"))
        elif self.certificate is CertificatePeriod.NOT_YET_VALID:
            out.append(Phrase("the signer's certificate was not yet valid when signed"))
        if self.changes_after is ChangesAfter.MODIFIED:
            out.append(
                Phrase(
                    "the document was changed after this signature in a way signing does not "
                    "allow (content or pages added, changed or removed)"
                )
            )
        elif self.changes_after is ChangesAfter.INFORMATION:
            out.append(
                Phrase(
                    "the document's information (title, author, subject or keywords) was "
                    "changed after this signature"
                )
            )
        return out

    @property
    def notes(self) -> list[str]:
        """What the user should know about a signature that is not a fault of the file."""
        return [str(phrase) for phrase in self.note_phrases]

    @property
    def note_phrases(self) -> list[Phrase]:
        """:attr:`notes` as phrases."""
        out = []
        if self.trial_certificate:
            out.append(Phrase("signed with a TRIAL CERTIFICATE - NOT FOR REAL USE"))
        if not self.trusted and self.error is None:
            out.append(Phrase("the signer's certificate is not marked as trusted"))
        if self.certificate is CertificatePeriod.EXPIRED_SINCE and self.certificate_valid_until:
            out.append(
                Phrase(
                    "the signer's certificate expired on {date:%Y-%m-%d}, after signing",
                    date=self.certificate_valid_until,
                )
            )
        return out


class VerificationReport(BaseModel):
    """Every signature of a PDF, in signing order, and the fields not yet signed."""

    model_config = ConfigDict(frozen=True)

    signatures: tuple[SignatureCheck, ...]
    unsigned_fields: tuple[str, ...] = ()
    verified_at: dt.datetime
    trust_list: TrustList = TrustList()
    """The certificates trusted in this verification, and whose list they were."""

    @property
    def ok(self) -> bool:
        """Every signature is valid (fields not yet signed and trust are reported apart)."""
        return all(s.ok for s in self.signatures)

    @property
    def complete(self) -> bool:
        """Every signature field is signed."""
        return not self.unsigned_fields

    @property
    def all_trusted(self) -> bool:
        return all(s.trusted for s in self.signatures)

    @property
    def verdict(self) -> Verdict:
        """The worst of: a signature not valid, a field not signed, a signer not trusted."""
        if not self.ok:
            return Verdict.INVALID
        if not self.complete:
            return Verdict.INCOMPLETE
        if self.all_trusted:
            return Verdict.VALID_TRUSTED
        return Verdict.VALID_UNTRUSTED


def _period(
    cert: asn1_x509.Certificate, signed_at: dt.datetime | None, now: dt.datetime
) -> CertificatePeriod:
    when = signed_at or now
    if when < cert.not_valid_before:
        return CertificatePeriod.NOT_YET_VALID
    if when > cert.not_valid_after:
        return CertificatePeriod.EXPIRED
    if now > cert.not_valid_after:
        return CertificatePeriod.EXPIRED_SINCE
    return CertificatePeriod.VALID


def _changes_after(status: PdfSignatureStatus) -> ChangesAfter:
    if status.coverage is SignatureCoverageLevel.ENTIRE_FILE:
        return ChangesAfter.NONE
    if status.coverage is not SignatureCoverageLevel.ENTIRE_REVISION or not status.docmdp_ok:
        return ChangesAfter.MODIFIED
    level = status.modification_level
    if level is ModificationLevel.NONE:
        return ChangesAfter.NONE
    if level in ALLOWED_LATER_CHANGES:
        return ChangesAfter.ALLOWED
    return ChangesAfter.MODIFIED


INFORMATION_KEYS = ("/Title", "/Author", "/Subject", "/Keywords")
XMP_ELEMENTS = re.compile(rb"<dc:(title|creator|description|subject)\b.*?</dc:\1>", re.DOTALL)


def _information(resolver: PdfFileReader | HistoricalResolver) -> tuple[object, ...]:
    """What a revision of the PDF says about itself and readers show: the title, author,
    subject and keywords of its document information and of its XMP metadata. Dates and the
    producing program are left out: signing programs update them."""

    def entry(dictionary: generic.DictionaryObject, key: str) -> object:
        """The value of ``key`` as this revision has it (a reference resolved in it)."""
        if key not in dictionary:
            return None
        value = dictionary.raw_get(key)
        if isinstance(value, generic.IndirectObject):
            return resolver.get_object(value.reference)
        return value

    values: list[object] = []
    trailer = resolver.trailer_view
    fields = entry(trailer, "/Info")
    if isinstance(fields, generic.DictionaryObject):
        values.extend(str(entry(fields, key)) for key in INFORMATION_KEYS)
    root = entry(trailer, "/Root")
    stream = entry(root, "/Metadata") if isinstance(root, generic.DictionaryObject) else None
    if isinstance(stream, generic.StreamObject):
        values.extend(match.group(0) for match in XMP_ELEMENTS.finditer(stream.data))
    return tuple(values)


def _information_changed(reader: PdfFileReader, revision: int) -> bool:
    """Whether the document's information changed after ``revision`` (see
    :attr:`ChangesAfter.INFORMATION`)."""
    return _information(reader.get_historical_resolver(revision)) != _information(reader)


def _failed(exc: Exception, **who: object) -> SignatureCheck:
    """The check of a signature that could not be checked because of ``exc``."""
    if isinstance(exc, UserError):
        return SignatureCheck.model_validate({**who, "error": str(exc), "cause": exc})
    return SignatureCheck.model_validate({**who, "error": _short(exc)})


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__


class _Anchors:
    """The trust a verification starts from: people's certificates by fingerprint, and the
    authorities' certificates."""

    def __init__(self, trust: TrustList) -> None:
        self.people = {
            fingerprint_of(bytes(cert.dump())): cert
            for data in trust.people
            for cert in load_certificates(data)
        }
        self.authorities = [cert for data in trust.authorities for cert in load_certificates(data)]
        for cert in self.authorities:
            if not is_authority(cert):
                raise CertificateFileError(
                    "The certificate of {subject} is not a certification authority's (it may not "
                    "issue certificates), so it cannot be trusted as an authority; trust it as "
                    "a person's certificate instead.",
                    subject=cert.subject.human_friendly,
                )

    def for_signer(self, signer: asn1_x509.Certificate) -> list[asn1_x509.Certificate]:
        """The trust roots for a signature by ``signer``: the authorities, and the signer's own
        certificate only where exactly that certificate is trusted. A person's certificate is
        never a root for any other signer's, so it vouches for nothing its key issued."""
        own = self.people.get(fingerprint_of(bytes(signer.dump())))
        return [*self.authorities, *([own] if own is not None else [])]


def _check(
    reader: PdfFileReader,
    name: str,
    field: generic.DictionaryObject,
    anchors: _Anchors,
    now: dt.datetime,
) -> tuple[int, SignatureCheck]:
    """The signed revision (for ordering) and the check of one signature."""
    try:
        embedded = EmbeddedPdfSignature(reader, field, name)
        names = subject_names(embedded.signer_cert)
    except Exception as exc:  # anything unreadable in a signature makes it invalid, never valid
        return reader.total_revisions, _failed(exc, field=name)
    who = {
        "field": name,
        "signer": names.name,
        "organisation": names.organisation,
        "trial_certificate": names.trial,
        "certificate_valid_until": embedded.signer_cert.not_valid_after,
    }
    try:
        if embedded.sig_object_type != "/Sig":
            raise PdfFileError("a document timestamp, which CoopBuilder does not check")
        signed_at = embedded.self_reported_timestamp
        moment = signed_at if signed_at is not None and signed_at <= now else now
        context = ValidationContext(
            trust_roots=anchors.for_signer(embedded.signer_cert),
            allow_fetching=False,
            revocation_mode="soft-fail",
            moment=moment,
        )
        status = validate_pdf_signature(embedded, context, key_usage_settings=KEY_USAGE)
        revision = embedded.signed_revision
        certifies = embedded.docmdp_level is not None
        changes = _changes_after(status)
        if changes is not ChangesAfter.MODIFIED and _information_changed(reader, revision):
            changes = ChangesAfter.INFORMATION
    except Exception as exc:  # see above: an unexpected failure is never a valid signature
        return reader.total_revisions, _failed(exc, **who)
    signed_at = status.signer_reported_dt
    return revision, SignatureCheck(
        **who,
        signed_at=signed_at,
        intact=status.intact,
        valid=status.valid,  # only if intact too (see SignatureCheck._valid_only_if_intact)
        trusted=status.trusted,
        certificate=_period(embedded.signer_cert, signed_at, now),
        certifies=certifies,
        changes_after=changes,
    )


def verify(
    pdf: bytes,
    trusted: TrustList | Sequence[bytes] = (),
    *,
    now: dt.datetime | None = None,
) -> VerificationReport:
    """Check every signature of ``pdf``.

    ``trusted`` is the trust list, or only people's certificates (PEM or DER), each trusted as
    exactly that certificate. ``now`` is the moment of verification (for tests; default: the
    current time). A PDF without any signature is a :class:`PdfFileError`; an authority's
    certificate that is no certification authority's is a :class:`CertificateFileError`.
    """
    now = now or clock.now()
    trust = trusted if isinstance(trusted, TrustList) else TrustList(people=tuple(trusted))
    anchors = _Anchors(trust)
    reader = read_pdf(pdf)
    fields = signature_fields(reader)
    unsigned = tuple(name for name, sig, _ in fields if sig is None)
    signed = [(name, field) for name, sig, field in fields if sig is not None]
    if not signed:
        empty = (
            Phrase("; it has {fields}", fields=Counted(len(unsigned), "empty signature field"))
            if unsigned
            else ""
        )
        raise PdfFileError("The PDF has no signatures{empty}.", empty=empty)
    checks = sorted(
        (_check(reader, name, field, anchors, now) for name, field in signed),
        key=lambda pair: pair[0],
    )
    return VerificationReport(
        signatures=tuple(check for _, check in checks),
        unsigned_fields=unsigned,
        verified_at=now,
        trust_list=trust,
    )

"""Signing a signature field of a PDF with a PKCS#12 certificate file (PAdES, with pyHanko);
:mod:`coopbuilder.documents.tokens` makes the same signature with a smartcard or token.

Each signature is an incremental update: the bytes signed before stay as they were, so every
earlier signature stays valid. The first signature may certify the document, allowing only form
filling and further signatures afterwards. No network is used (no revocation look-ups), except
for an RFC 3161 timestamp from a time-stamping service the organisation names
(:mod:`coopbuilder.documents.timestamps`, off by default).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from dataclasses import dataclass

from asn1crypto import keys as asn1_keys
from babel.dates import format_date, format_time
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign import signers
from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
from pyhanko.sign.general import SigningError
from pyhanko.sign.signers.pdf_signer import PdfSigningSession
from pyhanko.sign.timestamps import TimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from coopbuilder.core import clock
from coopbuilder.core.errors import Phrase, UserError
from coopbuilder.core.vocabulary import Language
from coopbuilder.documents.certificates import (
    TRIAL_MARK,
    CertificateFileError,
    SigningIdentity,
    load_signing_identity,
    subject_names,
    to_asn1,
)
from coopbuilder.documents.pdf_input import PdfFileError
from coopbuilder.documents.signature_fields import list_fields
from coopbuilder.documents.templates import LibraryChoice, LibraryTexts, texts_for
from coopbuilder.documents.timestamps import TimestampError, UrlTimeStamper

_SIGNER = "\ue000"
"""Stands for the signer's name while the stamp's text is rendered; pyHanko puts the name of the
certificate's holder there (``%(signer)s``)."""


def sha256_of(pdf: bytes) -> str:
    """The SHA-256 of a file's bytes as lowercase hex: what the workspace stores for a signed
    agreement and re-checks when the agreement is opened."""
    return hashlib.sha256(pdf).hexdigest()


def _check_validity_period(identity: SigningIdentity, now: dt.datetime) -> None:
    check_validity_period(identity.certificate, now, CertificateFileError)


def check_validity_period(
    cert: x509.Certificate, now: dt.datetime, error: type[UserError] = UserError
) -> None:
    """Refuse a certificate outside its validity period at ``now``: a signature made with it
    would not be valid."""
    if now > cert.not_valid_after_utc:
        raise error(
            "The certificate expired on {date:%Y-%m-%d}; a signature made "
            "with it would not be valid. Use a current certificate.",
            date=cert.not_valid_after_utc,
        )
    if now < cert.not_valid_before_utc:
        raise error(
            "The certificate is not valid before {date:%Y-%m-%d %H:%M} UTC.",
            date=cert.not_valid_before_utc,
        )


def check_signable(pdf: bytes, field_name: str, *, certify: bool = False) -> None:
    """Raise the :class:`UserError` that :func:`sign` would raise about the PDF and the field,
    without a certificate: so a program can check before it asks for a passphrase."""
    fields = list_fields(pdf)
    field = next((f for f in fields if f.name == field_name), None)
    if field is None:
        empty = [f"'{f.name}'" for f in fields if not f.signed]
        hint = (
            Phrase(" Its empty fields: {fields}.", fields=", ".join(empty))
            if empty
            else Phrase(" It has no empty field.")
        )
        raise PdfFileError(
            "The PDF has no signature field named '{field_name}'.{hint}",
            field_name=field_name,
            hint=hint,
        )
    if field.signed:
        by = Phrase(" by {signer}", signer=field.signer) if field.signer else ""
        raise PdfFileError(
            "The field '{field_name}' is already signed{by}.", field_name=field_name, by=by
        )
    if certify and any(f.signed for f in fields):
        raise UserError(
            "Only the first signature can certify the document, and it is already signed."
        )


def _signer(identity: SigningIdentity) -> signers.SimpleSigner:
    key_der = identity.key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    chain = SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
        [to_asn1(cert) for cert in identity.chain]
    )
    return signers.SimpleSigner(
        signing_cert=to_asn1(identity.certificate),
        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=chain,
    )


@dataclass(frozen=True)
class SignatureRequest:
    """What a signature of ``field_name`` in ``pdf`` is to be, whichever key makes it: whether it
    certifies the document, its reason and place, the texts its box is drawn with (in the
    agreement's language), and the time-stamping service to ask (``None``: no timestamp)."""

    pdf: bytes
    field_name: str
    texts: LibraryTexts
    certify: bool = False
    reason: str | None = None
    location: str | None = None
    timestamp_url: str | None = None

    @classmethod
    def of(
        cls,
        pdf: bytes,
        field_name: str,
        *,
        certify: bool = False,
        reason: str | None = None,
        location: str | None = None,
        language: Language | str = Language.EN,
        library: LibraryChoice | LibraryTexts | None = None,
        timestamp_url: str | None = None,
    ) -> SignatureRequest:
        """The request :func:`sign` and the card's signing take their arguments as; the field is
        checked here (see :func:`check_signable`), before any key is touched. Of the clause
        library only ``library.yaml``'s texts are read, not its sections."""
        check_signable(pdf, field_name, certify=certify)
        return cls(
            pdf,
            field_name,
            texts_for(library, language),
            certify=certify,
            reason=reason or None,
            location=location or None,
            timestamp_url=timestamp_url,
        )


def sign(
    pdf: bytes,
    field_name: str,
    p12: bytes,
    passphrase: bytes,
    *,
    certify: bool = False,
    reason: str | None = None,
    location: str | None = None,
    language: Language | str = Language.EN,
    library: LibraryChoice | LibraryTexts | None = None,
    timestamp_url: str | None = None,
) -> bytes:
    """Sign the empty field ``field_name`` of ``pdf`` with the key and certificate in ``p12``;
    return the signed PDF (the input plus one incremental update).

    ``certify`` makes this a certification signature that allows only form filling and further
    signatures; only the first signature may certify. The signature's box on the page says who
    signed and when in the agreement's language: the texts come from ``library`` (default: the
    shipped clause library of ``language``). A wrong passphrase, a certificate file without a
    private key or outside its validity period, an unknown or an already signed field are each a
    :class:`UserError`, and nothing is returned. With ``timestamp_url``, the signature gets an
    RFC 3161 timestamp from that time-stamping service (PAdES-B-T).
    """
    identity = load_signing_identity(p12, passphrase)
    now = signing_time()
    _check_validity_period(identity, now)
    request = SignatureRequest.of(
        pdf,
        field_name,
        certify=certify,
        reason=reason,
        location=location,
        language=language,
        library=library,
        timestamp_url=timestamp_url,
    )
    return sign_with(request, _signer(identity), identity.certificate, now)


def signing_time() -> dt.datetime:
    """The time a signature made now records (and its box shows): the clock's, to the second."""
    return clock.now().replace(microsecond=0)


def sign_with(
    request: SignatureRequest,
    signer: signers.Signer,
    certificate: x509.Certificate,
    signed_at: dt.datetime,
) -> bytes:
    """Make the signature ``request`` asks for with ``signer`` (whose certificate is
    ``certificate``) at ``signed_at``: the one PAdES signature the program makes, whether the
    key is in a file or on a smartcard, with an RFC 3161 timestamp when the request names a
    time-stamping service. The caller has checked the certificate's validity."""
    metadata = signers.PdfSignatureMetadata(
        field_name=request.field_name,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        certify=request.certify,
        docmdp_permissions=MDPPerm.FILL_FORMS,
        reason=request.reason,
        location=request.location,
    )
    timestamp_url = request.timestamp_url
    pdf_signer = _PdfSigner(
        metadata,
        signer=signer,
        stamp_style=_stamp_style(certificate, request.texts, signed_at),
        signing_time=signed_at,
        timestamper=UrlTimeStamper(timestamp_url) if timestamp_url else None,
    )
    out = io.BytesIO()
    try:
        pdf_signer.sign_pdf(
            IncrementalPdfFileWriter(io.BytesIO(request.pdf)),
            existing_fields_only=True,
            output=out,
        )
    except TimestampRequestError as exc:
        raise TimestampError(
            "The time-stamping service {url} gave no timestamp ({reason}); nothing was "
            "signed. Try again later, or sign without a timestamp.",
            url=timestamp_url,
            reason=str(exc.args[0]) if exc.args else type(exc).__name__,
        ) from exc
    except (SigningError, PdfError) as exc:
        raise PdfFileError("The PDF could not be signed: {exc}", exc=exc) from exc
    return out.getvalue()


class _PdfSigner(signers.PdfSigner):
    """pyHanko's signer, with the signing time chosen here (in UTC): the time the box on the page
    shows is the time the signature records, to the second."""

    def __init__(
        self,
        metadata: signers.PdfSignatureMetadata,
        *,
        signer: signers.Signer,
        stamp_style: TextStampStyle,
        signing_time: dt.datetime,
        timestamper: TimeStamper | None = None,
    ) -> None:
        super().__init__(metadata, signer=signer, stamp_style=stamp_style, timestamper=timestamper)
        self._signing_time = signing_time

    def init_signing_session(
        self, pdf_out: BasePdfFileWriter, existing_fields_only: bool = False
    ) -> PdfSigningSession:
        session = super().init_signing_session(pdf_out, existing_fields_only)
        session.system_time = self._signing_time
        return session


def stamp_lines(
    library: LibraryTexts,
    signer: str,
    organisation: str | None,
    signed_at: dt.datetime,
    *,
    trial: bool = False,
) -> list[str]:
    """What a signature shows in its box, line by line, in the library's language: who signed,
    their organisation, when (in UTC, in the locale's form), and the trial mark for a trial
    certificate."""
    when = signed_at.astimezone(dt.UTC)
    lines = [library.plain("signature_stamp", {}, signer=signer)]
    if organisation:
        lines.append(organisation)
    lines.append(
        library.plain(
            "signature_stamp_time",
            {},
            date=format_date(when.date(), format="medium", locale=library.locale),
            time=format_time(when.time(), format="short", locale=library.locale),
        )
    )
    if trial:
        lines.append(TRIAL_MARK)
    return lines


def _stamp_style(
    certificate: x509.Certificate, library: LibraryTexts, signed_at: dt.datetime
) -> TextStampStyle:
    """The stamp of :func:`stamp_lines` for pyHanko, which fills in ``%(signer)s``."""
    names = subject_names(to_asn1(certificate))
    lines = stamp_lines(library, _SIGNER, names.organisation, signed_at, trial=names.trial)
    text = "\n".join(lines).replace("%", "%%").replace(_SIGNER, "%(signer)s")
    return TextStampStyle(stamp_text=text, border_width=0)

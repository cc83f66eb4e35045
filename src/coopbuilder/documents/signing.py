"""Signing a signature field of a PDF with a PKCS#12 certificate (PAdES, with pyHanko).

Each signature is an incremental update: the bytes signed before stay as they were, so every
earlier signature stays valid. The first signature may certify the document, allowing only form
filling and further signatures afterwards. No network is used: no timestamp server, no
revocation look-ups.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io

from asn1crypto import keys as asn1_keys
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign import signers
from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
from pyhanko.sign.general import SigningError
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from coopbuilder.core.errors import Phrase, UserError
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


def sha256_of(pdf: bytes) -> str:
    """The SHA-256 of a file's bytes as lowercase hex: what the workspace stores for a signed
    agreement and re-checks when the agreement is opened."""
    return hashlib.sha256(pdf).hexdigest()


def _check_validity_period(identity: SigningIdentity, now: dt.datetime) -> None:
    cert = identity.certificate
    if now > cert.not_valid_after_utc:
        raise CertificateFileError(
            "The certificate expired on {date:%Y-%m-%d}; a signature made "
            "with it would not be valid. Use a current certificate.",
            date=cert.not_valid_after_utc,
        )
    if now < cert.not_valid_before_utc:
        raise CertificateFileError(
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


def sign(
    pdf: bytes,
    field_name: str,
    p12: bytes,
    passphrase: bytes,
    *,
    certify: bool = False,
    reason: str | None = None,
    location: str | None = None,
) -> bytes:
    """Sign the empty field ``field_name`` of ``pdf`` with the key and certificate in ``p12``;
    return the signed PDF (the input plus one incremental update).

    ``certify`` makes this a certification signature that allows only form filling and further
    signatures; only the first signature may certify. A wrong passphrase, a certificate file
    without a private key or outside its validity period, an unknown or an already signed field
    are each a :class:`UserError`, and nothing is returned.
    """
    identity = load_signing_identity(p12, passphrase)
    _check_validity_period(identity, dt.datetime.now(dt.UTC))
    check_signable(pdf, field_name, certify=certify)
    metadata = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        certify=certify,
        docmdp_permissions=MDPPerm.FILL_FORMS,
        reason=reason or None,
        location=location or None,
    )
    pdf_signer = signers.PdfSigner(
        metadata, signer=_signer(identity), stamp_style=_stamp_style(identity)
    )
    out = io.BytesIO()
    try:
        pdf_signer.sign_pdf(
            IncrementalPdfFileWriter(io.BytesIO(pdf)), existing_fields_only=True, output=out
        )
    except (SigningError, PdfError) as exc:
        raise PdfFileError("The PDF could not be signed: {exc}", exc=exc) from exc
    return out.getvalue()


def _stamp_style(identity: SigningIdentity) -> TextStampStyle:
    """What the signature shows in its box on the page: signer, organisation, time, and the trial
    mark for a trial certificate. pyHanko fills in ``%(signer)s`` and ``%(ts)s``."""
    names = subject_names(to_asn1(identity.certificate))
    lines = ["Digitally signed by %(signer)s"]
    if names.organisation:
        lines.append(names.organisation.replace("%", "%%"))
    lines.append("%(ts)s")
    if names.trial:
        lines.append(TRIAL_MARK)
    return TextStampStyle(stamp_text="\n".join(lines), border_width=0)

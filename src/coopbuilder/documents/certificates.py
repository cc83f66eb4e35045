"""Certificates for signing: a signer's PKCS#12 file, certificates a user marks trusted, and
self-signed trial certificates that are clearly marked as not for real use.

Passphrases are used once, to open or protect a PKCS#12 file, and never kept or shown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from asn1crypto import pem as asn1_pem
from asn1crypto import pkcs12 as asn1_pkcs12
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from coopbuilder.core.errors import UserError

TRIAL_MARK = "TRIAL CERTIFICATE - NOT FOR REAL USE"
"""Stands in the organisational unit of every trial certificate; the verification report and
the signature's appearance on the page repeat it."""

SigningKey = (
    rsa.RSAPrivateKey
    | ec.EllipticCurvePrivateKey
    | dsa.DSAPrivateKey
    | ed25519.Ed25519PrivateKey
    | ed448.Ed448PrivateKey
)
"""The kinds of key a PDF signature can be made with."""

NAME_MAX = 64  # the X.520 upper bound of a common name and an organisation name


class CertificateFileError(UserError):
    """A certificate file cannot be used: wrong passphrase, no private key, not a certificate."""


@dataclass(frozen=True)
class SigningIdentity:
    """A signer's private key and certificate, opened from a PKCS#12 file."""

    key: SigningKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()


@dataclass(frozen=True)
class SubjectNames:
    """Who a certificate names: the person (CN), the organisation (O), and whether it is a trial
    certificate."""

    name: str | None
    organisation: str | None
    trial: bool


def _is_pkcs12(data: bytes) -> bool:
    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        return pfx["auth_safe"]["content_type"].native in ("data", "signed_data")
    except (ValueError, TypeError, KeyError):
        return False


def load_signing_identity(p12: bytes, passphrase: bytes) -> SigningIdentity:
    """Open a PKCS#12 (.p12 / .pfx) file. A wrong passphrase, a file that is not PKCS#12 and a
    file without a private key are each a :class:`CertificateFileError`."""
    if not _is_pkcs12(p12):
        raise CertificateFileError(
            "This is not a PKCS#12 certificate file (.p12 or .pfx). Choose the file that holds "
            "your signing certificate and its private key."
        )
    attempts = [passphrase] if passphrase else [b"", None]
    for attempt in attempts:
        try:
            key, cert, chain = pkcs12.load_key_and_certificates(p12, attempt)
            break
        except ValueError:
            continue
    else:
        raise CertificateFileError(
            "The passphrase is wrong (or the file is damaged): the certificate file could not "
            "be opened with it."
        )
    if key is None:
        raise CertificateFileError(
            "The certificate file holds no private key, so it cannot sign. Use the .p12 or .pfx "
            "file that was issued with your key, not a certificate exported for others."
        )
    if cert is None:
        raise CertificateFileError("The certificate file holds a private key but no certificate.")
    if not isinstance(key, SigningKey):
        raise CertificateFileError(
            f"The certificate file's key ({type(key).__name__}) cannot make PDF signatures; "
            "PDF signatures use RSA, ECDSA or EdDSA keys."
        )
    return SigningIdentity(key=key, certificate=cert, chain=tuple(chain))


def load_certificates(data: bytes) -> list[asn1_x509.Certificate]:
    """Read the certificates of a PEM file (one or more) or a DER file."""
    try:
        if asn1_pem.detect(data):
            certs = x509.load_pem_x509_certificates(data)
        else:
            certs = [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise CertificateFileError(
            "This is not a certificate file (PEM or DER X.509 certificate)."
        ) from exc
    return [to_asn1(cert) for cert in certs]


def to_asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    """The same certificate in asn1crypto's form, which pyHanko works with."""
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def certificate_pem(identity: SigningIdentity) -> bytes:
    """The public certificate of an identity as PEM: what a partner marks as trusted."""
    return identity.certificate.public_bytes(serialization.Encoding.PEM)


def _one(value: object) -> str | None:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) if value else None
    return str(value) if value else None


def subject_names(cert: asn1_x509.Certificate) -> SubjectNames:
    subject = cert.subject.native
    units = _one(subject.get("organizational_unit_name")) or ""
    name = _one(subject.get("common_name"))
    return SubjectNames(
        name=name,
        organisation=_one(subject.get("organization_name")),
        trial=TRIAL_MARK in units or TRIAL_MARK in (name or ""),
    )


def _check_name(value: str, what: str) -> str:
    value = value.strip()
    if not value:
        raise UserError(f"The {what} of a trial certificate must not be empty.")
    if len(value) > NAME_MAX:
        raise UserError(f"The {what} of a certificate has at most {NAME_MAX} characters.")
    return value


def make_trial_certificate(
    name: str,
    organisation: str | None,
    passphrase: bytes,
    *,
    valid_days: int = 365,
    not_before: dt.datetime | None = None,
) -> bytes:
    """A self-signed certificate and its EC P-256 key, as a PKCS#12 file protected by
    ``passphrase``, for trying out signing.

    The subject's organisational unit says ``TRIAL CERTIFICATE - NOT FOR REAL USE``; anyone can
    make such a certificate, so a signature made with it proves nothing about who signed.
    """
    name = _check_name(name, "name")
    org = _check_name(organisation, "organisation") if organisation else None
    if not passphrase:
        raise UserError("A trial certificate needs a passphrase to protect its private key.")
    if valid_days < 1:
        raise UserError("A trial certificate must be valid for at least one day.")
    start = not_before or dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    if start.utcoffset() is None:
        raise ValueError("not_before must carry a time zone")
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if org:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    attributes.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, TRIAL_MARK))
    subject = x509.Name(attributes)
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=valid_days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # also called non-repudiation
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        name=f"{name} ({TRIAL_MARK})".encode(),
        key=key,
        cert=cert,
        cas=None,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )

"""Certificates for signing: a signer's PKCS#12 file, certificates a user marks trusted, and
self-signed trial certificates that are clearly marked as not for real use.

Passphrases are used once, to open or protect a PKCS#12 file, and never kept or shown.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import pem as asn1_pem
from asn1crypto import pkcs12 as asn1_pkcs12
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pydantic import BaseModel, ConfigDict

from coopbuilder.core import clock
from coopbuilder.core.errors import UserError
from coopbuilder.core.files import OWNER_ONLY, atomic_write_bytes

TRIAL_MARK = "TRIAL CERTIFICATE - NOT FOR REAL USE"
"""Stands in the organisational unit of every trial certificate; the verification report and
the signature's appearance on the page repeat it."""

SigningKey = (
    rsa.RSAPrivateKey
    | ec.EllipticCurvePrivateKey
    | ed25519.Ed25519PrivateKey
    | ed448.Ed448PrivateKey
)
"""The kinds of key a PDF signature can be made with."""

TRIAL_MAX_DAYS = 3650
"""The longest a trial certificate is valid (ten years)."""

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


def is_pkcs12(data: bytes) -> bool:
    """Whether ``data`` is a PKCS#12 file (whose certificate may need its passphrase)."""
    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        return pfx["auth_safe"]["content_type"].native in ("data", "signed_data")
    except (ValueError, TypeError, KeyError):
        return False


def _open_pkcs12(p12: bytes, passphrase: bytes | None) -> pkcs12.PKCS12KeyAndCertificates:
    if not is_pkcs12(p12):
        raise CertificateFileError(
            "This is not a PKCS#12 certificate file (.p12 or .pfx). Choose the file that holds "
            "your signing certificate and its private key."
        )
    for attempt in [passphrase] if passphrase else [b"", None]:
        try:
            return pkcs12.load_pkcs12(p12, attempt)
        except ValueError:
            continue
    raise CertificateFileError(
        "The passphrase is wrong (or the file is damaged): the certificate file could not "
        "be opened with it."
    )


def load_signing_identity(p12: bytes, passphrase: bytes) -> SigningIdentity:
    """Open a PKCS#12 (.p12 / .pfx) file. A wrong passphrase, a file that is not PKCS#12 and a
    file without a private key are each a :class:`CertificateFileError`."""
    bundle = _open_pkcs12(p12, passphrase)
    key = bundle.key
    if key is None:
        raise CertificateFileError(
            "The certificate file holds no private key, so it cannot sign. Use the .p12 or .pfx "
            "file that was issued with your key, not a certificate exported for others."
        )
    if bundle.cert is None:
        raise CertificateFileError("The certificate file holds a private key but no certificate.")
    if not isinstance(key, SigningKey):
        raise CertificateFileError(
            "The certificate file's key ({kind}) cannot make PDF signatures; PDF "
            "signatures use RSA, ECDSA or EdDSA keys.",
            kind=type(key).__name__,
        )
    chain = tuple(extra.certificate for extra in bundle.additional_certs)
    return SigningIdentity(key=key, certificate=bundle.cert.certificate, chain=chain)


def public_certificates(
    data: bytes, passphrase: bytes | None = None
) -> list[asn1_x509.Certificate]:
    """The certificates of a certificate file: a PEM file (one or more), a DER file, or the
    certificate of a PKCS#12 file (its public part; ``passphrase`` opens the file)."""
    if not is_pkcs12(data):
        return load_certificates(data)
    bundle = _open_pkcs12(data, passphrase)
    if bundle.cert is None:
        raise CertificateFileError("The PKCS#12 file holds no certificate.")
    return [to_asn1(bundle.cert.certificate)]


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


def is_authority(cert: asn1_x509.Certificate) -> bool:
    """Whether ``cert`` belongs to a certification authority: its basic constraints say it is a
    CA, and its key usage includes signing certificates. Only such a certificate can be trusted
    as an issuer; any other certificate is trusted, if at all, as its holder's own."""
    usage = cert.key_usage_value
    return bool(cert.ca) and usage is not None and "key_cert_sign" in usage.native


def fingerprint_of(der: bytes) -> str:
    """The SHA-256 fingerprint of a certificate's DER bytes, as lowercase hex."""
    return hashlib.sha256(der).hexdigest()


class CertificateInfo(BaseModel):
    """What a person checks before marking a certificate trusted."""

    model_config = ConfigDict(frozen=True)

    subject: str
    """The whole subject, readable ("Common Name: ..., Organization: ...")."""
    name: str | None
    organisation: str | None
    issuer: str
    self_signed: bool
    valid_from: dt.datetime
    valid_until: dt.datetime
    sha256: str
    """The SHA-256 fingerprint of the certificate's DER bytes, lowercase hex."""
    trial: bool
    authority: bool = False
    """A certification authority's certificate (see :func:`is_authority`)."""
    der: bytes


def describe_certificate(cert: asn1_x509.Certificate) -> CertificateInfo:
    names = subject_names(cert)
    der = bytes(cert.dump())
    return CertificateInfo(
        subject=cert.subject.human_friendly,
        name=names.name,
        organisation=names.organisation,
        issuer=cert.issuer.human_friendly,
        self_signed=cert.self_issued,
        valid_from=cert.not_valid_before,
        valid_until=cert.not_valid_after,
        sha256=fingerprint_of(der),
        trial=names.trial,
        authority=is_authority(cert),
        der=der,
    )


def _check_name(value: str, what: str) -> str:
    value = value.strip()
    if not value:
        raise UserError("The {what} of a trial certificate must not be empty.", what=what)
    if len(value) > NAME_MAX:
        raise UserError(
            "The {what} of a certificate has at most {limit} characters.", what=what, limit=NAME_MAX
        )
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
    if not 1 <= valid_days <= TRIAL_MAX_DAYS:
        raise UserError(
            "A trial certificate is valid for 1 to {limit} days, not {days}.",
            limit=TRIAL_MAX_DAYS,
            days=valid_days,
        )
    start = not_before or clock.now() - dt.timedelta(minutes=5)
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


@dataclass(frozen=True)
class TrialCertificateFiles:
    """Where a trial certificate was written: the key and certificate (``.p12``, readable only by
    its owner) and the public certificate beside it (``.pem``, for others to mark trusted)."""

    p12: Path
    pem: Path
    subject: SubjectNames
    valid_until: dt.datetime


def trial_certificate_paths(p12_path: Path) -> tuple[Path, Path]:
    """The two files a trial certificate is written to; refused when either exists (nothing is
    overwritten) or when the key file would be named ``.pem``."""
    p12_path = Path(p12_path)
    if p12_path.suffix.lower() == ".pem":
        raise UserError(
            "{path}: name the key file .p12; its certificate goes beside it.", path=p12_path
        )
    pem_path = p12_path.with_suffix(".pem")
    for path in (p12_path, pem_path):
        if path.exists():
            raise UserError(
                "{path} already exists; choose another name or remove it first.", path=path
            )
    return p12_path, pem_path


def write_trial_certificate(
    p12_path: Path,
    name: str,
    organisation: str | None,
    passphrase: bytes,
    *,
    valid_days: int = 365,
) -> TrialCertificateFiles:
    """Make a trial certificate (:func:`make_trial_certificate`) and write it to ``p12_path``,
    with its public certificate beside it as ``.pem``."""
    p12_path, pem_path = trial_certificate_paths(p12_path)
    p12 = make_trial_certificate(name, organisation, passphrase, valid_days=valid_days)
    identity = load_signing_identity(p12, passphrase)
    atomic_write_bytes(p12_path, p12, mode=OWNER_ONLY)
    atomic_write_bytes(pem_path, certificate_pem(identity), mode=OWNER_ONLY)
    return TrialCertificateFiles(
        p12=p12_path,
        pem=pem_path,
        subject=subject_names(to_asn1(identity.certificate)),
        valid_until=identity.certificate.not_valid_after_utc,
    )

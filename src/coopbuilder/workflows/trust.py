"""The certificates a workspace trusts for verifying signatures: marking one trusted (from a
certificate file, or the signer's certificate in a signed PDF), listing them, taking the mark
back, and verifying a PDF against them.

A person marks a certificate trusted after checking (by its fingerprint, with its holder) that it
is the signer's; a signer whose certificate chains to a trusted one is reported as trusted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from coopbuilder.documents.certificates import (
    TRIAL_MARK,
    CertificateInfo,
    describe_certificate,
    public_certificates,
)
from coopbuilder.documents.signature_fields import signer_certificate
from coopbuilder.documents.verification import VerificationReport, verify
from coopbuilder.store.certificates import TrustedCertificate
from coopbuilder.store.workspace import Workspace


def certificates_in_file(data: bytes, passphrase: bytes | None = None) -> list[CertificateInfo]:
    """The certificates of a ``.pem``, ``.der``/``.cer`` or ``.p12``/``.pfx`` file (of a PKCS#12
    file only its certificate, its public part; ``passphrase`` opens it)."""
    return [describe_certificate(cert) for cert in public_certificates(data, passphrase)]


def signer_certificate_info(pdf: bytes, field_name: str) -> CertificateInfo:
    """The certificate that signed the field ``field_name`` of ``pdf``."""
    certificate = public_certificates(signer_certificate(pdf, field_name))[0]
    return describe_certificate(certificate)


def subject_line(info: CertificateInfo) -> str:
    """How the workspace lists a trusted certificate: name, organisation, trial mark."""
    parts = [part for part in (info.name, info.organisation) if part] or [info.subject]
    if info.trial:
        parts.append(TRIAL_MARK)
    return ", ".join(parts)


def trust(workspace: Workspace, info: CertificateInfo, note: str = "") -> TrustedCertificate:
    """Mark a certificate trusted in the workspace (marking it again changes nothing)."""
    return workspace.certificates.trust(info.der, subject_line(info), note)


def trusted_certificates(workspace: Workspace) -> list[TrustedCertificate]:
    return workspace.certificates.trusted()


def distrust(workspace: Workspace, fingerprint: str) -> None:
    """Take the trusted mark back."""
    workspace.certificates.distrust(fingerprint)


def verify_in_workspace(
    workspace: Workspace,
    pdf: bytes,
    *,
    also: Sequence[bytes] = (),
    now: dt.datetime | None = None,
) -> VerificationReport:
    """Verify every signature of ``pdf`` against the certificates the workspace trusts, and
    ``also`` those certificates (PEM or DER) given for this verification only."""
    return verify(pdf, [*(c.der for c in workspace.certificates.trusted()), *also], now=now)

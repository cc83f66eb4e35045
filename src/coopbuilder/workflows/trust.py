"""The certificates a workspace trusts for verifying signatures: marking one trusted (from a
certificate file, or the signer's certificate in a signed PDF), listing them, taking the mark
back, and verifying a PDF against them.

A person marks a certificate trusted after checking (by its fingerprint, with its holder) that it
is the signer's: that covers exactly this certificate, whatever its key may have issued. A
certification authority's certificate can be marked trusted as an authority instead: then what it
issued counts as trusted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from coopbuilder.core.errors import UserError
from coopbuilder.documents.certificates import (
    TRIAL_MARK,
    CertificateInfo,
    describe_certificate,
    public_certificates,
)
from coopbuilder.documents.signature_fields import signer_certificate
from coopbuilder.documents.verification import TrustList, VerificationReport, verify
from coopbuilder.store.certificates import TrustedCertificate
from coopbuilder.store.models import TrustKind
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


def trust(
    workspace: Workspace,
    info: CertificateInfo,
    note: str = "",
    kind: TrustKind = TrustKind.PERSON,
) -> TrustedCertificate:
    """Mark a certificate trusted in the workspace (marking it again changes nothing); as an
    authority only a certification authority's certificate."""
    if kind is TrustKind.AUTHORITY and not info.authority:
        raise UserError(
            "The certificate of {subject} is not a certification authority's (it may not issue "
            "certificates), so it cannot be trusted as an authority; trust it as a person's "
            "certificate instead.",
            subject=subject_line(info),
        )
    return workspace.certificates.trust(info.der, subject_line(info), note, kind)


def trusted_certificates(workspace: Workspace) -> list[TrustedCertificate]:
    return workspace.certificates.trusted()


def distrust(workspace: Workspace, fingerprint: str) -> None:
    """Take the trusted mark back."""
    workspace.certificates.distrust(fingerprint)


def workspace_trust_list(
    workspace: Workspace,
    *,
    people: Sequence[bytes] = (),
    authorities: Sequence[bytes] = (),
) -> TrustList:
    """The workspace's trust list, with ``people`` and ``authorities`` (PEM or DER) given for
    one verification only added to it."""
    marked = workspace.certificates.trusted()

    def of(kind: TrustKind) -> tuple[bytes, ...]:
        return tuple(c.der for c in marked if c.kind is kind)

    return TrustList(
        people=(*of(TrustKind.PERSON), *people),
        authorities=(*of(TrustKind.AUTHORITY), *authorities),
        workspace=workspace.location,
        marked_by=tuple(dict.fromkeys(c.added_by for c in marked)),
        given=len(people) + len(authorities),
    )


def verify_in_workspace(
    workspace: Workspace,
    pdf: bytes,
    *,
    also: Sequence[bytes] = (),
    now: dt.datetime | None = None,
) -> VerificationReport:
    """Verify every signature of ``pdf`` against the certificates the workspace trusts, and
    ``also`` people's certificates (PEM or DER) given for this verification only."""
    return verify(pdf, workspace_trust_list(workspace, people=also), now=now)

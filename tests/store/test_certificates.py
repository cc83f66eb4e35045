"""Certificates marked trusted in the workspace, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from coopbuilder.store.certificates import fingerprint_of
from coopbuilder.store.errors import NotFoundError
from coopbuilder.store.models import AuditAction, TrustKind
from coopbuilder.store.workspace import Workspace


def test_trust_list_and_distrust(workspace: Workspace) -> None:
    der = b"0\x82\x01\x00 not really a certificate, but bytes are bytes"
    first = workspace.certificates.trust(der, "CN=Anna Schmidt, O=Brückenschlag e.V.", "met her")
    again = workspace.certificates.trust(der, "CN=someone else")
    assert first == again
    assert first.fingerprint == fingerprint_of(der) and len(first.fingerprint) == 64
    assert [c.der for c in workspace.certificates.trusted()] == [der]
    workspace.certificates.distrust(first.fingerprint)
    assert workspace.certificates.trusted() == []
    actions = [e.action for e in workspace.audit.entries()]
    assert actions.count(AuditAction.CERTIFICATE_TRUSTED) == 1
    assert AuditAction.CERTIFICATE_DISTRUSTED in actions
    with pytest.raises(NotFoundError, match="No trusted certificate"):
        workspace.certificates.distrust(first.fingerprint)


def test_a_certificate_is_trusted_as_a_person_s_or_as_an_authority(workspace: Workspace) -> None:
    person = workspace.certificates.trust(b"person's DER", "Anna Schmidt")
    authority = workspace.certificates.trust(
        b"authority's DER", "Musterland Police CA", kind=TrustKind.AUTHORITY
    )
    assert (person.kind, authority.kind) == (TrustKind.PERSON, TrustKind.AUTHORITY)
    assert [c.kind for c in workspace.certificates.trusted()] == [
        TrustKind.PERSON,
        TrustKind.AUTHORITY,
    ]
    details = [e.detail for e in workspace.audit.entries()]
    assert "Musterland Police CA (authority)" in details and "Anna Schmidt" in details

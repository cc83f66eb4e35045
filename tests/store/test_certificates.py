"""Certificates marked trusted in the workspace, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from coopbuilder.store.certificates import fingerprint_of
from coopbuilder.store.errors import NotFoundError
from coopbuilder.store.models import AuditAction
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

"""Exchange files in and out of the workspace: import never overwrites."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.envelope import PassphraseRequiredError, WrongPassphraseError
from coopbuilder.core.exchange import read_exchange_file, write_exchange_file
from coopbuilder.core.passphrases import WeakPassphraseError
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.errors import NotFoundError
from coopbuilder.store.models import AuditAction
from coopbuilder.store.workspace import Workspace


def test_import_adds_a_new_agreement_and_never_overwrites(
    workspace: Workspace, demo: Agreement, tmp_path: Path
) -> None:
    path = tmp_path / "from-partner.json"
    write_exchange_file(path, demo)
    first = workspace.transfer.import_file(path)
    changed = demo.model_copy(update={"title": "The partner's draft"})
    write_exchange_file(path, changed)
    second = workspace.transfer.import_file(path)
    assert first.agreement_id == demo.id and second.agreement_id != demo.id
    assert workspace.agreements.load(demo.id).agreement == demo
    assert workspace.agreements.load(second.agreement_id).agreement.title == "The partner's draft"
    entry = workspace.audit.entries(second.agreement_id)[0]
    assert (entry.action, entry.detail) == (AuditAction.IMPORTED, "from from-partner.json")


def test_import_as_a_new_version(workspace: Workspace, demo: Agreement, tmp_path: Path) -> None:
    workspace.agreements.create(demo)
    path = tmp_path / "v2.json"
    write_exchange_file(path, demo.model_copy(update={"title": "The partner's changes"}))
    second = workspace.transfer.import_file(path, as_new_version_of=demo.id)
    assert (second.number, second.status, second.title) == (
        2,
        AgreementStatus.DRAFT,
        "The partner's changes",
    )
    with pytest.raises(NotFoundError, match="no agreement 'nope'"):
        workspace.transfer.import_file(path, as_new_version_of="nope")


@pytest.mark.parametrize(
    "claimed",
    [
        AgreementStatus.SIGNED,
        AgreementStatus.READY_TO_SIGN,
        AgreementStatus.SUPERSEDED,
        AgreementStatus.TERMINATED,
    ],
)
def test_an_imported_version_is_a_draft_whatever_the_file_says(
    workspace: Workspace, demo: Agreement, tmp_path: Path, claimed: AgreementStatus
) -> None:
    stored = workspace.agreements.create(demo)
    workspace.signing.mark_signed(demo.id, 1, stored.revision)
    path = tmp_path / "edited.json"
    write_exchange_file(path, demo.model_copy(update={"title": "Edited", "status": claimed}))
    as_version = workspace.transfer.import_file(path, as_new_version_of=demo.id)
    separate = workspace.transfer.import_file(path)
    assert as_version.status is separate.status is AgreementStatus.DRAFT
    # the genuinely signed version stays the one in force
    assert [v.status for v in workspace.agreements.versions(demo.id)] == [
        AgreementStatus.SIGNED,
        AgreementStatus.DRAFT,
    ]
    assert workspace.agreements.load(separate.agreement_id).status is AgreementStatus.DRAFT
    for agreement_id in (demo.id, separate.agreement_id):
        entry = workspace.audit.entries(agreement_id)[0]
        assert (entry.action, entry.detail) == (
            AuditAction.IMPORTED,
            f"from edited.json; the file said {claimed.value}; imported as a draft",
        )


def test_export_with_and_without_a_passphrase(
    workspace: Workspace, demo: Agreement, tmp_path: Path
) -> None:
    workspace.agreements.create(demo)
    plain, protected = tmp_path / "plain.json", tmp_path / "protected.json"
    workspace.transfer.export_file(demo.id, plain)
    with pytest.raises(WeakPassphraseError, match="too easy to guess"):
        workspace.transfer.export_file(demo.id, protected, passphrase="Brückenschlag 2027")
    assert not protected.exists()  # refused before anything was written
    workspace.transfer.export_file(demo.id, protected, passphrase="correct horse cabbage sky")
    assert read_exchange_file(plain) == demo
    assert "Brückenschlag" not in protected.read_text(encoding="utf-8")
    with pytest.raises(PassphraseRequiredError, match="protected with a passphrase"):
        workspace.transfer.import_file(protected)
    with pytest.raises(WrongPassphraseError, match="passphrase is wrong"):
        workspace.transfer.import_file(protected, passphrase="wrong horse cabbage sky")
    again = workspace.transfer.import_file(protected, passphrase="correct horse cabbage sky")
    assert again.agreement.model_copy(update={"id": demo.id}) == demo
    assert stat.S_IMODE(plain.stat().st_mode) == stat.S_IMODE(protected.stat().st_mode) == 0o600
    details = [e.detail for e in workspace.audit.entries(demo.id)[:2]]
    assert details == ["to protected.json (protected with a passphrase)", "to plain.json"]

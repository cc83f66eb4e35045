"""The schema: migrations make exactly the tables of the code, and old workspaces are brought up
to date, after a backup, with their data intact."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.vocabulary import AgreementStatus, FieldOfWork
from coopbuilder.store.connection import open_workspace
from coopbuilder.store.errors import WorkspaceError
from coopbuilder.store.migrate import head_revision
from coopbuilder.store.models import AuditAction
from coopbuilder.store.tables import Base
from coopbuilder.store.workspace import Workspace

from .helpers import journal_mode, put_in_wal_mode

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_migrations_make_exactly_the_tables_of_the_code(workspace: Workspace) -> None:
    with workspace.database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        assert context.get_current_revision() == head_revision()


def _revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def test_a_workspace_of_the_first_schema_is_backed_up_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "first_schema.sqlite", path)
    original = path.read_bytes()
    assert _revision(path) == "0001"

    with open_workspace(path, who="carla") as workspace:
        versions = workspace.agreements.versions("demo-agreement")
        assert [(v.number, v.status) for v in versions] == [
            (1, AgreementStatus.SIGNED),
            (2, AgreementStatus.DRAFT),
        ]
        signed = workspace.agreements.load("demo-agreement", 1).agreement
        draft = workspace.agreements.load("demo-agreement").agreement
        assert signed.title == "Cooperation in exit and disengagement work"
        assert draft.title.endswith("(2027 draft)")
        assert len(draft.sharing_rules) >= 12 and len(draft.contacts) == 8
        assert draft.model_copy(update={"title": signed.title, "version": 1}) == (
            signed.model_copy(update={"status": AgreementStatus.DRAFT})
        )
        assert workspace.listing.page().total == 2
        assert [e.action for e in workspace.audit.entries("demo-agreement")] == [
            AuditAction.NEW_VERSION,
            AuditAction.SIGNED,
            AuditAction.CREATED,
        ]
        # what the new schema added works on the old data
        workspace.recovery.autosave(draft, workspace.agreements.load("demo-agreement").revision)
        assert len(workspace.recovery.recoverable()) == 1
    assert _revision(path) == head_revision()

    (backup,) = tmp_path.glob("old.sqlite.*.before-schema-*.bak")
    assert backup.name.endswith(f".before-schema-{head_revision()}.bak")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert _revision(backup) == "0001"
    connection = sqlite3.connect(backup)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM agreement_versions").fetchone() == (3,)
    finally:
        connection.close()
    assert (FIXTURES / "first_schema.sqlite").read_bytes() == original  # the fixture is intact

    with open_workspace(path):  # up to date now: no second backup
        pass
    assert len(list(tmp_path.glob("*.bak"))) == 1


def test_a_backup_that_cannot_be_written_stops_the_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "first_schema.sqlite", path)
    before = path.read_bytes()

    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("coopbuilder.store.sqlite_file._new_private_file", full_disk)
    with pytest.raises(WorkspaceError, match=r"could not be written .*Nothing was changed"):
        open_workspace(path)
    assert path.read_bytes() == before
    assert _revision(path) == "0001"


def test_an_old_workspace_in_wal_mode_is_backed_up_as_it_was_then_converted_and_migrated(
    tmp_path: Path,
) -> None:
    path = tmp_path / "shared drive" / "old.sqlite"
    path.parent.mkdir()
    shutil.copy(FIXTURES / "first_schema.sqlite", path)
    put_in_wal_mode(path)
    with open_workspace(path) as workspace:
        assert workspace.listing.page().total == 2
    (backup,) = path.parent.glob("old.sqlite.*.bak")
    assert _revision(backup) == "0001" and _revision(path) == head_revision()
    for file, mode in ((backup, "wal"), (path, "delete")):
        assert journal_mode(file) == mode, file


def test_a_workspace_of_schema_0002_keeps_its_signature_and_review(tmp_path: Path) -> None:
    path = tmp_path / "0002.sqlite"
    shutil.copy(FIXTURES / "schema_0002.sqlite", path)
    assert _revision(path) == "0002"

    with open_workspace(path, who="carla") as workspace:
        (signature,) = workspace.signing.signatures("demo-agreement", 1)
        assert signature.record.signatory == "Dr. Hans Weiß"
        assert workspace.signing.signed_document(signature.id) == (
            b"%PDF-1.4 scanned signature page"
        )
        (review,) = workspace.reviews.reviews("demo-agreement")
        assert review.record.what_failed == "Feedback after disclosures came late"
        assert (review.reviewed_version, review.new_version) == (1, 2)
        # what schema 0003 added: empty on old reviews, writable now
        assert review.record.reason == review.record.decisions == ""
        changed = review.record.model_copy(update={"decisions": "Meet monthly"})
        assert workspace.reviews.update_review(review.id, changed).record.decisions == (
            "Meet monthly"
        )
        assert workspace.certificates.trusted() == []
        # schema 0005 chained the entries already there, and new ones chain on
        before = workspace.audit.verify()
        assert before.entries >= 3 and before.broken is None
        workspace.certificates.trust(b"DER", "Anna Schmidt")
        after = workspace.audit.verify()
        assert after.entries == before.entries + 1 and after.broken is None
    assert _revision(path) == head_revision()
    assert len(list(tmp_path.glob("0002.sqlite.*.before-schema-*.bak"))) == 1


def test_certificates_trusted_before_schema_0004_stay_trusted_as_people(tmp_path: Path) -> None:
    """Marking a certificate trusted meant trusting its holder; schema 0004 keeps that meaning
    (a person's certificate, never an authority that vouches for what it issued)."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from coopbuilder.store.migrate import alembic_config
    from coopbuilder.store.models import TrustKind

    path = tmp_path / "0003.sqlite"
    open_workspace(path, who="carla").close()  # a workspace file, taken back to schema 0003
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0003")
        connection.execute(
            text(
                "INSERT INTO trusted_certificates (fingerprint, subject, der, note, added_at, "
                "added_by) VALUES ('ab12', 'Anna Schmidt', x'3082', '', '2026-11-30', 'carla')"
            )
        )
    engine.dispose()
    assert _revision(path) == "0003"
    with open_workspace(path, who="carla") as workspace:
        (certificate,) = workspace.certificates.trusted()
        assert (certificate.subject, certificate.kind) == ("Anna Schmidt", TrustKind.PERSON)
    assert _revision(path) == head_revision()


def test_a_workspace_of_schema_0007_names_no_field_of_work_and_no_referral(
    tmp_path: Path, demo: Agreement
) -> None:
    """Schema 0010 adds the fields of work and a further actor's referral and contact: what was
    stored before has none, reads as it did, and takes them from now on."""
    from alembic import command
    from sqlalchemy import create_engine

    from coopbuilder.store.migrate import alembic_config

    demo.catalogue_version = 1  # what a workspace of schema 0007 holds: the first catalogue
    path = tmp_path / "0007.sqlite"
    with open_workspace(path, who="carla") as workspace:
        workspace.agreements.create(demo)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0007")
    engine.dispose()
    assert _revision(path) == "0007"
    with open_workspace(path, who="carla") as workspace:
        stored = workspace.agreements.load(demo.id)
        assert stored.agreement == demo
        assert stored.agreement.fields_of_work == []
        edit = stored.agreement.model_copy(deep=True)
        edit.fields_of_work = [FieldOfWork.FAMILY]
        edit.further_actors[0].referral = "Refers callers who need counselling on the ground"
        workspace.agreements.save(edit, stored.revision)
        again = workspace.agreements.load(demo.id).agreement
        assert again.fields_of_work == [FieldOfWork.FAMILY]
        assert again.further_actors[0].referral.startswith("Refers callers")
    assert _revision(path) == head_revision()

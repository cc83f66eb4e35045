"""Autosave and recovery of the open version, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.store.connection import open_workspace
from coopbuilder.store.errors import ConflictError, NotFoundError
from coopbuilder.store.models import CopyKind
from coopbuilder.store.workspace import Workspace


def test_an_unsaved_edit_is_there_on_the_next_start(
    target: str, workspace: Workspace, demo: Agreement
) -> None:
    stored = workspace.agreements.create(demo)
    edit = stored.agreement.model_copy(deep=True)
    edit.title = "Typed before the power cut"
    workspace.recovery.autosave(edit, stored.revision)
    edit.scope = "and a second autosave replaces the first"
    workspace.recovery.autosave(edit, stored.revision)
    workspace.close()  # the program ends without saving

    with open_workspace(target, who="anna") as restarted:
        (copy,) = restarted.recovery.recoverable()
        assert (copy.kind, copy.agreement_id, copy.number, copy.stale) == (
            CopyKind.AUTOSAVE,
            demo.id,
            1,
            False,
        )
        recovered = restarted.recovery.recover(copy.id)
        assert recovered.agreement == edit
        assert recovered.note.startswith(f"Recovered: your changes to version 1 of '{demo.title}'")
        assert "They are not saved yet." in recovered.note
        assert restarted.agreements.load(demo.id).agreement.title == demo.title  # not saved
        saved = restarted.agreements.save(recovered.agreement, copy.base_revision)
        assert saved.agreement.title == "Typed before the power cut"
        assert restarted.recovery.recoverable() == []  # saving removed the autosave


def test_autosave_copies_belong_to_their_user(
    workspace: Workspace, other_workstation: Workspace, demo: Agreement
) -> None:
    stored = workspace.agreements.create(demo)
    workspace.recovery.autosave(stored.agreement, stored.revision)
    other_workstation.recovery.autosave(stored.agreement, stored.revision)
    assert [c.saved_by for c in workspace.recovery.recoverable()] == ["anna"]
    other_workstation.agreements.save(stored.agreement, stored.revision)
    # Ben's save removes Ben's autosave; Anna's copy is now stale but still there
    assert other_workstation.recovery.recoverable() == []
    (anna,) = workspace.recovery.recoverable()
    assert anna.stale
    with pytest.raises(ConflictError):
        workspace.agreements.save(workspace.recovery.recover(anna.id).agreement, anna.base_revision)
    kinds = sorted(c.kind for c in workspace.recovery.recoverable())
    assert kinds == [CopyKind.AUTOSAVE, CopyKind.CONFLICT]


def test_discarding_a_copy(workspace: Workspace, demo: Agreement) -> None:
    stored = workspace.agreements.create(demo)
    workspace.recovery.autosave(stored.agreement, stored.revision)
    (copy,) = workspace.recovery.recoverable()
    workspace.recovery.discard(copy.id)
    assert workspace.recovery.recoverable() == []
    with pytest.raises(NotFoundError, match=f"no recovery copy {copy.id}"):
        workspace.recovery.recover(copy.id)


def test_autosave_of_a_version_that_was_deleted_is_a_clear_error(
    workspace: Workspace, demo: Agreement
) -> None:
    stored = workspace.agreements.create(demo)
    workspace.agreements.delete_agreement(demo.id)
    with pytest.raises(NotFoundError, match="no longer in the workspace"):
        workspace.recovery.autosave(stored.agreement, stored.revision)

"""Agreements and versions, on SQLite and PostgreSQL: round trip, versioning rules, conflicts,
deleting and duplicating."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import event

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.messages import message_in
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.connection import open_workspace
from coopbuilder.store.errors import (
    ConflictError,
    DraftExistsError,
    InvalidAgreementError,
    NotFoundError,
    ProtectedVersionError,
)
from coopbuilder.store.models import AuditAction, CopyKind
from coopbuilder.store.workspace import Workspace


def test_the_demo_agreement_comes_back_exactly(workspace: Workspace, demo: Agreement) -> None:
    stored = workspace.agreements.create(demo)
    assert (stored.agreement_id, stored.number, stored.revision) == (demo.id, 1, 1)
    assert stored.created_by == stored.saved_by == "anna"
    loaded = workspace.agreements.load(demo.id)
    assert loaded.agreement == demo
    assert loaded.agreement.model_dump_json() == demo.model_dump_json()  # order kept too
    assert loaded.revision == 1 and loaded.status is AgreementStatus.DRAFT


def test_the_family_demo_comes_back_with_its_fields_of_work_and_referrals(
    workspace: Workspace,
) -> None:
    from coopbuilder.core.demo import demo_agreement

    family = demo_agreement("de", example="family")
    workspace.agreements.create(family)
    loaded = workspace.agreements.load(family.id).agreement
    assert loaded == family
    assert [f.value for f in loaded.fields_of_work] == ["family", "returnees"]
    assert loaded.further_actors[0].referral.startswith("Klärt das Anliegen der Anrufenden")


def test_every_part_of_an_edit_is_saved(workspace: Workspace, demo: Agreement) -> None:
    stored = workspace.agreements.create(demo)
    edit = stored.agreement.model_copy(deep=True)
    edit.title = "Cooperation, second draft"
    edit.sharing_rules.reverse()
    gone = edit.contacts.pop()
    for contact in edit.contacts:
        if contact.deputy_id == gone.id:
            contact.deputy_id = None
    edit.partners[0].representatives[0].role = "Chair of the board"
    edit.assessment.set_rating("ngo", edit.assessment.ratings[0].statement_id, None, "unsure")
    edit.sharing_rules[0].legal_basis.note = "ask the DPO"
    edit.sharing_rules[0].recipient_roles = ["coordinator", "head of unit"]
    edit.dpia.reference = "DPIA-2026-7"
    saved = workspace.agreements.save(edit, stored.revision)
    assert saved.revision == 2
    assert workspace.agreements.load(demo.id).agreement == edit
    entry = workspace.audit.entries(demo.id)[0]
    assert entry.action is AuditAction.SAVED and entry.who == "anna"
    assert entry.detail == ("changed: title, partners, assessment, sharing_rules, contacts, dpia")


def test_a_new_agreement_never_replaces_one_with_the_same_id(
    workspace: Workspace, demo: Agreement
) -> None:
    first = workspace.agreements.create(demo)
    second = workspace.agreements.create(demo)
    assert first.agreement_id == demo.id
    assert second.agreement_id != demo.id
    assert second.agreement.id == second.agreement_id
    assert workspace.listing.page().total == 2


def test_a_signed_version_never_changes_and_an_edit_becomes_a_new_draft(
    workspace: Workspace, demo: Agreement
) -> None:
    draft = workspace.agreements.create(demo)
    signed = workspace.signing.mark_signed(demo.id, 1, draft.revision)
    assert signed.status is AgreementStatus.SIGNED
    assert signed.agreement.status is AgreementStatus.SIGNED
    edit = signed.agreement.model_copy(deep=True)
    edit.title = "Cooperation, 2027"
    second = workspace.agreements.save(edit, signed.revision)
    assert (second.number, second.status, second.based_on) == (2, AgreementStatus.DRAFT, 1)
    assert second.agreement.title == "Cooperation, 2027"
    assert second.agreement.version == 2
    # version 1 is exactly as it was signed, and still readable
    one = workspace.agreements.load(demo.id, 1)
    assert one.agreement.title == demo.title and one.status is AgreementStatus.SIGNED
    assert one.revision == signed.revision
    assert workspace.agreements.load(demo.id).number == 2  # the latest
    # saving version 1 again makes yet another version, never a change of version 1
    assert workspace.agreements.save(edit, signed.revision).number == 3
    assert workspace.agreements.load(demo.id, 1).agreement.title == demo.title


def test_signing_a_new_version_supersedes_the_old_one_which_stays_readable(
    workspace: Workspace, demo: Agreement
) -> None:
    first = workspace.agreements.create(demo)
    workspace.signing.mark_signed(demo.id, 1, first.revision)
    second = workspace.agreements.new_version(demo.id)
    workspace.signing.mark_signed(demo.id, second.number, second.revision)
    versions = workspace.agreements.versions(demo.id)
    assert [(v.number, v.status) for v in versions] == [
        (1, AgreementStatus.SUPERSEDED),
        (2, AgreementStatus.SIGNED),
    ]
    assert workspace.agreements.load(demo.id, 1).agreement == demo.model_copy(
        update={"status": AgreementStatus.SUPERSEDED}
    )
    with pytest.raises(ProtectedVersionError, match="already signed"):
        workspace.signing.mark_signed(demo.id, 2, versions[1].revision)


def test_no_second_draft_is_made_from_a_signed_version_beside_a_newer_one(
    workspace: Workspace, demo: Agreement
) -> None:
    """Edit as a new version... of version 1 while version 2 is a draft (a review's, say) would
    put version 3 in front of version 2 and leave its changes behind: it is refused."""
    first = workspace.agreements.create(demo)
    workspace.signing.mark_signed(demo.id, 1, first.revision)
    draft = workspace.agreements.new_version(demo.id, 1)
    changed = draft.agreement.model_copy(update={"title": "This year's work"})
    workspace.agreements.save(changed, draft.revision)
    with pytest.raises(DraftExistsError, match="Version 2 of this agreement is a draft") as caught:
        workspace.agreements.new_version(demo.id, 1)
    assert caught.value.draft_number == 2
    assert [v.number for v in workspace.agreements.versions(demo.id)] == [1, 2]
    assert workspace.agreements.load(demo.id).agreement.title == "This year's work"
    workspace.agreements.delete_version(demo.id, 2)  # without the draft, a new one may be made
    assert workspace.agreements.new_version(demo.id, 1).number == 2


def test_a_version_cannot_be_made_signed_by_saving_it(
    workspace: Workspace, demo: Agreement
) -> None:
    stored = workspace.agreements.create(demo)
    edit = stored.agreement.model_copy(update={"status": AgreementStatus.SIGNED})
    with pytest.raises(ProtectedVersionError, match="'Mark signed'"):
        workspace.agreements.save(edit, stored.revision)
    assert workspace.agreements.load(demo.id).status is AgreementStatus.DRAFT


def test_two_workstations_saving_the_same_draft_lose_nothing(
    workspace: Workspace, other_workstation: Workspace, demo: Agreement
) -> None:
    stored = workspace.agreements.create(demo)
    anna = workspace.agreements.load(demo.id)
    ben = other_workstation.agreements.load(demo.id)
    anna.agreement.title = "Anna's title"
    ben.agreement.purpose = "Ben's purpose"
    workspace.agreements.save(anna.agreement, anna.revision)
    with pytest.raises(ConflictError) as caught:
        other_workstation.agreements.save(ben.agreement, ben.revision)
    message = str(caught.value)
    assert f"Version 1 of '{demo.title}' was saved by anna" in message
    assert re.search(r" at \d{4}-\d\d-\d\d \d\d:\d\d while", message)
    german = message_in(caught.value, "de")
    assert re.search(r"\d\d\.\d\d\.\d{4}, \d\d:\d\d", german), german
    assert "Nothing was overwritten" in message and "conflict copy" in message
    # Anna's change is what the version holds ...
    now = workspace.agreements.load(demo.id)
    assert now.agreement.title == "Anna's title" and now.agreement.purpose == demo.purpose
    assert now.revision == stored.revision + 1
    # ... and Ben's is kept, for Ben, as a conflict copy
    (copy,) = other_workstation.recovery.recoverable()
    assert copy.id == caught.value.copy_id
    assert (copy.kind, copy.saved_by, copy.stale) == (CopyKind.CONFLICT, "ben", True)
    recovered = other_workstation.recovery.recover(copy.id)
    assert recovered.agreement.purpose == "Ben's purpose"
    assert "saved since (by anna)" in recovered.note
    assert workspace.recovery.recoverable() == []  # Anna has nothing to recover
    assert other_workstation.audit.entries(demo.id)[0].action is AuditAction.CONFLICT


def test_deleting_a_draft_version_and_an_agreement(workspace: Workspace, demo: Agreement) -> None:
    workspace.agreements.create(demo)
    workspace.agreements.new_version(demo.id)
    workspace.agreements.delete_version(demo.id, 2)
    assert [v.number for v in workspace.agreements.versions(demo.id)] == [1]
    assert workspace.agreements.load(demo.id).number == 1  # the latest again
    assert workspace.listing.page().rows[0].number == 1
    with pytest.raises(ProtectedVersionError, match="only version"):
        workspace.agreements.delete_version(demo.id, 1)
    workspace.agreements.delete_agreement(demo.id)
    with pytest.raises(NotFoundError, match=f"no agreement '{demo.id}'"):
        workspace.agreements.load(demo.id)
    assert workspace.listing.page().total == 0
    assert workspace.audit.entries(demo.id)[0].action is AuditAction.DELETED


def test_a_signed_version_cannot_be_deleted(workspace: Workspace, demo: Agreement) -> None:
    stored = workspace.agreements.create(demo)
    workspace.signing.mark_signed(demo.id, 1, stored.revision)
    workspace.agreements.new_version(demo.id)
    with pytest.raises(ProtectedVersionError, match="a signed version cannot be deleted"):
        workspace.agreements.delete_version(demo.id, 1)
    with pytest.raises(ProtectedVersionError, match="has a signed version"):
        workspace.agreements.delete_agreement(demo.id)
    assert len(workspace.agreements.versions(demo.id)) == 2


def test_duplicate_makes_a_new_draft_agreement(workspace: Workspace, demo: Agreement) -> None:
    stored = workspace.agreements.create(demo)
    workspace.signing.mark_signed(demo.id, 1, stored.revision)
    copy = workspace.agreements.duplicate(demo.id)
    assert copy.agreement_id != demo.id
    assert (copy.number, copy.status) == (1, AgreementStatus.DRAFT)
    assert copy.agreement.title == f"{demo.title} (copy)"
    assert copy.agreement.sharing_rules == demo.sharing_rules
    assert workspace.agreements.load(copy.agreement_id).agreement == copy.agreement


def test_missing_agreements_and_versions_are_named(workspace: Workspace, demo: Agreement) -> None:
    with pytest.raises(NotFoundError, match="no agreement 'nope'"):
        workspace.agreements.versions("nope")
    workspace.agreements.create(demo)
    with pytest.raises(NotFoundError, match=f"'{demo.id}' has no version 7"):
        workspace.agreements.load(demo.id, 7)


def test_an_agreement_made_inconsistent_by_editing_is_refused_whole(
    workspace: Workspace, demo: Agreement
) -> None:
    """Editing a list in place skips the agreement's own checks; saving runs them."""
    stored = workspace.agreements.create(demo)
    edit = stored.agreement.model_copy(deep=True)
    edit.title = "Changed"
    deputy = next(c for c in edit.contacts if any(o.deputy_id == c.id for o in edit.contacts))
    edit.contacts.remove(deputy)
    with pytest.raises(InvalidAgreementError, match=r"cannot be saved: .*deputy"):
        workspace.agreements.save(edit, stored.revision)
    assert workspace.agreements.load(demo.id) == stored


def test_the_latest_version_of_one_agreement_is_found_by_its_index(
    tmp_path: Path, demo: Agreement
) -> None:
    """SQLite's own plan for the query that loads an agreement's latest version: it looks the
    agreement up by its index, instead of reading every agreement's latest version."""
    with open_workspace(tmp_path / "workspace.sqlite") as workspace:
        for number in range(3):
            other = demo.model_copy(deep=True)
            other.id = f"agreement-{number}"
            workspace.agreements.create(other)
        seen: list[tuple[str, object]] = []

        def remember(conn: object, cursor: object, sql: str, params: object, *_: object) -> None:
            if "FROM agreement_versions" in sql and "is_latest" in sql:
                seen.append((sql, params))

        engine = workspace.database.engine
        event.listen(engine, "before_cursor_execute", remember)
        try:
            assert workspace.agreements.load("agreement-1").agreement.id == "agreement-1"
        finally:
            event.remove(engine, "before_cursor_execute", remember)
        [(sql, params)] = seen
        with engine.connect() as connection:
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
    [(_, _, _, step)] = plan
    assert step.startswith(
        "SEARCH agreement_versions USING INDEX ix_agreement_versions_agreement_latest "
        "(agreement_id=? AND is_latest=?)"
    ), plan


def test_an_action_of_both_partners_is_stored_as_such(
    workspace: Workspace, demo: Agreement
) -> None:
    demo.actions[0].owner_partner_id = None
    demo.actions[0].both_partners = True
    workspace.agreements.create(demo)
    loaded = workspace.agreements.load(demo.id).agreement
    assert loaded.actions[0].both_partners and loaded.actions[0].owner_partner_id is None
    assert loaded == demo

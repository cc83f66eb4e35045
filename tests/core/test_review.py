"""The review rules without a workspace: due dates, the draft a review starts, outcomes,
structural changes, field names in both languages."""

from __future__ import annotations

import datetime as dt

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.changes import AGREEMENT_FIELDS, ChangeKind, Part, structural_changes
from coopbuilder.core.governance import FurtherActor, MeetingFormat, SuccessIndicator
from coopbuilder.core.parties import EscalationContact, Partner, Representative
from coopbuilder.core.records import ReviewKind, ReviewRecord
from coopbuilder.core.review import (
    DueState,
    Outcome,
    StaffChange,
    action_outcomes,
    due_state,
    merged_record,
    prepare_review_draft,
    staff_changes,
)
from coopbuilder.core.sharing import SharingRule
from coopbuilder.core.texts import field_name
from coopbuilder.core.vocabulary import ActionStatus, Cadence, FieldOfWork, LegalNature

TODAY = dt.date(2027, 11, 1)


@pytest.mark.parametrize(
    ("day", "in_progress", "state"),
    [
        (None, False, DueState.NO_DATE),
        (dt.date(2027, 10, 31), False, DueState.OVERDUE),
        (TODAY, False, DueState.DUE),
        (TODAY + dt.timedelta(days=60), False, DueState.DUE),
        (TODAY + dt.timedelta(days=61), False, DueState.LATER),
        (dt.date(2027, 10, 31), True, DueState.IN_PROGRESS),
    ],
)
def test_due_state(day: dt.date | None, in_progress: bool, state: DueState) -> None:
    assert due_state(day, TODAY, 60, in_progress) is state


def test_a_review_draft_carries_the_pending_actions_only(demo: Agreement) -> None:
    demo.actions[0].status = ActionStatus.DONE
    demo.actions[1].status = ActionStatus.DROPPED
    demo.actions[2].status = ActionStatus.IN_PROGRESS
    record = ReviewRecord(held_on=dt.date(2027, 11, 20))
    draft = prepare_review_draft(demo, record)
    # the demo's action due before signing is done, so it stays behind too
    assert [a.id for a in draft.actions] == [a.id for a in demo.actions[2:] if a.is_open]
    assert len(draft.actions) == 4
    assert draft.assessment.ratings == [] and demo.assessment.ratings  # taken again
    assert draft.next_review_date == dt.date(2028, 11, 20)
    extraordinary = record.model_copy(update={"kind": ReviewKind.LAW_CHANGE})
    assert prepare_review_draft(demo, extraordinary).next_review_date == demo.next_review_date


def test_outcomes_say_done_not_done_dropped_or_not_decided_yet(demo: Agreement) -> None:
    reviewed = demo.model_copy(deep=True)
    reviewed.actions[5].status = ActionStatus.OPEN  # the demo has it done before signing
    reviewed.actions[5].outcome_note = ""
    later = reviewed.model_copy(deep=True)
    later.actions[0].status = ActionStatus.DONE
    later.actions[0].outcome_note = "Held in March."
    later.actions[1].status = ActionStatus.IN_PROGRESS
    later.actions[2].status = ActionStatus.DROPPED
    del later.actions[3]
    later.actions[5].status = ActionStatus.NOT_DONE
    later.actions[5].outcome_note = "No date found for both teams."
    outcomes = action_outcomes(reviewed, later)
    assert [(o.outcome, o.note) for o in outcomes] == [
        (Outcome.DONE, "Held in March."),
        (Outcome.OPEN, ""),  # in progress: nobody decided yet
        (Outcome.DROPPED, ""),
        (Outcome.DROPPED, ""),  # no longer in the new version at all
        (Outcome.OPEN, ""),  # untouched
        (Outcome.OPEN, ""),  # untouched
        (Outcome.NOT_DONE, "No date found for both teams."),  # decided
    ]
    assert outcomes[3].status is None


def test_an_action_found_not_done_is_carried_into_the_next_review_as_open(
    demo: Agreement,
) -> None:
    demo.actions[0].status = ActionStatus.NOT_DONE
    demo.actions[0].outcome_note = "Not held."
    demo.actions[1].status = ActionStatus.DONE
    draft = prepare_review_draft(demo, ReviewRecord(held_on=dt.date(2027, 11, 20)))
    carried = {a.id: a for a in draft.actions}
    assert demo.actions[1].id not in carried
    again = carried[demo.actions[0].id]
    assert (again.status, again.outcome_note) == (ActionStatus.OPEN, "Not held.")
    assert demo.actions[0].status is ActionStatus.NOT_DONE  # the reviewed version stays


def test_structural_changes_read_like_the_agreement(demo: Agreement) -> None:
    new = demo.model_copy(deep=True)
    new.partners[1].representatives[0].role = "President"
    new.meetings[1].cadence = Cadence.MONTHLY
    new.further_actors = new.further_actors[1:]
    new.success_indicators[0].target = "at least 60 %"
    new.sharing_rules[0].four_eyes = True
    new.dpia.reference = ""
    changes = {(c.part, c.kind): c for c in structural_changes(demo, new)}
    rep = changes[(Part.REPRESENTATIVE, ChangeKind.CHANGED)]
    assert rep.label == "Petra Lindner (LKA Musterland)"
    assert [(f.name, f.before, f.after) for f in rep.fields] == [
        ("Role", "Vice-President", "President")
    ]
    meeting = changes[(Part.MEETING, ChangeKind.CHANGED)]
    assert (meeting.label, meeting.fields[0].after) == ("Steering meeting", "Monthly")
    assert changes[(Part.FURTHER_ACTOR, ChangeKind.REMOVED)].id == "fa-prison"
    assert changes[(Part.INDICATOR, ChangeKind.CHANGED)].fields[0].before == "at least 50 %"
    rule = changes[(Part.SHARING_RULE, ChangeKind.CHANGED)].fields[0]
    assert (rule.name, rule.before, rule.after) == ("Four eyes", "no", "yes")
    own = changes[(Part.AGREEMENT, ChangeKind.CHANGED)].fields[0]
    assert (own.field, own.after) == ("dpia.reference", "–")
    german = structural_changes(demo, new, "de")
    assert any(f.name == "Vier Augen" and f.after == "ja" for c in german for f in c.fields)
    assert structural_changes(demo, demo) == []


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_field_compared_has_a_name(language: str) -> None:
    models = {
        Part.PARTNER: Partner,
        Part.REPRESENTATIVE: Representative,
        Part.SHARING_RULE: SharingRule,
        Part.CONTACT: EscalationContact,
        Part.MEETING: MeetingFormat,
        Part.FURTHER_ACTOR: FurtherActor,
        Part.INDICATOR: SuccessIndicator,
    }
    for part, model in models.items():
        for name, info in model.model_fields.items():
            if name in ("id", "representatives"):
                continue
            nested = getattr(info.annotation, "model_fields", None)
            for field in [f"{name}.{inner}" for inner in nested] if nested else [name]:
                assert field_name(part, field, language).strip()
    for name in AGREEMENT_FIELDS:
        nested = Agreement.model_fields[name].annotation
        inner = getattr(nested, "model_fields", None)
        for field in [f"{name}.{i}" for i in inner] if inner else [name]:
            assert field_name(Part.AGREEMENT, field, language).strip()


def test_fields_of_work_and_referrals_are_compared_as_they_read(demo: Agreement) -> None:
    new = demo.model_copy(deep=True)
    new.fields_of_work = [FieldOfWork.FAMILY, FieldOfWork.RETURNEES]
    new.further_actors[0].referral = "Refers callers to the NGO"
    changes = {(c.part, c.kind): c for c in structural_changes(demo, new, "de")}
    own = changes[(Part.AGREEMENT, ChangeKind.CHANGED)]
    assert [(f.name, f.before, f.after) for f in own.fields] == [
        (
            "Arbeitsfelder",
            "–",
            "Angehörigenberatung (Eltern und Familie), Rückkehrende aus Konfliktgebieten und "
            "ihre Familien",
        )
    ]
    actor = changes[(Part.FURTHER_ACTOR, ChangeKind.CHANGED)]
    assert [(f.name, f.after) for f in actor.fields] == [
        ("Vermittlung", "Refers callers to the NGO")
    ]


def test_a_changed_legal_nature_is_a_change_of_the_agreement(demo: Agreement) -> None:
    new = demo.model_copy(deep=True)
    new.legal_nature = (
        LegalNature.PUBLIC_LAW_CONTRACT
        if demo.legal_nature is LegalNature.MEMORANDUM
        else LegalNature.MEMORANDUM
    )
    changes = {(c.part, c.kind): c for c in structural_changes(demo, new, "en")}
    own = changes[(Part.AGREEMENT, ChangeKind.CHANGED)]
    assert [f.name for f in own.fields] == ["Legal nature"]
    assert own.fields[0].before != own.fields[0].after


def test_staff_changes_pair_who_left_with_who_took_over(demo: Agreement) -> None:
    new = demo.model_copy(deep=True)
    first, second = new.contacts[0], new.contacts[1]
    renamed = first.name
    first.name = "Jana Roth"  # the same entry, another person
    successor = second.model_copy(update={"id": "c-new", "name": "Ole Brandt"})
    new.contacts[1] = successor  # one removed, one added on the same partner's level
    changes = staff_changes(demo, new)
    assert changes[:2] == [
        StaffChange(
            left=renamed,
            joined="Jana Roth",
            role=first.role,
            partner=demo.partner(first.partner_id).label,
        ),
        StaffChange(
            left=second.name,
            joined="Ole Brandt",
            role=second.role,
            partner=demo.partner(second.partner_id).label,
        ),
    ]
    assert len(changes) == 2
    assert staff_changes(demo, demo) == []
    fewer = demo.model_copy(deep=True)
    gone = fewer.contacts.pop()
    assert [(c.left, c.joined) for c in staff_changes(demo, fewer)] == [(gone.name, "")]


def test_a_record_edited_meanwhile_keeps_both_edits() -> None:
    before = ReviewRecord(held_on=dt.date(2027, 11, 20), what_worked="Meetings.")
    mine = before.model_copy(update={"lessons_learned": "Ask first.", "what_worked": ""})
    now = before.model_copy(update={"incidents": "A case file was shared."})
    merged = merged_record(before, mine, now)
    assert (merged.lessons_learned, merged.what_worked, merged.incidents) == (
        "Ask first.",
        "",
        "A case file was shared.",
    )

"""The annual review over three years, through the services: the comparison figures, what
became of the actions, the changes in structure and text, the review annex and report, the
calendar."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from icalendar import Calendar

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.changes import ChangeKind, Part
from coopbuilder.core.demo import demo_agreement
from coopbuilder.core.records import ReviewRecord, SignatureRecord
from coopbuilder.core.resources import template_path
from coopbuilder.core.review import DueState, Outcome
from coopbuilder.core.vocabulary import ActionStatus, AgreementStatus
from coopbuilder.documents.templates import ClauseLibraries
from coopbuilder.store.workspace import Workspace
from coopbuilder.workflows import review
from tests.documents.pdfs import flat, pdftotext

from .conftest import START, History


def test_the_history_is_built_through_the_services(three_years: History) -> None:
    v1, v2, v3 = three_years.versions
    assert [v.status for v in (v1, v2, v3)] == [
        AgreementStatus.SUPERSEDED,
        AgreementStatus.SIGNED,
        AgreementStatus.DRAFT,
    ]
    assert (v2.based_on, v3.based_on) == (1, 2)
    held = three_years.workspace.reviews.reviews(three_years.agreement_id)
    assert [(r.reviewed_version, r.new_version) for r in held] == [(1, 2), (2, 3)]
    # an annual review sets the next one: the review date plus the interval
    assert v2.agreement.next_review_date == dt.date(2028, 11, 18)
    assert v3.agreement.next_review_date == dt.date(2029, 11, 9)


def test_the_comparison_follows_every_precondition_over_the_years(three_years: History) -> None:
    comparison = review.comparison(three_years.workspace, three_years.agreement_id)
    history = comparison.history
    assert [p.number for p in history.points] == [1, 2, 3]
    assert [p.on for p in history.points][1:] == [dt.date(2027, 11, 18), dt.date(2028, 11, 9)]
    continuity = history.trend("continuity").partners
    assert [t.label for t in continuity] == ["Brückenschlag", "LKA Musterland"]
    assert continuity[0].means == (4.14, 4.14, 4.14)
    assert continuity[1].means == (2.57, 2.86, 3.43)  # a gap closing year by year
    assert continuity[1].change == 0.57
    assert history.trend("transparency").partners[0].means == (2.5, 3.17, 3.17)
    assert history.trend("legal_framework").partners[1].means == (3.5, 3.83, 4.0)
    assert [t.means for t in history.overall] == [(3.58, 3.65, 3.68), (3.71, 3.75, 3.82)]


def test_last_years_actions_are_carried_over_with_their_outcome(three_years: History) -> None:
    workspace, agreement_id = three_years.workspace, three_years.agreement_id
    year_one = review.review_context(workspace, agreement_id, 2)
    assert year_one is not None and year_one.reviewed_version == 1
    outcomes = {o.action.id: (o.outcome, o.status, o.note) for o in year_one.outcomes}
    assert outcomes["act-transparency-gap"] == (
        Outcome.DONE,
        ActionStatus.DONE,
        "Workshop held in March with 14 case workers.",
    )
    assert outcomes["act-transparency-knowledge"][:2] == (Outcome.DONE, ActionStatus.DONE)
    assert outcomes["act-continuity-gap"][:2] == (Outcome.NOT_DONE, ActionStatus.NOT_DONE)
    assert outcomes["act-continuity-perception"][0] is Outcome.DROPPED
    # the action due before signing was done before version 1 was signed
    assert len(outcomes) == 6 and "act-legal-perception" not in outcomes
    # the second review carries only what was still pending, plus the new action
    v3 = three_years.versions[2].agreement
    assert {a.id for a in v3.actions} == {
        "act-continuity-gap",
        "act-strategy-borderline",
        "act-shift-leads",
    }
    year_two = review.review_context(workspace, agreement_id, 3)
    assert year_two is not None
    assert [(o.action.id, o.outcome) for o in year_two.outcomes] == [
        ("act-continuity-gap", Outcome.DONE),
        ("act-strategy-borderline", Outcome.NOT_DONE),
        ("act-shift-leads", Outcome.DONE),
    ]
    assert review.review_context(workspace, agreement_id, 1) is None


def test_structural_changes_name_what_was_added_removed_and_changed(
    three_years: History,
) -> None:
    changes, _ = review.compare_versions(three_years.workspace, three_years.agreement_id, 1, 2)
    found = {(c.part, c.kind, c.id): c for c in changes}
    assert (Part.CONTACT, ChangeKind.REMOVED, "c-lka-kuehn") in found
    assert found[(Part.CONTACT, ChangeKind.ADDED, "c-lka-aydin")].label == (
        "Mehmet Aydın (LKA Musterland)"
    )
    deputy = found[(Part.CONTACT, ChangeKind.CHANGED, "c-lka-brandt")].fields
    assert [(f.name, f.before, f.after) for f in deputy] == [
        ("Deputy", "Sabine Kühn", "Mehmet Aydın")
    ]
    feedback = found[(Part.SHARING_RULE, ChangeKind.CHANGED, "r-feedback")].fields
    assert [f.name for f in feedback] == ["Recipients", "Note"]
    assert (Part.SHARING_RULE, ChangeKind.ADDED, "r-shift-list") in found
    assert not any(c.part is Part.MEETING for c in changes)


def test_clause_changes_mark_the_words_that_changed(three_years: History) -> None:
    _, clauses = review.compare_versions(three_years.workspace, three_years.agreement_id, 1, 2)
    by_id = {c.id: c for c in clauses}
    annual = by_id["review.annual"]
    assert annual.kind is ChangeKind.CHANGED and annual.number == "13.2"
    assert [(s.op, s.text) for s in annual.segments if s.op != "same"] == [
        ("removed", "27"),
        ("added", "18"),
        ("removed", "2027."),
        ("added", "2028."),
    ]
    routine = by_id["sharing.routine"]
    assert any(
        s.op == "added" and "Duty roster of the situation centre's shift leads" in s.text
        for s in routine.segments
    )
    assert "review.termination" not in by_id  # unchanged clauses are not listed
    _, later = review.compare_versions(three_years.workspace, three_years.agreement_id, 2, 3)
    assert {c.id: c.kind for c in later}["readiness.no_findings"] is ChangeKind.ADDED


def test_the_new_versions_pdf_has_the_review_annex(three_years: History, tmp_path: Path) -> None:
    result = review.render_version(three_years.workspace, three_years.agreement_id, 2)
    text = flat(pdftotext(result.pdf, tmp_path))
    assert "Annex E – Record of the review" in text
    assert "Annual review of version 1 of this agreement, held on 18 November 2027." in text
    assert "What failed. In March the night shift of the situation centre" in text
    assert "Changes of staff and handovers. Sabine Kühn left the state protection" in text
    assert "Actions agreed before this review, and what became of them." in text
    assert "Workshop held in March with 14 case workers." in text
    assert "Not done" in text and "Dropped" in text
    first = flat(
        pdftotext(review.render_version(three_years.workspace, "demo-agreement", 1).pdf, tmp_path)
    )
    assert "Record of the review" not in first


def test_the_review_report_shows_everything(three_years: History, tmp_path: Path) -> None:
    pdf = review.review_report(three_years.workspace, three_years.agreement_id)
    text = flat(pdftotext(pdf, tmp_path))
    assert "REVIEW REPORT" in text
    assert (
        "Version 3 (draft) compared with version 2 · annual review held on 9 November 2028" in text
    )
    assert "What failed A referral in February waited three weeks" in text
    assert "Readiness over the years" in text and "Version 1 (27 November 2026)" in text
    assert "LKA Musterland 2.57" in text and "LKA Musterland 3.43" in text
    assert "List handed over in every quarter." in text
    assert "Names and phone numbers of the LKA's contact persons" in text  # a removed rule
    assert "Changes to the text of the agreement" in text
    assert pdf == review.review_report(three_years.workspace, three_years.agreement_id)


def test_the_calendar_holds_one_all_day_event_per_agreement(
    three_years: History, tmp_path: Path
) -> None:
    path = tmp_path / "reviews.ics"
    stamp = dt.datetime(2028, 11, 20, 9, 0, tzinfo=dt.UTC)
    assert review.export_calendar(three_years.workspace, path, stamp=stamp) == 1
    calendar = Calendar.from_ical(path.read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == dt.date(2029, 11, 9)
    assert event.decoded("dtend") == dt.date(2029, 11, 10)
    assert str(event["uid"]) == "review-demo-agreement-20291109@coopbuilder.invalid"
    assert str(event["summary"]) == (
        "Review of the cooperation agreement “Cooperation in exit and disengagement work”"
    )
    assert "Brückenschlag / LKA Musterland" in str(event["description"])
    first = path.read_bytes()
    review.export_calendar(three_years.workspace, path, stamp=stamp)
    assert path.read_bytes() == first  # the same UID again: calendars update, not duplicate
    assert list(tmp_path.iterdir()) == [path]


def test_the_overview_says_what_is_due(three_years: History) -> None:
    (entry,) = review.review_overview(three_years.workspace, dt.date(2028, 11, 20))
    assert entry.state is DueState.IN_PROGRESS
    assert entry.in_progress is not None and entry.in_progress.new_version == 3
    assert [r.record.held_on for r in entry.held] == [dt.date(2027, 11, 18), dt.date(2028, 11, 9)]


def test_a_version_made_after_a_reviews_draft_was_deleted_is_not_that_reviews(
    workspace: Workspace, demo: Agreement
) -> None:
    first = workspace.agreements.create(demo)
    workspace.signing.mark_signed(demo.id, 1, first.revision)
    record = ReviewRecord(held_on=dt.date(2027, 11, 20), lessons_learned="Annex text")
    workspace.reviews.start_review(demo.id, record)
    workspace.agreements.delete_version(demo.id, 2)
    again = workspace.agreements.new_version(demo.id, 1)  # "Edit as a new version..."
    assert again.number == 2
    assert review.starting_review(workspace, demo.id, 2) is None
    assert review.reviewed_version(workspace, demo.id, 2) is None  # no "last time" ratings
    assert review.review_context(workspace, demo.id, 2) is None  # no review annex
    assert review.comparison(workspace, demo.id, 2).review is None


def test_a_version_is_dated_by_its_signing_else_by_the_day_it_takes_effect(
    workspace: Workspace, three_years: History
) -> None:
    # entered today, signed in ink years before: the signing date, not the day it was entered
    stored = workspace.agreements.create(demo_agreement("en", today=dt.date(2024, 2, 1)))
    for partner in stored.agreement.partners:
        record = SignatureRecord(
            partner_id=partner.id, signatory=partner.signatories[0].name, signed_on=INK
        )
        workspace.signing.record_signature(stored.agreement_id, 1, record)
    workspace.signing.mark_signed(stored.agreement_id, 1, stored.revision)
    held = dt.date(2025, 2, 20)
    workspace.reviews.start_review(stored.agreement_id, ReviewRecord(held_on=held))
    points = review.comparison(workspace, stored.agreement_id).history.points
    assert [(p.number, p.on) for p in points] == [(1, INK), (2, held)]
    # signed without signature records: the day it takes effect
    first = review.comparison(three_years.workspace, three_years.agreement_id).history.points[0]
    assert first.on == three_years.versions[0].agreement.effective_date == START


INK = dt.date(2024, 3, 1)


def test_the_calendar_takes_its_name_from_the_libraries_it_is_given(
    three_years: History, tmp_path: Path
) -> None:
    own = tmp_path / "own" / "en"
    shutil.copytree(template_path("en"), own)
    texts = own / "review-report.yaml"
    texts.write_text(
        texts.read_text(encoding="utf-8").replace(
            'calendar_name: "Reviews of cooperation agreements"', 'calendar_name: "Our reviews"'
        ),
        encoding="utf-8",
    )
    path = tmp_path / "reviews.ics"
    review.export_calendar(three_years.workspace, path, libraries=ClauseLibraries(own.parent))
    assert str(Calendar.from_ical(path.read_bytes())["x-wr-calname"]) == "Our reviews"
    review.export_calendar(three_years.workspace, path)
    assert str(Calendar.from_ical(path.read_bytes())["x-wr-calname"]) == (
        "Reviews of cooperation agreements"
    )

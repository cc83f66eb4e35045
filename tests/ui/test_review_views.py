"""The review screens on a real workspace: start a review from the Reviews view and see last
year's ratings on the readiness page; an extraordinary review needs its reason; the calendar;
the comparison page on the three-year history."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.demo import demo_agreement
from coopbuilder.core.records import ReviewKind, ReviewRecord
from coopbuilder.documents.rendering import Renderer
from coopbuilder.documents.templates import ClauseLibraries
from coopbuilder.store.connection import open_workspace
from coopbuilder.store.errors import ProtectedVersionError
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.background import Background, BusyIndicator
from coopbuilder.ui.review import ComparisonView, ReviewsView
from coopbuilder.ui.texts import format_date
from coopbuilder.ui.widgets.rating import RatingControl
from coopbuilder.ui.wizard.readiness import ReadinessPage
from coopbuilder.workflows.demo_history import demo_history
from coopbuilder.workflows.review import reviewed_version

from ..conftest import DEMO_DAY
from ..documents.pdfs import flat, pdftotext
from .helpers import ScriptedDialogs, choose_precondition, find, shown
from .test_accessibility import inputs

TODAY = dt.date(2027, 11, 1)


def reviews_view(
    qtbot: QtBot,
    workspace: Workspace,
    dialogs: ScriptedDialogs,
    opened: list[tuple[str, int | None]],
    background: Background | None = None,
) -> ReviewsView:
    background = background or Background()
    with qtbot.waitSignal(background.busy_changed, check_params_cb=lambda busy: not busy):
        view = ReviewsView(
            workspace,
            background=background,
            dialogs=dialogs,
            libraries=ClauseLibraries(),
            open_agreement=lambda agreement_id, number: opened.append((agreement_id, number)),
            today=lambda: TODAY,
        )
    qtbot.addWidget(view)
    view.show()
    return view


def press_ok(dialog: QWidget) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_review_started_in_the_reviews_view_shows_last_years_ratings(
    qtbot: QtBot, signed: Workspace, demo: Agreement
) -> None:
    opened: list[tuple[str, int | None]] = []
    view = reviews_view(qtbot, signed, ScriptedDialogs(), opened)
    assert "Overdue: 0. Due within 60 days: 1." in view.summary.text()
    assert view.agreements.item(0, 3).text() == "● Due in 26 days"
    qtbot.mouseClick(find(view, "Start review...", QPushButton), Qt.MouseButton.LeftButton)
    dialog = view.start_dialog
    assert dialog is not None and dialog.isVisible()
    participants = find(dialog, "Participants", QPlainTextEdit)
    participants.setPlainText("Dr. Hans Weiß; Petra Lindner")
    with qtbot.waitSignal(view.listed):  # started off the GUI thread, and listed again
        press_ok(dialog)
    assert opened == [(demo.id, 2)]
    assert "✎ In progress since" in view.agreements.item(0, 3).text()
    assert view.held.rowCount() == 1
    (review,) = signed.reviews.reviews(demo.id)
    assert review.record.participants == "Dr. Hans Weiß; Petra Lindner"

    draft = signed.agreements.load(demo.id, 2).agreement
    page = ReadinessPage(
        Background(), ScriptedDialogs(), previous=reviewed_version(signed, demo.id, 2)
    )
    shown(qtbot, page, draft)
    # the draft is rated on the catalogue the reviewed version was rated on: last year's
    # answer shows beside every statement (across catalogues: test_revised_instrument)
    trust = find(page, "LKA Musterland, Trust statement 3: last time", QLabel)
    assert trust.isVisible() and trust.text() == "Last time: 5"
    assert find(page, "Brückenschlag, Trust statement 1: last time", QLabel).text() == (
        "Last time: 4"
    )
    # the LKA's own data protection officer was not involved yet
    choose_precondition(page, "Legal framework")
    assert find(page, "LKA Musterland, Legal framework statement 5: last time", QLabel).text() == (
        "Last time: 1"
    )
    assert find(page, "LKA Musterland, Legal framework statement 4: last time", QLabel).text() == (
        "Last time: 4"
    )
    rating = find(page, "LKA Musterland, Trust statement 3: rating", RatingControl)
    assert rating.value() is None  # the assessment is taken again
    assert "Last time: 5." in rating.accessibleDescription()


def test_an_agreement_never_signed_is_not_in_the_reviews_view(
    qtbot: QtBot, signed: Workspace, demo: Agreement
) -> None:
    draft = demo.model_copy(deep=True)
    draft.id, draft.title = "never-signed", "Never signed"
    draft.next_review_date = TODAY + dt.timedelta(days=20)
    signed.agreements.create(draft)
    view = reviews_view(qtbot, signed, ScriptedDialogs(), [])
    assert "Overdue: 0. Due within 60 days: 1." in view.summary.text()
    assert view.agreements.rowCount() == 1
    assert view.agreements.item(0, 0).text().startswith(demo.title)


def test_without_a_review_no_last_time_is_shown(qtbot: QtBot, demo: Agreement) -> None:
    page = shown(qtbot, ReadinessPage(Background(), ScriptedDialogs()), demo)
    assert not any(label.isVisible() for row in page.rows for label in row.last_time)


def test_an_extraordinary_review_needs_its_reason(
    qtbot: QtBot, signed: Workspace, demo: Agreement
) -> None:
    opened: list[tuple[str, int | None]] = []
    view = reviews_view(qtbot, signed, ScriptedDialogs(), opened)
    view.extraordinary_button.click()
    dialog = view.start_dialog
    assert dialog is not None
    press_ok(dialog)
    assert dialog.isVisible() and opened == []
    assert dialog.problem.text() == "Say why this extraordinary review is held."
    dialog.form.kind.set_value(ReviewKind.STAFF_CHANGE)
    find(dialog, "Reason", QPlainTextEdit).setPlainText("The head of the LKA unit retired.")
    with qtbot.waitSignal(view.listed):  # started, and listed again
        press_ok(dialog)
    assert opened == [(demo.id, 2)]
    (review,) = signed.reviews.reviews(demo.id)
    assert (review.record.kind, review.record.reason) == (
        ReviewKind.STAFF_CHANGE,
        "The head of the LKA unit retired.",
    )
    assert "The head of the LKA unit retired." in view.held.item(0, 2).text()


def test_an_extraordinary_review_during_the_annual_one_continues_its_draft(
    qtbot: QtBot, signed: Workspace, demo: Agreement
) -> None:
    opened: list[tuple[str, int | None]] = []
    view = reviews_view(qtbot, signed, ScriptedDialogs(), opened)
    view.start_button.click()
    assert view.start_dialog is not None
    with qtbot.waitSignal(view.listed):  # started off the GUI thread, and listed again
        press_ok(view.start_dialog)
    assert opened == [(demo.id, 2)]
    work = signed.agreements.load(demo.id, 2)
    changed = work.agreement.model_copy(update={"next_review_date": dt.date(2028, 12, 1)})
    signed.agreements.save(changed, work.revision)

    view.extraordinary_button.click()
    dialog = view.start_dialog
    assert dialog is not None and dialog.continues
    assert dialog.windowTitle() == "Continue the review in progress"
    about = dialog.findChildren(QLabel)[0].text()
    assert f"is in progress (Annual review, held on {format_date(DEMO_DAY)})" in about
    assert "its draft, version 2, is not signed yet" in about
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Continue that review"
    find(dialog, "Reason", QPlainTextEdit).setPlainText("A case file was shared without consent.")
    with qtbot.waitSignal(view.listed):
        press_ok(dialog)

    assert opened == [(demo.id, 2), (demo.id, 2)]  # the same draft, no version 3
    assert [v.number for v in signed.agreements.versions(demo.id)] == [1, 2]
    assert signed.agreements.load(demo.id, 2).agreement.next_review_date == dt.date(2028, 12, 1)
    (review,) = signed.reviews.reviews(demo.id)
    assert review.record.kind is ReviewKind.ANNUAL
    assert review.record.incidents == "A case file was shared without consent."
    assert view.status.text() == "Continued the review in progress: version 2 is its draft."
    assert view.held.rowCount() == 1


def test_a_review_started_elsewhere_meanwhile_is_not_branched_from(
    qtbot: QtBot, signed: Workspace, demo: Agreement
) -> None:
    """The list was read before another workstation started a review: starting one from it
    is refused with the reason, and the next try offers to continue that review."""
    dialogs = ScriptedDialogs()
    opened: list[tuple[str, int | None]] = []
    view = reviews_view(qtbot, signed, dialogs, opened)
    signed.reviews.start_review(demo.id, ReviewRecord(held_on=dt.date(2027, 10, 30)))
    view.extraordinary_button.click()
    dialog = view.start_dialog
    assert dialog is not None and not dialog.continues
    find(dialog, "Reason", QPlainTextEdit).setPlainText("A breach.")
    with qtbot.waitSignal(view.listed):  # refused off the GUI thread, and listed again
        press_ok(dialog)
    assert opened == []
    (error,) = dialogs.errors
    assert "is in progress since 2027-10-30" in error and "version 2" in error
    assert [v.number for v in signed.agreements.versions(demo.id)] == [1, 2]
    assert "✎ In progress since" in view.agreements.item(0, 3).text()
    view.extraordinary_button.click()
    assert view.start_dialog is not None and view.start_dialog.continues


def test_export_calendar(qtbot: QtBot, signed: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "reviews.ics"
    dialogs = ScriptedDialogs(saves=[target, None])
    view = reviews_view(qtbot, signed, dialogs, [])
    view.calendar_button.click()  # written off the GUI thread, while a bar moves
    busy = view.findChild(BusyIndicator)
    assert busy is not None and busy.isVisible() and not view.calendar_button.isEnabled()
    qtbot.waitUntil(lambda: view.status.text() == f"Wrote 1 review date to {target}.")
    (event,) = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart") == dt.date(2027, 11, 27)
    view.calendar_button.click()  # cancelled: nothing happens
    assert dialogs.errors == []


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    path = tmp_path_factory.mktemp("history") / "workspace.sqlite"
    with open_workspace(path) as workspace:
        demo_history(workspace, dt.date(2026, 11, 27))
        yield workspace


def test_the_comparison_page_shows_the_years_the_actions_and_the_changes(
    qtbot: QtBot, history: Workspace
) -> None:
    dialogs = ScriptedDialogs()
    view = ComparisonView(history, background=Background(), dialogs=dialogs, renderer=Renderer())
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):  # read off the GUI thread
        view.load("demo-agreement")
    view.show()
    assert "Version 3 compared with version 2" in view.title.text()
    assert view.chart.points() == ["2026", "2027", "2028"]  # the years, not "V1, V2, V3"
    continuity = next(p for p in view.chart.panels() if p.title == "Continuity")
    assert continuity.series == ((4.14, 4.14, 4.14), (2.57, 2.86, 3.43))
    assert view.outcomes.rowCount() == 3
    assert view.outcomes.item(0, 2).text() == "✔ Done"
    assert view.outcomes.item(1, 2).text() == "✖ Not done"  # decided at this review
    tops = [view.changes.topLevelItem(i).text(0) for i in range(view.changes.topLevelItemCount())]
    assert "Removed: Sharing rule 'Names and phone numbers of the LKA's contact persons" in tops[2]
    assert view.changes.topLevelItem(0).child(0).text(0) == "Next review: 2028-11-18 → 2029-11-09"
    html = view.clauses.toHtml()
    assert "Changed: clause 13.2, in 13. Success, review" in view.clauses.toPlainText()
    assert "#a3261b" in html and "#17693a" in html
    assert find(view, "What failed", QPlainTextEdit).toPlainText().startswith("A referral")
    unnamed = [type(w).__name__ for w in inputs(view) if not w.accessibleName()]
    assert unnamed == []


def test_the_review_record_is_saved_from_the_comparison_page(
    qtbot: QtBot, history: Workspace
) -> None:
    view = ComparisonView(
        history, background=Background(), dialogs=ScriptedDialogs(), renderer=Renderer()
    )
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):  # read off the GUI thread
        view.load("demo-agreement", 3)
    note = find(view, "Note", QPlainTextEdit)
    assert not note.isReadOnly() and not view.save_record_button.isHidden()
    note.setPlainText("Minutes sent to both directors.")
    view.save_record_button.click()  # saved off the GUI thread
    qtbot.waitUntil(lambda: view.status.text() == "Saved the record of the review.")
    assert view.save_record_button.isEnabled()
    assert history.reviews.reviews("demo-agreement")[-1].record.note == (
        "Minutes sent to both directors."
    )


def test_the_record_of_a_signed_versions_review_is_read_only(
    qtbot: QtBot, history: Workspace
) -> None:
    view = ComparisonView(
        history, background=Background(), dialogs=ScriptedDialogs(), renderer=Renderer()
    )
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):  # read off the GUI thread
        view.load("demo-agreement", 2)  # version 2 is signed
    view.show()
    failed = find(view, "What failed", QPlainTextEdit)
    assert failed.toPlainText().startswith("In March the night shift")
    assert failed.isReadOnly() and view.record.isEnabled()  # to read and copy
    assert not view.record.kind.isEnabled() and view.record.held_on.isReadOnly()
    assert view.save_record_button.isHidden()  # on the record tab, which is not shown
    assert not view.record_note.isHidden()
    assert view.record_note.text() == (
        "The status of version 2 is 'Signed'. This record is its review annex, so it cannot be "
        "changed any more."
    )
    # the workspace refuses it too, whatever asks
    (first, _) = history.reviews.reviews("demo-agreement")
    changed = first.record.model_copy(update={"what_failed": "Nothing."})
    with pytest.raises(ProtectedVersionError, match="which is signed"):
        history.reviews.update_review(first.id, changed)


def test_the_review_report_is_written_in_the_background(
    qtbot: QtBot, history: Workspace, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    dialogs = ScriptedDialogs(saves=[target])
    view = ComparisonView(history, background=Background(), dialogs=dialogs, renderer=Renderer())
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):  # read off the GUI thread
        view.load("demo-agreement", 2)
    view.report_button.click()
    qtbot.waitUntil(lambda: view.report_button.isEnabled(), timeout=10_000)
    held = history.reviews.reviews("demo-agreement")[0].record.held_on
    (asked,) = dialogs.questions
    assert asked.endswith(  # the suggested name says what and when
        f"Cooperation in exit and disengagement work - version 2 - review report {held}.pdf"
    )
    assert target.read_bytes().startswith(b"%PDF")
    assert view.status.text() == f"Saved the review report to {target}."


def _report_after_saving_the_record(
    qtbot: QtBot, workspace: Workspace, agreement_id: str, tmp_path: Path, record: dict[str, str]
) -> tuple[ComparisonView, str]:
    """Open the comparison of the review's draft (version 2), fill in the record, Save
    record, then Save review report... on the same tab; the report's text."""
    target = tmp_path / "report.pdf"
    view = ComparisonView(
        workspace,
        background=Background(),
        dialogs=ScriptedDialogs(saves=[target, tmp_path / "again.pdf"]),
        renderer=Renderer(),
    )
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):  # read off the GUI thread
        view.load(agreement_id, 2)
    for name, text in record.items():
        find(view, name, QPlainTextEdit).setPlainText(text)
    view.save_record_button.click()
    qtbot.waitUntil(lambda: view.save_record_button.isEnabled(), timeout=10_000)
    assert view.report_button.isEnabled()
    view.report_button.click()
    qtbot.waitUntil(lambda: view.report_button.isEnabled(), timeout=20_000)
    return view, flat(pdftotext(target.read_bytes(), tmp_path))


def test_the_review_report_has_the_record_just_saved(
    qtbot: QtBot, signed: Workspace, demo: Agreement, tmp_path: Path
) -> None:
    signed.reviews.start_review(demo.id, ReviewRecord(held_on=dt.date(2027, 11, 20)))
    view, text = _report_after_saving_the_record(
        qtbot,
        signed,
        demo.id,
        tmp_path,
        {
            "What worked": "The monthly case conferences.",
            "What failed": "The night shift did not know the 24/7 number.",
            "What was learned": "Hand the contact list to every shift lead.",
        },
    )
    assert "Saved the record of the review." not in view.status.text()
    assert view.status.text() == f"Saved the review report to {tmp_path / 'report.pdf'}."
    assert "What worked The monthly case conferences." in text
    assert "The night shift did not know the 24/7 number." in text
    assert "Hand the contact list to every shift lead." in text
    assert "Nothing recorded" not in text

    # a change not saved yet is not in the report, and the status says so
    find(view, "What worked", QPlainTextEdit).setPlainText("Not saved.")
    view.report_button.click()
    qtbot.waitUntil(lambda: view.report_button.isEnabled(), timeout=20_000)
    assert "your changes to the record are not saved yet" in view.status.text()
    again = flat(pdftotext((tmp_path / "again.pdf").read_bytes(), tmp_path))
    assert "The monthly case conferences." in again and "Not saved." not in again


def test_the_german_review_report_has_the_record_just_saved(
    qtbot: QtBot, german: None, tmp_path: Path
) -> None:
    with open_workspace(tmp_path / "workspace.sqlite") as workspace:
        first = workspace.agreements.create(demo_agreement("de", today=DEMO_DAY))
        workspace.signing.mark_signed(first.agreement_id, 1, first.revision)
        workspace.reviews.start_review(
            first.agreement_id, ReviewRecord(held_on=dt.date(2027, 11, 20))
        )
        view, text = _report_after_saving_the_record(
            qtbot,
            workspace,
            first.agreement_id,
            tmp_path,
            {
                "Was gelungen ist": "Die monatlichen Fallkonferenzen.",
                "Was misslungen ist": "Die Nachtschicht kannte die 24/7-Nummer nicht.",
                "Was gelernt wurde": "Jede Schichtleitung erhält die Liste der Ansprechpersonen.",
            },
        )
        assert view.status.text().startswith("Der Bericht zur Überprüfung wurde unter")
        assert "Was gelungen ist Die monatlichen Fallkonferenzen." in text
        assert "Die Nachtschicht kannte die 24/7-Nummer nicht." in text
        assert "Jede Schichtleitung erhält die Liste der Ansprechpersonen." in text
        assert "Nichts festgehalten" not in text


def test_closing_the_comparison_while_its_report_is_written_is_harmless(
    qtbot: QtBot, history: Workspace, tmp_path: Path
) -> None:
    """The report is written; its callbacks, which would touch the deleted page, are dropped
    (pytest-qt fails the test on an exception in the event loop)."""
    target = tmp_path / "report.pdf"
    background = Background()
    view = ComparisonView(
        history, background=background, dialogs=ScriptedDialogs(saves=[target]), renderer=Renderer()
    )
    with qtbot.waitSignal(view.loaded):  # read off the GUI thread
        view.load("demo-agreement", 2)
    view.report_button.click()  # rendered in the background
    view.deleteLater()  # the person closes the comparison's tab meanwhile
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))
    qtbot.waitUntil(lambda: not background.busy, timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_every_input_of_the_reviews_view_and_its_dialog_has_a_name(
    qtbot: QtBot, signed: Workspace
) -> None:
    view = reviews_view(qtbot, signed, ScriptedDialogs(), [])
    view.extraordinary_button.click()
    assert view.start_dialog is not None
    for root in (view, view.start_dialog):
        assert [type(w).__name__ for w in inputs(root) if not w.accessibleName()] == []


def test_starting_a_review_does_not_wait_on_a_workspace_another_workstation_holds(
    qtbot: QtBot, tmp_path: Path, signed: Workspace, demo: Agreement
) -> None:
    opened: list[tuple[str, int | None]] = []
    dialogs = ScriptedDialogs()
    view = reviews_view(qtbot, signed, dialogs, opened)
    view.start_button.click()
    dialog = view.start_dialog
    assert dialog is not None
    other = sqlite3.connect(tmp_path / "workspace.sqlite", isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another workstation is writing
        press_ok(dialog)  # the window goes on; the review waits off the GUI thread
        busy = view.findChild(BusyIndicator)
        assert busy is not None and busy.isVisible()
        assert opened == [] and not view.start_button.isEnabled()
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: opened == [(demo.id, 2)], timeout=20_000)
    assert dialogs.errors == [] and dialogs.faults == []

"""The annual review from the main window: the Reviews tab, Start review... in the Agreement
menu opening the new draft with last year's ratings beside the statements and the review annex
in its preview, and the comparison in a tab of its own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.records import ReviewKind, ReviewRecord
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.connection import open_workspace
from coopbuilder.ui.agreement_editor import AgreementEditor
from coopbuilder.ui.main_window import MainWindow
from coopbuilder.ui.preview import PdfOutput
from coopbuilder.ui.review import ComparisonView
from coopbuilder.ui.widgets.rating import RatingControl
from coopbuilder.ui.wizard.readiness import ReadinessPage
from coopbuilder.ui.wizard.record import ReviewRecordPage
from coopbuilder.ui.wizard.review import ReviewPage

from ..documents.pdfs import flat, pdftotext
from .conftest import OpenMain
from .helpers import find, menu_action
from .test_review_views import press_ok

TIMEOUT = 15_000


@pytest.fixture
def signed_file(tmp_path: Path, demo: Agreement) -> Path:
    """A workspace file with the demo agreement signed."""
    path = tmp_path / "workspace.sqlite"
    with open_workspace(path) as workspace:
        first = workspace.agreements.create(demo)
        workspace.signing.mark_signed(demo.id, 1, first.revision)
    return path


def start_review_from_the_menu(qtbot: QtBot, window: MainWindow) -> AgreementEditor:
    window.agreements.table.selectRow(0)
    menu_action(window.agreement_menu, "Start review...").trigger()
    view = window.reviews.tab.view
    assert view is not None and view.start_dialog is not None
    dialog = view.start_dialog
    find(dialog, "Participants", QPlainTextEdit).setPlainText("Dr. Hans Weiß; Petra Lindner")
    press_ok(dialog)
    qtbot.waitUntil(lambda: len(window.editors()) == 1, timeout=TIMEOUT)
    editor = window.editors()[0]
    assert isinstance(editor, AgreementEditor)
    return editor


def test_a_review_started_from_the_menu_opens_the_draft_with_last_years_ratings(
    qtbot: QtBot, open_main: OpenMain, signed_file: Path, demo: Agreement, tmp_path: Path
) -> None:
    window = open_main(signed_file)
    assert window.views.tabText(1) == "Reviews"
    editor = start_review_from_the_menu(qtbot, window)
    assert window.views.currentWidget() is editor
    assert (editor.session.number, editor.session.agreement.status) == (2, AgreementStatus.DRAFT)

    wizard = editor.wizard
    assert isinstance(wizard.current_page(), ReviewRecordPage)  # a review's draft opens there
    assert wizard.go_to(next(i for i, p in enumerate(wizard.pages) if isinstance(p, ReadinessPage)))
    trust = find(editor, "Brückenschlag, Trust statement 3: last time", QLabel)  # trust.2
    assert trust.isVisible() and trust.text() == "Last time: 4"
    rating = find(editor, "Brückenschlag, Trust statement 3: rating", RatingControl)
    assert rating.value() is None  # the assessment is taken again

    assert wizard.go_to(len(wizard.pages) - 1)
    output = editor.findChild(PdfOutput)
    assert output is not None
    qtbot.waitUntil(lambda: output.pdf is not None, timeout=TIMEOUT)
    assert output.pdf is not None
    text = flat(pdftotext(output.pdf, tmp_path))
    assert "Record of the review" in text and "Dr. Hans Weiß; Petra Lindner" in text

    window.reviews.show()  # the Reviews tab lists the review in progress
    view = window.reviews.tab.view
    assert view is not None
    qtbot.waitUntil(lambda: "✎ In progress since" in view.agreements.item(0, 3).text())
    assert view.held.rowCount() == 1


def test_the_comparison_opens_in_a_tab_of_its_own(
    qtbot: QtBot, open_main: OpenMain, signed_file: Path, demo: Agreement
) -> None:
    window = open_main(signed_file)
    editor = start_review_from_the_menu(qtbot, window)
    window.show_editor(editor)
    menu_action(window.agreement_menu, "Compare with earlier years").trigger()
    (page,) = window.pages()
    assert isinstance(page, ComparisonView) and window.views.currentWidget() is page
    qtbot.waitUntil(lambda: page.shown is not None, timeout=TIMEOUT)
    assert "Version 2 compared with version 1" in page.title.text()
    tab = window.views.tabText(window.views.indexOf(page))
    assert tab == f"Comparison: {demo.title}, version 2"

    ref = window.current_agreement()  # the menu works on the version compared
    assert ref is not None and (ref.number, ref.title) == (2, demo.title)
    menu_action(window.agreement_menu, "Compare with earlier years").trigger()
    assert window.pages() == [page]  # the same comparison is not opened twice
    window.close_tab(window.views.indexOf(page))
    assert window.pages() == []


def test_another_workspace_gets_its_own_reviews(
    qtbot: QtBot, open_main: OpenMain, signed_file: Path, tmp_path: Path
) -> None:
    window = open_main(signed_file)
    window.reviews.show()
    first = window.reviews.tab.view
    assert first is not None
    qtbot.waitUntil(lambda: first.agreements.rowCount() == 1)
    window.reviews.compare("demo-agreement", 1)
    assert len(window.pages()) == 1

    other = window.workspace
    window.opener.open(str(tmp_path / "other.sqlite"))
    qtbot.waitUntil(lambda: window.workspace is not other, timeout=TIMEOUT)
    view = window.reviews.tab.view
    assert view is not None and view is not first
    # read off the GUI thread (perhaps before this line: wait for what listing shows)
    qtbot.waitUntil(lambda: view.summary.text().startswith("Overdue: 0."), timeout=TIMEOUT)
    assert view.agreements.rowCount() == 0
    assert window.pages() == []  # the comparison read the workspace that was closed


def test_an_extraordinary_review_from_the_menu_continues_the_annual_reviews_draft(
    qtbot: QtBot, open_main: OpenMain, signed_file: Path, demo: Agreement
) -> None:
    window = open_main(signed_file)
    editor = start_review_from_the_menu(qtbot, window)
    tab = window.views.tabText(window.views.indexOf(editor))
    assert tab == f"Review: {demo.title}, version 2"

    menu_action(window.agreement_menu, "Start extraordinary review...").trigger()
    view = window.reviews.tab.view
    assert view is not None and view.start_dialog is not None
    dialog = view.start_dialog
    assert dialog.continues and dialog.windowTitle() == "Continue the review in progress"
    find(dialog, "Reason", QPlainTextEdit).setPlainText("A case file was shared without consent.")
    with qtbot.waitSignal(view.listed, timeout=TIMEOUT):  # continued off the GUI thread
        press_ok(dialog)
    qtbot.waitUntil(lambda: window.views.currentWidget() is editor, timeout=TIMEOUT)
    assert window.editors() == [editor]  # the same draft, in the same tab
    workspace = window.workspace
    assert workspace is not None
    assert [v.number for v in workspace.agreements.versions(demo.id)] == [1, 2]
    (review,) = workspace.reviews.reviews(demo.id)
    assert review.record.incidents == "A case file was shared without consent."

    # the record step, read before, keeps what the continued review added
    page = editor.wizard.current_page()
    assert isinstance(page, ReviewRecordPage)
    qtbot.waitUntil(lambda: page.review is not None, timeout=TIMEOUT)
    page.form.lessons_learned.setPlainText("Ask before sharing a file.")
    assert editor.wizard.go_to(1)
    qtbot.waitUntil(
        lambda: workspace.reviews.reviews(demo.id)[0].record.lessons_learned != "",
        timeout=4 * TIMEOUT,
    )
    record = workspace.reviews.reviews(demo.id)[0].record
    assert record.lessons_learned == "Ask before sharing a file."
    assert record.incidents == "A case file was shared without consent."
    qtbot.waitUntil(lambda: page.form.incidents.text() == record.incidents, timeout=TIMEOUT)


def test_a_reviews_draft_opens_at_its_record_proposed_from_what_the_program_knows(
    qtbot: QtBot, open_main: OpenMain, tmp_path: Path, demo: Agreement
) -> None:
    path = tmp_path / "workspace.sqlite"
    reason = "A case file was shared without consent."
    with open_workspace(path) as workspace:
        first = workspace.agreements.create(demo)
        workspace.signing.mark_signed(demo.id, 1, first.revision)
        record = ReviewRecord(
            kind=ReviewKind.AFTER_INCIDENT, held_on=dt.date(2027, 3, 2), reason=reason
        )
        _, draft = workspace.reviews.start_review(demo.id, record)
        changed = draft.agreement.model_copy(deep=True)
        left = changed.contacts[0]
        old_name, left.name = left.name, "Jana Roth"
        workspace.agreements.save(changed, draft.revision)
    partner = demo.partner(left.partner_id).label

    window = open_main(path)
    window.commands.open(demo.id, 2)
    qtbot.waitUntil(lambda: len(window.editors()) == 1, timeout=TIMEOUT)
    editor = window.editors()[0]
    assert isinstance(editor, AgreementEditor)
    assert window.views.tabText(window.views.indexOf(editor)) == (
        f"Review: {demo.title}, version 2"
    )
    wizard = editor.wizard
    page = wizard.current_page()
    assert isinstance(page, ReviewRecordPage) and wizard.steps.item(0).text() == "1. Review record"
    qtbot.waitUntil(lambda: page.review is not None, timeout=TIMEOUT)
    texts = page.form.texts()
    assert texts["staff_changes"].text() == f"{old_name} → Jana Roth ({left.role}, {partner})"
    assert texts["incidents"].text() == reason
    signatory = demo.partners[0].representatives[0]
    assert (
        texts["participants"]
        .text()
        .startswith(f"{signatory.name} ({signatory.role}, {demo.partners[0].label}); ")
    )

    # while nothing is recorded of what worked, failed or was learned, the last step warns
    review_page = wizard.pages[-1]
    assert isinstance(review_page, ReviewPage)
    assert wizard.go_to(len(wizard.pages) - 1)
    assert any(
        t.startswith("The record of this review is empty") for t in review_page.checks.texts()
    )
    assert "the record of this review is empty" in review_page.ready_hint.text()

    workspace = window.workspace
    assert workspace is not None
    assert wizard.go_to(0)
    find(editor, "What was learned", QPlainTextEdit).setPlainText("Ask before sharing a file.")
    assert wizard.go_to(1)  # leaving the step keeps the record
    qtbot.waitUntil(
        lambda: (
            workspace.reviews.reviews(demo.id)[0].record.lessons_learned
            == "Ask before sharing a file."
        ),
        timeout=TIMEOUT,
    )
    kept = workspace.reviews.reviews(demo.id)[0].record
    assert kept.incidents == reason and kept.staff_changes.startswith(old_name)
    assert wizard.go_to(len(wizard.pages) - 1)
    assert not any("record of this review is empty" in t for t in review_page.checks.texts())


def test_a_change_to_the_workspace_reaches_every_view_through_one_signal(
    qtbot: QtBot, open_main: OpenMain, signed_file: Path, demo: Agreement
) -> None:
    window = open_main(signed_file)
    window.reviews.show()
    view = window.reviews.tab.view
    assert view is not None
    qtbot.waitUntil(lambda: view.agreements.rowCount() == 1)
    with open_workspace(signed_file) as elsewhere:  # another workstation signs a second one
        other = demo.model_copy(deep=True)
        other.id, other.title = "second", "A second cooperation"
        first = elsewhere.agreements.create(other)
        elsewhere.signing.mark_signed(other.id, 1, first.revision)
    with qtbot.waitSignal(view.listed), qtbot.waitSignal(window.agreements.listed):
        window.contents_changed.emit()
    assert view.agreements.rowCount() == 2
    assert window.agreements.table.model().rowCount() == 2

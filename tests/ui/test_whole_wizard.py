"""A joint session as the partners would run it: from New in the main window through every page
with the keyboard and the mouse, to a saved PDF; then the agreement is opened again from the
list, and every answer is there. The PDF holds what was typed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coopbuilder.core.catalogue import default_catalogue
from coopbuilder.core.checks import blocking, check_agreement
from coopbuilder.core.vocabulary import ActionStatus, AgreementStatus, FindingKind, PartnerKind
from coopbuilder.store.connection import open_workspace
from coopbuilder.ui.agreement_editor import AgreementEditor
from coopbuilder.ui.preview import PdfOutput
from coopbuilder.ui.wizard.review import ReviewPage

from ..documents.pdfs import flat, pdftotext
from .conftest import OpenMain
from .helpers import ScriptedDialogs, find
from .joint_session import NGO, POLICE, check_every_answer, click, fill_every_page, text_of


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_from_new_to_a_saved_pdf_and_back(
    qtbot: QtBot, tmp_path: Path, open_main: OpenMain, dialogs: ScriptedDialogs
) -> None:
    path = tmp_path / "workspace.sqlite"
    window = open_main(path)
    window.resize(1280, 800)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.editors()) == 1)
    editor = window.editors()[0]
    assert isinstance(editor, AgreementEditor)
    wizard = editor.wizard
    fill_every_page(qtbot, wizard)

    review = wizard.current_page()
    assert isinstance(review, ReviewPage)
    assert blocking(check_agreement(wizard.agreement())) == []
    with qtbot.waitSignal(wizard.saved, timeout=10_000):
        click(qtbot, review, "Mark ready to sign")
    output = review.output
    assert isinstance(output, PdfOutput)
    qtbot.waitUntil(lambda: output.pdf is not None, timeout=30_000)
    assert find(output, "Preview of the agreement ready to sign").isVisible()
    assert output.state.text().startswith("Preview of the version ready to sign: ")
    pdf_path = tmp_path / "out" / "agreement.pdf"
    pdf_path.parent.mkdir()
    dialogs.saves.append(pdf_path)
    qtbot.mouseClick(find(output, "Save PDF...", QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(pdf_path.exists, timeout=10_000)
    text = flat(pdftotext(pdf_path.read_bytes(), tmp_path))
    for typed in (
        "Exit work in Musterstadt",
        "To help people leave violent extremist scenes.",
        "No tasking of NGO staff as informants.",
        NGO,
        POLICE,
        "Maria Stein",
        "Chief of police",
        "Dates of counselling appointments",
        "Three months",
        "Probation service Musterstadt",
        "A client is on probation",
        "Both directors",
        "Referrals that lead to counselling",
        "Situation centre",
    ):
        assert typed in text, typed

    # Ctrl+S, then close the tab (nothing unsaved: no question), and the list shows it.
    activate(qtbot, window)  # the rule dialog was the active window
    with qtbot.waitSignal(wizard.saved, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.editors(), timeout=10_000)
    assert dialogs.errors == []
    qtbot.waitUntil(lambda: window.agreements.model.rowCount() == 1, timeout=10_000)

    with open_workspace(path) as workspace:
        [summary] = workspace.listing.page().rows
        saved = workspace.agreements.load(summary.agreement_id).agreement
    assert saved.status is AgreementStatus.READY_TO_SIGN
    assert saved.title == "Exit work in Musterstadt"
    assert [p.name for p in saved.partners] == [NGO, POLICE]
    assert len(saved.assessment.ratings) == 2 * len(default_catalogue().statement_ids)
    assert {(a.finding, a.owner_partner_id, a.status) for a in saved.actions} == {
        (FindingKind.GAP, saved.partners[1].id, ActionStatus.OPEN),
        (FindingKind.PERCEPTION_GAP, saved.partners[0].id, ActionStatus.OPEN),
    }
    assert len(saved.sharing_rules) == 5 and len(saved.contacts) == 4
    assert all(c.deputy_id for c in saved.contacts)
    assert (saved.effective_date, saved.term_months, saved.next_review_date) == (
        dt.date(2027, 1, 1),
        24,
        dt.date(2028, 1, 1),
    )
    assert saved.further_actors[0].kind is PartnerKind.PROBATION

    # Open it again from the list, with the keyboard.
    table = window.agreements.table
    table.setFocus()
    window.agreements.select(summary.agreement_id)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.editors()) == 1, timeout=10_000)
    again = window.editors()[0].wizard
    assert again.agreement() == saved
    assert text_of(again, "Partner 2: Name") == POLICE
    check_every_answer(again)

"""The whole annual review with the keyboard alone, a year after signing: the demo agreement
signed, its review due today. From the Reviews view (Ctrl+2) the review starts (Alt+S, the
participants typed, Ctrl+Tab out of the text box, Enter); the draft opens on its review record
(what worked, what failed, what was learned); both partners rate every statement again (one
digit each, the rating moves on by itself); on Findings the partners decide what became of each
carried action (its Status, by a key: D done, N not done, End dropped); then the last step,
*Mark ready to sign* (a warning about the action not done, no error), and Ctrl+S.

Inputs are counted as a person makes them: one for every key press (a shortcut such as Ctrl+2
or Alt+Right counts once, modifiers and all), one for every field typed into (the text typed
in one go counts once, whatever its length). Nothing here clicks the mouse or calls a widget to
change a value; the only calls are the window manager's (the window's size; the main window
is active again when the start dialog closes, as a desktop makes it).

The review of the demo takes 165 inputs (at most 180 are allowed): most of them the ratings,
one digit each; 17 for the six carried actions (6 Tabs to the first status, 6 keys, 5 Ctrl+Down
to the next action's status); 5 for the record (3 fields, 2 Tabs); 7 to start the review; the
moves from step to step; Mark ready to sign and Save.

Also here: Tab and Ctrl+Tab leave a text box such as Participants rather than stay in it;
Ctrl+Down and Ctrl+Up between rows; Tab out of the Reviews view's list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from coopbuilder.core import clock
from coopbuilder.core.agreement import Agreement
from coopbuilder.core.vocabulary import ActionStatus, AgreementStatus
from coopbuilder.store.connection import open_workspace
from coopbuilder.ui.agreement_editor import AgreementEditor
from coopbuilder.ui.main_window import MainWindow
from coopbuilder.ui.review.start_dialog import StartReviewDialog
from coopbuilder.ui.widgets.fields import ChoiceCombo
from coopbuilder.ui.wizard.findings import FindingsPage
from coopbuilder.ui.wizard.partnership import PartnershipPage
from coopbuilder.ui.wizard.readiness import ReadinessPage
from coopbuilder.ui.wizard.record import ReviewRecordPage
from coopbuilder.ui.wizard.review import ReviewPage

from .conftest import OpenMain
from .helpers import find, name_of
from .test_keyboard_entry import wizard_on

TIMEOUT = 15_000
A_YEAR_LATER = dt.datetime(2027, 11, 27, 9, tzinfo=dt.UTC)  # the signed demo's review is due
MOST_INPUTS = 180

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


class Keyboard:
    """Key presses and typed fields, counted."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.inputs = 0

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(focused(), key, modifier)
            self.inputs += 1

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(focused(), text)
        self.inputs += 1

    def tab_to(self, name: str, most: int = 12) -> None:
        """Tab until the field of this name has the focus."""
        for _ in range(most):
            if name_of(focused()) == name:
                return
            self.press(Qt.Key.Key_Tab)
        assert name_of(focused()) == name


@pytest.fixture
def due_file(tmp_path: Path, demo: Agreement) -> Path:
    """A workspace file with the demo agreement signed (its review is due on 2027-11-27)."""
    path = tmp_path / "workspace.sqlite"
    with open_workspace(path) as workspace:
        first = workspace.agreements.create(demo)
        workspace.signing.mark_signed(demo.id, 1, first.revision)
    return path


def active(qtbot: QtBot, window: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=TIMEOUT)


def start_the_review(qtbot: QtBot, keys: Keyboard, window: MainWindow) -> AgreementEditor:
    keys.press(Qt.Key.Key_2, CTRL)  # the Reviews view
    view = window.reviews.tab.view
    assert view is not None
    qtbot.waitUntil(lambda: view.agreements.rowCount() == 1, timeout=TIMEOUT)
    assert "Due today" in view.agreements.item(0, 3).text()
    keys.press(Qt.Key.Key_S, ALT)  # &Start review...
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), StartReviewDialog))
    dialog = QApplication.activeWindow()
    assert isinstance(dialog, StartReviewDialog)
    keys.tab_to("Participants")
    keys.type("Dr. Hans Weiß; Petra Lindner")
    keys.press(Qt.Key.Key_Tab, CTRL)  # out of the text box, onto "Start the review"
    assert name_of(focused()) == "Start the review"
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.editors()) == 1, timeout=TIMEOUT)
    window.activateWindow()  # as the desktop does when the dialog closes
    active(qtbot, window)
    editor = window.editors()[0]
    assert isinstance(editor, AgreementEditor)
    return editor


def test_the_annual_review_by_keyboard_alone(
    qtbot: QtBot, open_main: OpenMain, due_file: Path, demo: Agreement
) -> None:
    keys = Keyboard(qtbot)
    with clock.running_from(A_YEAR_LATER):
        window = open_main(due_file)
        window.resize(1280, 800)
        window.show()
        window.activateWindow()
        active(qtbot, window)
        editor = start_the_review(qtbot, keys, window)
        wizard = editor.wizard

        # the review record: the draft opens on it, the cursor in "What worked"
        record = wizard.current_page()
        assert isinstance(record, ReviewRecordPage)
        qtbot.waitUntil(record.form.isEnabled, timeout=TIMEOUT)  # read off the GUI thread
        assert name_of(focused()) == "What worked"
        keys.type("Four of four steering meetings held; referrals within a week.")
        keys.press(Qt.Key.Key_Tab)
        keys.type("Two case conferences were cancelled at short notice.")
        keys.press(Qt.Key.Key_Tab)
        keys.type("Agree the dates of case conferences a quarter ahead.")
        assert name_of(focused()) == "What was learned"

        # the readiness assessment again: one key per rating, both partners in turn
        keys.press(Qt.Key.Key_Right, ALT, times=2)  # over the partnership to the ratings
        readiness = wizard.current_page()
        assert isinstance(readiness, ReadinessPage)
        keys.tab_to("Brückenschlag, Trust statement 1: rating")
        given = [(Qt.Key.Key_4, 4), (Qt.Key.Key_4, 4), (Qt.Key.Key_5, 5), (Qt.Key.Key_5, 5)]
        ratings = []
        for number in range(2 * readiness.statement_count()):
            # the rating moved on by itself, into each precondition's panel as it was made
            rating = readiness.row(number // 2).ratings[number % 2]
            assert focused() is rating, name_of(focused())
            keys.press(given[number % len(given)][0])
            ratings.append(rating)
        assert [r.value() for r in ratings] == [
            given[number % len(given)][1] for number in range(len(ratings))
        ]

        # the carried actions: what became of each (Ctrl+Down: the next action's status)
        keys.press(Qt.Key.Key_Right, ALT)
        findings = wizard.current_page()
        assert isinstance(findings, FindingsPage)
        statuses = sorted(
            (
                combo
                for combo in findings.findChildren(ChoiceCombo)
                if name_of(combo).startswith("Earlier actions, action")
                and name_of(combo).endswith(": Status")
            ),
            key=name_of,
        )
        assert len(statuses) == 6
        decisions = [
            (Qt.Key.Key_D, ActionStatus.DONE),
            (Qt.Key.Key_N, ActionStatus.NOT_DONE),  # it goes on, its due date now past
            (Qt.Key.Key_D, ActionStatus.DONE),
            (Qt.Key.Key_End, ActionStatus.DROPPED),  # the last of the list
            (Qt.Key.Key_D, ActionStatus.DONE),
            (Qt.Key.Key_D, ActionStatus.DONE),
        ]
        keys.tab_to("Earlier actions, action 1: Status")
        for number, (status, (key, _)) in enumerate(zip(statuses, decisions, strict=True)):
            if number:
                keys.press(Qt.Key.Key_Down, CTRL)
            assert focused() is status, name_of(focused())
            keys.press(key)
        assert [status.value() for status in statuses] == [value for _, value in decisions]

        # the last step: what the checks say, then Mark ready to sign
        keys.press(Qt.Key.Key_Right, ALT, times=4)
        review = wizard.current_page()
        assert isinstance(review, ReviewPage)
        qtbot.waitUntil(lambda: bool(review.checks.texts()), timeout=TIMEOUT)
        (warning,) = review.checks.texts()  # the record is not empty: no word about it
        assert "still 'Not done'. Move its due date" in warning
        assert name_of(focused()) == "Mark ready to sign"
        keys.press(Qt.Key.Key_Space)
        assert review.ready_button.text() == "Ret&urn to draft"
        assert wizard.agreement().status is AgreementStatus.READY_TO_SIGN
        keys.press(Qt.Key.Key_S, CTRL)
        qtbot.waitUntil(lambda: not window.background.busy, timeout=TIMEOUT)
        assert wizard.agreement().status is AgreementStatus.READY_TO_SIGN

    assert keys.inputs <= MOST_INPUTS, f"{keys.inputs} inputs"


def test_tab_and_ctrl_tab_leave_the_participants(qtbot: QtBot) -> None:
    dialog = StartReviewDialog("Cooperation in exit and disengagement work", extraordinary=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    active(qtbot, dialog)
    participants = dialog.form.participants
    participants.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(participants, "Dr. Hans Weiß; Petra Lindner")
    qtbot.keyClick(participants, Qt.Key.Key_Tab, CTRL)
    assert name_of(focused()) == "Start the review"
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is participants
    qtbot.keyClick(participants, Qt.Key.Key_Tab)
    assert name_of(focused()) == "Start the review"
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(participants, Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert name_of(focused()) == "Held on"
    assert participants.toPlainText() == "Dr. Hans Weiß; Petra Lindner"  # no line break, no tab


def test_ctrl_down_and_up_go_to_the_same_field_of_the_next_row(
    qtbot: QtBot, demo: Agreement
) -> None:
    wizard = wizard_on(qtbot, demo)
    page = wizard.current_page()
    assert isinstance(page, PartnershipPage)
    first = find(page, "Partner 2, representative 1: Role", QLineEdit)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(first, Qt.Key.Key_Down, CTRL)
    assert name_of(focused()) == "Partner 2, representative 2: Role"
    qtbot.keyClick(focused(), Qt.Key.Key_Down, CTRL)  # the last row: stays
    assert name_of(focused()) == "Partner 2, representative 2: Role"
    qtbot.keyClick(focused(), Qt.Key.Key_Up, CTRL)
    assert focused() is first
    assert first.text() == demo.partners[1].representatives[0].role  # nothing typed


def test_tab_leaves_the_list_of_the_reviews_view(
    qtbot: QtBot, open_main: OpenMain, due_file: Path
) -> None:
    window = open_main(due_file)
    window.show()
    window.activateWindow()
    active(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_2, CTRL)
    view = window.reviews.tab.view
    assert view is not None
    qtbot.waitUntil(lambda: view.agreements.rowCount() == 1, timeout=TIMEOUT)
    view.agreements.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(view.agreements, Qt.Key.Key_Tab)
    assert name_of(focused()) == "Start review..."
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is view.agreements

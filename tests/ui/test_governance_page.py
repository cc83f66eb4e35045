from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.vocabulary import Cadence, DpiaStatus, MeetingKind
from coopbuilder.ui.widgets.fields import ChoiceCombo
from coopbuilder.ui.wizard.governance import GovernancePage

from .helpers import find, shown


def page_on(qtbot: QtBot, agreement: Agreement) -> GovernancePage:
    return shown(qtbot, GovernancePage(), agreement)


def test_load_then_save_keeps_everything(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    assert find(page, "Term in months", QSpinBox).value() == 36
    again = demo.model_copy(deep=True)
    again.meetings, again.success_indicators = [], []
    page.save(again)
    assert again == demo


def test_the_next_review_is_suggested_from_the_effective_date(
    qtbot: QtBot, demo: Agreement
) -> None:
    demo.effective_date = demo.next_review_date = None
    page = page_on(qtbot, demo)
    suggest = find(page, "Use the suggested next review date", QPushButton)
    assert not suggest.isEnabled()
    qtbot.mouseClick(find(page, "Effective date: set a date", QCheckBox), Qt.MouseButton.LeftButton)
    find(page, "Effective date", QDateEdit).setDate(QDate(2027, 1, 31))
    find(page, "Review interval in months", QSpinBox).setValue(1)
    assert suggest.isEnabled() and suggest.text() == "Use 2027-02-28"
    qtbot.mouseClick(suggest, Qt.MouseButton.LeftButton)
    page.save(demo)
    assert (demo.effective_date, demo.review_interval_months, demo.next_review_date) == (
        dt.date(2027, 1, 31),
        1,
        dt.date(2027, 2, 28),
    )
    assert demo.next_review_date == demo.suggested_next_review()


def test_a_year_after_signing_the_suggestion_is_the_next_anniversary_not_today(
    qtbot: QtBot, demo: Agreement
) -> None:
    demo.effective_date = dt.date(2025, 11, 27)  # today, 27 November 2026, the review is held
    demo.review_interval_months = 12
    page = page_on(qtbot, demo)
    suggest = find(page, "Use the suggested next review date", QPushButton)
    assert suggest.text() == "Use 2027-11-27"
    assert demo.suggested_next_review() == dt.date(2026, 11, 27)  # without a day to pass


def test_validation_messages(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    find(page, "Next review", QDateEdit).setDate(QDate(2026, 1, 1))
    qtbot.mouseClick(page.indicators.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find(page, "Success indicator 5: Target", QLineEdit), "all")
    assert page.check() == [
        "The next review (2026-01-01) is before the effective date (2026-11-27).",
        "Success indicator 5 has no name.",
    ]
    page.save(demo)  # what cannot be stored is left open, the rest is kept
    assert demo.next_review_date is None and demo.effective_date == dt.date(2026, 11, 27)


def test_dpia_meetings_and_indicators(qtbot: QtBot, demo: Agreement) -> None:
    demo.meetings, demo.success_indicators = [], []
    page = page_on(qtbot, demo)
    find(page, "DPIA status", ChoiceCombo).set_value(DpiaStatus.DONE)
    find(page, "DPIA lead partner", QComboBox).setCurrentIndex(2)
    find(page, "DPIA reference", QLineEdit).setText("DPIA-1")
    qtbot.mouseClick(page.meetings.add_button, Qt.MouseButton.LeftButton)
    find(page, "Meeting 1: Kind", ChoiceCombo).set_value(MeetingKind.STEERING)
    find(page, "Meeting 1: Cadence", ChoiceCombo).set_value(Cadence.QUARTERLY)
    qtbot.keyClicks(find(page, "Meeting 1: Participants", QLineEdit), "Both directors")
    qtbot.mouseClick(page.indicators.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find(page, "Success indicator 1: Indicator", QLineEdit), "Referrals")
    page.save(demo)
    assert (demo.dpia.status, demo.dpia.lead_partner_id, demo.dpia.reference) == (
        DpiaStatus.DONE,
        "lka",
        "DPIA-1",
    )
    [meeting] = demo.meetings
    assert (meeting.kind, meeting.cadence, meeting.participants) == (
        MeetingKind.STEERING,
        Cadence.QUARTERLY,
        "Both directors",
    )
    assert meeting.minutes_without_client_identifiers
    assert [i.name for i in demo.success_indicators] == ["Referrals"]

"""Tab leaves a date field for the next field (not its month, then its year): in the dialog
that starts a review, Tab from "Held on" reaches the reason, and Shift+Tab goes back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from coopbuilder.core.vocabulary import Language
from coopbuilder.ui.app import application
from coopbuilder.ui.review.start_dialog import StartReviewDialog
from coopbuilder.ui.widgets.tabbing import DateTabs, install_date_tabs


@pytest.fixture(autouse=True)
def _tabs(qapp: QApplication) -> Iterator[DateTabs]:
    yield install_date_tabs(qapp)


def test_tab_leaves_the_date_for_the_next_field(qtbot: QtBot) -> None:
    dialog = StartReviewDialog("Cooperation", True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    held_on, reason = dialog.form.held_on, dialog.form.reason
    held_on.setFocus()
    qtbot.waitUntil(held_on.hasFocus)
    before = held_on.date()
    qtbot.keyClick(held_on, Qt.Key.Key_Tab)
    assert reason.hasFocus()
    qtbot.keyClicks(reason, "A case file was shared.")
    assert held_on.date() == before and reason.toPlainText() == "A case file was shared."
    qtbot.keyClick(reason, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert held_on.hasFocus()


def test_the_program_installs_it_once(qapp: QApplication) -> None:
    assert application(Language.EN) is qapp
    assert len(qapp.findChildren(DateTabs)) == 1


def test_a_date_field_s_keys_are_watched_once_it_has_the_focus(qtbot: QtBot) -> None:
    """Any date field, wherever it is made: the filter is installed on it when it gets the
    keyboard focus (the application's other events never pass through it)."""
    form = QWidget()
    layout = QVBoxLayout(form)
    date, after = QDateEdit(form), QLineEdit(form)
    date.setDisplayFormat("dd.MM.yyyy")
    layout.addWidget(date)
    layout.addWidget(after)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    date.setFocus()
    qtbot.waitUntil(date.hasFocus)
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert after.hasFocus() and date.currentSectionIndex() == 0  # not on to the month

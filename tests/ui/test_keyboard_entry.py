"""Typing never changes what the person did not mean to change: Tab goes where the eye goes,
Enter and Space in a field press no button, dates are typed as they are written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.ui.session import MemorySession
from coopbuilder.ui.widgets.fields import OptionalDateEdit
from coopbuilder.ui.wizard.partnership import PartnershipPage
from coopbuilder.ui.wizard.shell import Wizard

from .helpers import ScriptedDialogs, name_of


def wizard_on(qtbot: QtBot, agreement: Agreement) -> Wizard:
    pages = (PartnershipPage(), PartnershipPage())
    wizard = Wizard(MemorySession(agreement), pages, dialogs=ScriptedDialogs(), autosave_ms=0)
    qtbot.addWidget(wizard)
    wizard.resize(1280, 800)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    return wizard


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_walk(qtbot: QtBot, start: QWidget, stops: int) -> list[str]:
    """The names of the next ``stops`` fields Tab reaches from ``start``."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    names = []
    for _ in range(stops):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        names.append(name_of(focused()))
    return names


def test_tab_from_out_of_scope_goes_through_both_partners(qtbot: QtBot, demo: Agreement) -> None:
    wizard = wizard_on(qtbot, demo)
    page = wizard.current_page()
    assert isinstance(page, PartnershipPage)
    walk = tab_walk(qtbot, page.out_of_scope, 40)
    assert walk[:9] == [
        "Partner 1: Name",
        "Partner 1: Short name",
        "Partner 1: German article",
        "Partner 1: Kind",
        "Partner 1: Sector",
        "Partner 1: Data-protection regime",
        "Partner 1: Address",
        "Partner 1: Data protection officer",
        "Partner 1, representative 1: Name",
    ]
    assert walk.index("Partner 2: Name") < walk.index("Partner 2: Data protection officer")
    assert "Next >" in walk
    assert walk.index("Partner 2, representative 1: Name") < walk.index("Next >")


def test_space_and_enter_in_a_name_press_no_button(qtbot: QtBot, demo: Agreement) -> None:
    wizard = wizard_on(qtbot, demo)
    page = wizard.current_page()
    assert isinstance(page, PartnershipPage)
    page.out_of_scope.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    name = focused()
    assert name_of(name) == "Partner 1: Name"
    assert isinstance(name, QLineEdit)
    name.clear()
    qtbot.keyClicks(name, "Wegweiser e. V.")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.keyClick(name, Qt.Key.Key_Enter)
    qtbot.keyClick(name, Qt.Key.Key_Space)
    assert wizard.current_index() == 0
    assert name.text() == "Wegweiser e. V. "
    assert not any(
        b.isDefault() or b.autoDefault()
        for b in (wizard.back_button, wizard.next_button, wizard.save_button)
    )


@pytest.mark.parametrize(("locale", "typed"), [("en_GB", "30/04/2027"), ("de_DE", "30.04.2027")])
def test_a_typed_date_is_that_date_and_tab_leaves_it(qtbot: QtBot, locale: str, typed: str) -> None:
    QLocale.setDefault(QLocale(locale))
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    due = OptionalDateEdit("Due", "open", form)
    after = QLineEdit(form)
    after.setAccessibleName("After")
    layout.addWidget(due)
    layout.addWidget(after)
    form.show()
    form.activateWindow()
    due.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is due.has_date)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is due.edit
    qtbot.keyClicks(focused(), typed)
    assert due.edit.text() == typed
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is after
    assert str(due.value()) == "2027-04-30"

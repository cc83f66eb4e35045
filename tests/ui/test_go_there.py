""" "Go there" goes there: a check finding's button opens the page, selects the entry the finding
is about and puts the cursor where it is fixed; a page that cannot be left shows and focuses the
field to fix."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.vocabulary import FindingKind
from coopbuilder.ui.session import MemorySession
from coopbuilder.ui.wizard.findings import FindingsPage
from coopbuilder.ui.wizard.partnership import PartnershipPage
from coopbuilder.ui.wizard.review import ReviewPage
from coopbuilder.ui.wizard.shell import Wizard

from .helpers import ScriptedDialogs, find, name_of
from .test_review_page import RecordingOutput


def wizard_on(qtbot: QtBot, agreement: Agreement) -> Wizard:
    pages = (PartnershipPage(), FindingsPage(), ReviewPage(RecordingOutput))
    wizard = Wizard(MemorySession(agreement), pages, dialogs=ScriptedDialogs(), autosave_ms=0)
    qtbot.addWidget(wizard)
    wizard.resize(1280, 800)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    return wizard


def in_view(widget: QWidget) -> bool:
    """Whether ``widget`` lies inside the visible part of the scroll area around it."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert area is not None
    viewport = area.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return viewport.rect().contains(top_left)


def test_go_there_selects_the_gap_and_focuses_its_first_action(
    qtbot: QtBot, demo: Agreement
) -> None:
    demo.actions = [a for a in demo.actions if a.precondition_id != "transparency"]
    wizard = wizard_on(qtbot, demo)
    wizard.go_to(2)
    review = wizard.current_page()
    assert isinstance(review, ReviewPage)
    wanted = "There is no agreed action for the finding 'Gap' on 'Transparency'"
    [index] = [i for i, text in enumerate(review.checks.texts()) if wanted in text]
    buttons = [b for b in review.checks.findChildren(QPushButton) if name_of(b) == "Go there"]
    qtbot.mouseClick(buttons[index], Qt.MouseButton.LeftButton)
    findings = wizard.current_page()
    assert isinstance(findings, FindingsPage)
    panel = findings.panel("transparency", FindingKind.GAP)
    assert findings.panels.currentWidget() is panel
    assert findings.findings.currentItem().text().startswith("▼ Gap on Transparency")
    focused = QApplication.focusWidget()
    assert focused is panel.adopt_buttons[0][0]
    qtbot.waitUntil(lambda: in_view(panel.adopt_buttons[0][0]))
    qtbot.keyClick(focused, Qt.Key.Key_Space)  # adopted in one keystroke
    assert panel.answered()


def test_go_there_on_an_action_focuses_that_action(qtbot: QtBot, demo: Agreement) -> None:
    findings = FindingsPage()
    qtbot.addWidget(findings)
    findings.load(demo)
    findings.show()
    findings.activateWindow()
    last = len(demo.actions) - 1
    findings.show_field(f"actions[{last}].due_date")
    [row] = [
        r
        for p in findings.finding_panels()
        for r in p.agreed.rows()
        if r.entity_id == demo.actions[last].id
    ]
    panel = findings.panels.currentWidget()
    assert row in panel.findChildren(type(row))
    assert findings.focusWidget() in (row.due.edit, row.due.has_date)


def test_a_refused_next_shows_and_focuses_the_field_to_fix(qtbot: QtBot, demo: Agreement) -> None:
    wizard = wizard_on(qtbot, demo)
    page = wizard.current_page()
    assert isinstance(page, PartnershipPage)
    name = find(page, "Partner 2: Name", QLineEdit)
    name.clear()
    page.agreement_title.setFocus()
    qtbot.keyClick(page.agreement_title, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_index() == 0
    assert wizard.problems.texts() == ["Give partner 2 a name."]
    assert QApplication.focusWidget() is name
    qtbot.waitUntil(lambda: in_view(name))

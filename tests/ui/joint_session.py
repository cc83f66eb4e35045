"""A joint session as the partners fill it in, page by page, with the keyboard and the mouse on
the real widgets (found by their accessible names); and what a reopened wizard must show."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coopbuilder.core.vocabulary import (
    Art6Basis,
    Availability,
    Channel,
    ContactLevel,
    DpiaStatus,
    FindingKind,
    PartnerKind,
    SharingWhen,
)
from coopbuilder.ui.widgets.fields import ChoiceCombo
from coopbuilder.ui.widgets.rating import RatingControl
from coopbuilder.ui.wizard import Wizard
from coopbuilder.ui.wizard.contacts import ContactsPage
from coopbuilder.ui.wizard.findings import FindingsPage
from coopbuilder.ui.wizard.readiness import ReadinessPage
from coopbuilder.ui.wizard.sharing import SharingPage

from .helpers import choose_precondition, find

NGO, POLICE = "Ausweg e.V.", "Police Headquarters Musterstadt"


def type_into(qtbot: QtBot, root: QWidget, name: str, text: str) -> None:
    field = find(root, name)
    assert isinstance(field, QLineEdit | QPlainTextEdit)
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def click(qtbot: QtBot, root: QWidget, name: str) -> None:
    button = find(root, name)
    assert isinstance(button, QPushButton | QCheckBox), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_page(qtbot: QtBot, wizard: Wizard) -> None:
    index = wizard.current_index()
    click(qtbot, wizard, "Next >")
    assert wizard.problems.texts() == []
    assert wizard.current_index() == index + 1


def text_of(root: QWidget, name: str) -> str:
    field = find(root, name)
    assert isinstance(field, QLineEdit | QPlainTextEdit)
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def fill_every_page(qtbot: QtBot, wizard: Wizard) -> None:
    """Steps 1 to 6, each followed by Next."""
    for fill in (
        fill_partnership,
        fill_readiness,
        fill_findings,
        fill_sharing,
        fill_contacts,
        fill_governance,
    ):
        fill(qtbot, wizard)
        next_page(qtbot, wizard)


# -- the pages, as the partners fill them ---------------------------------------------------


def fill_partnership(qtbot: QtBot, wizard: Wizard) -> None:
    type_into(qtbot, wizard, "Title of the agreement", "Exit work in Musterstadt")
    type_into(qtbot, wizard, "Purpose", "To help people leave violent extremist scenes.")
    type_into(qtbot, wizard, "Scope", "Referrals and case work in Musterstadt.")
    type_into(qtbot, wizard, "Out of scope", "No tasking of NGO staff as informants.")
    type_into(qtbot, wizard, "Partner 1: Name", NGO)
    type_into(qtbot, wizard, "Partner 1: Short name", "Ausweg")
    type_into(qtbot, wizard, "Partner 1: Data protection officer", "Jana Wolf")
    click(qtbot, wizard, "Partner 1: add representative")
    type_into(qtbot, wizard, "Partner 1, representative 1: Name", "Maria Stein")
    type_into(qtbot, wizard, "Partner 1, representative 1: Role", "Director")
    type_into(qtbot, wizard, "Partner 2: Name", POLICE)
    type_into(qtbot, wizard, "Partner 2: Short name", "Police")
    click(qtbot, wizard, "Partner 2: add representative")
    type_into(qtbot, wizard, "Partner 2, representative 1: Name", "Karl Hahn")
    type_into(qtbot, wizard, "Partner 2, representative 1: Role", "Chief of police")


def fill_readiness(qtbot: QtBot, wizard: Wizard) -> None:
    """Statement by statement with the keyboard, one key a rating (each moves on to the next:
    the police's rating, then the next statement): the NGO sees a gap in transparency, the
    police do not; everything else both rate 4."""
    page = wizard.current_page()
    assert isinstance(page, ReadinessPage)
    control = find(page, "Ausweg, Trust statement 1: rating", RatingControl)
    control.setFocus()
    for index in range(page.statement_count()):
        row = page.row(index)  # its panel made when the keyboard reached it
        low = row.precondition.id == "transparency"
        assert page.focusWidget() is row.ratings[0]
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_2 if low else Qt.Key.Key_4)
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_4)
    type_into(qtbot, page, "Police, Legal framework statement 2: note", "Ask the DPO")


def fill_findings(qtbot: QtBot, wizard: Wizard) -> None:
    page = wizard.current_page()
    assert isinstance(page, FindingsPage)
    assert [p.topic for p in page.finding_panels()] == [
        "Gap on Transparency",
        "Perception gap on Transparency",
    ]
    for number, panel in enumerate(page.finding_panels()):
        page.findings.setCurrentRow(number)
        click(qtbot, panel, "Adopt recommended action 1")
        topic = f"{panel.topic}, action 1"
        find(panel, f"{topic}: Owner", QComboBox).setCurrentIndex(2 - number)
        find(panel, f"{topic}: Due: set a date", QCheckBox).setChecked(True)  # proposed already
        find(panel, f"{topic}: Due", QDateEdit).setDate(QDate(2027, 3, 1 + number))


def fill_sharing(qtbot: QtBot, wizard: Wizard) -> None:
    page = wizard.current_page()
    assert isinstance(page, SharingPage)
    presets = {action.text(): action for action in page.preset_menu.actions()}
    for name in (
        "Anonymised case numbers and trends (NGO to security partner)",
        "Imminent danger to life or limb of the client or others",
        "Counselling content is never shared",
        "Feedback on what happened after a disclosure",
    ):
        presets[name].trigger()
    # the emergency rule needs the roles at the police that may receive it
    page.table.setCurrentCell(1, 0)
    click(qtbot, page, "Edit...")
    dialog = page.editor
    assert dialog is not None
    type_into(qtbot, dialog, "Recipient roles", "Duty officer")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    click(qtbot, page, "Add rule...")
    dialog = page.editor
    assert dialog is not None
    type_into(qtbot, dialog, "Category of information", "Dates of counselling appointments")
    find(dialog, "When", ChoiceCombo).set_value(SharingWhen.ON_REQUEST_WITH_CONSENT)
    find(dialog, "Channel", ChoiceCombo).set_value(Channel.SECURE_EMAIL)
    find(dialog, "GDPR Art. 6(1) basis", ChoiceCombo).set_value(Art6Basis.CONSENT)
    type_into(qtbot, dialog, "Retention", "Three months")
    type_into(qtbot, dialog, "Recipient roles", "Case officer")
    dialog.logged.setChecked(True)  # personal data to the police: every disclosure is logged
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert len(page.rules) == 5


def fill_contacts(qtbot: QtBot, wizard: Wizard) -> None:
    page = wizard.current_page()
    assert isinstance(page, ContactsPage)
    people = {
        1: [("Maria Stein", "Director", ContactLevel.DIRECTOR, Availability.ROUND_THE_CLOCK),
            ("Tom Weber", "Case worker", ContactLevel.CASE_WORKER, Availability.OFFICE_HOURS)],
        2: [("Situation centre", "Duty officer", ContactLevel.COORDINATOR,
             Availability.ROUND_THE_CLOCK),
            ("Anna Schulz", "Case officer", ContactLevel.CASE_WORKER, Availability.OFFICE_HOURS)],
    }  # fmt: skip
    for number, contacts in people.items():
        prefix = f"Partner {number} contact"
        for name, role, level, availability in contacts:
            click(qtbot, page, f"Partner {number}: add contact")
            type_into(qtbot, page, f"{prefix}: Name", name)
            type_into(qtbot, page, f"{prefix}: Role", role)
            find(page, f"{prefix}: Level", ChoiceCombo).set_value(level)
            find(page, f"{prefix}: Availability", ChoiceCombo).set_value(availability)
        for row in (0, 1):  # each is the other's deputy
            page.panels[number - 1].table.setCurrentCell(row, 0)
            find(page, f"{prefix}: Deputy", QComboBox).setCurrentIndex(1)
    click(qtbot, page, "Add further actor")
    find(page, "Further actor 1: Kind", ChoiceCombo).set_value(PartnerKind.PROBATION)
    type_into(qtbot, page, "Further actor 1: Name", "Probation service Musterstadt")
    type_into(qtbot, page, "Further actor 1: Joins when", "A client is on probation")


def fill_governance(qtbot: QtBot, wizard: Wizard) -> None:
    page = wizard.current_page()
    click(qtbot, page, "Effective date: set a date")
    find(page, "Effective date", QDateEdit).setDate(QDate(2027, 1, 1))
    find(page, "Term in months", QSpinBox).setValue(24)
    click(qtbot, page, "Use the suggested next review date")
    find(page, "DPIA status", ChoiceCombo).set_value(DpiaStatus.IN_PROGRESS)
    find(page, "DPIA lead partner", QComboBox).setCurrentIndex(1)
    click(qtbot, page, "Add meeting format")
    type_into(qtbot, page, "Meeting 1: Participants", "Both directors")
    click(qtbot, page, "Add success indicator")
    type_into(qtbot, page, "Success indicator 1: Indicator", "Referrals that lead to counselling")


# -- what a fresh wizard must show ----------------------------------------------------------


def check_every_answer(wizard: Wizard) -> None:
    assert text_of(wizard, "Title of the agreement") == "Exit work in Musterstadt"
    assert text_of(wizard, "Out of scope") == "No tasking of NGO staff as informants."
    assert text_of(wizard, "Partner 1: Name") == NGO
    assert text_of(wizard, "Partner 2, representative 1: Role") == "Chief of police"
    wizard.go_to(1)
    page = wizard.current_page()
    assert isinstance(page, ReadinessPage)
    choose_precondition(page, "Transparency")
    assert find(page, "Ausweg, Transparency statement 3: rating", RatingControl).value() == 2
    choose_precondition(page, "Strategy and action plan")
    assert (
        find(page, "Police, Strategy and action plan statement 4: rating", RatingControl).value()
        == 4
    )
    choose_precondition(page, "Legal framework")
    assert text_of(page, "Police, Legal framework statement 2: note") == "Ask the DPO"
    wizard.go_to(2)
    findings = wizard.current_page()
    assert isinstance(findings, FindingsPage)
    panel = findings.panel("transparency", FindingKind.PERCEPTION_GAP)
    row = panel.agreed.rows()[0]
    assert row.owner.currentText() == "Ausweg" and row.due.value() == dt.date(2027, 3, 2)
    assert findings.findings.item(0).text().endswith("✔ Agreed actions: 1")
    wizard.go_to(3)
    sharing = wizard.current_page()
    assert isinstance(sharing, SharingPage)
    assert sharing.table.item(sharing.table.rowCount() - 1, 1).text() == (
        "Dates of counselling appointments"
    )
    wizard.go_to(4)
    contacts = wizard.current_page()
    assert isinstance(contacts, ContactsPage)
    table = contacts.panels[1].table
    assert [table.item(r, 3).text() for r in range(2)] == ["Anna Schulz", "Situation centre"]
    wizard.go_to(5)
    assert find(wizard.current_page(), "Next review", QDateEdit).date() == QDate(2028, 1, 1)
    assert text_of(wizard.current_page(), "Meeting 1: Participants") == "Both directors"
    wizard.go_to(6)
    assert "Ready to sign" in wizard.current_page().status_label.text()  # type: ignore[attr-defined]
    assert find(wizard, "Return to draft", QPushButton).isEnabled()

"""Handing a contact over to the person who takes the place: role, level, availability and deputy
stay, the contact keeps its identity, the version before keeps the person who left, and the
change of staff reads "Tobias Brandt → Jana Roth"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.changes import ChangeKind, Part, structural_changes
from coopbuilder.core.review import staff_changes
from coopbuilder.ui.wizard.contacts import ContactsPage

from .helpers import ScriptedDialogs, find, shown


def select(page: ContactsPage, name: str) -> None:
    table = page.panels[1].table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)
    table.setCurrentCell(row, 0)


def test_a_contact_handed_over_keeps_its_place_and_the_version_before_its_person(
    qtbot: QtBot, demo: Agreement
) -> None:
    page = shown(qtbot, ContactsPage(ScriptedDialogs(), previous=demo), demo)
    handover = find(page, "Partner 2 contact: took over from", QLabel)
    select(page, "Tobias Brandt")
    assert not handover.isVisible()
    button = find(page, "Partner 2: hand over contact", QPushButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    name = find(page, "Partner 2 contact: Name", QLineEdit)
    assert page.focusWidget() is name  # the new person's name is typed at once
    assert name.text() == "" and find(page, "Partner 2 contact: Phone", QLineEdit).text() == ""
    assert find(page, "Partner 2 contact: Role", QLineEdit).text() == (
        "Case officer, state protection"
    )
    assert handover.isVisible() and handover.text() == (
        "Took over from Tobias Brandt; the version before keeps Tobias Brandt."
    )
    assert not button.isEnabled()  # nobody to hand over until the new person is named
    qtbot.keyClicks(name, "Jana Roth")
    qtbot.keyClicks(find(page, "Partner 2 contact: Phone", QLineEdit), "+49 89 555 0209")
    qtbot.keyClicks(
        find(page, "Partner 2 contact: Secure e-mail", QLineEdit), "jana.roth@lka.example"
    )
    assert button.isEnabled()

    draft = demo.model_copy(deep=True)
    page.save(draft)
    before = next(c for c in demo.contacts if c.name == "Tobias Brandt")
    after = draft.contact(before.id)
    assert (after.name, after.phone, after.secure_email) == (
        "Jana Roth",
        "+49 89 555 0209",
        "jana.roth@lka.example",
    )
    assert (after.role, after.level, after.availability, after.deputy_id) == (
        before.role,
        before.level,
        before.availability,
        before.deputy_id,
    )
    # Sabine Kühn's deputy is still the same place, now held by Jana Roth
    kuehn = next(c for c in draft.contacts if c.name == "Sabine Kühn")
    assert kuehn.deputy_id == before.id
    # the change of staff the record proposes, and the contact changed, not removed and added
    [change] = staff_changes(demo, draft)
    assert (change.left, change.joined) == ("Tobias Brandt", "Jana Roth")
    [contact] = [c for c in structural_changes(demo, draft) if c.part is Part.CONTACT]
    assert contact.kind is ChangeKind.CHANGED and contact.id == before.id

    # loaded again (the draft as saved), the form still says whom Jana Roth took over from
    page.load(draft)
    select(page, "Jana Roth")
    assert handover.isVisible() and "Tobias Brandt" in handover.text()
    select(page, "Sabine Kühn")
    assert not handover.isVisible()


def test_without_the_reviewed_version_a_handover_is_remembered_while_editing(
    qtbot: QtBot, demo: Agreement
) -> None:
    page = shown(qtbot, ContactsPage(ScriptedDialogs()), demo)
    select(page, "Tobias Brandt")
    qtbot.mouseClick(
        find(page, "Partner 2: hand over contact", QPushButton), Qt.MouseButton.LeftButton
    )
    qtbot.keyClicks(find(page, "Partner 2 contact: Name", QLineEdit), "Jana Roth")
    draft = demo.model_copy(deep=True)
    page.save(draft)
    page.load(draft)
    select(page, "Jana Roth")
    handover = find(page, "Partner 2 contact: took over from", QLabel)
    assert handover.isVisible() and "Tobias Brandt" in handover.text()

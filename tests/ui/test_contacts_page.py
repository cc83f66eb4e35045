from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.vocabulary import Availability, ContactLevel, FieldOfWork, PartnerKind
from coopbuilder.ui.widgets.fields import ChoiceCombo
from coopbuilder.ui.wizard.contacts import ContactsPage

from .helpers import ScriptedDialogs, find, shown


def page_on(
    qtbot: QtBot, agreement: Agreement, dialogs: ScriptedDialogs | None = None
) -> ContactsPage:
    return shown(qtbot, ContactsPage(dialogs or ScriptedDialogs()), agreement)


def test_load_then_save_keeps_contacts_and_further_actors(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    table = page.panels[1].table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        c.name for c in demo.contacts_of("lka")
    ]
    again = demo.model_copy(deep=True)
    again.contacts, again.further_actors = [], []
    page.save(again)
    assert again == demo


def test_add_a_contact_with_a_deputy_of_the_same_partner(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    qtbot.mouseClick(find(page, "Partner 2: add contact", QPushButton), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find(page, "Partner 2 contact: Name", QLineEdit), "Ute Berg")
    qtbot.keyClicks(find(page, "Partner 2 contact: Role", QLineEdit), "Press officer")
    find(page, "Partner 2 contact: Level", ChoiceCombo).set_value(ContactLevel.COORDINATOR)
    find(page, "Partner 2 contact: Availability", ChoiceCombo).set_value(
        Availability.ROUND_THE_CLOCK
    )
    deputy = find(page, "Partner 2 contact: Deputy", QComboBox)
    options = [deputy.itemText(i) for i in range(deputy.count())]
    assert options == ["No deputy yet"] + [c.name for c in demo.contacts_of("lka")]
    table = page.panels[1].table
    # proposed: the contact before it, who had a deputy already and keeps that one
    before = demo.contacts_of("lka")[-1]
    assert table.item(table.rowCount() - 1, 3).text() == before.name
    assert table.item(table.rowCount() - 2, 3).text() != "Ute Berg"
    deputy.setCurrentIndex(options.index("Sabine Kühn"))
    assert table.item(table.rowCount() - 1, 3).text() == "Sabine Kühn"
    page.save(demo)
    added = demo.contacts[-1]
    assert (added.partner_id, added.name, added.role, added.level, added.availability) == (
        "lka",
        "Ute Berg",
        "Press officer",
        ContactLevel.COORDINATOR,
        Availability.ROUND_THE_CLOCK,
    )
    assert demo.contact(added.deputy_id or "").name == "Sabine Kühn"


def test_removing_a_deputy_leaves_the_others_without_one(qtbot: QtBot, demo: Agreement) -> None:
    dialogs = ScriptedDialogs(confirms=[True])
    page = page_on(qtbot, demo, dialogs)
    panel = page.panels[0]
    panel.table.setCurrentCell(1, 0)  # Jonas Kraft, deputy of Lena Vogt
    qtbot.mouseClick(
        find(page, "Partner 1: remove contact", QPushButton), Qt.MouseButton.LeftButton
    )
    assert dialogs.questions == ["Remove the contact Jonas Kraft?"]
    page.save(demo)
    assert demo.contact("c-ngo-vogt").deputy_id is None
    assert "c-ngo-kraft" not in {c.id for c in demo.contacts}


def test_validation_messages(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    qtbot.mouseClick(find(page, "Partner 1: add contact", QPushButton), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find(page, "Partner 1 contact: Phone", QLineEdit), "+49 1")
    qtbot.mouseClick(page.actors.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find(page, "Further actor 5: Joins when", QLineEdit), "Always")
    assert page.check() == [
        "Contact 5 of Brückenschlag has no name.",
        "Further actor 5 has no name.",
    ]


def test_a_partner_receiving_on_a_trigger_needs_a_24_7_contact(
    qtbot: QtBot, demo: Agreement
) -> None:
    page = page_on(qtbot, demo)
    panel = page.panels[1]
    assert panel.notes.texts() == []
    for row in (2, 3):  # the two 24/7 contacts of the LKA
        panel.table.setCurrentCell(row, 0)
        with qtbot.waitSignal(page.live.updated):
            find(page, "Partner 2 contact: Availability", ChoiceCombo).set_value(
                Availability.OFFICE_HOURS
            )
    notes = panel.notes.texts()
    assert notes and all("has no escalation contact reachable 24/7" in n for n in notes)
    assert page.panels[0].notes.texts() == []


def test_further_actors(qtbot: QtBot, demo: Agreement) -> None:
    demo.further_actors = []
    page = page_on(qtbot, demo)
    qtbot.mouseClick(page.actors.add_button, Qt.MouseButton.LeftButton)
    find(page, "Further actor 1: Kind", ChoiceCombo).set_value(PartnerKind.SCHOOL)
    qtbot.keyClicks(find(page, "Further actor 1: Name", QLineEdit), "Goethe school")
    qtbot.keyClicks(find(page, "Further actor 1: Joins when", QLineEdit), "A pupil is a client")
    page.save(demo)
    [actor] = demo.further_actors
    assert (actor.kind, actor.name, actor.when_involved) == (
        PartnerKind.SCHOOL,
        "Goethe school",
        "A pupil is a client",
    )


def test_a_further_actor_that_refers_cases_keeps_its_referral_and_contact(
    qtbot: QtBot, demo: Agreement
) -> None:
    demo.further_actors = []
    page = page_on(qtbot, demo)
    qtbot.mouseClick(page.actors.add_button, Qt.MouseButton.LeftButton)
    find(page, "Further actor 1: Kind", ChoiceCombo).set_value(PartnerKind.OTHER)
    qtbot.keyClicks(find(page, "Further actor 1: Name", QLineEdit), "Advice centre hotline")
    qtbot.keyClicks(
        find(page, "Further actor 1: Referral", QLineEdit), "Refers worried parents to the NGO"
    )
    qtbot.keyClicks(find(page, "Further actor 1: Contact", QLineEdit), "Hotline team")
    page.save(demo)
    [actor] = demo.further_actors
    assert (actor.name, actor.referral, actor.contact) == (
        "Advice centre hotline",
        "Refers worried parents to the NGO",
        "Hotline team",
    )
    again = page_on(qtbot, demo)
    assert find(again, "Further actor 1: Referral", QLineEdit).text() == actor.referral
    copy = demo.model_copy(deep=True)
    again.save(copy)
    assert copy == demo


def test_further_actors_from_presets_fit_the_fields_of_work(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    offered = [a.text() for a in page.preset_menu.actions()]
    assert offered == ["Probation service"]  # an exit-counselling agreement: no hotline
    demo.fields_of_work = [FieldOfWork.FAMILY]
    page = page_on(qtbot, demo)
    presets = {a.text(): a for a in page.preset_menu.actions()}
    assert "Prison (returnee in custody)" not in presets
    presets["Advice centre hotline (refers callers to the NGO)"].trigger()
    page.save(demo)
    hotline = demo.further_actors[-1]
    assert hotline.name == "Advice centre on radicalisation (national hotline)"
    assert hotline.referral.startswith("Triages callers, above all parents and relatives")
    assert hotline.contact == "Hotline team (office hours)"
    assert len({a.id for a in demo.further_actors}) == len(demo.further_actors)


def test_the_role_of_a_contact_is_suggested_from_the_roles_of_its_side(
    qtbot: QtBot, demo: Agreement
) -> None:
    demo.fields_of_work = [FieldOfWork.FAMILY]
    page = page_on(qtbot, demo)

    def suggested(panel: int) -> list[str]:
        completer = page.panels[panel].role.completer()
        assert completer is not None
        model = completer.model()
        return [model.index(row, 0).data() for row in range(model.rowCount())]

    assert "Family counsellor" in suggested(0)
    assert "Counsellor for returnees and their families" not in suggested(0)
    assert "Family counsellor" not in suggested(1)
    assert "Situation centre duty officer" in suggested(1)


def test_a_suggested_role_becomes_the_contacts_role(qtbot: QtBot, demo: Agreement) -> None:
    demo.fields_of_work = [FieldOfWork.FAMILY]
    page = page_on(qtbot, demo)
    qtbot.mouseClick(find(page, "Partner 1: add contact", QPushButton), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find(page, "Partner 1 contact: Name", QLineEdit), "Ute Berg")
    role = find(page, "Partner 1 contact: Role", QLineEdit)
    completer = role.completer()
    assert completer is not None
    page.activateWindow()
    role.setFocus()
    qtbot.waitUntil(role.hasFocus)
    qtbot.keyClicks(role, "fam")
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert completer.completionCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert role.text() == "Family counsellor"
    page.save(demo)
    assert demo.contacts_of("ngo")[-1].role == "Family counsellor"

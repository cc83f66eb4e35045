from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QScrollArea,
)
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.vocabulary import Channel, FieldOfWork, SharingWhen, Trigger
from coopbuilder.ui.widgets.fields import ChoiceCombo
from coopbuilder.ui.wizard.sharing import SharingPage
from coopbuilder.ui.wizard.sharing_dialog import SharingRuleDialog

from .helpers import ScriptedDialogs, find, shown

NATIONAL = "without naming the national provision"


def page_on(
    qtbot: QtBot, agreement: Agreement, dialogs: ScriptedDialogs | None = None
) -> SharingPage:
    return shown(qtbot, SharingPage(dialogs or ScriptedDialogs()), agreement)


def open_editor(qtbot: QtBot, page: SharingPage, button: str = "Edit...") -> SharingRuleDialog:
    qtbot.mouseClick(find(page, button, QPushButton), Qt.MouseButton.LeftButton)
    assert page.editor is not None and page.editor.isVisible()
    return page.editor


def press_ok(qtbot: QtBot, dialog: SharingRuleDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_load_then_save_keeps_every_rule(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    assert page.table.item(0, 1).text() == "Anonymised case numbers and trends"
    assert page.table.messages() == []
    again = demo.model_copy(deep=True)
    again.sharing_rules = []
    page.save(again)
    assert again == demo


def test_a_mistake_shows_next_to_its_rule_and_goes_when_fixed(
    qtbot: QtBot, demo: Agreement
) -> None:
    page = page_on(qtbot, demo)
    page.table.select_rule(2)
    dialog = open_editor(qtbot, page)
    national = find(dialog, "National provision", QLineEdit)
    national.clear()
    with qtbot.waitSignal(page.live.updated):
        press_ok(qtbot, dialog)
    [message] = page.table.messages_of(2)
    assert message.startswith("✖ Error: Sharing rule 'Referral of a person seeking exit help'")
    assert NATIONAL in message
    assert page.table.messages_of(1) == [] and page.table.messages_of(3) == []

    page.table.select_rule(2)
    dialog = open_editor(qtbot, page)
    qtbot.keyClicks(find(dialog, "National provision", QLineEdit), "§ 41 state police act")
    with qtbot.waitSignal(page.live.updated):
        press_ok(qtbot, dialog)
    assert page.table.messages() == []
    page.save(demo)
    assert demo.sharing_rules[2].legal_basis.national_law == "§ 41 state police act"


def test_the_dialog_checks_the_rule_while_it_is_edited(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    page.table.select_rule(0)
    dialog = open_editor(qtbot, page)
    assert dialog.checks.texts() == []
    trigger = find(dialog, "Trigger", ChoiceCombo)
    assert not trigger.isEnabled()
    with qtbot.waitSignal(dialog.live.updated):
        find(dialog, "When", ChoiceCombo).set_value(SharingWhen.ON_TRIGGER)
    assert trigger.isEnabled()
    assert any("no trigger is chosen" in text for text in dialog.checks.texts())
    with qtbot.waitSignal(dialog.live.updated):
        trigger.set_value(Trigger.IMMINENT_DANGER)
    assert not any("no trigger is chosen" in text for text in dialog.checks.texts())
    dialog.reject()
    assert page.rules == demo.sharing_rules  # cancelled: nothing changed


def test_a_new_rule_needs_a_category(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    dialog = open_editor(qtbot, page, "Add rule...")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.problems.texts() == ["Name the category of information shared."]
    qtbot.keyClicks(find(dialog, "Category of information", QLineEdit), "Names of new staff")
    find(dialog, "Channel", ChoiceCombo).set_value(Channel.LETTER)
    find(dialog, "Personal data", QCheckBox).setChecked(False)
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    added = page.rules[-1]
    assert (added.category, added.channel, added.personal_data) == (
        "Names of new staff",
        Channel.LETTER,
        False,
    )
    assert page.table.current_rule() == len(page.rules) - 1


def test_presets_and_checks_on_sharing_as_a_whole(qtbot: QtBot, demo: Agreement) -> None:
    demo.sharing_rules = []
    page = page_on(qtbot, demo)
    names = [a.text() for a in page.preset_menu.actions()]
    assert "Referral of a person seeking exit help" in names
    referral = page.preset_menu.actions()[names.index("Referral of a person seeking exit help")]
    with qtbot.waitSignal(page.live.updated):
        referral.trigger()
    [rule] = page.rules
    assert (rule.from_partner_id, rule.to_partner_id) == ("lka", "ngo")
    general = " ".join(page.general.texts())
    assert (
        "nothing flows back" in general and "No sharing rule says what is never shared" in general
    )
    never = page.preset_menu.actions()[names.index("Counselling content is never shared")]
    with qtbot.waitSignal(page.live.updated):
        never.trigger()
    assert "No sharing rule says what is never shared" not in " ".join(page.general.texts())


def test_reorder_and_remove_with_the_keyboard(qtbot: QtBot, demo: Agreement) -> None:
    dialogs = ScriptedDialogs(confirms=[False, True])
    page = page_on(qtbot, demo, dialogs)
    ids = [r.id for r in demo.sharing_rules]
    page.table.setFocus()
    page.table.select_rule(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.current_rule() == 1
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [r.id for r in page.rules][:3] == [ids[0], ids[2], ids[1]]
    assert page.table.current_rule() == 2
    qtbot.mouseClick(find(page, "Move up", QPushButton), Qt.MouseButton.LeftButton)
    assert [r.id for r in page.rules][:3] == ids[:3]
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(page.rules) == len(ids)  # said no
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [r.id for r in page.rules] == ids[:1] + ids[2:]
    assert dialogs.questions[-1] == f"Remove the sharing rule '{demo.sharing_rules[1].category}'?"
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.editor is not None and page.editor.isVisible()
    page.editor.reject()
    QApplication.processEvents()


def test_a_check_finding_brings_its_rule_into_view(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    page.show_field("sharing_rules[7].legal_basis.art9")
    assert page.table.current_rule() == 7


def test_sensitive_data_ticks_and_locks_personal_data(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    page.table.select_rule(0)  # anonymised trends: no personal data
    dialog = open_editor(qtbot, page)
    personal = find(dialog, "Personal data", QCheckBox)
    offences = find(dialog, "Criminal-offence data", QCheckBox)
    special = find(dialog, "Special-category data", QCheckBox)
    assert not personal.isChecked() and personal.isEnabled()
    offences.setChecked(True)
    assert personal.isChecked() and not personal.isEnabled()
    assert "always personal data" in personal.toolTip()
    special.setChecked(True)
    offences.setChecked(False)
    assert personal.isChecked() and not personal.isEnabled()  # special category still ticked
    special.setChecked(False)
    assert personal.isChecked() and personal.isEnabled() and personal.toolTip() == ""
    personal.setChecked(False)
    offences.setChecked(True)
    rule = dialog.rule()
    assert rule is not None and rule.personal_data and rule.criminal_offence_data


def test_a_stored_rule_marked_sensitive_but_not_personal_is_corrected_when_edited(
    qtbot: QtBot, demo: Agreement
) -> None:
    demo.sharing_rules[0].special_category = True
    page = page_on(qtbot, demo)
    assert any("not as personal data" in text for text in page.table.messages_of(0))
    page.table.select_rule(0)
    dialog = open_editor(qtbot, page)
    personal = find(dialog, "Personal data", QCheckBox)
    assert personal.isChecked() and not personal.isEnabled()
    with qtbot.waitSignal(page.live.updated):
        press_ok(qtbot, dialog)
    assert page.rules[0].personal_data and page.rules[0].special_category
    assert not any("not as personal data" in text for text in page.table.messages_of(0))


def test_the_checks_coming_and_going_never_move_the_form(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    page.table.select_rule(0)
    dialog = open_editor(qtbot, page)
    trigger = find(dialog, "Trigger", ChoiceCombo)
    note = find(dialog, "Category of information", QLineEdit)
    form = find(dialog, "The sharing rule", QScrollArea)
    form.verticalScrollBar().setValue(form.verticalScrollBar().maximum())

    def where() -> tuple[int, int, int]:
        corner = note.mapTo(dialog, note.rect().topLeft())
        return corner.y(), form.geometry().height(), form.verticalScrollBar().value()

    before = where()
    with qtbot.waitSignal(dialog.live.updated):
        find(dialog, "When", ChoiceCombo).set_value(SharingWhen.ON_TRIGGER)
    assert any("no trigger is chosen" in text for text in dialog.checks.texts())
    assert where() == before
    with qtbot.waitSignal(dialog.live.updated):
        trigger.set_value(Trigger.IMMINENT_DANGER)
    assert where() == before
    press_ok(qtbot, dialog)


def test_presets_of_a_field_of_work_are_offered_to_agreements_in_that_field(
    qtbot: QtBot, demo: Agreement
) -> None:
    relatives = "What relatives confide in family counselling is never shared"
    returnee = "Counselling of a returnee is never passed to an investigation"
    names = [a.text() for a in page_on(qtbot, demo).preset_menu.actions()]
    assert "Referral of a person seeking exit help" in names
    assert relatives not in names and returnee not in names
    demo.fields_of_work = [FieldOfWork.FAMILY]
    page = page_on(qtbot, demo)
    names = [a.text() for a in page.preset_menu.actions()]
    assert relatives in names and returnee not in names
    with qtbot.waitSignal(page.live.updated):
        page.preset_menu.actions()[names.index(relatives)].trigger()
    assert page.rules[-1].counselling_content and page.rules[-1].from_partner_id == "ngo"


def test_a_new_rule_is_proposed_the_retention_of_its_most_sensitive_data(
    qtbot: QtBot, demo: Agreement
) -> None:
    page = page_on(qtbot, demo)
    dialog = open_editor(qtbot, page, "Add rule...")
    retention = find(dialog, "Retention", QLineEdit)
    assert retention.text().endswith("at the latest 12 months after receipt")  # personal data
    find(dialog, "Special-category data", QCheckBox).setChecked(True)
    assert "6 months after receipt; at once when consent is withdrawn" in retention.text()
    find(dialog, "Special-category data", QCheckBox).setChecked(False)
    find(dialog, "Personal data", QCheckBox).setChecked(False)
    assert retention.text() == ""  # nothing personal: nothing to keep
    find(dialog, "Criminal-offence data", QCheckBox).setChecked(True)
    assert retention.text().startswith("As the recipient's data-protection law provides")
    find(dialog, "When", ChoiceCombo).set_value(SharingWhen.NEVER)
    assert retention.text() == ""  # never shared: nothing received to keep
    find(dialog, "When", ChoiceCombo).set_value(SharingWhen.ROUTINE)
    retention.selectAll()
    qtbot.keyClicks(retention, "Two years")
    find(dialog, "Counselling content", QCheckBox).setChecked(True)
    assert retention.text() == "Two years"  # what was typed is never replaced
    qtbot.keyClicks(find(dialog, "Category of information", QLineEdit), "Case notes")
    press_ok(qtbot, dialog)
    assert page.rules[-1].retention == "Two years"


def test_a_stored_retention_is_kept_and_an_empty_one_is_proposed(
    qtbot: QtBot, demo: Agreement
) -> None:
    demo.sharing_rules[3].retention = ""
    page = page_on(qtbot, demo)
    page.table.select_rule(2)
    kept = demo.sharing_rules[2].retention
    assert kept == "Deleted by the NGO if no counselling starts within 3 months"
    dialog = open_editor(qtbot, page)
    assert find(dialog, "Retention", QLineEdit).text() == kept
    dialog.reject()
    page.table.select_rule(3)  # special-category data, retention left empty
    dialog = open_editor(qtbot, page)
    assert "6 months after receipt" in find(dialog, "Retention", QLineEdit).text()


def test_a_preset_with_personal_data_comes_with_a_retention_and_no_warning(
    qtbot: QtBot, demo: Agreement
) -> None:
    demo.sharing_rules = []
    page = page_on(qtbot, demo)
    names = [a.text() for a in page.preset_menu.actions()]
    referral = page.preset_menu.actions()[names.index("Referral of a person seeking exit help")]
    with qtbot.waitSignal(page.live.updated):
        referral.trigger()
    [rule] = page.rules
    assert "6 months after receipt" in rule.retention  # special-category data
    assert not any("retention" in text for text in page.table.messages())

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.vocabulary import (
    DataProtectionRegime,
    FieldOfWork,
    PartnerKind,
    Sector,
)
from coopbuilder.ui.widgets.fields import ChoiceCombo
from coopbuilder.ui.wizard.partnership import PartnershipPage

from .helpers import find, shown


def page_on(qtbot: QtBot, agreement: Agreement) -> PartnershipPage:
    return shown(qtbot, PartnershipPage(), agreement)


def test_load_then_save_keeps_the_agreement(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    assert find(page, "Title of the agreement", QLineEdit).text() == demo.title
    assert find(page, "Partner 2: Short name", QLineEdit).text() == "LKA Musterland"
    again = demo.model_copy(deep=True)
    page.save(again)
    assert again == demo


def test_typed_answers_are_saved(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    title = find(page, "Title of the agreement", QLineEdit)
    title.clear()
    qtbot.keyClicks(title, "Exit work in Musterland")
    dpo = find(page, "Partner 1: Data protection officer", QLineEdit)
    qtbot.keyClick(dpo, Qt.Key.Key_End)
    qtbot.keyClicks(dpo, " (deputy)")
    find(page, "Partner 1: add representative", QPushButton).click()
    qtbot.keyClicks(find(page, "Partner 1, representative 2: Name", QLineEdit), "Eva Roth")
    qtbot.keyClicks(find(page, "Partner 1, representative 2: Role", QLineEdit), "Treasurer")
    find(page, "Partner 1, representative 2: Signs", QCheckBox).setChecked(False)
    page.save(demo)
    assert demo.title == "Exit work in Musterland"
    assert demo.partners[0].data_protection_officer.endswith("(deputy)")
    added = demo.partners[0].representatives[1]
    assert (added.name, added.role, added.signs) == ("Eva Roth", "Treasurer", False)


def test_kind_sets_sector_and_regime_which_stay_editable(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    kind = find(page, "Partner 2: Kind", ChoiceCombo)
    sector = find(page, "Partner 2: Sector", ChoiceCombo)
    regime = find(page, "Partner 2: Data-protection regime", ChoiceCombo)
    kind.set_value(PartnerKind.INTELLIGENCE)
    assert sector.value() is Sector.SECURITY
    assert regime.value() is DataProtectionRegime.OUTSIDE_EU_LAW
    kind.set_value(PartnerKind.YOUTH_WELFARE)
    assert (sector.value(), regime.value()) == (
        Sector.NON_SECURITY,
        DataProtectionRegime.GDPR_CONTROLLER,
    )
    regime.set_value(DataProtectionRegime.LED_AUTHORITY)
    page.save(demo)
    partner = demo.partners[1]
    assert (partner.kind, partner.regime) == (
        PartnerKind.YOUTH_WELFARE,
        DataProtectionRegime.LED_AUTHORITY,
    )


def test_validation_messages(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    assert page.check() == []
    find(page, "Title of the agreement", QLineEdit).clear()
    find(page, "Partner 2: Name", QLineEdit).setText("  ")
    find(page, "Partner 1, representative 1: Name", QLineEdit).clear()
    assert page.check() == [
        "Give the agreement a title.",
        "Representative 1 of partner 1 has no name.",
        "Give partner 2 a name.",
    ]
    find(page, "Partner 2: Name", QLineEdit).setText(demo.partners[0].name.upper())
    assert "The two partners have the same name; give each its own." in page.check()
    # What can be saved is saved; what cannot keeps its old value.
    page.save(demo)
    assert demo.title == "Cooperation in exit and disengagement work"
    assert demo.partners[0].representatives == []


def test_a_partner_without_signatory_is_pointed_out(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    form = page.partner_forms[0]
    assert not form.no_signatory.isVisible()
    signs = find(page, "Partner 1, representative 1: Signs", QCheckBox)
    qtbot.mouseClick(signs, Qt.MouseButton.LeftButton)
    assert not signs.isChecked()
    assert form.no_signatory.isVisible()
    assert "Nobody signs for this partner yet" in form.no_signatory.text()


def test_representatives_move_and_go(qtbot: QtBot, demo: Agreement) -> None:
    page = page_on(qtbot, demo)
    find(page, "Move Partner 2, representative 2 up", QAbstractButton).click()
    page.save(demo)
    assert [r.id for r in demo.partners[1].representatives] == ["rep-lka-2", "rep-lka"]
    find(page, "Remove Partner 2, representative 1", QAbstractButton).click()
    page.save(demo)
    assert [r.name for r in demo.partners[1].representatives] == ["Petra Lindner"]


def test_fields_of_work_are_activated_and_saved(qtbot: QtBot, demo: Agreement) -> None:
    family, returnees = (
        "Field of work: Family counselling (parents and relatives)",
        "Field of work: Returnees from conflict zones and their families",
    )
    page = page_on(qtbot, demo)
    assert not find(page, family, QCheckBox).isChecked()
    find(page, family, QCheckBox).click()
    find(page, returnees, QCheckBox).click()
    page.save(demo)
    assert demo.fields_of_work == [FieldOfWork.FAMILY, FieldOfWork.RETURNEES]
    again = page_on(qtbot, demo)
    assert find(again, family, QCheckBox).isChecked()
    assert not find(
        again, "Field of work: Exit and disengagement counselling", QCheckBox
    ).isChecked()

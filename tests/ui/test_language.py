"""The program's language: German after loading the German translation, English without it; the
setting that chooses it; and an agreement whose language is not the program's."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.demo import demo_agreement
from coopbuilder.core.vocabulary import Language, SharingWhen
from coopbuilder.ui.background import Background
from coopbuilder.ui.language import (
    LANGUAGE_KEY,
    LanguageChoice,
    chosen_language,
    startup_language,
    translation_file,
)
from coopbuilder.ui.session import new_agreement
from coopbuilder.ui.texts import choice_label, date_format, format_date, format_number, ui_language
from coopbuilder.ui.wizard.findings import FindingsPage
from coopbuilder.ui.wizard.partnership import PartnershipPage
from coopbuilder.ui.wizard.readiness import ReadinessPage
from coopbuilder.ui.wizard.sharing import SharingPage
from tests.conftest import DEMO_DAY
from tests.ui.helpers import ScriptedDialogs, shown


def test_the_translation_file_is_shipped() -> None:
    assert translation_file(Language.DE).is_file()


def test_english_without_a_translation(qapp: QApplication) -> None:
    assert ui_language() is Language.EN
    assert choice_label(SharingWhen.NEVER) == "Never"


def test_a_page_speaks_german_after_loading_the_german_translation(
    qtbot: QtBot, german: None, demo: Agreement
) -> None:
    assert ui_language() is Language.DE
    page = shown(qtbot, PartnershipPage(), demo)
    assert page.title() == "Partnerschaft"
    assert page.agreement_title.accessibleName() == "Titel der Vereinbarung"
    assert page.partner_forms[0].title() == "Partner 1"
    assert page.partner_forms[0].kind.currentText() == "NGO"
    assert page.partner_forms[1].kind.currentText() == "Polizei eines Landes"
    assert page.partner_forms[1].regime.currentText().startswith("Zuständige Behörde")
    assert page.language.currentText() == "Englisch"  # the English demo, under a German GUI
    row = page.partner_forms[0].representatives.rows()[0]
    assert row.remove_button.toolTip() == "Entfernen"  # RecordRow's own texts, too
    assert row.name.accessibleName() == "Partner 1, vertretungsberechtigte Person 1: Name"


def test_german_numbers_dates_and_qt_dialogs(qtbot: QtBot, german: None, demo: Agreement) -> None:
    assert QLocale().language() == QLocale.Language.German
    assert date_format() == "dd.MM.yyyy"
    assert format_date(dt.date(2026, 11, 27)) == "27.11.2026"
    assert format_number(3.75) == "3,75"
    page = shown(qtbot, FindingsPage(), demo)
    transparency = 1
    assert page.scores.item(transparency, 1).text() == "2,50  ▼ Handlungsbedarf"
    assert page.scores.item(transparency, 3).text().startswith("≠ Ja: Mittelwerte 1,67")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


def test_a_new_agreement_is_in_the_programs_language(german: None) -> None:
    agreement = new_agreement()
    assert agreement.language is Language.DE
    assert agreement.title == "Neue Kooperationsvereinbarung"


def test_a_german_agreement_under_an_english_program(qtbot: QtBot) -> None:
    """The GUI stays English; the statements, recommended actions and presets, which become
    part of the agreement, are German."""
    agreement = demo_agreement(Language.DE, today=DEMO_DAY)
    partnership = shown(qtbot, PartnershipPage(), agreement)
    assert partnership.language.currentText() == "German"
    assert partnership.partner_forms[1].kind.currentText() == "Police of a Land (state police)"
    readiness = shown(qtbot, ReadinessPage(Background(), ScriptedDialogs()), agreement)
    assert readiness.title() == "Readiness"
    first = readiness.rows[0]
    assert first.text.text().startswith("1. Wir vertrauen darauf")
    assert first.ratings[0].accessibleName().endswith("Vertrauen statement 1: rating")
    sharing = shown(qtbot, SharingPage(ScriptedDialogs()), agreement)
    presets = [a.text() for a in sharing.preset_menu.actions()]
    assert "Vermittlung einer ausstiegswilligen Person" in presets
    assert sharing.add_button.text() == "A&dd rule..."


def test_the_partnership_page_keeps_the_agreements_language(qtbot: QtBot, demo: Agreement) -> None:
    page = shown(qtbot, PartnershipPage(), demo)
    page.language.set_value(Language.DE)
    page.save(demo)
    assert demo.language is Language.DE


def test_the_language_setting(qtbot: QtBot, settings: QSettings) -> None:
    assert chosen_language(settings) is None
    choice = LanguageChoice(settings)
    menu = choice.menu(None)  # type: ignore[arg-type]
    assert isinstance(menu, QMenu)
    entries = [a.text() for a in menu.actions()]
    assert entries[1:] == ["English", "Deutsch"]
    assert entries[0].startswith("System language (")
    assert [a.isChecked() for a in menu.actions()] == [True, False, False]
    with qtbot.waitSignal(choice.chosen) as said:
        menu.actions()[2].trigger()
    assert said.args == ["CoopBuilder will speak Deutsch from its next start."]
    assert settings.value(LANGUAGE_KEY) == "de"
    assert startup_language(settings) is Language.DE
    choice.choose(None)
    assert chosen_language(settings) is None
    settings.setValue(LANGUAGE_KEY, "klingon")
    assert chosen_language(settings) is None

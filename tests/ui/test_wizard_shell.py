"""The wizard around the pages, with two small pages of its own (the real pages have their own
tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.errors import UserError
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.ui.app import SETTINGS_FILE
from coopbuilder.ui.background import Background
from coopbuilder.ui.language import LANGUAGE_KEY
from coopbuilder.ui.session import Done, MemorySession
from coopbuilder.ui.widgets.fields import line_edit
from coopbuilder.ui.wizard import create_wizard
from coopbuilder.ui.wizard.findings import FindingsPage
from coopbuilder.ui.wizard.page import WizardPage
from coopbuilder.ui.wizard.partnership import PartnershipPage
from coopbuilder.ui.wizard.sharing import SharingPage
from coopbuilder.ui.wizard.shell import Wizard

from .helpers import ScriptedDialogs, find


class TextPage(WizardPage):
    """Edits one text field of the agreement; the title must not be empty."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.fields = (field,)
        self.edit = line_edit(self, field.capitalize())
        QVBoxLayout(self).addWidget(self.edit)

    def title(self) -> str:
        return self.field.capitalize()

    def load(self, agreement: Agreement) -> None:
        self.edit.setText(getattr(agreement, self.field))

    def check(self) -> list[str]:
        if self.field == "title" and not self.edit.text().strip():
            return ["Give the agreement a title."]
        return []

    def save(self, agreement: Agreement) -> None:
        if self.edit.text().strip() or self.field != "title":
            setattr(agreement, self.field, self.edit.text().strip())


class FailingSession(MemorySession):
    def autosave(self, agreement: Agreement, done: Done | None = None) -> None:
        assert done is not None
        done(UserError("The disk is full; draft.json was not written."))


def wizard_on(
    qtbot: QtBot,
    session: MemorySession,
    autosave_ms: int = 0,
    dialogs: ScriptedDialogs | None = None,
) -> tuple[Wizard, TextPage, TextPage]:
    pages = (TextPage("title"), TextPage("purpose"))
    wizard = Wizard(session, pages, dialogs=dialogs or ScriptedDialogs(), autosave_ms=autosave_ms)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard, pages[0], pages[1]


def click(qtbot: QtBot, wizard: Wizard, name: str) -> None:
    qtbot.mouseClick(find(wizard, name, QPushButton), Qt.MouseButton.LeftButton)


def test_next_is_refused_with_the_pages_messages(qtbot: QtBot, demo: Agreement) -> None:
    session = MemorySession(demo)
    wizard, first, _ = wizard_on(qtbot, session)
    first.edit.clear()
    click(qtbot, wizard, "Next >")
    assert wizard.current_index() == 0
    assert wizard.problems.isVisible()
    assert wizard.problems.texts() == ["Give the agreement a title."]
    wizard.steps.setCurrentRow(1)  # a jump in the list is refused the same way
    assert wizard.current_index() == 0 and wizard.steps.currentRow() == 0
    qtbot.keyClicks(first.edit, "Exit work")
    click(qtbot, wizard, "Next >")
    assert wizard.current_index() == 1
    assert not wizard.problems.isVisible()
    assert session.autosaves == 1 and session.agreement.title == "Exit work"
    assert "Step 2 of 2" in wizard.step.text()


def test_back_and_next_keep_every_answer(qtbot: QtBot, demo: Agreement) -> None:
    wizard, first, second = wizard_on(qtbot, MemorySession(demo))
    first.edit.setText("Exit work")
    assert wizard.next()
    second.edit.setText("To help people leave")
    click(qtbot, wizard, "< Back")
    assert first.edit.text() == "Exit work"
    wizard.steps.setCurrentRow(1)
    assert second.edit.text() == "To help people leave"
    assert not find(wizard, "Next >", QPushButton).isEnabled()
    assert wizard.agreement().purpose == "To help people leave"


def test_autosave_every_few_seconds_and_save(qtbot: QtBot, demo: Agreement) -> None:
    session = MemorySession(demo)
    wizard, first, _ = wizard_on(qtbot, session, autosave_ms=20)
    first.edit.setText("Typed, not yet left")
    qtbot.waitUntil(lambda: session.agreement.title == "Typed, not yet left")
    autosaves = session.autosaves
    qtbot.wait(80)
    assert session.autosaves == autosaves  # nothing changed, nothing written
    with qtbot.waitSignal(wizard.saved):
        click(qtbot, wizard, "Save")
    assert session.saves == 1


def test_a_failed_autosave_is_shown_and_cleared(qtbot: QtBot, demo: Agreement) -> None:
    session = FailingSession(demo)
    wizard, first, _ = wizard_on(qtbot, session)
    first.edit.setText("Something new")
    results: list[bool] = []
    wizard.autosave(results.append)
    assert results == [False]
    assert wizard.banner.isVisible()
    assert "The disk is full" in wizard.banner.text()
    wizard.autosave(results.append)  # tried again, not taken for done
    assert results == [False, False]


def test_a_change_after_ready_to_sign_asks_and_makes_a_draft_again(
    qtbot: QtBot, demo: Agreement
) -> None:
    """What was printed to sign is what is signed: a change asks first, then makes a draft."""
    demo.status = AgreementStatus.READY_TO_SIGN
    session = MemorySession(demo)
    asked = ScriptedDialogs()
    wizard, first, _ = wizard_on(qtbot, session, dialogs=asked)
    assert wizard.next()  # nothing changed: still ready, nothing asked
    assert session.agreement.status is AgreementStatus.READY_TO_SIGN and asked.questions == []
    assert wizard.back()

    first.edit.setText("A new title")
    asked.answers.append(None)  # Cancel: the page stays, nothing is written
    assert not wizard.next()
    assert "marked ready to sign; changing it makes it a draft again" in asked.questions[-1]
    assert wizard.current_index() == 0 and first.edit.text() == "A new title"
    asked.answers.append(1)  # "Undo my changes"
    assert wizard.next()
    assert session.agreement.title == demo.title
    assert session.agreement.status is AgreementStatus.READY_TO_SIGN
    assert wizard.back()

    first.edit.setText("A new title")
    asked.answers.append(0)  # "Make it a draft"
    wizard.save()  # Save asks the same
    assert session.agreement.status is AgreementStatus.DRAFT
    assert session.agreement.title == "A new title"
    assert "draft again" in wizard.banner.text()
    assert len(asked.questions) == 3


def test_a_page_can_lead_to_the_page_of_a_field(qtbot: QtBot, demo: Agreement) -> None:
    wizard, first, _ = wizard_on(qtbot, MemorySession(demo))
    first.navigate.emit("purpose")
    assert wizard.current_index() == 1


def test_a_signed_version_is_shown_but_not_changed(qtbot: QtBot, demo: Agreement) -> None:
    demo.status = AgreementStatus.SIGNED
    session = MemorySession(demo)
    wizard, first, _ = wizard_on(qtbot, session)
    assert not first.isEnabled()
    assert "cannot be changed" in wizard.banner.text()
    results: list[bool] = []
    wizard.save(results.append)
    assert wizard.next() and results == [True]
    assert session.saves == session.autosaves == 0


def run_wizard_on(path: Path, *, home: Path) -> subprocess.CompletedProcess[str]:
    """``python -m coopbuilder.ui.wizard path`` in a process of its own, with ``home`` as the
    program's home (settings)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COOPBUILDER_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "coopbuilder.ui.wizard", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_the_wizard_on_a_broken_file_says_what_is_wrong_and_stops(tmp_path: Path) -> None:
    broken = tmp_path / "agreement.json"
    broken.write_text("{not json", encoding="utf-8")
    done = run_wizard_on(broken, home=tmp_path)
    assert done.returncode == 2
    assert f"{broken} is not valid JSON" in done.stderr
    assert "Traceback" not in done.stderr
    assert broken.read_text(encoding="utf-8") == "{not json"


def test_the_wizard_on_a_broken_file_says_it_in_the_programs_language(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / SETTINGS_FILE), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "de")
    settings.sync()
    broken = tmp_path / "agreement.json"
    broken.write_text('{"format": "coopbuilder.agreement", "schema_version": 1}', "utf-8")
    done = run_wizard_on(broken, home=tmp_path)
    assert done.returncode == 2
    assert f"{broken} enthält keine Vereinbarung." in done.stderr
    assert "holds no agreement" not in done.stderr


def test_the_wizard_builds_a_page_when_it_is_first_shown(qtbot: QtBot, demo: Agreement) -> None:
    wizard = create_wizard(
        MemorySession(demo), background=Background(), dialogs=ScriptedDialogs(), autosave_ms=0
    )
    qtbot.addWidget(wizard)
    wizard.show()
    steps = [wizard.steps.item(row).text() for row in range(wizard.steps.count())]
    assert steps[:3] == ["1. Partnership", "2. Readiness", "3. Findings"]  # listed, not built
    assert len(steps) == 7
    assert [wizard.is_built(index) for index in range(7)] == [True] + [False] * 6
    assert [type(page) for page in wizard.built_pages()] == [PartnershipPage]

    wizard.go_to_field("sharing_rules")  # a check finding leads to a page not built yet
    assert isinstance(wizard.current_page(), SharingPage)
    assert wizard.current_page().isVisible() and wizard.current_page().isEnabled()
    built = [wizard.is_built(index) for index in range(7)]
    assert built == [True, False, False, True, False, False, False]
    # a page's scroll area is made with the page
    scrolls = [isinstance(wizard.stack.widget(index), QScrollArea) for index in range(7)]
    assert scrolls == built
    assert wizard.stack.currentWidget() is wizard.current_page().parentWidget().parentWidget()

    wizard.back()
    assert isinstance(wizard.current_page(), FindingsPage)
    assert wizard.agreement() == demo  # every page built late loads and saves the same answers
    assert len(wizard.pages) == 7 and all(wizard.is_built(index) for index in range(7))


class KeepingSession(MemorySession):
    """Keeps every state it is given as it is (a session may: the wizard hands over copies)."""

    def __init__(self, agreement: Agreement) -> None:
        super().__init__(agreement)
        self.kept: list[Agreement] = []

    def autosave(self, agreement: Agreement, done: Done | None = None) -> None:
        self.kept.append(agreement)
        super().autosave(agreement, done)

    def save(self, agreement: Agreement, done: Done | None = None) -> None:
        self.kept.append(agreement)
        super().save(agreement, done)


def test_what_the_wizard_hands_the_session_is_never_changed_afterwards(
    qtbot: QtBot, demo: Agreement
) -> None:
    """Leaving a page hands the session the copy made while taking the page's answers; the
    wizard goes on editing its own."""
    session = KeepingSession(demo)
    wizard, first, _ = wizard_on(qtbot, session)
    assert wizard.next() and session.kept == []  # nothing changed: nothing to autosave
    assert wizard.back()
    first.edit.setText("A new title")
    assert wizard.next()
    assert wizard.back()
    first.edit.setText("Another title")
    wizard.save()
    first.edit.setText("A third title")
    assert wizard.next()
    assert [kept.title for kept in session.kept] == [
        "A new title",
        "Another title",
        "A third title",
    ]
    assert all(kept is not wizard.taken() for kept in session.kept)
    assert len({id(kept) for kept in session.kept}) == 3

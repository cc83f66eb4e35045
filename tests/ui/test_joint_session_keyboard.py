"""A whole joint session with the keyboard alone, as the partners would run it at the projector:
the NGO Wegweiser and the JVA Nürnberg, from a new agreement (Ctrl+N) through every page of the
wizard, in English and in German with projector mode on. The test sends key events only (no
mouse, no widget changed by a call), counts them, and keeps the session within 260 inputs.

How inputs are counted (as the people trying the program counted them): every key press is one
input, with or without Ctrl, Alt or Shift (Tab, Space, Alt+Right, a rating's digit...); a text
typed into one field is one input, however long it is. Nothing else the test does is an input:
it waits for the program, and after a pop-up menu or a completer's list closes it gives the
window back its activation, as a desktop does (the offscreen test platform does not)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coopbuilder.core.catalogue import default_catalogue
from coopbuilder.core.vocabulary import AgreementStatus, FindingKind, PartnerKind, SharingWhen
from coopbuilder.store.connection import open_workspace
from coopbuilder.ui.agreement_editor import AgreementEditor
from coopbuilder.ui.main_window import MainWindow
from coopbuilder.ui.preview import PdfOutput
from coopbuilder.ui.wizard.contacts import ContactsPage
from coopbuilder.ui.wizard.findings import FindingsPage
from coopbuilder.ui.wizard.governance import GovernancePage
from coopbuilder.ui.wizard.partner_form import PartnerForm
from coopbuilder.ui.wizard.partnership import PartnershipPage
from coopbuilder.ui.wizard.readiness import ReadinessPage
from coopbuilder.ui.wizard.review import ReviewPage
from coopbuilder.ui.wizard.sharing import SharingPage
from coopbuilder.ui.wizard.shell import Wizard

from ..documents.pdfs import flat, pdftotext
from .conftest import OpenMain
from .helpers import ScriptedDialogs, name_of

LIMIT = 260  # half the inputs the session took before
NO = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


class Keyboard:
    """Key events to whatever has the focus (or to the open pop-up menu), counted."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.inputs = 0

    def focused(self) -> QWidget:
        active, focus = QApplication.activeWindow(), QApplication.focusWidget()
        if active is not None and not active.isVisible() and focus is not None:
            # a completer's list, shown and hidden again, stays the active window on the
            # offscreen platform; a desktop gives the window back its activation
            window = focus.window().windowHandle()
            window.requestActivate()
            self.qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window)
        widget = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert widget is not None, "the focus is nowhere"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focused(), key, modifier)
            self.inputs += 1

    def type(self, text: str) -> None:
        """One input: the text, a key event per character (QTest knows ASCII keys only, so an
        umlaut goes as the key event a keyboard sends for it)."""
        for char in text:
            widget = self.focused()
            if char.isascii():
                self.qtbot.keyClicks(widget, char)
                continue
            key = Qt.Key(ord(char.upper()))
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, key, NO, char))
        self.inputs += 1

    def tab_to(self, target: QWidget, *, back: bool = False, limit: int = 40) -> None:
        """Tab (or Shift+Tab) until ``target`` has the focus."""
        visited = []
        for _ in range(limit):
            if self.focused() is target:
                return
            visited.append(name_of(self.focused()) or type(self.focused()).__name__)
            self.press(Qt.Key.Key_Tab, SHIFT if back else NO)
        raise AssertionError(f"Tab does not reach {name_of(target)!r}, only {visited}")

    def fill(self, target: QWidget, text: str) -> None:
        self.tab_to(target)
        self.type(text)

    def next_page(self, wizard: Wizard) -> None:
        index = wizard.current_index()
        self.press(Qt.Key.Key_Right, ALT)
        assert wizard.problems.texts() == []
        assert wizard.current_index() == index + 1


def choose_in_menu(keyboard: Keyboard, keys: list[Qt.Key]) -> list[bool]:
    """Once the pop-up menu is open, press ``keys`` in it (its own event loop runs meanwhile)."""
    done: list[bool] = []

    def in_menu() -> None:
        if QApplication.activePopupWidget() is None:
            QTimer.singleShot(20, in_menu)
            return
        for key in keys:
            keyboard.press(key)
        done.append(True)

    QTimer.singleShot(0, in_menu)
    return done


TEXTS = {
    "en": {
        "title": "Exit work in the JVA Nürnberg",
        "purpose": "To help prisoners leave violent extremist scenes.",
        "scope": "Counselling of prisoners in the JVA Nürnberg.",
        "prison": "Pri",
        "director": "Managing director",
        "head": "Head of the prison",
    },
    "de": {
        "title": "Ausstiegsarbeit in der JVA Nürnberg",
        "purpose": "Gefangenen helfen, gewaltbereite extremistische Szenen zu verlassen.",
        "scope": "Beratung von Gefangenen in der JVA Nürnberg.",
        "prison": "Jus",
        "director": "Geschäftsführerin",
        "head": "Anstaltsleiter",
    },
}


def partnership(keys: Keyboard, wizard: Wizard, text: dict[str, str]) -> None:
    page = wizard.current_page()
    assert isinstance(page, PartnershipPage)
    assert keys.focused() is page.agreement_title  # Ctrl+N puts the cursor in the title
    keys.type(text["title"])
    keys.fill(page.purpose, text["purpose"])
    keys.fill(page.scope, text["scope"])
    ngo, prison = page.partner_forms
    keys.fill(ngo.name, "Wegweiser e. V.")
    keys.fill(ngo.short_name, "Wegweiser")
    signatory(keys, ngo, "Dr. Anna Roth", text["director"])
    keys.fill(prison.name, "JVA Nürnberg")
    keys.fill(prison.short_name, "JVA")
    keys.tab_to(prison.kind)
    keys.type(text["prison"])  # a closed drop-down goes to the entry typed
    signatory(keys, prison, "Klaus Meier", text["head"])


def signatory(keys: Keyboard, form: PartnerForm, name: str, role: str) -> None:
    """A representative, who signs (ticked already for the first one)."""
    keys.tab_to(form.representatives.add_button)
    keys.press(Qt.Key.Key_Space)

    [row] = form.representatives.rows()
    assert keys.focused() is row.name and row.signs.isChecked()
    keys.type(name)
    keys.press(Qt.Key.Key_Tab)
    keys.type(role)


def readiness(keys: Keyboard, wizard: Wizard) -> None:
    """One key a rating, each moving on by itself: Wegweiser sees a gap in transparency, the
    JVA does not; everything else both rate 4."""
    page = wizard.current_page()
    assert isinstance(page, ReadinessPage)
    for index in range(page.statement_count()):
        row = page.row(index)  # its panel made when the keyboard reached it
        assert keys.focused() is row.ratings[0]
        keys.press(Qt.Key.Key_2 if row.precondition.id == "transparency" else Qt.Key.Key_4)
        keys.press(Qt.Key.Key_4)


def findings(keys: Keyboard, wizard: Wizard) -> None:
    """Each finding's first recommended action adopted, with the owner and date proposed."""
    page = wizard.current_page()
    assert isinstance(page, FindingsPage)
    assert keys.focused() is page.findings
    for number in range(page.findings.count()):
        if number:
            keys.tab_to(page.findings, back=True)
            keys.press(Qt.Key.Key_Down)
        keys.press(Qt.Key.Key_Tab)
        keys.press(Qt.Key.Key_Space)


def sharing(keys: Keyboard, wizard: Wizard, window: MainWindow) -> None:
    """The hard limit "Counselling content is never shared", from the presets (third from the
    end of their menu)."""
    page = wizard.current_page()
    assert isinstance(page, SharingPage)
    keys.tab_to(page.preset_button)
    done = choose_in_menu(keys, [Qt.Key.Key_Up] * 3 + [Qt.Key.Key_Return])
    keys.press(Qt.Key.Key_Space)
    keys.qtbot.waitUntil(lambda: bool(done))
    window.activateWindow()
    keys.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert len(page.rules) == 1


PEOPLE = (
    (("Lea Brandt", "Head of counselling"), ("Emre Yilmaz", "Counsellor")),
    (("Jonas Keller", "Head of the prison"), ("Petra Hahn", "Extremism officer")),
)


def contacts(keys: Keyboard, wizard: Wizard) -> None:
    """Two contacts a partner; a new contact is proposed as the deputy of the one before it and
    that one as its deputy, so the two stand in for each other without a further key."""
    page = wizard.current_page()
    assert isinstance(page, ContactsPage)
    for panel, people in zip(page.panels, PEOPLE, strict=True):
        for number, (name, role) in enumerate(people):
            keys.tab_to(panel.add_button, back=number > 0)
            keys.press(Qt.Key.Key_Space)
            assert keys.focused() is panel.name
            keys.type(name)
            keys.press(Qt.Key.Key_Tab)
            keys.type(role)


def governance(keys: Keyboard, wizard: Wizard) -> None:
    """The agreement takes effect on the date proposed (a space in its box), the next review is
    the one suggested, and the partners meet: a meeting format with its participants."""
    page = wizard.current_page()
    assert isinstance(page, GovernancePage)
    assert keys.focused() is page.effective.has_date
    keys.press(Qt.Key.Key_Space)
    keys.tab_to(page.suggest)
    keys.press(Qt.Key.Key_Space)
    keys.tab_to(page.meetings.add_button)
    keys.press(Qt.Key.Key_Space)
    keys.tab_to(page.meetings.rows()[0].participants)
    keys.type("Both heads and the extremism officer")


@pytest.mark.parametrize(("language", "projector"), [("en", False), ("de", True)])
def test_a_joint_session_with_the_keyboard_alone(
    qtbot: QtBot,
    tmp_path: Path,
    open_main: OpenMain,
    settings: QSettings,
    dialogs: ScriptedDialogs,
    request: pytest.FixtureRequest,
    language: str,
    projector: bool,
) -> None:
    if language == "de":
        request.getfixturevalue("german")
    settings.setValue("view/projector", projector)
    size = QApplication.font().pointSizeF()
    window = open_main(tmp_path / "workspace.sqlite")
    assert (QApplication.font().pointSizeF() > size) is projector  # projector mode: larger
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: len(window.editors()) == 1)
    editor = window.editors()[0]
    assert isinstance(editor, AgreementEditor)
    wizard = editor.wizard
    text = TEXTS[language]
    steps: list[Callable[[], None]] = [
        lambda: partnership(keys, wizard, text),
        lambda: readiness(keys, wizard),
        lambda: findings(keys, wizard),
        lambda: sharing(keys, wizard, window),
        lambda: contacts(keys, wizard),
        lambda: governance(keys, wizard),
    ]
    for number, step in enumerate(steps):
        if number:
            keys.next_page(wizard)
        step()
    keys.next_page(wizard)
    review = wizard.current_page()
    assert isinstance(review, ReviewPage)
    assert keys.focused() is review.ready_button and review.ready_button.isEnabled()
    with qtbot.waitSignal(wizard.saved, timeout=10_000):
        keys.press(Qt.Key.Key_Space)  # "Mark ready to sign": the checks allow it
    output = review.output
    assert isinstance(output, PdfOutput)
    qtbot.waitUntil(lambda: output.pdf is not None, timeout=30_000)
    pdf = tmp_path / "agreement.pdf"
    dialogs.saves.append(pdf)
    # "Save P&DF...", "&PDF speichern...": its letter is the page's alone ("Return to draft"
    # had the D as well, and Alt+D only moved between the two)
    label = output.save_pdf_button.text()
    keys.press(Qt.Key(ord(label[label.index("&") + 1].upper())), ALT)
    qtbot.waitUntil(pdf.exists, timeout=10_000)
    printed = flat(pdftotext(pdf.read_bytes(), tmp_path))
    for typed in (text["title"], "Wegweiser e. V.", "JVA Nürnberg", "Petra Hahn"):
        assert typed in printed, typed
    keys.press(Qt.Key.Key_W, CTRL)  # nothing unsaved: no question
    qtbot.waitUntil(lambda: not window.editors(), timeout=10_000)
    assert dialogs.errors == []

    with open_workspace(tmp_path / "workspace.sqlite") as workspace:
        [summary] = workspace.listing.page().rows
        saved = workspace.agreements.load(summary.agreement_id).agreement
    assert saved.status is AgreementStatus.READY_TO_SIGN
    assert saved.title == text["title"]
    assert [p.name for p in saved.partners] == ["Wegweiser e. V.", "JVA Nürnberg"]
    assert saved.partners[1].kind is PartnerKind.PRISON
    assert all(p.representatives[0].signs for p in saved.partners)
    assert len(saved.assessment.ratings) == 2 * len(default_catalogue().statement_ids)
    assert {a.finding for a in saved.actions} == {FindingKind.GAP, FindingKind.PERCEPTION_GAP}
    assert all((a.owner_partner_id or a.both_partners) and a.due_date for a in saved.actions)
    [rule] = saved.sharing_rules
    assert rule.counselling_content and rule.when is SharingWhen.NEVER
    names = {c.id: c.name for c in saved.contacts}
    assert {(c.name, names.get(c.deputy_id or "")) for c in saved.contacts} == {
        ("Lea Brandt", "Emre Yilmaz"),
        ("Emre Yilmaz", "Lea Brandt"),
        ("Jonas Keller", "Petra Hahn"),
        ("Petra Hahn", "Jonas Keller"),
    }
    assert saved.effective_date is not None and saved.next_review_date is not None
    assert saved.meetings[0].participants == "Both heads and the extremism officer"
    print(f"{language}: {keys.inputs} inputs")
    assert keys.inputs <= LIMIT

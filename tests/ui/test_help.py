"""The guide (F1): one per language of the program, built alike, and shown in the program's
language."""

from __future__ import annotations

import re
import sys
import threading
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coopbuilder.core.resources import resource_path
from coopbuilder.core.vocabulary import Language
from coopbuilder.ui.background import Background
from coopbuilder.ui.help import GuideDialog

_READS: list[tuple[str, bool]] | None = None


def _record_opening(event: str, args: tuple[object, ...]) -> None:
    if _READS is not None and event == "open" and isinstance(args[0], str):
        _READS.append((args[0], threading.current_thread() is threading.main_thread()))


sys.addaudithook(_record_opening)  # records only inside files_read()


@contextmanager
def files_read() -> Iterator[list[tuple[str, bool]]]:
    """The files opened meanwhile, each with whether the GUI (main) thread opened it."""
    global _READS
    _READS = []
    try:
        yield _READS
    finally:
        _READS = None


def shown_guide(qtbot: QtBot) -> GuideDialog:
    dialog = GuideDialog(Background())
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.show()
    return dialog


# words the German guide stresses that are not names of menus, buttons or steps
EMPHASIS = {
    "Entwurf für Ihr Justiziariat oder Ihre Rechtsberatung",
    "überfällige",
    "Vorschau",
    "Kopie",
}


def headings(language: Language) -> Counter[int]:
    """How many headings of each level the guide in ``language`` has."""
    text = resource_path("help", f"{language.value}.md").read_text(encoding="utf-8")
    return Counter(len(m.group(1)) for m in re.finditer(r"^(#+) \S", text, re.MULTILINE))


@pytest.mark.parametrize("language", list(Language))
def test_every_language_has_a_guide_built_like_the_english_one(language: Language) -> None:
    assert resource_path("help", f"{language.value}.md").is_file()
    english = headings(Language.EN)
    assert english[1] == 1 and english[2] >= 5
    assert headings(language) == english


def test_the_german_guide_names_the_labels_the_german_program_shows() -> None:
    tree = ET.parse(resource_path("translations", "coopbuilder_de.ts"))
    shown = {  # as on screen: no accelerators, no label colon or button arrow, 30 days
        (message.findtext("translation") or "")
        .replace("&", "")
        .replace("{days}", "30")
        .strip(" :<>")
        for message in tree.iter("message")
    }
    guide = resource_path("help", "de.md").read_text(encoding="utf-8")
    named = re.findall(r"\*\*(.+?)\*\*", re.sub(r"\s+", " ", guide))
    assert len(named) > 15
    for name in named:
        if name in EMPHASIS:
            continue
        for part in name.split(" > "):
            assert part in shown, f"'{part}' is not a label of the German program"


def test_the_guide_opens_in_german_when_the_program_speaks_german(
    qtbot: QtBot, german: None
) -> None:
    dialog = shown_guide(qtbot)
    assert dialog.windowTitle() == "Anleitung zu CoopBuilder"
    text = dialog.text.toPlainText()
    assert text.startswith("CoopBuilder: eine kurze Anleitung")
    assert "Als unterschriftsreif markieren" in text
    assert "a short guide" not in text


def test_the_guide_is_english_in_an_english_program(qtbot: QtBot) -> None:
    with files_read() as read:
        dialog = shown_guide(qtbot)
    assert dialog.text.toPlainText().startswith("CoopBuilder: a short guide")
    guide = [on_gui for path, on_gui in read if path.endswith("en.md")]
    assert guide == [False]  # read once, off the GUI thread


def test_about_names_the_licence_and_shows_every_notice(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from coopbuilder.ui.help import LicencesDialog, about_box

    parent = QWidget()
    qtbot.addWidget(parent)
    box = about_box(parent, Background())
    assert "European Union Public Licence 1.2 (EUPL-1.2)" in box.text()
    licences = next(b for b in box.buttons() if b.text() == "&Licences...")
    assert box.buttonRole(licences) == QMessageBox.ButtonRole.HelpRole
    box.show()
    with files_read() as read:
        licences.click()
        dialog = parent.findChild(LicencesDialog)
        assert dialog is not None and dialog.isVisible()
        qtbot.waitUntil(lambda: dialog.notices.toPlainText() != "", timeout=10_000)
    opened = {Path(path).name: on_gui for path, on_gui in read}
    assert opened["LICENSE"] is False and opened["THIRD-PARTY-NOTICES.md"] is False
    assert dialog.licence.toPlainText().lstrip().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    notices = dialog.notices.toPlainText()
    assert "Replacing the Qt libraries" in notices
    for library in ("LGPL-3.0", "reportlab", "pyHanko", "DejaVu", "SQLAlchemy", "Jinja2"):
        assert library in notices
    dialog.close()

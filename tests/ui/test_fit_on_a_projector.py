"""At 1280x800, in normal and in projector mode, in English and in German, nothing scrolls
sideways and nothing is cut: on every page of the wizard (each finding, each tab), in the main
window's other views and in every dialog."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.demo import demo_agreement
from coopbuilder.store.connection import open_workspace
from coopbuilder.ui.agreement_editor import AgreementEditor
from coopbuilder.ui.main_window import MainWindow
from coopbuilder.ui.projector import ProjectorMode

from .conftest import OpenMain
from .fit import not_fitting
from .views import DIALOGS, Kit, show, states

WIDTH, HEIGHT = 1270, 790
"""A window on a 1280x800 screen, less its frame."""

MODES = [
    pytest.param(language, projector, id=f"{language}-{'projector' if projector else 'normal'}")
    for language in ("en", "de")
    for projector in (False, True)
]


@pytest.fixture
def language_of(request: pytest.FixtureRequest) -> Callable[[str], None]:
    def switch(language: str) -> None:
        if language == "de":
            request.getfixturevalue("german")

    return switch


def _settled() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _window_states(qtbot: QtBot, window: MainWindow, agreement_id: str) -> Iterator[str]:
    """The list of agreements, the reviews, then each page of the agreement's wizard in each of
    its states."""
    window.show_list()
    yield "the list of agreements"
    window.reviews.show()
    yield "the reviews"
    window.commands.open(agreement_id)
    qtbot.waitUntil(lambda: len(window.editors()) == 1, timeout=10_000)
    editor = window.editors()[0]
    assert isinstance(editor, AgreementEditor)
    wizard = editor.wizard
    for index, page in enumerate(wizard.pages):
        wizard.go_to(index)
        for state in states(page):
            yield f"{page.title()}: {state}"


@pytest.mark.parametrize(("language", "projector"), MODES)
def test_every_page_and_view_fits_1280_by_800(
    qtbot: QtBot,
    open_main: OpenMain,
    tmp_path: Path,
    settings: QSettings,
    language_of: Callable[[str], None],
    language: str,
    projector: bool,
) -> None:
    language_of(language)
    settings.setValue("view/projector", projector)
    path = tmp_path / "workspace.sqlite"
    agreement = demo_agreement(language)  # in the program's language
    # two open questions: the checks show, with their "Go there" buttons
    agreement.sharing_rules[2].legal_basis.national_law = ""
    agreement.sharing_rules[5].trigger = None
    with open_workspace(path) as workspace:
        agreement_id = workspace.agreements.create(agreement).agreement_id
    window = open_main(path)
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitUntil(lambda: window.size().width() == WIDTH)
    found, seen = [], 0
    for state in _window_states(qtbot, window, agreement_id):
        qtbot.waitUntil(lambda: not window.background.busy, timeout=30_000)
        _settled()
        seen += 1
        found += [f"{state}: {problem}" for problem in not_fitting(window)]
    assert seen > 15  # every page, finding and view was looked at
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("make", [pytest.param(m, id=n) for n, m in DIALOGS.items()])
@pytest.mark.parametrize(("language", "projector"), MODES)
def test_every_dialog_fits_its_window(
    qtbot: QtBot,
    tmp_path: Path,
    demo: Agreement,
    app_look: None,
    language_of: Callable[[str], None],
    language: str,
    projector: bool,
    make: Callable[[Kit], QDialog],
) -> None:
    language_of(language)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    mode = ProjectorMode(app, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    mode.set_projector(projector)
    kit = Kit(qtbot, tmp_path, demo)
    try:
        dialog = show(kit, make)
        found = []
        for state in states(dialog):
            _settled()
            found += [f"{state}: {problem}" for problem in not_fitting(dialog)]
        assert found == [], "\n".join(found)
    finally:
        kit.close()
        mode.set_projector(False)

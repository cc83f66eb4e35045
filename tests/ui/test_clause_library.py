"""Tools > Clause library...: an organisation's own edited copy of the clause library, chosen in
the program, checked when chosen, used for the preview and remembered across starts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coopbuilder.core.resources import template_path
from coopbuilder.ui.agreement_editor import AgreementEditor
from coopbuilder.ui.clause_library import FOLDER_KEY, ClauseLibraryDialog
from coopbuilder.ui.main_window import MainWindow
from coopbuilder.ui.preview import PdfOutput

from ..documents.pdfs import flat, pdftotext
from .conftest import OpenMain
from .helpers import ScriptedDialogs, find, menu_action

OLD = "<b>Purpose.</b> {{ agreement.purpose }}"
NEW = "<b>Purpose.</b> Our own wording: Zebra clause. {{ agreement.purpose }}"


def edited_copy(target: Path, old: str = OLD, new: str = NEW) -> Path:
    """A copy of the shipped clause libraries (en/ and de/) with one clause reworded."""
    for language in ("en", "de"):
        shutil.copytree(template_path(language), target / language)
    purpose = target / "en" / "02-purpose.yaml"
    text = purpose.read_text(encoding="utf-8")
    assert old in text
    purpose.write_text(text.replace(old, new), encoding="utf-8")
    return target


def open_dialog(window: MainWindow) -> ClauseLibraryDialog:
    menu = next(m for m in window.menuBar().findChildren(type(window.agreement_menu))
                if m.title() == "&Tools")  # fmt: skip
    menu_action(menu, "Clause library...").trigger()
    dialog = window.findChild(ClauseLibraryDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def choose(qtbot: QtBot, window: MainWindow, dialog: ClauseLibraryDialog, folder: Path) -> None:
    scripted = window.dialogs
    assert isinstance(scripted, ScriptedDialogs)
    scripted.folders.append(folder)
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: not window.clause_library.checking, timeout=30_000)


def preview_text(qtbot: QtBot, window: MainWindow, title: str, tmp_path: Path) -> str:
    row = next(i for i in range(window.agreements.table.model().rowCount())
               if window.agreements.table.model().index(i, 0).data() == title)  # fmt: skip
    window.agreements.table.selectRow(row)
    selected = window.agreements.selected()
    assert selected is not None
    window.commands.open(selected.agreement_id)
    qtbot.waitUntil(
        lambda: isinstance(window.views.currentWidget(), AgreementEditor), timeout=10_000
    )
    editor = window.views.currentWidget()
    assert isinstance(editor, AgreementEditor)
    assert editor.wizard.go_to(len(editor.wizard.pages) - 1)
    output = editor.findChild(PdfOutput)
    assert output is not None
    qtbot.waitUntil(lambda: output.pdf is not None, timeout=30_000)
    assert output.pdf is not None
    return flat(pdftotext(output.pdf, tmp_path))


def test_an_edited_library_is_used_for_the_preview_and_remembered(
    qtbot: QtBot,
    open_main: OpenMain,
    stocked: tuple[Path, dict[str, str]],
    settings: QSettings,
    tmp_path: Path,
) -> None:
    library = edited_copy(tmp_path / "our-library")
    window = open_main(stocked[0])
    status = find(window, "Clause library in use", QLabel)
    assert status.text() == "Clause library: built-in"
    dialog = open_dialog(window)
    choose(qtbot, window, dialog, library)
    assert window.dialogs.errors == []  # type: ignore[attr-defined]
    assert settings.value(FOLDER_KEY) == str(library)
    assert status.text() == f"Clause library: {library}"
    assert dialog.current.text() == status.text()
    text = preview_text(qtbot, window, "Exit counselling in Nürnberg", tmp_path)
    assert "Our own wording: Zebra clause." in text
    window.close()

    again = open_main(stocked[0])
    assert find(again, "Clause library in use", QLabel).text() == f"Clause library: {library}"
    assert again.clause_library.in_use() == library
    assert again.dialogs.informed == []  # type: ignore[attr-defined]

    again_dialog = open_dialog(again)
    again_dialog.builtin_button.click()
    assert settings.value(FOLDER_KEY) is None
    assert find(again, "Clause library in use", QLabel).text() == "Clause library: built-in"
    (tmp_path / "builtin").mkdir()
    text = preview_text(qtbot, again, "Exit counselling in Nürnberg", tmp_path / "builtin")
    assert "Zebra clause" not in text and "Purpose." in text


def test_a_broken_library_is_refused_and_the_earlier_choice_stays(
    qtbot: QtBot,
    open_main: OpenMain,
    stocked: tuple[Path, dict[str, str]],
    settings: QSettings,
    tmp_path: Path,
) -> None:
    good = edited_copy(tmp_path / "good")
    broken = edited_copy(tmp_path / "broken", new="<b>Purpose.</b> {{ agreement.purpose ")
    window = open_main(stocked[0])
    dialog = open_dialog(window)
    choose(qtbot, window, dialog, good)
    choose(qtbot, window, dialog, broken)
    errors = window.dialogs.errors  # type: ignore[attr-defined]
    assert len(errors) == 1
    assert str(broken / "en" / "02-purpose.yaml") in errors[0]
    assert "purpose.purpose" in errors[0]
    assert errors[0].endswith("The clause library in use stays as it was.")
    assert settings.value(FOLDER_KEY) == str(good)
    assert window.clause_library.in_use() == good
    assert find(window, "Clause library in use", QLabel).text() == f"Clause library: {good}"


def test_a_folder_gone_missing_is_reported_once_and_the_builtin_library_used(
    qtbot: QtBot,
    open_main: OpenMain,
    stocked: tuple[Path, dict[str, str]],
    settings: QSettings,
    tmp_path: Path,
) -> None:
    settings.setValue(FOLDER_KEY, str(tmp_path / "gone"))
    window = open_main(stocked[0])
    informed = window.dialogs.informed  # type: ignore[attr-defined]
    assert len(informed) == 1 and str(tmp_path / "gone") in informed[0]
    assert window.clause_library.in_use() is None
    assert find(window, "Clause library in use", QLabel).text() == "Clause library: built-in"
    text = preview_text(qtbot, window, "Exit counselling in Nürnberg", tmp_path)
    assert "Purpose." in text
    assert len(informed) == 1


def test_the_environment_setting_comes_first(
    qtbot: QtBot,
    open_main: OpenMain,
    stocked: tuple[Path, dict[str, str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    environment = edited_copy(tmp_path / "environment", new="<b>Purpose.</b> From outside.")
    chosen = edited_copy(tmp_path / "chosen")
    monkeypatch.setenv("COOPBUILDER_TEMPLATES", str(environment))
    window = open_main(stocked[0])
    dialog = open_dialog(window)
    assert dialog.environment.isVisible()
    choose(qtbot, window, dialog, chosen)
    assert find(window, "Clause library in use", QLabel).text() == (
        f"Clause library: {environment} (set by COOPBUILDER_TEMPLATES)"
    )
    text = preview_text(qtbot, window, "Exit counselling in Nürnberg", tmp_path)
    assert "From outside." in text and "Zebra" not in text

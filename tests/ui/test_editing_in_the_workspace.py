"""Editing agreements in a workspace file: two people saving the same draft, a crash and the
recovery on the next start, closing with unsaved changes, signed versions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.connection import open_workspace
from coopbuilder.store.models import CopyKind
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.agreement_editor import AgreementEditor, CopyView
from coopbuilder.ui.background import Background
from coopbuilder.ui.main_window import MainWindow
from coopbuilder.ui.store_session import StoreSession

from .conftest import OpenMain
from .helpers import ScriptedDialogs, find

TITLE = "Exit counselling in Nürnberg"


def opened(qtbot: QtBot, window: MainWindow, agreement_id: str) -> AgreementEditor:
    window.commands.open(agreement_id)
    qtbot.waitUntil(lambda: len(window.editors()) >= 1, timeout=10_000)
    editor = window.editors()[-1]
    assert isinstance(editor, AgreementEditor)
    return editor


def retitle(editor: AgreementEditor, title: str) -> None:
    find(editor, "Title of the agreement", QLineEdit).setText(title)


def save(qtbot: QtBot, editor: AgreementEditor) -> None:
    qtbot.mouseClick(find(editor.wizard, "Save", QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.session.busy, timeout=10_000)


def copies(path: Path, who: str) -> list[tuple[CopyKind, str]]:
    with open_workspace(path, who=who) as workspace:
        return [(c.kind, c.title) for c in workspace.recovery.recoverable()]


def test_two_people_save_the_same_draft_and_nothing_is_lost(
    qtbot: QtBot, open_main: OpenMain, stocked: tuple[Path, dict[str, str]]
) -> None:
    path, ids = stocked
    anna_asks = ScriptedDialogs()
    anna = open_main(path, answers=anna_asks, who="anna")
    ben = open_main(path, answers=ScriptedDialogs(), who="ben")
    at_anna, at_ben = opened(qtbot, anna, ids[TITLE]), opened(qtbot, ben, ids[TITLE])

    retitle(at_ben, "Ben's title")
    save(qtbot, at_ben)
    retitle(at_anna, "Anna's title")
    save(qtbot, at_anna)

    [message] = anna_asks.errors
    assert "was saved by ben" in message and "conflict copy" in message
    # Anna now sees the version as Ben saved it, and her own changes in a tab beside it.
    qtbot.waitUntil(lambda: len(anna.editors()) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: at_anna.title() == "Ben's title", timeout=10_000)
    assert find(at_anna, "Title of the agreement", QLineEdit).text() == "Ben's title"
    assert "saved by someone else" in at_anna.notice.text()
    copy = anna.editors()[1]
    assert isinstance(copy, CopyView)
    assert copy.title() == "Copy: Anna's title"
    assert not copy.wizard.editable
    kinds = copies(path, who="anna")
    assert (CopyKind.CONFLICT, "Ben's title") in kinds

    # Anna takes her change over and saves; then she discards the copy.
    retitle(at_anna, "Anna's and Ben's title")
    save(qtbot, at_anna)
    assert len(anna_asks.errors) == 1
    anna_asks.confirms.append(True)
    qtbot.mouseClick(find(copy, "Discard this copy...", QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(anna.editors()) == 1, timeout=10_000)
    with open_workspace(path) as workspace:
        assert workspace.agreements.load(ids[TITLE]).title == "Anna's and Ben's title"
    assert copies(path, who="anna") == []
    assert ben.editors()[0].title() == "Ben's title"


def test_after_a_crash_the_next_start_offers_the_autosaved_changes(
    qtbot: QtBot,
    open_main: OpenMain,
    stocked: tuple[Path, dict[str, str]],
    dialogs: ScriptedDialogs,
) -> None:
    path, ids = stocked
    # A session that autosaved and then never closed (the computer lost power).
    with open_workspace(path) as workspace:
        session = StoreSession(workspace, Background(), workspace.agreements.load(ids[TITLE]))
        edited = session.agreement
        edited.purpose = "Typed just before the power cut."
        session.autosave(edited, lambda error: None)
        qtbot.waitUntil(lambda: not session.busy, timeout=10_000)

    dialogs.answers.append(0)  # "Open them"
    window = open_main(path)
    qtbot.waitUntil(lambda: len(window.editors()) == 1, timeout=10_000)
    assert "CoopBuilder kept changes that were never saved" in dialogs.questions[0]
    assert f"'{TITLE}', version 1: autosaved at" in dialogs.questions[0]
    editor = window.editors()[0]
    assert isinstance(editor, AgreementEditor)
    assert editor.notice.text().startswith("⚠ Recovered: your changes to version 1")
    assert editor.wizard.agreement().purpose == "Typed just before the power cut."
    assert editor.has_unsaved_changes()

    save(qtbot, editor)
    assert copies(path, who=window.workspace.who if window.workspace else "") == []
    with open_workspace(path) as workspace:
        assert workspace.agreements.load(ids[TITLE]).agreement.purpose == (
            "Typed just before the power cut."
        )


def test_closing_with_unsaved_changes_asks_save_discard_or_cancel(
    qtbot: QtBot,
    open_main: OpenMain,
    stocked: tuple[Path, dict[str, str]],
    dialogs: ScriptedDialogs,
) -> None:
    path, ids = stocked
    window = open_main(path)
    editor = opened(qtbot, window, ids[TITLE])
    who = window.workspace.who if window.workspace else ""
    retitle(editor, "Changed, not saved")

    dialogs.answers.append(None)  # Cancel
    window.close()
    qtbot.waitUntil(lambda: not editor.session.busy, timeout=10_000)
    assert window.isVisible() and window.editors() == [editor]
    assert "has changes that are not saved" in dialogs.questions[-1]
    assert copies(path, who) == [(CopyKind.AUTOSAVE, TITLE)]  # kept safe meanwhile

    dialogs.answers.append(1)  # Discard changes
    window.close_current()
    qtbot.waitUntil(lambda: not window.editors(), timeout=10_000)
    assert copies(path, who) == []
    with open_workspace(path) as workspace:
        assert workspace.agreements.load(ids[TITLE]).title == TITLE

    editor = opened(qtbot, window, ids[TITLE])
    retitle(editor, "Changed and saved on closing")
    dialogs.answers.append(0)  # Save
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    with open_workspace(path) as workspace:
        assert workspace.agreements.load(ids[TITLE]).title == "Changed and saved on closing"
    assert copies(path, who) == []


def test_a_signed_version_is_read_only_until_a_new_version_is_made(
    qtbot: QtBot,
    open_main: OpenMain,
    stocked: tuple[Path, dict[str, str]],
    dialogs: ScriptedDialogs,
) -> None:
    path, ids = stocked
    window = open_main(path)
    editor = opened(qtbot, window, ids["Family counselling in Fürth"])
    assert not editor.wizard.editable
    assert not window.actions_.save.isEnabled()
    assert "Version 1 is signed: it never changes." in editor.notice.text()
    dialogs.confirms.append(True)
    qtbot.mouseClick(
        find(editor, "Edit as a new version...", QPushButton), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: editor.wizard.editable, timeout=10_000)
    assert editor.session.number == 2
    assert not editor.notice_bar.isVisible()
    assert window.actions_.save.isEnabled() or window.current_editor() is not editor
    with open_workspace(path) as workspace:
        versions = workspace.agreements.versions(ids["Family counselling in Fürth"])
    assert [(v.number, v.status) for v in versions] == [
        (1, AgreementStatus.SIGNED),
        (2, AgreementStatus.DRAFT),
    ]


def test_a_session_saves_in_order(qtbot: QtBot, stocked: tuple[Path, dict[str, str]]) -> None:
    """An autosave waiting behind a save is replaced by a newer one; nothing overtakes."""
    path, ids = stocked
    workspace: Workspace
    with open_workspace(path) as workspace:
        session = StoreSession(workspace, Background(), workspace.agreements.load(ids[TITLE]))
        results: list[str] = []
        first, second, third = (session.agreement for _ in range(3))
        first.purpose, second.purpose, third.purpose = "one", "two", "three"
        session.save(first, lambda e: results.append(f"save {e}"))
        session.autosave(second, lambda e: results.append(f"autosave {e}"))
        session.autosave(third, lambda e: results.append(f"autosave {e}"))
        qtbot.waitUntil(lambda: not session.busy, timeout=10_000)
        assert results == ["save None", "autosave None", "autosave None"]
        assert session.agreement.purpose == "three"
        assert session.has_unsaved_changes(third)
        [copy] = workspace.recovery.recoverable()
        assert workspace.recovery.recover(copy.id).agreement.purpose == "three"
        assert copy.base_revision == session.revision


def test_looking_through_every_page_changes_nothing(
    qtbot: QtBot, open_main: OpenMain, tmp_path: Path, dialogs: ScriptedDialogs, demo: Agreement
) -> None:
    path = tmp_path / "workspace.sqlite"
    with open_workspace(path) as workspace:
        agreement_id = workspace.agreements.create(demo).agreement_id
    window = open_main(path)
    editor = opened(qtbot, window, agreement_id)
    for index in range(len(editor.wizard.pages)):
        assert editor.wizard.go_to(index)
    assert not editor.has_unsaved_changes()
    window.close_current()
    qtbot.waitUntil(lambda: not window.editors(), timeout=10_000)
    assert dialogs.questions == []  # nothing to save, so nothing was asked
    assert copies(path, window.workspace.who if window.workspace else "") == []

"""The main window on a real workspace file: the list, its search and filters, and the agreement
actions (New, Duplicate, Delete, Import, Export), with scripted answers to the questions."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coopbuilder.core.envelope import is_sealed
from coopbuilder.core.exchange import read_exchange_file, write_exchange_file
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.connection import open_workspace
from coopbuilder.store.errors import WorkspaceUnavailableError
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.agreement_editor import AgreementEditor
from coopbuilder.ui.app import start_gui
from coopbuilder.ui.main_window import MainWindow

from .conftest import OpenMain, wait_listed
from .helpers import ScriptedDialogs, find
from .workspaces import stock_workspace


def rows(window: MainWindow) -> list[list[str]]:
    model = window.agreements.model
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def titles(window: MainWindow) -> list[str]:
    return sorted(row[0] for row in rows(window))


def select(window: MainWindow, title: str) -> None:
    row = next(r for r, cells in enumerate(rows(window)) if cells[0] == title)
    window.agreements.table.selectRow(row)


def idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.background.busy, timeout=10_000)


def test_the_list_shows_every_agreement_and_marks_overdue_reviews(
    open_main: OpenMain, stocked: tuple[Path, dict[str, str]]
) -> None:
    window = open_main(stocked[0])
    by_title = {row[0]: row for row in rows(window)}
    assert set(by_title) == {
        "Exit counselling in Nürnberg",
        "Family counselling in Fürth",
        "Prison leavers in Bamberg",
    }
    overdue = by_title["Family counselling in Fürth"]
    assert overdue[1] == "Ausweg e.V. / Police Headquarters Fürth"
    assert overdue[2:4] == ["Signed", "1"]
    assert overdue[4].startswith("⚠ Overdue: ")
    assert "(in 20 days)" in by_title["Prison leavers in Bamberg"][4]
    assert "Overdue" not in by_title["Exit counselling in Nürnberg"][4]
    assert window.agreements.count.text() == "3 agreements in this workspace."
    assert str(stocked[0]) in find(window, "Workspace location", QLabel).text()


def test_search_status_and_due_filters(
    qtbot: QtBot, open_main: OpenMain, stocked: tuple[Path, dict[str, str]]
) -> None:
    window = open_main(stocked[0])
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = find(window, "Search agreements", QLineEdit)
    assert search.hasFocus()
    with qtbot.waitSignal(window.agreements.listed):
        qtbot.keyClicks(search, "ausweg POLICE")
    assert titles(window) == ["Family counselling in Fürth"]
    with qtbot.waitSignal(window.agreements.listed):
        search.setText("ausweg " * 20_000)  # pasted by mistake: the box keeps 200 characters
    assert len(search.text()) == 200 and titles(window) == ["Family counselling in Fürth"]
    search.clear()
    status = find(window, "Status filter", QComboBox)
    with qtbot.waitSignal(window.agreements.listed):
        status.setCurrentText("Ready to sign")
    assert titles(window) == ["Prison leavers in Bamberg"]
    assert window.agreements.count.text() == "Matching: 1 agreement."
    status.setCurrentIndex(0)
    with qtbot.waitSignal(window.agreements.listed):
        find(window, "Only reviews due within 30 days", QCheckBox).setChecked(True)
    assert titles(window) == ["Family counselling in Fürth", "Prison leavers in Bamberg"]


def test_new_opens_a_tab_and_an_untouched_new_agreement_is_not_kept(
    qtbot: QtBot, open_main: OpenMain, tmp_path: Path
) -> None:
    window = open_main(tmp_path / "workspace.sqlite")
    assert "There are no agreements yet" in window.agreements.empty.text()
    window.actions_.new.trigger()
    qtbot.waitUntil(lambda: len(window.editors()) == 1)
    wait_listed(qtbot, window)
    assert titles(window) == ["New cooperation agreement"]
    window.close_current()
    qtbot.waitUntil(lambda: not window.editors())
    wait_listed(qtbot, window)
    assert titles(window) == []


def test_open_duplicate_and_the_extension_points(
    qtbot: QtBot, open_main: OpenMain, stocked: tuple[Path, dict[str, str]]
) -> None:
    window = open_main(stocked[0])
    assert window.views.tabText(1) == "Reviews"  # the program's own view
    another = QLabel("Another view")
    assert window.add_view(another, "Another view") == 2
    assert window.views.tabText(2) == "Another view"
    more = QAction("More...", window)
    window.add_agreement_action(more)
    actions = [a.text() for a in window.agreement_menu.actions()]
    assert actions.index("More...") < actions.index("De&lete...")
    assert not more.isEnabled()  # nothing selected yet
    select(window, "Exit counselling in Nürnberg")
    assert more.isEnabled()
    ref = window.current_agreement()
    assert ref is not None and ref.title == "Exit counselling in Nürnberg"

    window.actions_.duplicate.trigger()
    qtbot.waitUntil(lambda: len(window.editors()) == 1)
    assert window.editors()[0].title() == "Exit counselling in Nürnberg (copy)"
    wait_listed(qtbot, window)
    assert len(rows(window)) == 4
    window.views.setCurrentWidget(another)
    assert window.current_agreement() is None and not more.isEnabled()


def test_delete_asks_first_and_a_signed_agreement_is_never_deleted(
    qtbot: QtBot,
    open_main: OpenMain,
    stocked: tuple[Path, dict[str, str]],
    dialogs: ScriptedDialogs,
) -> None:
    window = open_main(stocked[0])
    select(window, "Family counselling in Fürth")
    dialogs.confirms.append(True)
    window.actions_.delete.trigger()
    idle(qtbot, window)
    assert dialogs.errors == [
        "'Family counselling in Fürth' has a signed version (1); an agreement with a signed "
        "version cannot be deleted."
    ]
    select(window, "Exit counselling in Nürnberg")
    dialogs.confirms.append(False)
    qtbot.keyClick(window.agreements.table, Qt.Key.Key_Delete)
    idle(qtbot, window)
    assert dialogs.questions[-1] == "Delete 'Exit counselling in Nürnberg'? This cannot be undone."
    assert len(rows(window)) == 3
    dialogs.confirms.append(True)
    qtbot.keyClick(window.agreements.table, Qt.Key.Key_Delete)
    idle(qtbot, window)
    assert titles(window) == ["Family counselling in Fürth", "Prison leavers in Bamberg"]


def test_an_open_agreement_is_not_deleted_and_a_draft_version_may_go_alone(
    qtbot: QtBot,
    open_main: OpenMain,
    stocked: tuple[Path, dict[str, str]],
    dialogs: ScriptedDialogs,
) -> None:
    path, ids = stocked
    with open_workspace(path) as workspace:
        workspace.agreements.new_version(ids["Family counselling in Fürth"])
    window = open_main(path)
    select(window, "Family counselling in Fürth")
    window.actions_.open.trigger()
    qtbot.waitUntil(lambda: len(window.editors()) == 1)
    window.actions_.delete.trigger()
    assert "close its tab first" in dialogs.errors[-1]
    window.close_current()
    qtbot.waitUntil(lambda: not window.editors())
    select(window, "Family counselling in Fürth")
    dialogs.answers.append(0)  # "Delete version 2"
    window.actions_.delete.trigger()
    idle(qtbot, window)
    assert "has 2 versions" in dialogs.questions[-1]
    with open_workspace(path) as workspace:
        versions = workspace.agreements.versions(ids["Family counselling in Fürth"])
    assert [(v.number, v.status) for v in versions] == [(1, AgreementStatus.SIGNED)]


def test_export_with_a_passphrase_and_import_it_again(
    qtbot: QtBot,
    open_main: OpenMain,
    stocked: tuple[Path, dict[str, str]],
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    window = open_main(stocked[0])
    select(window, "Prison leavers in Bamberg")
    target = tmp_path / "for-the-partner.json"
    dialogs.saves.append(target)
    dialogs.texts.append("correct horse cabbage sky")
    window.actions_.export.trigger()
    qtbot.waitUntil(target.exists)
    idle(qtbot, window)
    assert is_sealed(json.loads(target.read_text(encoding="utf-8")))
    assert (
        read_exchange_file(target, "correct horse cabbage sky").title == "Prison leavers in Bamberg"
    )

    # The file's agreement is in the workspace: asked whether it is a new version.
    dialogs.files.append(target)
    dialogs.texts.extend(["wrong", "correct horse cabbage sky"])
    dialogs.answers.append(1)  # as a separate agreement
    window.actions_.import_.trigger()
    qtbot.waitUntil(lambda: len(rows(window)) == 4, timeout=10_000)
    assert dialogs.questions[-3] == (
        "for-the-partner.json is protected with a passphrase. Type the passphrase the partner "
        "gave you:"
    )
    assert "the passphrase is wrong" in dialogs.questions[-2]
    assert "which is in this workspace" in dialogs.questions[-1]
    assert titles(window).count("Prison leavers in Bamberg") == 2


def test_import_a_partners_file_as_a_new_agreement(
    qtbot: QtBot,
    open_main: OpenMain,
    tmp_path: Path,
    dialogs: ScriptedDialogs,
    demo: object,
) -> None:
    from coopbuilder.core.agreement import Agreement

    assert isinstance(demo, Agreement)
    source = tmp_path / "partner.json"
    write_exchange_file(source, demo)
    window = open_main(tmp_path / "workspace.sqlite")
    dialogs.files.append(source)
    window.actions_.import_.trigger()
    qtbot.waitUntil(lambda: titles(window) == [demo.title], timeout=10_000)
    assert window.agreements.selected() is not None
    dialogs.files.append(tmp_path / "missing.json")
    window.actions_.import_.trigger()
    idle(qtbot, window)
    assert "missing.json" in dialogs.errors[-1]


def test_help_about_and_the_window_layout_are_remembered(
    qtbot: QtBot, open_main: OpenMain, tmp_path: Path, settings: QSettings
) -> None:
    window = open_main(tmp_path / "workspace.sqlite")
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(QTextBrowser)
    assert guide is not None and guide.isVisible()
    qtbot.waitUntil(lambda: "Two people, one agreement" in guide.toPlainText())  # read off it
    window.show_about()
    about = [w for w in window.findChildren(QWidget) if w.windowTitle() == "About CoopBuilder"]
    assert about and about[0].isVisible()
    window.resize(700, 500)
    window.close()
    assert settings.value("workspaces/recent") in (
        [str(tmp_path / "workspace.sqlite")],
        str(tmp_path / "workspace.sqlite"),
    )
    again = open_main(tmp_path / "workspace.sqlite")
    assert (again.width(), again.height()) == (700, 500)


def review_splitter(qtbot: QtBot, window: MainWindow) -> QSplitter:
    """The divider of the Review page of a new agreement, on screen."""
    window.actions_.new.trigger()
    qtbot.waitUntil(lambda: len(window.editors()) == 1)
    editor = window.editors()[0]
    assert editor.wizard.go_to(len(editor.wizard.pages) - 1)
    splitter = editor.findChild(QSplitter, "review_splitter")
    assert splitter is not None and splitter.isVisible()
    return splitter


def test_the_review_page_divider_is_remembered(
    qtbot: QtBot, open_main: OpenMain, tmp_path: Path
) -> None:
    window = open_main(tmp_path / "workspace.sqlite")
    window.resize(780, 560)
    splitter = review_splitter(qtbot, window)
    before = splitter.sizes()
    splitter.moveSplitter(200, 1)
    moved = splitter.sizes()
    assert moved[0] < before[0]
    window.close_current()
    qtbot.waitUntil(lambda: not window.editors())
    window.close()

    again = open_main(tmp_path / "workspace.sqlite")
    assert (again.width(), again.height()) == (780, 560)
    restored = review_splitter(qtbot, again)
    qtbot.waitUntil(lambda: restored.sizes() == moved, timeout=5_000)
    again.close_current()
    qtbot.waitUntil(lambda: not again.editors())


def test_a_file_that_is_no_workspace_at_start_offers_another_or_quit(
    qtbot: QtBot, open_main: OpenMain, tmp_path: Path, dialogs: ScriptedDialogs
) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("my notes", encoding="utf-8")
    good = tmp_path / "workspace.sqlite"
    stock_workspace(good)
    dialogs.answers.append(0)  # open another workspace
    dialogs.files.append(good)
    window = open_main(bogus, wait=False)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    assert "is not a CoopBuilder workspace" in dialogs.questions[0]
    assert window.workspace is not None and window.workspace.location == str(good)
    assert bogus.read_text(encoding="utf-8") == "my notes"

    # Later, a workspace that cannot be opened leaves the open one as it is.
    dialogs.files.append(bogus)
    window.opener.choose_file()
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=10_000)
    assert f"The workspace {good} stays open." in dialogs.errors[0]
    assert window.workspace.location == str(good)


def test_quit_when_no_workspace_can_be_opened(
    qtbot: QtBot, open_main: OpenMain, tmp_path: Path, dialogs: ScriptedDialogs
) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("my notes", encoding="utf-8")
    dialogs.answers.append(1)  # quit
    window = open_main(bogus, wait=False)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert window.workspace is None


def test_projector_mode_scales_the_main_window(
    qtbot: QtBot, open_main: OpenMain, stocked: tuple[Path, dict[str, str]]
) -> None:
    window = open_main(stocked[0])
    table = window.agreements.table
    row, font = table.rowHeight(0), table.font().pointSizeF()
    toggle = next(a for a in window.findChildren(QAction) if a.text() == "&Projector mode")
    toggle.trigger()
    qtbot.waitUntil(lambda: table.font().pointSizeF() >= font * 1.5)
    assert table.rowHeight(0) >= row * 1.4
    assert window.views.tabBar().font().pointSizeF() >= font * 1.5
    toggle.trigger()
    qtbot.waitUntil(lambda: table.rowHeight(0) == row)


def test_editor_title_follows_saves(
    qtbot: QtBot, open_main: OpenMain, stocked: tuple[Path, dict[str, str]]
) -> None:
    window = open_main(stocked[0])
    select(window, "Exit counselling in Nürnberg")
    window.actions_.open.trigger()
    qtbot.waitUntil(lambda: len(window.editors()) == 1)
    editor = window.editors()[0]
    assert isinstance(editor, AgreementEditor)
    title = find(editor, "Title of the agreement", QLineEdit)
    title.setText("Exit counselling in Nürnberg and Fürth")
    with qtbot.waitSignal(editor.wizard.saved):
        window.actions_.save.trigger()
    assert window.views.tabText(window.views.indexOf(editor)) == (
        "Exit counselling in Nürnberg and Fürth"
    )
    qtbot.waitUntil(lambda: "Exit counselling in Nürnberg and Fürth" in titles(window))


def test_a_database_password_is_never_shown_while_the_workspace_opens(
    qtbot: QtBot, settings: QSettings, dialogs: ScriptedDialogs
) -> None:
    address = "postgresql+psycopg://coop:s3cret-pw@db.internal/coopbuilder"
    release = threading.Event()

    def opening(location: str | None) -> Workspace:
        assert location == address  # the store still gets the password
        release.wait(10)
        raise WorkspaceUnavailableError("The workspace cannot be reached.")

    dialogs.answers.append(1)  # quit
    window = start_gui(
        address, settings=settings, dialogs=dialogs, autosave_ms=0, open_workspace=opening
    )
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: "db.internal" in window.location.text(), timeout=10_000)
        assert window.location.text() == (
            "Opening the workspace postgresql+psycopg://coop:***@db.internal/coopbuilder..."
        )
    finally:
        release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert not any("s3cret-pw" in text for text in dialogs.questions)


def test_scrolling_to_the_end_of_the_list_reads_the_next_pages(
    qtbot: QtBot, open_main: OpenMain, tmp_path: Path
) -> None:
    from coopbuilder.core.demo import demo_agreement
    from coopbuilder.store.models import AuditAction

    path = tmp_path / "many.sqlite"
    base = demo_agreement("en")
    with open_workspace(path) as workspace, workspace.database.transaction() as session:
        for i in range(120):
            content = base.model_copy(deep=True)
            content.id = f"a{i:05d}"
            content.title = f"Cooperation {i:03d}"
            workspace.agreements.create_in(session, content, AuditAction.CREATED, "test")
    window = open_main(path, wait=False)
    window.agreements.page_size = 50
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    wait_listed(qtbot, window)
    table = window.agreements.table
    count = find(window, "Number of agreements", QLabel)
    assert table.model().rowCount() == 50
    assert count.text() == (
        "Showing 50 of 120 agreements; scroll down for more, or search to narrow them down."
    )

    def scroll_to_the_end(rows: int) -> None:
        with qtbot.waitSignal(window.agreements.listed, timeout=10_000):
            table.scrollToBottom()
        assert table.model().rowCount() == rows

    scroll_to_the_end(100)
    assert count.text().startswith("Showing 100 of 120 agreements;")
    scroll_to_the_end(120)
    assert count.text() == "120 agreements in this workspace."
    listed = {table.model().index(row, 0).data() for row in range(120)}
    assert listed == {f"Cooperation {i:03d}" for i in range(120)}
    assert not table.model().canFetchMore(QModelIndex())

    wait_listed(qtbot, window)  # read again after a change: as far as the person had scrolled
    assert table.model().rowCount() == 120
    window.agreements.search.setText("Cooperation 11")
    qtbot.waitUntil(lambda: count.text() == "Matching: 11 agreements.", timeout=10_000)
    assert table.model().rowCount() == 11  # 011 and 110 to 119


def test_an_unsafe_way_to_the_database_is_told_when_the_workspace_opens(
    qtbot: QtBot, settings: QSettings, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    """A workspace on another computer reached without required encryption, with the password
    in its address: the program opens it, and says both."""
    from sqlalchemy import make_url

    from coopbuilder.store.connection import connection_warnings

    unsafe = make_url("postgresql+psycopg://coop:s3cret-pw@db.lka.example/coopbuilder")

    def opening(location: str | None) -> Workspace:
        workspace = open_workspace(tmp_path / "workspace.sqlite")
        workspace.database.warnings = connection_warnings(unsafe)  # as the server's would be
        return workspace

    window = start_gui(
        str(tmp_path / "workspace.sqlite"),
        settings=settings,
        dialogs=dialogs,
        autosave_ms=0,
        open_workspace=opening,
    )
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(dialogs.informed), timeout=10_000)
    (told,) = dialogs.informed
    assert "is open, but:" in told
    assert "need not be encrypted (sslmode=prefer)" in told and "sslmode=verify-full" in told
    assert "PGPASSWORD, ~/.pgpass or a service file" in told
    assert "s3cret-pw" not in told
    assert window.workspace is not None
    window.workspace.close()

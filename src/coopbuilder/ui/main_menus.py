"""The main window's menus and toolbar, with the standard shortcuts.

File: New (Ctrl+N), Open (Ctrl+O), Save (Ctrl+S), Close (Ctrl+W), Import, Export, Print (Ctrl+P),
Recover unsaved changes, Open workspace, Open a database server, Recent workspaces, Quit
(Ctrl+Q). Edit: Find (Ctrl+F). View: the list (Ctrl+1), the reviews (Ctrl+2), Refresh (F5),
projector mode and zoom. Agreement: Duplicate; Start review, Start extraordinary review, Compare
with earlier years; Sign, Verify signatures, Record ink signatures; the actions later work adds;
Delete. Tools: Make a trial certificate, Trusted certificates. Help: Guide (F1), About.

A function, not a class: its texts are translated in the context "MainMenus".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar

from coopbuilder.ui.failures import open_log_folder
from coopbuilder.ui.projector import ProjectorMode

if TYPE_CHECKING:
    from coopbuilder.ui.main_window import MainWindow


@dataclass
class MainActions:
    new: QAction
    open: QAction
    save: QAction
    close: QAction
    import_: QAction
    export: QAction
    print_: QAction
    recover: QAction
    duplicate: QAction
    delete: QAction
    find: QAction
    agreement_menu: QMenu
    view_menu: QMenu
    recent_menu: QMenu
    delete_separator: QAction
    """Actions added to the Agreement menu go before this separator (and Delete)."""
    needs_workspace: list[QAction] = field(default_factory=list)
    needs_editor: list[QAction] = field(default_factory=list)
    needs_agreement: list[QAction] = field(default_factory=list)


def build_menus(window: MainWindow, projector: ProjectorMode) -> MainActions:
    return MainMenus(window).build(projector)


class MainMenus:
    """The menus and the toolbar of a main window (its texts are translated in the context
    "MainMenus")."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("MainMenus", text)

    def build(self, projector: ProjectorMode) -> MainActions:
        window = self.window
        commands = window.commands
        style = window.style()
        icons = QStyle.StandardPixmap

        def action(
            text: str,
            slot: Callable[[], object],
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
            icon: QStyle.StandardPixmap | None = None,
            tip: str = "",
        ) -> QAction:
            made = QAction(text, window)
            made.triggered.connect(lambda: slot())
            if isinstance(shortcut, QKeySequence.StandardKey):
                made.setShortcuts(shortcut)  # every binding of the platform (Ctrl+W and Ctrl+F4)
            elif shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            if icon is not None:
                made.setIcon(style.standardIcon(icon))
            if tip:
                made.setToolTip(tip)
                made.setStatusTip(tip)
            return made

        keys = QKeySequence.StandardKey
        new = action(
            self.tr("&New agreement"), commands.new, keys.New, icons.SP_FileIcon,
            self.tr("Start a new agreement between two partners (Ctrl+N)"),
        )  # fmt: skip
        open_ = action(
            self.tr("&Open"), commands.open_selected, keys.Open, icons.SP_DialogOpenButton,
            self.tr("Open the agreement selected in the list (Ctrl+O, Enter)"),
        )  # fmt: skip
        save = action(
            self.tr("&Save"), lambda: _save_current(window), keys.Save, icons.SP_DialogSaveButton,
            self.tr("Save the open agreement (Ctrl+S)"),
        )  # fmt: skip
        close = action(self.tr("&Close agreement"), window.close_current, keys.Close)
        import_ = action(
            self.tr("&Import..."), window.transfer.import_file, "Ctrl+I", icons.SP_ArrowDown,
            self.tr("Add an agreement file a partner sent you (Ctrl+I)"),
        )  # fmt: skip
        export = action(
            self.tr("&Export..."), window.transfer.export, "Ctrl+E", icons.SP_ArrowUp,
            self.tr("Write the agreement to a file for a partner (Ctrl+E)"),
        )  # fmt: skip
        print_ = action(
            self.tr("&Print..."), commands.print_current, keys.Print,
            icons.SP_FileDialogDetailedView,
            self.tr("Print the agreement (Ctrl+P)"),
        )  # fmt: skip
        recover = action(
            self.tr("&Recover unsaved changes..."), lambda: window.recovery.offer(at_start=False)
        )
        open_workspace = action(self.tr("Open &workspace..."), window.opener.choose_file)
        open_server = action(self.tr("Open a database &server..."), window.opener.choose_server)
        quit_ = action(self.tr("&Quit"), window.close, keys.Quit)
        quit_.setMenuRole(QAction.MenuRole.QuitRole)

        file_menu = window.menuBar().addMenu(self.tr("&File"))
        for item in (new, open_, save, close, None, import_, export, None, print_, None, recover):
            _add(file_menu, item)
        file_menu.addSeparator()
        file_menu.addAction(open_workspace)
        file_menu.addAction(open_server)
        recent_menu = file_menu.addMenu(self.tr("&Recent workspaces"))
        recent_menu.aboutToShow.connect(lambda: window.opener.fill_recent(recent_menu))
        file_menu.addSeparator()
        file_menu.addAction(quit_)

        find = action(
            self.tr("&Find agreements"), window.find_agreements, keys.Find, None,
            self.tr("Search the list of agreements (Ctrl+F)"),
        )  # fmt: skip
        edit_menu = window.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(find)

        view_menu = window.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(action(self.tr("&Agreements"), window.show_list, "Ctrl+1"))
        view_menu.addAction(action(self.tr("Re&views"), window.reviews.show, "Ctrl+2"))
        view_menu.addAction(action(self.tr("&Refresh the list"), window.refresh, keys.Refresh))
        view_menu.addSeparator()
        view_actions = projector.actions(window)
        view_menu.addAction(view_actions[0])
        view_menu.addSeparator()
        for item in view_actions[1:]:
            view_menu.addAction(item)

        duplicate = action(
            self.tr("&Duplicate"), commands.duplicate, None, None,
            self.tr("Make a new draft agreement from this one"),
        )  # fmt: skip
        delete = action(self.tr("De&lete..."), commands.delete, None, icons.SP_TrashIcon)
        reviews, signing = window.reviews, window.signing
        review_actions = [
            action(
                self.tr("Start &review..."),
                lambda: reviews.start_review(extraordinary=False),
                None,
                None,
                self.tr("Review the signed agreement: a new draft version, rated again"),
            ),
            action(
                self.tr("Start e&xtraordinary review..."),
                lambda: reviews.start_review(extraordinary=True),
                None,
                None,
                self.tr("Review it now: after an incident, a change of staff or of the law"),
            ),
            action(
                self.tr("&Compare with earlier years"),
                reviews.compare_current,
                None,
                None,
                self.tr("This version beside the earlier ones: ratings, actions and changes"),
            ),
        ]
        signing_actions = [
            action(
                self.tr("&Sign..."),
                signing.sign,
                None,
                None,
                self.tr(
                    "Sign this version with a certificate file, or record a PDF signed elsewhere"
                ),
            ),
            action(
                self.tr("&Verify signatures..."),
                signing.verify,
                None,
                None,
                self.tr("Check the signatures of the signed PDF stored with this version"),
            ),
            action(
                self.tr("Record &ink signatures..."),
                signing.record_ink,
                None,
                None,
                self.tr("Print the final PDF, and record who signed it on paper, with the scan"),
            ),
        ]
        agreement_menu = window.menuBar().addMenu(self.tr("&Agreement"))
        for item in (duplicate, None, *review_actions, None, *signing_actions):
            _add(agreement_menu, item)
        delete_separator = agreement_menu.addSeparator()
        agreement_menu.addAction(delete)

        trial = action(self.tr("Make a &trial certificate..."), signing.trial_certificate)
        trusted = action(self.tr("T&rusted certificates..."), signing.trusted_certificates)
        tools_menu = window.menuBar().addMenu(self.tr("&Tools"))
        tools_menu.addAction(trial)
        tools_menu.addAction(trusted)
        tools_menu.addSeparator()
        tools_menu.addAction(action(self.tr("&Clause library..."), window.show_clause_library))

        help_menu = window.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(
            action(self.tr("CoopBuilder &guide"), window.show_guide, keys.HelpContents)
        )
        help_menu.addAction(action(self.tr("Open the &log folder"), open_log_folder))
        about = action(self.tr("&About CoopBuilder"), window.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

        toolbar = QToolBar(self.tr("Main toolbar"), window)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        for item in (new, open_, save, None, print_, None, import_, export):
            _add(toolbar, item)
        window.addToolBar(toolbar)

        return MainActions(
            new=new,
            open=open_,
            save=save,
            close=close,
            import_=import_,
            export=export,
            print_=print_,
            recover=recover,
            duplicate=duplicate,
            delete=delete,
            find=find,
            agreement_menu=agreement_menu,
            view_menu=view_menu,
            recent_menu=recent_menu,
            delete_separator=delete_separator,
            needs_workspace=[new, open_, import_, recover, find, trusted],
            needs_editor=[close],
            needs_agreement=[export, print_, duplicate, delete, *review_actions, *signing_actions],
        )


def _add(target: QMenu | QToolBar, item: QAction | None) -> None:
    if item is None:
        target.addSeparator()
    else:
        target.addAction(item)


def _save_current(window: MainWindow) -> None:
    editor = window.current_editor()
    if editor is not None:
        editor.save()

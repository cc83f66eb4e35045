"""The main window: the workspace's agreements, the reviews, and every agreement open in a tab of
its own.

The window lays out and routes; what the actions do lives in :mod:`agreement_commands` (New,
Open, Duplicate, Delete, Print), :mod:`transfer_commands` (Import, Export),
:mod:`recovery_commands` (changes never saved), :mod:`review_commands` (the Reviews tab, Start
review, the comparison), :mod:`signing_commands` (Sign, Verify signatures, Record ink signatures,
the certificates) and :mod:`workspace_opener` (which workspace). Later work extends the window in
three places:

- **views** beside the list of agreements: :meth:`MainWindow.add_view` puts a widget in a tab of
  its own after the list (the Reviews tab is one);
- **pages** the person may close (a comparison): :meth:`MainWindow.add_page`;
- **the Agreement menu**: :meth:`MainWindow.add_agreement_action` adds an action there that is
  enabled while there is a current agreement; its handler reads
  :meth:`MainWindow.current_agreement` (the agreement of the current tab, or the one selected in
  a list) and emits ``contents_changed`` after changing the workspace. A view that holds
  the workspace listens to ``workspace_changed`` (another workspace was opened) and
  ``contents_changed`` (the workspace changed). The commands see the window through
  :class:`~coopbuilder.ui.window_commands.CommandWindow`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QTabBar, QTabWidget, QToolBar, QWidget

from coopbuilder.core import clock
from coopbuilder.ui.agreement_commands import AgreementCommands
from coopbuilder.ui.agreement_list import AgreementListView
from coopbuilder.ui.agreement_ref import AgreementRef
from coopbuilder.ui.background import Background, BusyIndicator
from coopbuilder.ui.clause_library import ClauseLibraryChoice, ClauseLibraryDialog
from coopbuilder.ui.command import Needs
from coopbuilder.ui.dialogs import SigningDialogs
from coopbuilder.ui.help import GuideDialog, about_box
from coopbuilder.ui.language import LanguageChoice
from coopbuilder.ui.main_menus import build_menus, window_entries
from coopbuilder.ui.projector import ProjectorMode
from coopbuilder.ui.recovery_commands import RecoveryCommands
from coopbuilder.ui.review_commands import ReviewCommands
from coopbuilder.ui.signing_commands import SigningCommands
from coopbuilder.ui.transfer_commands import TransferCommands
from coopbuilder.ui.widgets.screen import ElidedLabel, fit_on_screen, short_location
from coopbuilder.ui.widgets.tabs import keep_umlauts
from coopbuilder.ui.wizard.review import ReviewPage
from coopbuilder.ui.workspace_opener import OpenWorkspace, WorkspaceOpener

if TYPE_CHECKING:
    from coopbuilder.store.workspace import Workspace
    from coopbuilder.ui.agreement_editor import OpenAgreement

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"


class MainWindow(QMainWindow):
    workspace_changed = Signal()
    """Another workspace was opened."""
    current_agreement_changed = Signal()
    contents_changed = Signal()
    """The workspace changed: something was saved, made, deleted, signed, imported or
    reviewed. Whatever changed it emits this; every view that shows the workspace listens
    (the list, the Reviews tab) and reads it again. Nothing refreshes a view by hand."""

    def __init__(
        self,
        settings: QSettings,
        projector: ProjectorMode,
        *,
        background: Background,
        dialogs: SigningDialogs,
        open_workspace: OpenWorkspace | None = None,
        autosave_ms: int | None = None,
        today: Callable[[], dt.date] = clock.today,
        language: LanguageChoice | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings
        self.background = background
        self.dialogs = dialogs
        self.workspace: Workspace | None = None
        self.today = today
        self._editors: list[OpenAgreement] = []
        self._pages: list[QWidget] = []
        self._may_close = False
        self._guide: GuideDialog | None = None
        self._clause_library_dialog: ClauseLibraryDialog | None = None
        self.clause_library = ClauseLibraryChoice(settings, background, dialogs, self)

        self.agreements = AgreementListView(background, today, self)
        self.contents_changed.connect(self.agreements.refresh)
        self.views = QTabWidget(self)
        self.views.setDocumentMode(True)
        self.views.setTabsClosable(True)
        self.views.tabBar().setSelectionBehaviorOnRemove(
            QTabBar.SelectionBehavior.SelectPreviousTab
        )
        keep_umlauts(self.views.tabBar())
        self.views.setAccessibleName(self.tr("Views and open agreements"))
        self.views.addTab(self.agreements, self.tr("Agreements"))
        self._fixed_views = 0
        self._fix_tab(0)
        self.views.tabCloseRequested.connect(self.close_tab)
        self.views.currentChanged.connect(lambda _: self.update_current())
        self.setCentralWidget(self.views)

        self.commands = AgreementCommands(self, background, dialogs, autosave_ms)
        self.transfer = TransferCommands(self, background, dialogs, autosave_ms)
        self.recovery = RecoveryCommands(self, background, dialogs, autosave_ms)
        self.opener = WorkspaceOpener(self, background, dialogs, settings, open_workspace)
        self.agreements.open_requested.connect(self.commands.open)
        self.agreements.delete_requested.connect(self.commands.delete)
        self.agreements.selection_changed.connect(self.update_current)
        self.reviews = ReviewCommands(self, background, dialogs, autosave_ms)
        self.signing = SigningCommands(self, background, dialogs, autosave_ms)

        self.actions_ = build_menus(
            self,
            projector,
            [
                *window_entries(self),
                *self.commands.menu_entries(),
                *self.transfer.menu_entries(),
                *self.recovery.menu_entries(),
                *self.opener.menu_entries(),
                *self.reviews.menu_entries(),
                *self.signing.menu_entries(),
            ],
        )
        if language is not None:
            self.actions_.view_menu.addSeparator()
            self.actions_.view_menu.addMenu(language.menu(self))
            language.chosen.connect(self.statusBar().showMessage)
        self.agreement_menu: QMenu = self.actions_.agreement_menu
        self._agreement_actions: list[QAction] = list(self.actions_.needing[Needs.AGREEMENT])

        self._fitted = False
        self.location = ElidedLabel(self)
        self.location.setAccessibleName(self.tr("Workspace location"))
        # No stretch: the status bar's messages ("Saved", ...) need the room on the left.
        self.statusBar().addPermanentWidget(self.location)
        self.library_label = QLabel(self)
        self.library_label.setAccessibleName(self.tr("Clause library in use"))
        self.statusBar().addPermanentWidget(self.library_label)
        self.clause_library.changed.connect(
            lambda: self.library_label.setText(self.clause_library.description())
        )
        self.library_label.setText(self.clause_library.description())
        self.statusBar().addPermanentWidget(BusyIndicator(background, self))
        self.location.setText(self.tr("Opening the workspace..."))
        self.setWindowTitle(self.tr("CoopBuilder"))
        self._restore_layout()
        self._size_icons()
        self.update_current()

    # -- extension points -----------------------------------------------------------------

    def add_view(self, widget: QWidget, title: str) -> int:
        """Put a view (e.g. the reviews) in a tab after the list and the other views; it is
        never closed. Returns its tab index."""
        self._fixed_views += 1
        index = self.views.insertTab(self._fixed_views, widget, title)
        self._fix_tab(index)
        return index

    def add_agreement_action(self, action: QAction) -> None:
        """Add an action to the Agreement menu, before Delete; it is enabled while there is a
        current agreement (see :meth:`current_agreement`)."""
        self.agreement_menu.insertAction(self.actions_.delete_separator, action)
        self._agreement_actions.append(action)
        action.setEnabled(self.current_agreement() is not None)

    def current_agreement(self) -> AgreementRef | None:
        """The agreement of the current tab (an open version, a comparison), else the one
        selected in the list (of agreements or of reviews)."""
        if self.workspace is None:
            return None
        tab = self.views.currentWidget()
        editor = self._editor_in(tab)
        if editor is not None:
            return editor.reference()
        if tab in self._pages:
            return self.reviews.reference_of(tab)
        summary = None
        if tab is self.agreements:
            summary = self.agreements.selected()
        elif tab is self.reviews.tab:
            summary = self.reviews.selected()
        if summary is None:
            return None
        return AgreementRef(summary.agreement_id, summary.number, summary.title, summary.status)

    def refresh(self) -> None:
        """Read the workspace again in every view (it changed from outside the program)."""
        self.contents_changed.emit()

    @property
    def dialog_parent(self) -> QWidget:
        return self

    def open_agreement(self, agreement_id: str, number: int | None = None) -> None:
        self.commands.open(agreement_id, number)

    def open_copy(self, copy_id: int) -> None:
        self.recovery.open_copy(copy_id)

    def add_page(self, widget: QWidget, title: str) -> None:
        """Show ``widget`` (e.g. a comparison) in a tab of its own that the person may close;
        it is deleted when closed."""
        self._pages.append(widget)
        self.views.setCurrentIndex(self.views.addTab(widget, title))

    # -- the workspace --------------------------------------------------------------------

    def set_workspace(self, workspace: Workspace) -> None:
        """Work in ``workspace`` from now on (the window closes it when done with it)."""
        old, self.workspace = self.workspace, workspace
        self.agreements.set_source(workspace.listing.page)
        self.location.setText(self.tr("Workspace: {location}").format(location=workspace.location))
        self.setWindowTitle(
            self.tr("{workspace} - CoopBuilder").format(
                workspace=short_location(workspace.location)
            )
        )
        if old is not None:
            old.close()
        self.update_current()
        self.workspace_changed.emit()
        self.recovery.offer(at_start=True)

    # -- tabs -----------------------------------------------------------------------------

    def _fix_tab(self, index: int) -> None:
        bar = self.views.tabBar()
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            bar.setTabButton(index, side, None)

    def editors(self) -> list[OpenAgreement]:
        return list(self._editors)

    def add_editor(self, editor: OpenAgreement) -> None:
        self._editors.append(editor)
        editor.wizard.with_page(ReviewPage, lambda review: review.remember_layout(self.settings))
        index = self.views.addTab(editor, editor.title())
        editor.title_changed.connect(lambda: self._retitle(editor))
        editor.stored.connect(self.contents_changed.emit)
        editor.stored.connect(
            lambda: self.statusBar().showMessage(
                self.tr("Saved '{title}'.").format(title=editor.title()), 8000
            )
        )
        self._retitle(editor)
        self.views.setCurrentIndex(index)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_editor(self, editor: OpenAgreement) -> None:
        self.views.setCurrentWidget(editor)

    def _retitle(self, editor: OpenAgreement) -> None:
        index = self.views.indexOf(editor)
        if index >= 0:
            self.views.setTabText(index, editor.title())
            self.views.setTabToolTip(index, editor.description())
        self.update_current()

    def close_tab(self, index: int) -> None:
        widget = self.views.widget(index)
        editor = self._editor_in(widget)
        if editor is not None:
            editor.request_close(lambda ok: self._closed(editor) if ok else None)
        elif widget in self._pages:
            self.close_page(widget)

    def pages(self) -> list[QWidget]:
        """The closable tabs that are not agreements (see :meth:`add_page`)."""
        return list(self._pages)

    def close_page(self, page: QWidget) -> None:
        if page in self._pages:
            self._pages.remove(page)
            self.views.removeTab(self.views.indexOf(page))
            page.deleteLater()

    def close_current(self) -> None:
        self.close_tab(self.views.currentIndex())

    def _closed(self, editor: OpenAgreement) -> None:
        if editor in self._editors:
            self._editors.remove(editor)
            self.views.removeTab(self.views.indexOf(editor))
            editor.deleteLater()
        self.contents_changed.emit()  # an untouched new agreement is not kept

    def close_editors(self, then: Callable[[bool], None]) -> None:
        """Close every open agreement, one after the other (each may ask about unsaved
        changes); ``then(False)`` as soon as the person keeps one open."""
        if not self._editors:
            then(True)
            return
        editor = self._editors[-1]
        self.views.setCurrentWidget(editor)

        def closed(ok: bool) -> None:
            if not ok:
                then(False)
                return
            self._closed(editor)
            self.close_editors(then)

        editor.request_close(closed)

    def show_list(self) -> None:
        self.views.setCurrentWidget(self.agreements)

    def find_agreements(self) -> None:
        self.show_list()
        self.agreements.focus_search()

    def current_editor(self) -> OpenAgreement | None:
        return self._editor_in(self.views.currentWidget())

    def _editor_in(self, tab: QWidget | None) -> OpenAgreement | None:
        """The open agreement that is ``tab`` (``None`` for the list, a view or a page)."""
        return next((e for e in self._editors if e is tab), None)

    def update_current(self) -> None:
        """Enable the actions for the current agreement (call it when that may have changed)."""
        has_workspace = self.workspace is not None
        current = self.current_agreement()
        editor = self.current_editor()
        enabled = {
            Needs.WORKSPACE: has_workspace,
            Needs.EDITOR: editor is not None,
            Needs.EDITABLE: editor is not None and editor.wizard.editable,
        }
        for needs, on in enabled.items():
            for action in self.actions_.needing[needs]:
                action.setEnabled(on)
        for action in self._agreement_actions:
            action.setEnabled(current is not None)
        self.current_agreement_changed.emit()

    # -- help -----------------------------------------------------------------------------

    def show_guide(self) -> None:
        if self._guide is None:
            self._guide = GuideDialog(self.background, self)
        self._guide.show()
        self._guide.raise_()

    def show_clause_library(self) -> None:
        """Tools > Clause library...: which library the PDFs are made with."""
        if self._clause_library_dialog is None:
            self._clause_library_dialog = ClauseLibraryDialog(self.clause_library, self)
        self._clause_library_dialog.show()
        self._clause_library_dialog.raise_()

    def show_about(self) -> None:
        box = about_box(self, self.background)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- layout and closing ---------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        fit_on_screen(self)
        state = self.settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)

    def _save_layout(self) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())

    def _size_icons(self) -> None:
        size = round(self.fontMetrics().height() * 1.25)
        for toolbar in self.findChildren(QToolBar):
            toolbar.setIconSize(QSize(size, size))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_icons()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._fitted:
            # The frame (title bar, borders) is known once the window is shown.
            self._fitted = True
            QTimer.singleShot(0, self, lambda: fit_on_screen(self))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._editors and not self._may_close:
            event.ignore()
            self.close_editors(self._editors_closed)
            return
        self._may_close = False
        self._save_layout()
        if self._guide is not None:
            self._guide.close()
        self.background.wait()
        if self.workspace is not None:
            self.workspace.close()
        super().closeEvent(event)

    def _editors_closed(self, ok: bool) -> None:
        if ok:
            self._may_close = True
            QTimer.singleShot(0, self.close)

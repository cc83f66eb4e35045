"""The annual review in the main window: the Reviews view in a tab of its own, a comparison with
the earlier years in a closable tab, and the Agreement menu's Start review..., Start
extraordinary review... and Compare with earlier years.

The Reviews view reads the workspace when its tab is first shown, and again when it is shown
after something changed; it is made anew when the window opens another workspace.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coopbuilder.ui.agreement_ref import AgreementRef
from coopbuilder.ui.background import Background
from coopbuilder.ui.command import Command, Menu, Needs
from coopbuilder.ui.dialogs import Dialogs
from coopbuilder.ui.widgets.fields import hint
from coopbuilder.ui.window_commands import CommandWindow, WindowCommands

if TYPE_CHECKING:
    from coopbuilder.store.models import AgreementSummary
    from coopbuilder.ui.review import ComparisonView, ReviewsView


class ReviewsTab(QWidget):
    """Holds the Reviews view of the window's workspace (a note while there is none)."""

    def __init__(
        self, make: Callable[[], ReviewsView | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._make = make
        self.view: ReviewsView | None = None
        self._stale = True
        self.empty = hint(self.tr("No workspace is open."), self)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.empty)

    def current_view(self) -> ReviewsView | None:
        """The view, made or read again if needed (``None`` without a workspace)."""
        if self.view is None:
            self.view = self._make()
            if self.view is not None:
                self.empty.hide()
                self._layout.addWidget(self.view)
        elif self._stale:
            self.view.refresh()
        self._stale = self.view is None
        return self.view

    def outdated(self) -> None:
        """The workspace changed: read it again now if the view is shown, else when it is."""
        self._stale = True
        if self.isVisible():
            self.current_view()

    def reset(self) -> None:
        """Another workspace: the view is made anew."""
        if self.view is not None:
            self.view.hide()
            self.view.deleteLater()
            self.view = None
        self.empty.show()
        self.outdated()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.current_view()


class ReviewCommands(WindowCommands):
    def __init__(
        self,
        window: CommandWindow,
        background: Background,
        dialogs: Dialogs,
        autosave_ms: int | None = None,
    ) -> None:
        super().__init__(window, background, dialogs, autosave_ms)
        self.tab = ReviewsTab(self._make_view, window.dialog_parent)
        self.tab.setAccessibleName(self.tr("Reviews"))
        window.add_view(self.tab, self.tr("Reviews"))
        window.workspace_changed.connect(self._workspace_changed)
        window.contents_changed.connect(self.tab.outdated)

    def menu_entries(self) -> list[Command]:
        return [
            Command(
                "reviews",
                Menu.VIEW,
                102,
                QCoreApplication.translate("MainMenus", "Re&views"),
                self.show,
                "Ctrl+2",
            ),
            Command(
                "start_review",
                Menu.AGREEMENT,
                201,
                QCoreApplication.translate("MainMenus", "Start &review..."),
                lambda: self.start_review(extraordinary=False),
                tip=QCoreApplication.translate(
                    "MainMenus", "Review the signed agreement: a new draft version, rated again"
                ),
                needs=Needs.AGREEMENT,
            ),
            Command(
                "start_extraordinary_review",
                Menu.AGREEMENT,
                202,
                QCoreApplication.translate("MainMenus", "Start e&xtraordinary review..."),
                lambda: self.start_review(extraordinary=True),
                tip=QCoreApplication.translate(
                    "MainMenus", "Review it now: after an incident, a change of staff or of the law"
                ),
                needs=Needs.AGREEMENT,
            ),
            Command(
                "compare",
                Menu.AGREEMENT,
                203,
                QCoreApplication.translate("MainMenus", "&Compare with earlier years"),
                self.compare_current,
                tip=QCoreApplication.translate(
                    "MainMenus",
                    "This version beside the earlier ones: ratings, actions and changes",
                ),
                needs=Needs.AGREEMENT,
            ),
        ]

    def _make_view(self) -> ReviewsView | None:
        from coopbuilder.ui.review import ReviewsView

        workspace = self._window.workspace
        if workspace is None:
            return None
        view = ReviewsView(
            workspace,
            background=self._background,
            dialogs=self._dialogs,
            libraries=self._window.clause_library.libraries,
            open_agreement=self._window.open_agreement,
            today=self._window.today,
        )
        view.comparison_requested.connect(self.compare)
        view.selection_changed.connect(self._window.update_current)
        view.review_started.connect(lambda *_: self._window.contents_changed.emit())
        return view

    def _workspace_changed(self) -> None:
        for page in self._comparisons():
            self._window.close_page(page)  # they read the workspace that was closed
        self.tab.reset()

    def show(self) -> None:
        self._window.views.setCurrentWidget(self.tab)

    def selected(self) -> AgreementSummary | None:
        """The agreement chosen in the Reviews view."""
        return self.tab.view.selected_summary() if self.tab.view is not None else None

    def reference_of(self, page: QWidget) -> AgreementRef | None:
        """The version a comparison tab shows (``None`` while it is being made)."""
        from coopbuilder.ui.review import ComparisonView

        if not isinstance(page, ComparisonView) or page.shown is None:
            return None
        agreement = page.shown.agreement
        return AgreementRef(agreement.id, agreement.version, agreement.title, agreement.status)

    # -- the Agreement menu ---------------------------------------------------------------

    def start_review(self, *, extraordinary: bool = False) -> None:
        """Start a review of the current agreement, as the Reviews view does (its dialog asks
        for the date, and for an extraordinary review the reason); the new draft opens."""
        ref = self._window.current_agreement()
        view = self.tab.current_view()
        if ref is not None and view is not None:
            view.start_review_of(ref.agreement_id, ref.title, extraordinary)

    def compare_current(self) -> None:
        ref = self._window.current_agreement()
        if ref is not None:
            self.compare(ref.agreement_id, ref.number)

    def compare(self, agreement_id: str, number: int) -> None:
        """Show version ``number`` compared with the earlier years, in a tab of its own (the
        one already open for it, if there is one)."""
        from coopbuilder.ui.review import ComparisonView

        for page in self._comparisons():
            if page.source == (agreement_id, number):
                self._window.views.setCurrentWidget(page)
                return
        view = ComparisonView(
            self._workspace,
            background=self._background,
            dialogs=self._dialogs,
            renderer=self._window.clause_library.renderer,
        )
        view.setAccessibleName(self.tr("Comparison with the earlier years"))
        view.loaded.connect(lambda: self._retitle(view))
        view.loaded.connect(self._window.update_current)
        self._window.add_page(view, self.tr("Comparison"))
        view.load(agreement_id, number)

    def _retitle(self, view: ComparisonView) -> None:
        index = self._window.views.indexOf(view)
        if index >= 0 and view.shown is not None:
            agreement = view.shown.agreement
            self._window.views.setTabText(
                index,
                self.tr("Comparison: {title}, version {number}").format(
                    title=agreement.title, number=agreement.version
                ),
            )

    def _comparisons(self) -> list[ComparisonView]:
        pages = self._window.pages()
        if not pages:
            return []  # and the review screens need not be loaded (at start)
        from coopbuilder.ui.review import ComparisonView

        return [p for p in pages if isinstance(p, ComparisonView)]

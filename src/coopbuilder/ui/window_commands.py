"""What the main window's actions share: the open workspace, running workspace calls off the GUI
thread (a failure is shown with the store's message), the status bar, and opening an agreement
in a tab of its own.

The commands see the window through :class:`CommandWindow`, the few things they need of it, and
never each other: one command that needs another's work asks the window
(:meth:`CommandWindow.open_agreement`, :meth:`CommandWindow.open_copy`). A command that changed
the workspace emits ``contents_changed``; the views that show the workspace listen to it.

The actions themselves live in :mod:`agreement_commands` (New, Open, Duplicate, Delete, Print),
:mod:`transfer_commands` (Import, Export) and :mod:`recovery_commands` (changes never saved).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QStatusBar, QTabWidget, QWidget

from coopbuilder.core.agreement import Agreement
from coopbuilder.store.models import StoredVersion
from coopbuilder.ui.background import Background
from coopbuilder.ui.dialogs import Dialogs, show_problem

if TYPE_CHECKING:
    from coopbuilder.store.workspace import Workspace
    from coopbuilder.ui.agreement_editor import OpenAgreement
    from coopbuilder.ui.agreement_list import AgreementListView
    from coopbuilder.ui.agreement_ref import AgreementRef
    from coopbuilder.ui.clause_library import ClauseLibraryChoice
    from coopbuilder.ui.store_session import StoreSession

T = TypeVar("T")

logger = logging.getLogger(__name__)


def load_version(
    workspace: Workspace, agreement_id: str, number: int | None = None
) -> tuple[StoredVersion, Agreement | None]:
    """A version to open (off the GUI thread), with the version a review started it from, whose
    ratings the readiness page shows beside the new ones (``None`` if no review started it)."""
    from coopbuilder.workflows.review import reviewed_version

    stored = workspace.agreements.load(agreement_id, number)
    return stored, reviewed_version(workspace, agreement_id, stored.number)


class CommandWindow(Protocol):
    """What the commands need from the window they act in (the main window is one)."""

    workspace: Workspace | None
    today: Callable[[], dt.date]
    views: QTabWidget
    """The tabs: the list, the views beside it, the open agreements and the pages."""
    agreements: AgreementListView
    clause_library: ClauseLibraryChoice

    @property
    def workspace_changed(self) -> SignalInstance:
        """Another workspace was opened."""
        ...

    @property
    def contents_changed(self) -> SignalInstance:
        """The workspace changed (emitted by whatever changed it; views read it again)."""
        ...

    @property
    def dialog_parent(self) -> QWidget:
        """The widget the commands' dialogs belong to (the window itself)."""
        ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)

    def current_agreement(self) -> AgreementRef | None: ...

    def current_editor(self) -> OpenAgreement | None: ...

    def editors(self) -> list[OpenAgreement]: ...

    def add_editor(self, editor: OpenAgreement) -> None: ...

    def show_editor(self, editor: OpenAgreement) -> None: ...

    def update_current(self) -> None: ...

    def show_list(self) -> None: ...

    def add_view(self, widget: QWidget, title: str) -> int: ...

    def add_page(self, widget: QWidget, title: str) -> None: ...

    def pages(self) -> list[QWidget]: ...

    def close_tab(self, index: int) -> None: ...

    def close_page(self, page: QWidget) -> None: ...

    def open_agreement(self, agreement_id: str, number: int | None = None) -> None:
        """Open a version (the latest without ``number``) in a tab of its own."""
        ...

    def open_copy(self, copy_id: int) -> None:
        """Show a kept copy of unsaved changes beside its version."""
        ...


class WindowCommands(QObject):
    def __init__(
        self,
        window: CommandWindow,
        background: Background,
        dialogs: Dialogs,
        autosave_ms: int | None = None,
    ) -> None:
        super().__init__(window.dialog_parent)
        self._window = window
        self._parent = window.dialog_parent
        self._background = background
        self._dialogs = dialogs
        self._autosave_ms = autosave_ms

    @property
    def _workspace(self) -> Workspace:
        workspace = self._window.workspace
        assert workspace is not None, "the actions are disabled without a workspace"
        return workspace

    def _run(self, title: str, work: Callable[[], T], done: Callable[[T], None]) -> None:
        """``work`` off the GUI thread; a failure is shown under ``title``."""
        self._background.run(work, done, lambda error: self._error(title, error), self)

    def _error(self, title: str, error: Exception) -> None:
        show_problem(self._dialogs, self._parent, title, error)

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 8000)

    def _session(self, stored: StoredVersion, *, created: bool = False) -> StoreSession:
        from coopbuilder.ui.store_session import StoreSession

        return StoreSession(self._workspace, self._background, stored, created=created)

    def _edit(self, session: StoreSession, previous: Agreement | None = None) -> None:
        """Open the session's version in a tab; ``previous`` is the version a review started
        it from (see :func:`load_version`)."""
        from coopbuilder.ui.agreement_editor import AgreementEditor

        kwargs: dict[str, Any] = {}
        if self._autosave_ms is not None:
            kwargs["autosave_ms"] = self._autosave_ms
        editor = AgreementEditor(
            session,
            background=self._background,
            dialogs=self._dialogs,
            renderer=self._window.clause_library.renderer,
            previous=previous,
            **kwargs,
        )
        editor.copy_kept.connect(self._window.open_copy)
        self._window.add_editor(editor)
        logger.info("Opened agreement %s, version %d", session.agreement_id, session.number)

    def _editors_of(self, agreement_id: str, number: int | None = None) -> list[OpenAgreement]:
        """The tabs that edit this agreement (this version; any version without ``number``)."""
        return [
            editor
            for editor in self._window.editors()
            if (ref := editor.reference()) is not None
            and ref.agreement_id == agreement_id
            and number in (None, ref.number)
        ]

    def _open_editor_of(self, agreement_id: str, number: int | None = None) -> bool:
        """Show the tab that edits this agreement (this version), if there is one."""
        editors = self._editors_of(agreement_id, number)
        if editors:
            self._window.show_editor(editors[0])
        return bool(editors)

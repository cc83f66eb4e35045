"""An agreement version in the workspace, as the wizard edits it.

:class:`StoreSession` is the :class:`~coopbuilder.ui.session.AgreementSession` on a
:class:`~coopbuilder.store.workspace.Workspace`:

- **save** stores the version with the revision it was loaded at; if someone saved it meanwhile,
  the store keeps the edit as a conflict copy and :attr:`StoreSession.conflict` says so;
- **autosave** keeps the edit as the workspace's recovery copy of the version (offered on the
  next start after a crash), **discard** throws that copy away;
- a signed version is read-only; :meth:`StoreSession.new_version` makes a new draft from it.

Every store call runs through the :class:`~coopbuilder.ui.background.Background` helper, one
at a time and in order (an autosave waiting behind another call is replaced by a newer one), so
a save never overtakes an autosave. Results come back on the GUI thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from coopbuilder.core.agreement import Agreement
from coopbuilder.store.errors import ConflictError
from coopbuilder.store.models import CopyKind, RecoveredDraft, StoredVersion
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.background import Background
from coopbuilder.ui.session import Done

logger = logging.getLogger(__name__)


@dataclass
class _Call:
    """One store call waiting its turn. ``prepare`` runs on the GUI thread when the call's
    turn comes (so it sees the newest revision) and returns the work for the worker thread."""

    kind: str
    prepare: Callable[[], Callable[[], Any]]
    apply: Callable[[Any], None]
    done: list[Done] = field(default_factory=list)


class StoreSession(QObject):
    changed = Signal()
    """The session moved to another version or revision (saved, new version, reloaded)."""
    conflict = Signal(object)
    """A save lost against someone else's save; the argument is the :class:`ConflictError`
    (its ``copy_id`` names the conflict copy that holds the edit)."""

    def __init__(
        self,
        workspace: Workspace,
        background: Background,
        stored: StoredVersion,
        *,
        created: bool = False,
        parent: QObject | None = None,
    ) -> None:
        """A session on a version as loaded from the workspace. ``created``: the version was
        made for this session (New), so closing it untouched may remove it again."""
        super().__init__(parent)
        self._workspace = workspace
        self._background = background
        self._queue: list[_Call] = []
        self._running = False
        self.note = ""
        """Why this edit is not the saved version (a recovered copy), for the person."""
        self.created = created
        self.saved_once = False
        """Whether the person saved during this session."""
        self.signed_by: tuple[str, ...] = ()
        """Who has signed this version so far, while it is being signed (it then no longer
        changes); read from the workspace after the version is loaded."""
        self._move_to(stored)
        self._read_signatures()

    @classmethod
    def recovered(
        cls,
        workspace: Workspace,
        background: Background,
        draft: RecoveredDraft,
        parent: QObject | None = None,
    ) -> StoreSession:
        """A session on an autosave copy found at start: unsaved from the first moment, saved
        with the revision the edit began at."""
        copy = draft.recovery
        version = StoredVersion(
            agreement_id=copy.agreement_id,
            number=copy.number,
            status=draft.agreement.status,
            title=copy.title,
            revision=copy.base_revision,
            based_on=None,
            created_at=copy.saved_at,
            created_by=copy.saved_by,
            saved_at=copy.saved_at,
            saved_by=copy.saved_by,
            agreement=draft.agreement,
        )
        session = cls(workspace, background, version, parent=parent)
        session._saved = None
        session._autosaved = copy.kind is CopyKind.AUTOSAVE
        session.note = draft.note
        return session

    def _move_to(self, stored: StoredVersion) -> None:
        content = stored.agreement.model_copy(
            update={"id": stored.agreement_id, "version": stored.number, "status": stored.status}
        )
        self._version = stored.model_copy(update={"agreement": content})
        self._saved: Agreement | None = content
        self._current = content
        self._autosaved = False
        self.note = ""

    # -- what the wizard and the window read ----------------------------------------------

    @property
    def agreement(self) -> Agreement:
        return self._current.model_copy(deep=True)

    @property
    def current(self) -> Agreement:
        """The agreement as the session holds it, not a copy (as :attr:`agreement` makes one):
        to read, never to change."""
        return self._current

    @property
    def agreement_id(self) -> str:
        return self._version.agreement_id

    @property
    def number(self) -> int:
        return self._version.number

    @property
    def revision(self) -> int:
        return self._version.revision

    @property
    def is_editable(self) -> bool:
        return self._version.is_editable and not self.signed_by

    @property
    def workspace(self) -> Workspace:
        """The workspace the version is in (for work on it beside editing: render, re-check)."""
        return self._workspace

    @property
    def busy(self) -> bool:
        return self._running or bool(self._queue)

    def has_unsaved_changes(self, agreement: Agreement) -> bool:
        """Whether ``agreement`` differs from the version as saved in the workspace."""
        if not self.is_editable:
            return False
        return self._saved is None or agreement != self._saved

    @property
    def has_autosave(self) -> bool:
        """Whether the workspace holds an autosave copy of this session's edit."""
        return self._autosaved

    # -- AgreementSession -----------------------------------------------------------------

    def save(self, agreement: Agreement, done: Done) -> None:
        draft = agreement.model_copy(deep=True)

        def prepare() -> Callable[[], StoredVersion]:
            revision = self.revision
            return lambda: self._workspace.agreements.save(draft, revision)

        def apply(stored: StoredVersion) -> None:
            self._move_to(stored)
            self.saved_once = True
            self.changed.emit()

        self._submit(_Call("save", prepare, apply, [done]))

    def autosave(self, agreement: Agreement, done: Done) -> None:
        draft = agreement  # the wizard's copy, which it no longer changes (no second copy)

        def prepare() -> Callable[[], None]:
            revision = self.revision
            return lambda: self._workspace.recovery.autosave(draft, revision)

        def apply(_: object) -> None:
            self._current = draft
            self._autosaved = True

        waiting = next((c for c in self._queue if c.kind == "autosave"), None)
        if waiting is not None:  # a newer state replaces one that has not started yet
            waiting.prepare, waiting.apply = prepare, apply
            waiting.done.append(done)
            return
        self._submit(_Call("autosave", prepare, apply, [done]))

    # -- more than the wizard asks --------------------------------------------------------

    def discard(self, done: Done) -> None:
        """Throw away the autosave copy of the edit; the saved version stays as it is."""
        agreement_id, number = self.agreement_id, self.number

        def apply(_: object) -> None:
            self._autosaved = False
            if self._saved is not None:
                self._current = self._saved

        self._submit(
            _Call(
                "discard", lambda: lambda: self._drop_autosave(agreement_id, number), apply, [done]
            )
        )

    def new_version(self, done: Done) -> None:
        """Make a new draft version from this (signed) version and edit that instead."""
        agreement_id, number = self.agreement_id, self.number
        self._submit(
            _Call(
                "new_version",
                lambda: lambda: self._workspace.agreements.new_version(agreement_id, number),
                self._switch,
                [done],
            )
        )

    def reload(self, done: Done) -> None:
        """Load the version as it is saved now (after a conflict); this person's autosave copy
        of it goes, since the conflict copy holds the same edit."""
        agreement_id, number = self.agreement_id, self.number

        def work() -> StoredVersion:
            self._drop_autosave(agreement_id, number)
            return self._workspace.agreements.load(agreement_id, number)

        self._submit(_Call("reload", lambda: work, self._switch, [done]))

    def remove_agreement(self, done: Done) -> None:
        """Delete the agreement again (a new one the person closed without keeping)."""
        agreement_id = self.agreement_id
        self._submit(
            _Call(
                "remove",
                lambda: lambda: self._workspace.agreements.delete_agreement(agreement_id),
                lambda _: None,
                [done],
            )
        )

    def _drop_autosave(self, agreement_id: str, number: int) -> None:
        """Remove this person's autosave copy of the version (on the worker thread)."""
        recovery = self._workspace.recovery
        for copy in recovery.recoverable():
            if (
                copy.kind is CopyKind.AUTOSAVE
                and copy.agreement_id == agreement_id
                and copy.number == number
            ):
                recovery.discard(copy.id)

    def _switch(self, stored: StoredVersion) -> None:
        self._move_to(stored)
        self.signed_by = ()
        self.changed.emit()
        self._read_signatures()

    def _read_signatures(self) -> None:
        """Who has signed a version that can still change (a signed one never does)."""
        if not self._version.is_editable:
            return
        signing, agreement_id, number = self._workspace.signing, self.agreement_id, self.number

        def apply(names: tuple[str, ...]) -> None:
            if names != self.signed_by and self.number == number:
                self.signed_by = names
                self.changed.emit()

        self._submit(
            _Call(
                "signatures",
                lambda: (
                    lambda: tuple(
                        s.record.signatory for s in signing.signatures(agreement_id, number)
                    )
                ),
                apply,
            )
        )

    # -- one call at a time ---------------------------------------------------------------

    def _submit(self, call: _Call) -> None:
        self._queue.append(call)
        if not self._running:
            self._next()

    def _next(self) -> None:
        if not self._queue:
            self._running = False
            return
        self._running = True
        call = self._queue.pop(0)
        work = call.prepare()
        started = time.monotonic()
        self._background.run(
            work,
            lambda result: self._finished(call, result, started),
            lambda error: self._failed(call, error),
            self,
        )

    def _finished(self, call: _Call, result: object, started: float) -> None:
        logger.log(
            logging.DEBUG if call.kind == "autosave" else logging.INFO,
            "%s of agreement %s, version %d: %d ms",
            call.kind,
            self.agreement_id,
            self.number,
            (time.monotonic() - started) * 1000,
        )
        try:
            call.apply(result)
            for done in call.done:
                done(None)
        finally:
            self._next()

    def _failed(self, call: _Call, error: Exception) -> None:
        try:
            for done in call.done:
                done(error)
            if isinstance(error, ConflictError):
                self.conflict.emit(error)
        finally:
            self._next()

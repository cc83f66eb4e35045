"""Changes that were never saved: the autosave copies left by a crash, and the copies kept when a
save lost against someone else's. Offered on start (and from File > Recover unsaved changes...).

An autosave copy that can still be saved opens for editing, with a note that it was recovered.
A copy that cannot (someone saved the version since) opens read-only beside the version, to
take its changes over from.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coopbuilder.core.agreement import Agreement
from coopbuilder.store.models import CopyKind, RecoveredDraft, RecoveryCopy
from coopbuilder.ui.command import Command, Menu, Needs
from coopbuilder.ui.texts import format_moment
from coopbuilder.ui.window_commands import WindowCommands


class RecoveryCommands(WindowCommands):
    def menu_entries(self) -> list[Command]:
        return [
            Command(
                "recover",
                Menu.FILE,
                401,
                QCoreApplication.translate("MainMenus", "&Recover unsaved changes..."),
                lambda: self.offer(at_start=False),
                needs=Needs.WORKSPACE,
            ),
        ]

    def offer(self, *, at_start: bool) -> None:
        """Offer the copies the workspace keeps of changes that were never saved."""
        workspace = self._workspace
        self._run(
            self.tr("Recover unsaved changes"),
            workspace.recovery.recoverable,
            lambda copies: self._offer(copies, at_start=at_start),
        )

    def _offer(self, copies: list[RecoveryCopy], *, at_start: bool) -> None:
        title = self.tr("Recover unsaved changes")
        open_ids = {
            (r.agreement_id, r.number)
            for e in self._window.editors()
            if (r := e.reference()) is not None
        }
        shown = {e.copy_id for e in self._window.editors() if e.copy_id is not None}
        copies = [
            c
            for c in copies
            if c.id not in shown
            and not (c.kind is CopyKind.AUTOSAVE and (c.agreement_id, c.number) in open_ids)
        ]
        if not copies:
            if not at_start:
                self._dialogs.inform(
                    self._parent, title, self.tr("No unsaved changes are kept in this workspace.")
                )
            return
        lines = "\n".join(
            self.tr("• '{title}', version {version}: {what} at {time}").format(
                title=c.title,
                version=c.number,
                what=self.tr("autosaved")
                if c.kind is CopyKind.AUTOSAVE
                else self.tr("kept after a save by someone else"),
                time=format_moment(c.saved_at),
            )
            for c in copies
        )
        question = self.tr(
            "CoopBuilder kept changes that were never saved:\n{copies}\n\nOpen them now? If "
            "you do not, they stay kept (File > Recover unsaved changes...)."
        ).format(copies=lines)
        if self._dialogs.ask(self._parent, title, question, [self.tr("&Open them")]) == 0:
            for copy in copies:
                self._recover(copy)

    def _recover(self, copy: RecoveryCopy) -> None:
        from coopbuilder.ui.store_session import StoreSession

        workspace = self._workspace

        def recovered(found: tuple[RecoveredDraft, Agreement | None]) -> None:
            draft, previous = found
            if copy.kind is CopyKind.AUTOSAVE and not copy.stale:
                self._edit(StoreSession.recovered(workspace, self._background, draft), previous)
            else:  # saving it would conflict again: show it beside the version
                self._window.open_agreement(copy.agreement_id, copy.number)
                self._show_copy(copy.id, draft.agreement, draft.note)

        def work() -> tuple[RecoveredDraft, Agreement | None]:
            from coopbuilder.workflows.review import reviewed_version

            draft = workspace.recovery.recover(copy.id)
            return draft, reviewed_version(workspace, copy.agreement_id, copy.number)

        self._run(self.tr("Recover unsaved changes"), work, recovered)

    def open_copy(self, copy_id: int) -> None:
        workspace = self._workspace
        self._run(
            self.tr("Recover unsaved changes"),
            lambda: workspace.recovery.recover(copy_id),
            lambda draft: self._show_copy(copy_id, draft.agreement, draft.note),
        )

    def _show_copy(self, copy_id: int, agreement: Agreement, note: str) -> None:
        from coopbuilder.ui.agreement_editor import CopyView

        view = CopyView(
            self._workspace,
            copy_id,
            agreement,
            note,
            background=self._background,
            dialogs=self._dialogs,
            renderer=self._window.clause_library.renderer,
        )
        view.discarded.connect(lambda: self._window.close_tab(self._window.views.indexOf(view)))
        current = self._window.views.currentWidget()
        self._window.add_editor(view)
        if current is not None:
            self._window.views.setCurrentWidget(current)

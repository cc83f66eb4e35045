"""What the main window's agreement actions do: New, Open, Duplicate, Import, Export, Delete,
Print, and offering the changes that were not saved (after a crash, or a lost save).

Every workspace call runs off the GUI thread through the Background helper; the store's
messages (a signed version cannot be deleted, a wrong passphrase, ...) reach the person as they
are.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.envelope import PassphraseRequiredError, WrongPassphraseError
from coopbuilder.store.errors import NotFoundError
from coopbuilder.store.models import CopyKind, RecoveredDraft, RecoveryCopy, StoredVersion
from coopbuilder.ui.agreement_ref import AgreementRef
from coopbuilder.ui.background import Background
from coopbuilder.ui.dialogs import Dialogs, problem_text
from coopbuilder.ui.files import documents_folder, file_name
from coopbuilder.ui.session import new_agreement
from coopbuilder.ui.texts import choice_label

if TYPE_CHECKING:
    from coopbuilder.store.workspace import Workspace
    from coopbuilder.ui.main_window import MainWindow
    from coopbuilder.ui.store_session import StoreSession

T = TypeVar("T")
FILES = "CoopBuilder agreement files (*.json);;All files (*)"


class AgreementCommands(QObject):
    def __init__(
        self,
        window: MainWindow,
        background: Background,
        dialogs: Dialogs,
        autosave_ms: int | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._background = background
        self._dialogs = dialogs
        self._autosave_ms = autosave_ms

    # -- helpers --------------------------------------------------------------------------

    @property
    def _workspace(self) -> Workspace:
        workspace = self._window.workspace
        assert workspace is not None, "the actions are disabled without a workspace"
        return workspace

    def _run(self, title: str, work: Callable[[], T], done: Callable[[T], None]) -> None:
        """``work`` off the GUI thread; a failure is shown under ``title``."""
        self._background.run(work, done, lambda error: self._error(title, error), self)

    def _error(self, title: str, error: Exception) -> None:
        self._dialogs.error(self._window, title, problem_text(error))

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 8000)

    def _session(self, stored: StoredVersion, *, created: bool = False) -> StoreSession:
        from coopbuilder.ui.store_session import StoreSession

        return StoreSession(self._workspace, self._background, stored, created=created)

    def _edit(self, session: StoreSession) -> None:
        from coopbuilder.ui.agreement_editor import AgreementEditor

        kwargs: dict[str, Any] = {}
        if self._autosave_ms is not None:
            kwargs["autosave_ms"] = self._autosave_ms
        editor = AgreementEditor(
            session, background=self._background, dialogs=self._dialogs, **kwargs
        )
        editor.copy_kept.connect(self._open_copy)
        self._window.add_editor(editor)

    def _open_editor_of(self, agreement_id: str, number: int | None = None) -> bool:
        """Show the tab that edits this agreement (this version), if there is one."""
        for editor in self._window.editors():
            ref = editor.reference()
            if (
                ref is not None
                and ref.agreement_id == agreement_id
                and number in (None, ref.number)
            ):
                self._window.show_editor(editor)
                return True
        return False

    # -- new, open, duplicate -------------------------------------------------------------

    def new(self) -> None:
        agreement = new_agreement()
        workspace = self._workspace
        self._run(
            self.tr("New agreement"),
            lambda: workspace.agreements.create(agreement),
            lambda stored: self._edit(self._session(stored, created=True)),
        )

    def open_selected(self) -> None:
        summary = self._window.agreements.selected()
        if summary is None:
            self._window.show_list()
            self._window.agreements.table.setFocus()
            self._status(self.tr("Choose an agreement in the list, then press Enter."))
            return
        self.open(summary.agreement_id)

    def open(self, agreement_id: str, number: int | None = None) -> None:
        if self._open_editor_of(agreement_id, number):
            return
        workspace = self._workspace
        self._run(
            self.tr("Open the agreement"),
            lambda: workspace.agreements.load(agreement_id, number),
            lambda stored: self._edit(self._session(stored)),
        )

    def duplicate(self) -> None:
        ref = self._window.current_agreement()
        if ref is None:
            return
        workspace = self._workspace

        def made(stored: StoredVersion) -> None:
            self._window.refresh()
            self._status(self.tr("Made '{title}'.").format(title=stored.title))
            self._edit(self._session(stored))

        self._run(
            self.tr("Duplicate the agreement"),
            lambda: workspace.agreements.duplicate(ref.agreement_id, ref.number),
            made,
        )

    # -- import and export ----------------------------------------------------------------

    def import_file(self) -> None:
        path = self._dialogs.open_file(self._window, self.tr("Import an agreement file"), FILES)
        if path is not None:
            self._read_for_import(path, None)

    def _read_for_import(self, path: Path, passphrase: str | None) -> None:
        from coopbuilder.core.exchange import read_exchange_file

        title = self.tr("Import an agreement file")
        workspace = self._workspace

        def work() -> tuple[Agreement, str | None]:
            agreement = read_exchange_file(path, passphrase)
            try:
                existing = workspace.agreements.versions(agreement.id)[-1].title
            except NotFoundError:
                existing = None
            return agreement, existing

        def failed(error: Exception) -> None:
            if isinstance(error, PassphraseRequiredError | WrongPassphraseError):
                question = (
                    self.tr("{problem} Type the passphrase again:").format(problem=error)
                    if isinstance(error, WrongPassphraseError)
                    else self.tr(
                        "{file} is protected with a passphrase. Type the passphrase the "
                        "partner gave you:"
                    ).format(file=path.name)
                )
                again = self._dialogs.ask_text(self._window, title, question, secret=True)
                if again:
                    self._read_for_import(path, again)
                return
            self._error(title, error)

        self._background.run(
            work, lambda found: self._import(path, found[0], found[1]), failed, self
        )

    def _import(self, path: Path, agreement: Agreement, existing: str | None) -> None:
        title = self.tr("Import an agreement file")
        as_version_of: str | None = None
        if existing is not None:
            answer = self._dialogs.ask(
                self._window,
                title,
                self.tr(
                    "{file} holds a version of '{title}', which is in this workspace. Add it "
                    "as the newest version of that agreement, or as a separate agreement?"
                ).format(file=path.name, title=existing),
                [self.tr("Add as a new &version"), self.tr("Add as a &separate agreement")],
            )
            if answer is None:
                return
            as_version_of = agreement.id if answer == 0 else None
        workspace = self._workspace

        def imported(stored: StoredVersion) -> None:
            self._window.refresh()
            self._status(
                self.tr("Imported {file} as version {version} of '{title}'.").format(
                    file=path.name, version=stored.number, title=stored.title
                )
            )
            self._window.agreements.listed.connect(self._select_once(stored.agreement_id))

        self._run(
            title,
            lambda: workspace.transfer.import_agreement(agreement, as_version_of, path.name),
            imported,
        )

    def _select_once(self, agreement_id: str) -> Callable[[], None]:
        listing = self._window.agreements

        def select() -> None:
            listing.listed.disconnect(select)
            listing.select(agreement_id)

        return select

    def export(self) -> None:
        ref = self._window.current_agreement()
        if ref is None:
            return
        title = self.tr("Export the agreement")
        editor = self._window.current_editor()
        if editor is not None and editor.reference() == ref and editor.has_unsaved_changes():
            answer = self._dialogs.ask(
                self._window,
                title,
                self.tr(
                    "'{title}' has changes that are not saved; the file gets the agreement as "
                    "last saved. Save the changes first?"
                ).format(title=ref.title),
                [self.tr("&Save, then export"), self.tr("&Export the saved version")],
            )
            if answer is None:
                return
            if answer == 0:
                editor.wizard.save(lambda saved: self._export(ref) if saved else None)
                return
        self._export(ref)

    def _export(self, ref: AgreementRef) -> None:
        title = self.tr("Export the agreement")
        suggested = self.tr("{title} - version {version}.json").format(
            title=ref.title, version=ref.number
        )
        path = self._dialogs.save_file(
            self._window, title, FILES, str(documents_folder() / file_name(suggested))
        )
        if path is None:
            return
        passphrase = self._dialogs.ask_text(
            self._window,
            title,
            self.tr(
                "Protect the file with a passphrase? Type one, or leave the field empty to write "
                "the file unprotected. Tell the partner the passphrase another way (by phone)."
            ),
            secret=True,
        )
        if passphrase is None:
            return
        if passphrase:
            again = self._dialogs.ask_text(
                self._window, title, self.tr("Type the passphrase once more:"), secret=True
            )
            if again is None:
                return
            if again != passphrase:
                self._dialogs.error(
                    self._window,
                    title,
                    self.tr("The two passphrases differ; nothing was written. Export again."),
                )
                return
        workspace = self._workspace
        self._run(
            title,
            lambda: workspace.transfer.export_file(
                ref.agreement_id, path, ref.number, passphrase or None
            ),
            lambda stored: self._status(
                self.tr("Exported version {version} of '{title}' to {file}.").format(
                    version=stored.number, title=stored.title, file=path
                )
            ),
        )

    # -- delete ---------------------------------------------------------------------------

    def delete(self) -> None:
        ref = self._window.current_agreement()
        if ref is None:
            return
        title = self.tr("Delete")
        if any(
            (r := e.reference()) is not None and r.agreement_id == ref.agreement_id
            for e in self._window.editors()
        ):
            self._dialogs.error(
                self._window,
                title,
                self.tr("'{title}' is open; close its tab first, then delete it.").format(
                    title=ref.title
                ),
            )
            return
        workspace = self._workspace
        self._run(
            title,
            lambda: workspace.agreements.versions(ref.agreement_id),
            lambda versions: self._ask_delete(ref, len(versions)),
        )

    def _ask_delete(self, ref: AgreementRef, versions: int) -> None:
        title = self.tr("Delete")
        whole = True
        if versions > 1:
            answer = self._dialogs.ask(
                self._window,
                title,
                self.tr(
                    "'{title}' has {count} versions. Delete only version {version} ({status}), "
                    "or the whole agreement with every version? This cannot be undone."
                ).format(
                    title=ref.title,
                    count=versions,
                    version=ref.number,
                    status=choice_label(ref.status).lower(),
                ),
                [
                    self.tr("Delete version {version}").format(version=ref.number),
                    self.tr("Delete the whole agreement"),
                ],
            )
            if answer is None:
                return
            whole = answer == 1
        elif not self._dialogs.confirm(
            self._window,
            title,
            self.tr("Delete '{title}'? This cannot be undone.").format(title=ref.title),
        ):
            return
        agreements = self._workspace.agreements

        def work() -> None:
            if whole:
                agreements.delete_agreement(ref.agreement_id)
            else:
                agreements.delete_version(ref.agreement_id, ref.number)

        def deleted(_: object) -> None:
            self._window.refresh()
            self._status(self.tr("Deleted '{title}'.").format(title=ref.title))

        self._run(title, work, deleted)

    # -- print ----------------------------------------------------------------------------

    def print_current(self) -> None:
        editor = self._window.current_editor()
        if editor is not None:
            editor.print_agreement()
            return
        ref = self._window.current_agreement()
        if ref is None:
            return
        from coopbuilder.ui.preview import render_agreement_pdf
        from coopbuilder.ui.printing import pdf_document, print_document

        workspace = self._workspace

        def rendered(pdf: bytes) -> None:
            document = pdf_document(pdf, self)
            try:
                print_document(self._window, self._dialogs, document, ref.title, preview=False)
            finally:
                document.deleteLater()

        self._run(
            self.tr("Print the agreement"),
            lambda: render_agreement_pdf(workspace.agreements.load(ref.agreement_id).agreement),
            rendered,
        )

    # -- changes that were not saved ------------------------------------------------------

    def offer_recovery(self, *, at_start: bool) -> None:
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
                    self._window, title, self.tr("No unsaved changes are kept in this workspace.")
                )
            return
        lines = "\n".join(
            self.tr("• '{title}', version {version}: {what} at {time}").format(
                title=c.title,
                version=c.number,
                what=self.tr("autosaved")
                if c.kind is CopyKind.AUTOSAVE
                else self.tr("kept after a save by someone else"),
                time=c.saved_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            )
            for c in copies
        )
        question = self.tr(
            "CoopBuilder kept changes that were never saved:\n{copies}\n\nOpen them now? If "
            "you do not, they stay kept (File > Recover unsaved changes...)."
        ).format(copies=lines)
        if self._dialogs.ask(self._window, title, question, [self.tr("&Open them")]) == 0:
            for copy in copies:
                self._recover(copy)

    def _recover(self, copy: RecoveryCopy) -> None:
        from coopbuilder.ui.store_session import StoreSession

        workspace = self._workspace

        def recovered(draft: RecoveredDraft) -> None:
            if copy.kind is CopyKind.AUTOSAVE and not copy.stale:
                self._edit(StoreSession.recovered(workspace, self._background, draft))
            else:  # saving it would conflict again: show it beside the version
                self.open(copy.agreement_id, copy.number)
                self._show_copy(copy.id, draft.agreement, draft.note)

        self._run(
            self.tr("Recover unsaved changes"),
            lambda: workspace.recovery.recover(copy.id),
            recovered,
        )

    def _open_copy(self, copy_id: int) -> None:
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
        )
        view.discarded.connect(lambda: self._window.close_tab(self._window.views.indexOf(view)))
        current = self._window.views.currentWidget()
        self._window.add_editor(view)
        if current is not None:
            self._window.views.setCurrentWidget(current)

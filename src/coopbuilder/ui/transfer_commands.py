"""Import and Export: agreement files for partners, protected with a passphrase if wanted.

A file whose agreement is already in the workspace may come in as its newest version or as a
separate agreement; nothing is ever overwritten. A protected file asks for its passphrase (again,
if it was wrong); a passphrase to protect an exported file is typed twice.

A signed final PDF comes in with the agreement it carries (see
:mod:`coopbuilder.workflows.signed_import`), read, verified and stored off the GUI thread: signed
when its signatures hold, else as a draft, and a message says which and why.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.envelope import PassphraseRequiredError, WrongPassphraseError
from coopbuilder.store.errors import NotFoundError
from coopbuilder.store.models import StoredVersion
from coopbuilder.ui.agreement_ref import AgreementRef
from coopbuilder.ui.command import Command, Menu, Needs
from coopbuilder.ui.files import documents_folder, file_name
from coopbuilder.ui.texts import error_text
from coopbuilder.ui.window_commands import WindowCommands


class TransferCommands(WindowCommands):
    def menu_entries(self) -> list[Command]:
        icons = QStyle.StandardPixmap
        return [
            Command(
                "import",
                Menu.FILE,
                201,
                QCoreApplication.translate("MainMenus", "&Import..."),
                self.import_file,
                "Ctrl+I",
                icons.SP_ArrowDown,
                QCoreApplication.translate(
                    "MainMenus", "Add an agreement file a partner sent you (Ctrl+I)"
                ),
                Needs.WORKSPACE,
                toolbar=301,
            ),
            Command(
                "export",
                Menu.FILE,
                202,
                QCoreApplication.translate("MainMenus", "&Export..."),
                self.export,
                "Ctrl+E",
                icons.SP_ArrowUp,
                QCoreApplication.translate(
                    "MainMenus", "Write the agreement to a file for a partner (Ctrl+E)"
                ),
                Needs.AGREEMENT,
                toolbar=302,
            ),
        ]

    def _files(self) -> str:
        return self.tr("CoopBuilder agreement files (*.coopagreement *.json);;All files (*)")

    def _import_files(self) -> str:
        return self.tr(
            "CoopBuilder agreement files and signed agreement PDFs "
            "(*.coopagreement *.json *.pdf);;All files (*)"
        )

    # -- import and export ----------------------------------------------------------------

    def import_file(self) -> None:
        path = self._dialogs.open_file(
            self._parent, self.tr("Import an agreement file"), self._import_files()
        )
        if path is None:
            return
        if path.suffix.lower() == ".pdf":
            self._import_signed_pdf(path)
        else:
            self._read_for_import(path, None)

    def _import_signed_pdf(self, path: Path) -> None:
        from coopbuilder.core.files import read_user_file
        from coopbuilder.workflows.signed_import import (
            MAX_PDF_BYTES,
            SignedPdfImport,
            import_signed_pdf,
        )

        title = self.tr("Import a signed agreement PDF")
        workspace = self._workspace

        def work() -> SignedPdfImport:
            pdf = read_user_file(path, "a PDF", max_bytes=MAX_PDF_BYTES)
            return import_signed_pdf(workspace, pdf, path.name)

        def imported(done: SignedPdfImport) -> None:
            stored = done.stored
            self._window.contents_changed.emit()
            self._window.agreements.listed.connect(self._select_once(stored.agreement_id))
            if done.signed:
                message = self.tr(
                    "Imported {file} as version {version} of '{title}', signed by {signers}: "
                    "every signature verifies."
                ).format(
                    file=path.name,
                    version=stored.number,
                    title=stored.title,
                    signers=", ".join(done.signers),
                )
                if done.untrusted_signers:
                    message += " " + self.tr(
                        "Not marked trusted in this workspace: {signers}. Check their "
                        "certificates with them before relying on the signatures."
                    ).format(signers=", ".join(done.untrusted_signers))
            else:
                message = self.tr(
                    "Imported {file} as version {version} of '{title}' as a draft: it does not "
                    "count as signed in this workspace, because {reasons}."
                ).format(
                    file=path.name,
                    version=stored.number,
                    title=stored.title,
                    reasons="; ".join(error_text(reason) for reason in done.reasons),
                )
            self._dialogs.inform(self._parent, title, message)

        self._run(title, work, imported)

    def open_file(self, path: Path) -> None:
        """Import ``path`` as if it had been chosen in File > Import (a file opened from the
        desktop or the command line)."""
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
                    self.tr("{problem} Type the passphrase again:").format(
                        problem=error_text(error)
                    )
                    if isinstance(error, WrongPassphraseError)
                    else self.tr(
                        "{file} is protected with a passphrase. Type the passphrase the "
                        "partner gave you:"
                    ).format(file=path.name)
                )
                again = self._dialogs.ask_text(self._parent, title, question, secret=True)
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
                self._parent,
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
            self._window.contents_changed.emit()
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
                self._parent,
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
        suggested = self.tr("{title} - version {version}.coopagreement").format(
            title=ref.title, version=ref.number
        )
        path = self._dialogs.save_file(
            self._parent, title, self._files(), str(documents_folder() / file_name(suggested))
        )
        if path is None:
            return
        known = [ref.title]
        passphrase = self._dialogs.export_passphrase(self._parent, title, known, self._background)
        if passphrase is None:
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

"""What the main window's agreement actions do: New, Open, Duplicate, Delete and Print.

Every workspace call runs off the GUI thread; the store's messages (a signed version cannot be
deleted, ...) reach the person as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QStyle

from coopbuilder.store.models import StoredVersion
from coopbuilder.ui.agreement_ref import AgreementRef
from coopbuilder.ui.command import Command, Menu, Needs
from coopbuilder.ui.session import new_agreement
from coopbuilder.ui.texts import choice_label
from coopbuilder.ui.window_commands import WindowCommands, load_version


class AgreementCommands(WindowCommands):
    def menu_entries(self) -> list[Command]:
        keys, icons = QKeySequence.StandardKey, QStyle.StandardPixmap
        return [
            Command(
                "new",
                Menu.FILE,
                101,
                QCoreApplication.translate("MainMenus", "&New agreement"),
                self.new,
                keys.New,
                icons.SP_FileIcon,
                QCoreApplication.translate(
                    "MainMenus", "Start a new agreement between two partners (Ctrl+N)"
                ),
                Needs.WORKSPACE,
                toolbar=101,
            ),
            Command(
                "open",
                Menu.FILE,
                102,
                QCoreApplication.translate("MainMenus", "&Open"),
                self.open_selected,
                keys.Open,
                icons.SP_DialogOpenButton,
                QCoreApplication.translate(
                    "MainMenus", "Open the agreement selected in the list (Ctrl+O, Enter)"
                ),
                Needs.WORKSPACE,
                toolbar=102,
            ),
            Command(
                "print",
                Menu.FILE,
                301,
                QCoreApplication.translate("MainMenus", "&Print..."),
                self.print_current,
                keys.Print,
                icons.SP_FileDialogDetailedView,
                QCoreApplication.translate("MainMenus", "Print the agreement (Ctrl+P)"),
                Needs.AGREEMENT,
                toolbar=201,
            ),
            Command(
                "duplicate",
                Menu.AGREEMENT,
                101,
                QCoreApplication.translate("MainMenus", "&Duplicate"),
                self.duplicate,
                tip=QCoreApplication.translate(
                    "MainMenus", "Make a new draft agreement from this one"
                ),
                needs=Needs.AGREEMENT,
            ),
            Command(
                "delete",
                Menu.AGREEMENT,
                9001,
                QCoreApplication.translate("MainMenus", "De&lete..."),
                self.delete,
                icon=icons.SP_TrashIcon,
                needs=Needs.AGREEMENT,
            ),
        ]

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
            lambda: load_version(workspace, agreement_id, number),
            lambda found: self._edit(self._session(found[0]), previous=found[1]),
        )

    def duplicate(self) -> None:
        ref = self._window.current_agreement()
        if ref is None:
            return
        workspace = self._workspace

        def made(stored: StoredVersion) -> None:
            self._window.contents_changed.emit()
            self._status(self.tr("Made '{title}'.").format(title=stored.title))
            self._edit(self._session(stored))

        self._run(
            self.tr("Duplicate the agreement"),
            lambda: workspace.agreements.duplicate(ref.agreement_id, ref.number),
            made,
        )

    # -- delete ---------------------------------------------------------------------------

    def delete(self) -> None:
        ref = self._window.current_agreement()
        if ref is None:
            return
        title = self.tr("Delete")
        if self._editors_of(ref.agreement_id):
            self._dialogs.error(
                self._parent,
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
                self._parent,
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
            self._parent,
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
            self._window.contents_changed.emit()
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
        from coopbuilder.ui.preview import version_renderer
        from coopbuilder.ui.printing import print_document

        workspace, renderer = self._workspace, self._window.clause_library.renderer

        def rendered(pdf: bytes) -> None:
            print_document(self._parent, self._dialogs, pdf, ref.title, preview=False)

        self._run(
            self.tr("Print the agreement"),
            lambda: version_renderer(workspace, renderer)(
                workspace.agreements.load(ref.agreement_id, ref.number).agreement
            ),
            rendered,
        )

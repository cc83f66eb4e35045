"""Signing from the main window: the Agreement menu's Sign..., Verify signatures... and Record
ink signatures... on the current agreement's version, and the Tools menu's Make a trial
certificate... and Trusted certificates....

A version is signed as it is saved: a tab with unsaved changes of it is saved first (if the
person agrees). When a dialog has stored something (a signature, the final PDF that marks the
version ready to sign), the list and the tabs of that version show the version as it is now.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog

from coopbuilder.ui.agreement_ref import AgreementRef
from coopbuilder.ui.background import Background
from coopbuilder.ui.command import Command, Menu, Needs
from coopbuilder.ui.dialogs import SigningDialogs
from coopbuilder.ui.window_commands import CommandWindow, WindowCommands

if TYPE_CHECKING:
    from coopbuilder.ui.signing.common import VersionDialog


class SigningCommands(WindowCommands):
    def __init__(
        self,
        window: CommandWindow,
        background: Background,
        dialogs: SigningDialogs,
        autosave_ms: int | None = None,
    ) -> None:
        super().__init__(window, background, dialogs, autosave_ms)
        self._signing_dialogs = dialogs

    def menu_entries(self) -> list[Command]:
        return [
            Command(
                "sign",
                Menu.AGREEMENT,
                301,
                QCoreApplication.translate("MainMenus", "&Sign..."),
                self.sign,
                tip=QCoreApplication.translate(
                    "MainMenus",
                    "Sign this version with a certificate file, or record a PDF signed elsewhere",
                ),
                needs=Needs.AGREEMENT,
            ),
            Command(
                "verify",
                Menu.AGREEMENT,
                302,
                QCoreApplication.translate("MainMenus", "&Verify signatures..."),
                self.verify,
                tip=QCoreApplication.translate(
                    "MainMenus", "Check the signatures of the signed PDF stored with this version"
                ),
                needs=Needs.AGREEMENT,
            ),
            Command(
                "record_ink",
                Menu.AGREEMENT,
                303,
                QCoreApplication.translate("MainMenus", "Record &ink signatures..."),
                self.record_ink,
                tip=QCoreApplication.translate(
                    "MainMenus",
                    "Print the final PDF, and record who signed it on paper, with the scan",
                ),
                needs=Needs.AGREEMENT,
            ),
            Command(
                "trial_certificate",
                Menu.TOOLS,
                101,
                QCoreApplication.translate("MainMenus", "Make a &trial certificate..."),
                self.trial_certificate,
            ),
            Command(
                "trusted_certificates",
                Menu.TOOLS,
                102,
                QCoreApplication.translate("MainMenus", "T&rusted certificates..."),
                self.trusted_certificates,
                needs=Needs.WORKSPACE,
            ),
        ]

    # -- the Agreement menu ---------------------------------------------------------------

    def sign(self) -> None:
        """The Sign dialog on the current version (saved first if it has unsaved changes)."""
        from coopbuilder.ui.signing import SignDialog

        self._version_dialog(SignDialog, self.tr("Sign the agreement"))

    def record_ink(self) -> None:
        """The Record ink signatures dialog on the current version (saved first)."""
        from coopbuilder.ui.signing import InkSignaturesDialog

        self._version_dialog(InkSignaturesDialog, self.tr("Record ink signatures"))

    def verify(self) -> None:
        """The Verify dialog on the signed PDF stored with the current version (or with the
        signed version before it)."""
        ref = self._window.current_agreement()
        if ref is None:
            return
        from coopbuilder.workflows.signing import signed_pdf_up_to

        title = self.tr("Verify the signatures")
        workspace = self._workspace

        def found(signed: tuple[int, bytes] | None) -> None:
            if signed is None:
                self._dialogs.inform(
                    self._parent,
                    title,
                    self.tr(
                        "No digitally signed PDF is stored with '{title}' up to version "
                        "{number}. A version signed in ink keeps the scan of the signed pages; "
                        "opening the version checks that the scan is unchanged."
                    ).format(title=ref.title, number=ref.number),
                )
                return
            from coopbuilder.ui.signing import VerifyDialog

            number, pdf = signed
            source = self.tr("the signed PDF of version {number} of '{title}'").format(
                number=number, title=ref.title
            )
            dialog = VerifyDialog(
                workspace,
                pdf,
                source,
                background=self._background,
                dialogs=self._signing_dialogs,
                parent=self._parent,
            )
            self._open(dialog)

        self._run(title, lambda: signed_pdf_up_to(workspace, ref.agreement_id, ref.number), found)

    # -- the Tools menu -------------------------------------------------------------------

    def trial_certificate(self) -> None:
        from coopbuilder.ui.signing import TrialCertificateDialog

        dialog = TrialCertificateDialog(
            background=self._background,
            dialogs=self._signing_dialogs,
            workspace=self._window.workspace,
            parent=self._parent,
        )
        self._open(dialog)

    def trusted_certificates(self) -> None:
        from coopbuilder.ui.signing import TrustedCertificatesDialog

        dialog = TrustedCertificatesDialog(
            self._workspace,
            background=self._background,
            dialogs=self._signing_dialogs,
            parent=self._parent,
        )
        self._open(dialog)

    # -- shared ---------------------------------------------------------------------------

    def _version_dialog(self, kind: type[VersionDialog], title: str) -> None:
        ref = self._window.current_agreement()
        if ref is None:
            return

        def open_dialog() -> None:
            dialog = kind(
                self._workspace,
                ref.agreement_id,
                ref.number,
                background=self._background,
                dialogs=self._signing_dialogs,
                library=self._window.clause_library.renderer,
                parent=self._parent,
            )
            dialog.recorded.connect(lambda _: self._changed(ref))
            self._open(dialog, ref)

        editor = next(iter(self._editors_of(ref.agreement_id, ref.number)), None)
        if editor is None or not editor.has_unsaved_changes():
            open_dialog()
            return
        answer = self._dialogs.ask(
            self._parent,
            title,
            self.tr(
                "'{title}' has changes that are not saved. A version is signed as it is saved: "
                "save the changes first?"
            ).format(title=ref.title),
            [self.tr("&Save")],
        )
        if answer == 0:
            editor.wizard.save(lambda saved: open_dialog() if saved else None)

    def _open(self, dialog: QDialog, ref: AgreementRef | None = None) -> None:
        """Show ``dialog`` (modal to the window); once closed, it is deleted and the version
        it worked on is shown as it is stored now."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if ref is not None:
            dialog.finished.connect(lambda _: self._changed(ref))
        dialog.open()

    def _changed(self, ref: AgreementRef) -> None:
        """Something about this version was stored: list the agreements again and show the
        version afresh in its tabs."""
        from coopbuilder.ui.agreement_editor import AgreementEditor

        self._window.contents_changed.emit()
        for editor in self._editors_of(ref.agreement_id, ref.number):
            if isinstance(editor, AgreementEditor):
                editor.reload()

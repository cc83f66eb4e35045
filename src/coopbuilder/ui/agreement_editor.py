"""One agreement open in the main window: the wizard, and above it a notice with what the person
should know about this version (signed, recovered, a conflict) and what they can do about it.

:class:`AgreementEditor` edits a version in the workspace through a :class:`StoreSession`.
:class:`CopyView` shows a recovery or conflict copy read-only beside the version it belongs to,
so its changes can be taken over. Both close through ``request_close(then)``, which never loses
an edit: the autosave copy is written first, then the person chooses Save, Discard or Cancel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.checks import Severity
from coopbuilder.documents.rendering import Renderer
from coopbuilder.store.errors import ConflictError
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.agreement_ref import AgreementRef
from coopbuilder.ui.background import Background
from coopbuilder.ui.dialogs import Dialogs, show_problem
from coopbuilder.ui.preview import PdfOutput, Render, version_renderer
from coopbuilder.ui.printing import print_document
from coopbuilder.ui.session import AgreementSession, MemorySession
from coopbuilder.ui.signing.recheck_banner import RecheckBanner
from coopbuilder.ui.store_session import StoreSession
from coopbuilder.ui.texts import choice_label
from coopbuilder.ui.widgets.marks import severity_mark, style_for
from coopbuilder.ui.wizard import Wizard, create_wizard
from coopbuilder.ui.wizard.contacts import ContactsPage
from coopbuilder.ui.wizard.findings import FindingsPage
from coopbuilder.ui.wizard.readiness import ReadinessPage
from coopbuilder.ui.wizard.record import RecordAccess, ReviewRecordPage
from coopbuilder.ui.wizard.shell import AUTOSAVE_MS

Then = Callable[[bool], None]
"""Told whether the tab may close."""


def _record_access(session: StoreSession) -> RecordAccess:
    """The record of the review that started the session's version, in its workspace."""
    from coopbuilder.workflows.review import starting_review

    workspace, agreement_id, number = session.workspace, session.agreement_id, session.number
    return RecordAccess(
        read=lambda: starting_review(workspace, agreement_id, number),
        keep=lambda review_id, record: workspace.reviews.update_review(
            review_id, record, while_draft=True
        ),
    )


class OpenAgreement(QWidget):
    """A wizard with a notice bar above it."""

    title_changed = Signal()
    stored = Signal()
    """Something changed in the workspace (a save, a new version, a copy discarded)."""
    copy_id: int | None = None
    """The recovery copy shown (a :class:`CopyView`), else ``None``."""

    def __init__(
        self,
        session: AgreementSession,
        *,
        background: Background,
        dialogs: Dialogs,
        autosave_ms: int,
        read_only: bool,
        renderer: Renderer,
        previous: Agreement | None = None,
        record: RecordAccess | None = None,
        render: Render | None = None,
        word: Render | None = None,
        changes: Render | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``previous``: the version a review started this one from (its ratings show
        faintly on the readiness page); ``record``: how to read and keep that review's record
        (the wizard's first step); ``render`` makes the agreement's PDF (default:
        ``renderer``'s), ``word`` its Word document (likewise), ``changes`` the PDF with the
        changes against the signed version marked, ``renderer`` the other PDFs."""
        super().__init__(parent)
        self._background = background
        self._dialogs = dialogs
        self._render = render = render or renderer.agreement
        self.wizard: Wizard = create_wizard(
            session,
            background=background,
            dialogs=dialogs,
            output=lambda owner: PdfOutput(
                owner,
                background=background,
                dialogs=dialogs,
                renderer=renderer,
                render=render,
                word=word,
                changes=changes,
            ),
            autosave_ms=autosave_ms,
            previous=previous,
            record=record,
            read_only=read_only,
            parent=self,
        )
        self.notice_bar = QFrame(self)
        self.notice = QLabel(self.notice_bar)
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAccessibleName(
            QCoreApplication.translate("OpenAgreement", "Notice about this agreement")
        )
        self._notice_buttons = QHBoxLayout()
        bar = QHBoxLayout(self.notice_bar)
        bar.addWidget(self.notice, 1)
        bar.addLayout(self._notice_buttons)
        self.notice_bar.setObjectName("notice")
        self.notice_bar.hide()
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.addWidget(self.notice_bar)
        self._column.addWidget(self.wizard, 1)
        self.setFocusProxy(self.wizard)

    def add_banner(self, banner: QWidget) -> None:
        """Show ``banner`` (e.g. a warning about the signed file) above the wizard."""
        self._column.insertWidget(self._column.indexOf(self.wizard), banner)

    def notice_button(self, text: str, act: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self.notice_bar)
        button.clicked.connect(act)
        self._notice_buttons.addWidget(button)
        return button

    def show_notice(self, text: str) -> None:
        mark = severity_mark(Severity.WARNING)
        self.notice_bar.setStyleSheet(
            f"QFrame#notice {{ {style_for(mark)} }} QLabel {{ color: {mark.foreground.name()}; }}"
        )
        self.notice.setText(f"{mark.symbol} {text}")
        self.notice_bar.setVisible(bool(text))

    def title(self) -> str:
        raise NotImplementedError

    def description(self) -> str:
        """What the tab's tooltip says: version and status."""
        agreement = self.wizard.taken()
        return QCoreApplication.translate(
            "OpenAgreement", "{title}, version {version}, {status}"
        ).format(
            title=agreement.title,
            version=agreement.version,
            status=choice_label(agreement.status).lower(),
        )

    def reference(self) -> AgreementRef | None:
        """The version in the workspace this tab edits (``None`` for a copy)."""
        return None

    def has_unsaved_changes(self) -> bool:
        return False

    def save(self) -> None:
        """Save (the person's Ctrl+S); a copy to read has nothing to save."""

    def request_close(self, then: Then) -> None:
        raise NotImplementedError

    def print_agreement(self) -> None:
        """Print the agreement as it stands, after rendering it off the GUI thread."""
        agreement = self.wizard.agreement()
        title = QCoreApplication.translate("OpenAgreement", "Print the agreement")
        render = self._render

        def rendered(pdf: bytes) -> None:
            print_document(self, self._dialogs, pdf, agreement.title, preview=False)

        self._background.run(
            lambda: render(agreement),
            rendered,
            lambda error: show_problem(self._dialogs, self, title, error),
            self,
        )


class AgreementEditor(OpenAgreement):
    """A version of an agreement in the workspace, open in the wizard."""

    copy_kept = Signal(int)
    """A save lost against someone else's; the argument is the conflict copy's id."""

    def __init__(
        self,
        session: StoreSession,
        *,
        background: Background,
        dialogs: Dialogs,
        renderer: Renderer,
        previous: Agreement | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session,
            background=background,
            dialogs=dialogs,
            autosave_ms=autosave_ms,
            read_only=False,
            renderer=renderer,
            previous=previous,
            record=_record_access(session) if previous is not None else None,
            render=version_renderer(session.workspace, renderer),
            word=version_renderer(session.workspace, renderer, word=True),
            changes=version_renderer(session.workspace, renderer, changes=True),
            parent=parent,
        )
        self.session = session
        session.setParent(self)  # its late results are dropped once the tab is gone
        self._after_conflict = False
        self._number = session.number
        self._review_draft = previous is not None
        self.new_version_button = self.notice_button(
            self.tr("&Edit as a new version..."), self.edit_as_new_version
        )
        self.recheck = RecheckBanner(session.workspace, background=background, parent=self)
        self.add_banner(self.recheck)
        self.recheck.start(session.agreement_id, session.number)
        session.changed.connect(self._session_changed)
        session.conflict.connect(self._conflict)
        self.wizard.saved.connect(self.stored)
        self.wizard.saved.connect(self.title_changed)
        self._explain()

    def title(self) -> str:
        """The agreement's title; a review's draft says so, with its version (two versions of
        one agreement may be open side by side)."""
        title = self.session.current.title
        if self._review_draft and self.session.is_editable:
            return self.tr("Review: {title}, version {number}").format(
                title=title, number=self.session.number
            )
        return title

    def reference(self) -> AgreementRef:
        shown = self.session.current
        session = self.session
        return AgreementRef(session.agreement_id, session.number, shown.title, shown.status)

    def has_unsaved_changes(self) -> bool:
        return self.session.has_unsaved_changes(self.wizard.agreement())

    def _explain(self, text: str = "") -> None:
        signed = not self.session.is_editable
        self.new_version_button.setVisible(signed)
        being_signed = signed and self.session.current.is_editable
        self.wizard.lock(
            self.tr("Signatures of this version are recorded; it cannot be changed.")
            if being_signed
            else ""
        )
        if being_signed:
            text = self.tr(
                "Version {version} is being signed ({names} signed it): it no longer changes. "
                "To change the agreement, make a new draft version from it; it is then signed "
                "anew."
            ).format(version=self.session.number, names=", ".join(self.session.signed_by))
        elif signed:
            text = self.tr(
                "Version {version} is {status}: it never changes. To change the agreement, "
                "make a new draft version from it."
            ).format(
                version=self.session.number,
                status=choice_label(self.session.current.status).lower(),
            )
        self.show_notice(text or self.session.note)

    def _session_changed(self) -> None:
        if self.session.number != self._number:  # a new version: no review started it
            self._number = self.session.number
            self._review_draft = False
            for page in self.wizard.pages:
                if isinstance(page, ReadinessPage | ContactsPage | FindingsPage):
                    page.set_previous(None)
                if isinstance(page, ReviewRecordPage):
                    page.detach()
        if self.wizard.agreement() != self.session.agreement:
            self.wizard.reload()
        self.recheck.start(self.session.agreement_id, self.session.number)
        self._explain()
        self.title_changed.emit()
        self.stored.emit()

    # -- the person's actions -------------------------------------------------------------

    def save(self) -> None:
        self.wizard.save()

    def reload(self) -> None:
        """Show the version as it is stored now (after signing changed it in the workspace)."""
        self.session.reload(lambda error: self._report(self.tr("Open the version"), error))

    def edit_as_new_version(self) -> None:
        title = self.tr("Edit as a new version")
        if not self._dialogs.confirm(
            self,
            title,
            self.tr(
                "Version {version} of '{title}' is {status} and never changes. Make a new draft "
                "version from it, to change it?"
            ).format(
                version=self.session.number,
                title=self.session.agreement.title,
                status=choice_label(self.session.agreement.status).lower(),
            ),
        ):
            return
        self.session.new_version(lambda error: self._report(title, error))

    def _conflict(self, error: ConflictError) -> None:
        """The wizard has shown the store's message; now show the version as saved, and the
        person's changes beside it."""
        self._after_conflict = True
        self.session.reload(lambda problem: self._report(self.tr("Open the version"), problem))
        if error.copy_id is not None:
            self.copy_kept.emit(error.copy_id)

    def _report(self, title: str, error: Exception | None) -> None:
        if error is not None:
            show_problem(self._dialogs, self, title, error)
        elif self._after_conflict:
            self._after_conflict = False
            self._explain(
                self.tr(
                    "This is the version as it was saved by someone else. Your changes are in "
                    "the tab beside this one: take over what you need, then discard the copy."
                )
            )

    def request_close(self, then: Then) -> None:
        if not self.session.is_editable:
            then(True)
            return
        self.wizard.autosave(lambda _: self._decide(then))

    def _decide(self, then: Then) -> None:
        agreement = self.wizard.agreement()
        session = self.session
        unused = session.created and not session.saved_once
        if not session.has_unsaved_changes(agreement):
            if unused:
                session.remove_agreement(lambda _: then(True))
            elif session.has_autosave:
                session.discard(lambda _: then(True))
            else:
                then(True)
            return
        answer = self._dialogs.ask(
            self,
            self.tr("Close the agreement"),
            self.tr("'{title}' has changes that are not saved. Save them before closing?").format(
                title=agreement.title
            ),
            [self.tr("&Save"), self.tr("&Discard changes")],
        )
        if answer == 0:
            self.wizard.save(then)
        elif answer == 1:
            # A failure to tidy up loses nothing: the copy is offered again on the next start.
            if unused:
                session.remove_agreement(lambda _: then(True))
            else:
                session.discard(lambda _: then(True))
        else:
            then(False)


class CopyView(OpenAgreement):
    """A recovery or conflict copy, read-only, with "Discard this copy"."""

    discarded = Signal()

    def __init__(
        self,
        workspace: Workspace,
        copy_id: int,
        agreement: Agreement,
        note: str,
        *,
        background: Background,
        dialogs: Dialogs,
        renderer: Renderer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            MemorySession(agreement),
            background=background,
            dialogs=dialogs,
            autosave_ms=0,
            read_only=True,
            renderer=renderer,
            parent=parent,
        )
        self._workspace = workspace
        self.copy_id = copy_id
        self.notice_button(self.tr("D&iscard this copy..."), self.discard)
        self.show_notice(note)

    def title(self) -> str:
        return self.tr("Copy: {title}").format(title=self.wizard.agreement().title)

    def request_close(self, then: Then) -> None:
        then(True)  # the copy stays in the workspace until it is discarded

    def discard(self) -> None:
        title = self.tr("Discard this copy")
        if not self._dialogs.confirm(
            self,
            title,
            self.tr(
                "Throw away this copy of your changes to '{title}'? This cannot be undone."
            ).format(title=self.wizard.agreement().title),
        ):
            return
        copy_id = self.copy_id
        assert copy_id is not None
        self._background.run(
            lambda: self._workspace.recovery.discard(copy_id),
            lambda _: self.discarded.emit(),
            lambda error: show_problem(self._dialogs, self, title, error),
            self,
        )

"""The wizard around the pages: the list of steps, the page, Back and Next, and autosave.

The wizard edits a working copy of the session's agreement. Leaving a page (Back, Next, a click
in the list of steps) first asks the page's ``check()``: if it lists problems, the page stays
and shows them; otherwise the page saves into the working copy, the copy is autosaved, and the
next page loads from it. A page given as :class:`~coopbuilder.ui.wizard.page.Later` is built
when it is first shown, so that opening an agreement builds only the page in view. Every few
seconds the current page is saved into a copy and autosaved if anything changed, so a crash
loses at most those seconds. The session may save off the GUI thread; it reports back through a
callback, and the wizard never sends the same state twice.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.checks import Severity
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.ui.background import Background, BusyIndicator
from coopbuilder.ui.dialogs import Dialogs, problem_text, show_problem
from coopbuilder.ui.session import AgreementSession
from coopbuilder.ui.texts import choice_label
from coopbuilder.ui.widgets.fields import named
from coopbuilder.ui.widgets.marks import severity_mark, style_for
from coopbuilder.ui.widgets.messages import Message, MessageList
from coopbuilder.ui.wizard.page import Later, WizardPage, bring_into_view

AUTOSAVE_MS = 5000

P = TypeVar("P", bound=WizardPage)


class Wizard(QWidget):
    page_changed = Signal(int)
    saved = Signal()
    page_built = Signal(QWidget)
    """A page was built (on first showing it); the argument is the page."""

    def __init__(
        self,
        session: AgreementSession,
        pages: Sequence[WizardPage | Later[WizardPage]],
        *,
        dialogs: Dialogs,
        background: Background | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._dialogs = dialogs
        self._slots = list(pages)
        self._built: list[WizardPage | None] = [
            None if isinstance(page, Later) else page for page in pages
        ]
        self._read_only = read_only
        self._locked = ""
        self._agreement = session.agreement
        self._last_stored: Agreement | None = session.current  # compared, never changed
        self._index = -1
        self._build(background)
        for page in self._built:
            if page is not None:
                self._connect(page)
        self._timer = QTimer(self)
        self._timer.setInterval(autosave_ms)
        self._timer.timeout.connect(lambda: self.autosave())
        if autosave_ms > 0:
            self._timer.start()
        self._enter(0)

    # -- layout ---------------------------------------------------------------------------

    def _build(self, background: Background | None) -> None:
        self.steps = QListWidget(self)
        self.steps.setAccessibleName(self.tr("Steps of the wizard"))
        self.steps.setAccessibleDescription(
            self.tr("Shows where you are; choose a step to go there.")
        )
        for number, slot in enumerate(self._slots, start=1):
            self.steps.addItem(
                self.tr("{number}. {title}").format(number=number, title=slot.title())
            )
        self.steps.currentRowChanged.connect(self._step_chosen)
        self.steps.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # a long step's title wraps: the page keeps the width (German, projector mode)
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.step = QLabel(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problems = MessageList(self.tr("Problems on this page"), parent=self)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.hide()
        self._banner_failure = False
        self.stack = QStackedWidget(self)
        for index, page in enumerate(self._built):
            # a page not built yet has a place; its scroll area is made with it
            self.stack.addWidget(QWidget(self.stack) if page is None else self._scroll(index, page))

        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.back_button.setToolTip(self.tr("Previous step (Alt+Left)"))
        self.next_button.setToolTip(self.tr("Next step (Alt+Right)"))
        self.save_button.setToolTip(self.tr("Save the agreement (Ctrl+S)"))
        for button in (self.back_button, self.next_button, self.save_button):
            # Enter in a field never presses one of them, even in a dialog.
            button.setDefault(False)
            button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.save_button.clicked.connect(lambda: self.save())
        QShortcut(QKeySequence("Alt+Left"), self, self.back)
        QShortcut(QKeySequence("Alt+Right"), self, self.next)

        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        if background is not None:
            nav.addWidget(BusyIndicator(background, self))
        nav.addWidget(self.save_button)
        nav.addWidget(self.next_button)

        title = QHBoxLayout()
        title.addWidget(self.heading, 1)
        title.addWidget(self.step, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        content = QVBoxLayout()
        content.addLayout(title)
        content.addWidget(self.summary)
        content.addWidget(self.banner)
        content.addWidget(self.problems)
        content.addWidget(self.stack, 1)
        content.addLayout(nav)
        layout = QHBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addLayout(content, 1)
        self._size_steps()
        self._show_editability()

    def _scroll(self, index: int, page: WizardPage) -> QScrollArea:
        """The scroll area around the page of step ``index``."""
        scroll = named(
            QScrollArea(self.stack),
            self.tr("Step: {title}").format(title=self._slots[index].title()),
            self.tr("The fields of this step; scroll to reach those below."),
        )
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _connect(self, page: WizardPage) -> None:
        page.navigate.connect(self.go_to_field)
        page.save_requested.connect(lambda: self.save())

    def _page(self, index: int) -> WizardPage:
        """The page of step ``index``, built now if it was not yet."""
        page = self._built[index]
        if page is None:
            slot = self._slots[index]
            assert isinstance(slot, Later)
            page = self._built[index] = slot.make()
            self._connect(page)
            page.setEnabled(self.editable)
            placeholder = self.stack.widget(index)
            assert placeholder is not None
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, self._scroll(index, page))
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            self.page_built.emit(page)
        return page

    def with_page(self, kind: type[P], act: Callable[[P], None]) -> None:
        """``act(page)`` for the page of ``kind``: now if it is built, else once it is."""

        def each(page: QWidget) -> None:
            if isinstance(page, kind):
                act(page)

        for page in self.built_pages():
            each(page)
        self.page_built.connect(each)

    def is_built(self, index: int) -> bool:
        """Whether the page of step ``index`` was built (pages are built when first shown)."""
        return self._built[index] is not None

    def _show_editability(self) -> None:
        for page in self._built:
            if page is not None:
                page.setEnabled(self.editable)
        if self._read_only:
            self._show_banner(self.tr("This is a copy to read; it cannot be changed here."))
        elif self._locked:
            self._show_banner(self._locked)
        elif not self._agreement.is_editable:
            self._show_banner(
                self.tr("This version's status is '{status}'; it cannot be changed.").format(
                    status=choice_label(self._agreement.status)
                )
            )
        else:
            self.banner.hide()

    @property
    def editable(self) -> bool:
        """Whether the answers can be changed (not a signed version, not a copy to read)."""
        return self._agreement.is_editable and not self._read_only and not self._locked

    def lock(self, reason: str) -> None:
        """Keep the answers from being changed, and say why (``reason``); ``""`` lifts it."""
        self._locked = reason
        self._show_editability()

    def reload(self) -> None:
        """Show the session's agreement afresh, on the same step: after the session moved to
        another version (a new draft of a signed one, the saved one after a conflict)."""
        self._agreement = self._session.agreement
        self._last_stored = self._session.current
        self._show_editability()
        self._enter(max(self._index, 0))

    def _size_steps(self) -> None:
        """About 20 characters wide, and never narrower than the longest word of a step."""
        metrics = self.fontMetrics()
        words = [
            word
            for row in range(self.steps.count())
            for word in self.steps.item(row).text().split()
        ]
        longest = max((metrics.horizontalAdvance(f"00. {w}") for w in words), default=0)
        width = max(longest, metrics.averageCharWidth() * 20)
        self.steps.setFixedWidth(width + metrics.height() * 2)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_steps()

    # -- navigation -----------------------------------------------------------------------

    @property
    def pages(self) -> list[WizardPage]:
        """Every page, built (those not yet shown are built now)."""
        return [self._page(index) for index in range(len(self._slots))]

    def built_pages(self) -> list[WizardPage]:
        """The pages built so far (shown at least once, or given built)."""
        return [page for page in self._built if page is not None]

    def current_index(self) -> int:
        return self._index

    def current_page(self) -> WizardPage:
        return self._page(self._index)

    def next(self) -> bool:
        return self.go_to(self._index + 1) if self._index + 1 < len(self._slots) else False

    def back(self) -> bool:
        return self.go_to(self._index - 1) if self._index > 0 else False

    def go_to(self, index: int) -> bool:
        """Leave the current page for ``index``; refused (and explained) if the page's check
        finds problems."""
        if index == self._index:
            return True
        if self.editable:
            problems = self.current_page().check()
            if problems:
                self.problems.show_messages([Message(Severity.ERROR, p) for p in problems])
                self._select_step(self._index)
                to_fix = self.current_page().problem_widget()
                if to_fix is not None:
                    bring_into_view(to_fix)
                return False
            taken = self._take_page()
            if taken is None:
                self._select_step(self._index)
                return False
            self._store(autosave=True, then=None, snapshot=taken)
            notice = self.current_page().leaving_notice()
        else:
            notice = ""
        self._enter(index)
        if notice:
            self.problems.show_messages([Message(Severity.WARNING, notice)])
        return True

    def _take_page(self) -> Agreement | None:
        """Write the current page's answers into the agreement, and answer a copy of it (the
        caller's to keep: to autosave or save without copying again). If they change an
        agreement marked ready to sign, the person is asked first: it becomes a draft again
        (what is signed must be the text that was printed to sign), or their changes are
        undone; on Cancel nothing is written and the answer is ``None``."""
        page = self.current_page()
        edited = self._agreement.model_copy(deep=True)
        page.save(edited)
        if edited == self._agreement:
            return edited  # an equal copy
        if AgreementStatus.READY_TO_SIGN is self._agreement.status is edited.status:
            answer = self._dialogs.ask(
                self,
                self.tr("Change a version ready to sign"),
                self.tr(
                    "This version is marked ready to sign; changing it makes it a draft again. "
                    "Its final PDF is then made anew, and copies printed to sign are no longer "
                    "the text to sign. Keep your changes and make it a draft?"
                ),
                [self.tr("&Make it a draft"), self.tr("&Undo my changes")],
            )
            if answer is None:
                return None
            if answer == 1:
                page.load(self._agreement)
                return self._agreement.model_copy(deep=True)
            edited.status = AgreementStatus.DRAFT
            self._show_banner(
                self.tr(
                    "You changed the agreement after it was marked ready to sign; it is a "
                    "draft again."
                )
            )
        self._agreement = edited
        return edited.model_copy(deep=True)

    def go_to_field(self, field: str) -> None:
        for index, slot in enumerate(self._slots):
            if slot.edits(field):
                if self.go_to(index):
                    self._page(index).show_field(field)
                return

    def _step_chosen(self, row: int) -> None:
        if row >= 0 and row != self._index:
            self.go_to(row)

    def _select_step(self, row: int) -> None:
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(row)
        self.steps.blockSignals(False)

    def _enter(self, index: int) -> None:
        self._index = index
        page = self._page(index)
        page.load(self._agreement)
        self.stack.setCurrentIndex(index)
        self._select_step(index)
        self.problems.show_messages([])
        self.heading.setText(self.tr("<h2>{title}</h2>").format(title=html.escape(page.title())))
        self.step.setText(
            self.tr("Step {number} of {count}").format(number=index + 1, count=len(self._slots))
        )
        self.summary.setText(page.summary())
        self.summary.setVisible(bool(page.summary()))
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < len(self._slots))
        self._focus_page()
        self.page_changed.emit(index)

    def _focus_page(self) -> None:
        """The cursor into the page: its first field (or the field it names as first), its text
        selected as Tab selects it, so that what is typed replaces it (a new agreement's title)."""
        page = self.current_page()
        page.setFocus(Qt.FocusReason.TabFocusReason)
        if page.focusWidget() is None or QApplication.focusWidget() is page:
            page.focusNextChild()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        """The wizard itself takes no input: focus given to it (a new tab) goes to the page."""
        super().focusInEvent(event)
        if self._index >= 0:
            self._focus_page()

    # -- saving ---------------------------------------------------------------------------

    def taken(self) -> Agreement:
        """The agreement with the answers of the pages left so far, not a copy (as
        :meth:`agreement` makes one, with the current page's answers): to read, never to
        change."""
        return self._agreement

    def agreement(self) -> Agreement:
        """The agreement with every answer so far, including the current page's."""
        snapshot = self._agreement.model_copy(deep=True)
        if self.editable:
            self.current_page().save(snapshot)
        return snapshot

    def save(self, then: Callable[[bool], None] | None = None) -> None:
        """Save the agreement through the session (the person's "Save"); ``then(saved)``
        follows when the session is done. A failure is shown to the person."""
        self._store(autosave=False, then=then)

    def autosave(self, then: Callable[[bool], None] | None = None) -> None:
        """Keep the work in progress safe, if anything changed since the last time."""
        self._store(autosave=True, then=then)

    def _store(
        self,
        *,
        autosave: bool,
        then: Callable[[bool], None] | None,
        snapshot: Agreement | None = None,
    ) -> None:
        """Send the agreement to the session: ``snapshot`` if given (a copy with every answer,
        the wizard's no longer), else a copy made now."""
        if not self.editable:
            if then is not None:
                then(True)
            return
        if not autosave and snapshot is None:
            snapshot = self._take_page()
            if snapshot is None:
                if then is not None:
                    then(False)
                return
        if snapshot is None:
            snapshot = self.agreement()
        if autosave and snapshot == self._last_stored:
            if then is not None:
                then(True)
            return
        self._last_stored = snapshot  # not sent again while the session works on it

        def done(error: Exception | None) -> None:
            if error is not None:
                self._last_stored = None  # the next autosave tries again
                self._failed(error, autosave=autosave)
            else:
                if self._banner_failure:
                    self.banner.hide()
                    self._banner_failure = False
                if not autosave:
                    self.saved.emit()
            if then is not None:
                then(error is None)

        if autosave:
            self._session.autosave(snapshot, done)
        else:
            self._session.save(snapshot, done)

    def _failed(self, error: Exception, *, autosave: bool) -> None:
        if autosave:
            self._show_banner(
                self.tr("Autosave failed: {problem}").format(problem=problem_text(error)),
                failure=True,
            )
        else:
            show_problem(self._dialogs, self, self.tr("The agreement was not saved"), error)

    def _show_banner(self, text: str, *, failure: bool = False) -> None:
        self._banner_failure = failure
        mark = severity_mark(Severity.ERROR if failure else Severity.WARNING)
        self.banner.setStyleSheet(style_for(mark))
        self.banner.setText(f"{mark.symbol} {text}")
        self.banner.show()

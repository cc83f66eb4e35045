"""What every wizard page is: a widget that shows part of an agreement, checks what the person
entered and writes it back (after picard's option pages: load / check / save)."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QScrollArea, QWidget

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.checks import CheckFinding


def finding_location(finding: CheckFinding) -> str:
    """Where a check finding is fixed, as the pages' ``show_field`` reads it: the finding's
    field, and for a finding that names no single entry (a gap without an agreed action) the
    entry it is about after a ``#``: ``actions#trust/gap``."""
    kind = finding.params.get("kind")
    if finding.field == "actions" and finding.subject_id and kind:
        return f"actions#{finding.subject_id}/{kind}"
    return finding.field


def bring_into_view(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` to it and give it the keyboard focus."""

    def scroll() -> None:
        inner: QWidget = widget
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea) and parent.widget() is not None:
                parent.ensureWidgetVisible(inner)
                inner = parent
            parent = parent.parentWidget()

    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    scroll()
    QTimer.singleShot(0, widget, scroll)  # again once the layout has settled


class WizardPage(QWidget):
    """One step of the wizard.

    - ``load(agreement)`` shows the agreement's answers (on entering the page);
    - ``check()`` lists, as sentences, what must be fixed before the page can be left;
    - ``save(agreement)`` writes every valid answer into the agreement (on leaving the page,
      and for autosave); it never raises for anything the page's widgets allow.
    """

    navigate = Signal(str)
    """Asks the wizard to show the page that edits this field (a check finding's ``field``)."""
    save_requested = Signal()
    """Asks the wizard to save the agreement now (e.g. after marking it ready to sign)."""

    fields: ClassVar[tuple[str, ...]] = ()
    """The agreement fields this page edits, as the checks name them (``sharing_rules``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loaded: Agreement | None = None
        """The agreement of the last ``load`` (the wizard's working copy); pages keep it for
        context, and never change it outside ``save``."""

    def draft(self) -> Agreement | None:
        """A copy of the loaded agreement holding the page's answers so far (for the checks
        that run while the person types)."""
        if self.loaded is None:
            return None
        draft = self.loaded.model_copy(deep=True)
        self.save(draft)
        return draft

    @classmethod
    def title(cls) -> str:
        """The step's name (known before the page is built: see :class:`Later`)."""
        raise NotImplementedError

    def summary(self) -> str:
        """One or two sentences under the title: what this step is for."""
        return ""

    def load(self, agreement: Agreement) -> None:
        raise NotImplementedError

    def check(self) -> list[str]:
        return []

    def save(self, agreement: Agreement) -> None:
        raise NotImplementedError

    def show_field(self, field: str) -> None:
        """Bring the entry a check finding names into view (after the wizard came here for
        it); by default the page itself is enough."""

    def leaving_notice(self) -> str:
        """What the person should know on leaving the page although nothing stops them (shown
        as a warning on the next page); ``""``: nothing."""
        return ""

    def problem_widget(self) -> QWidget | None:
        """The input to fix first when ``check()`` lists problems (shown and focused when the
        page cannot be left); ``None``: the page does not know."""
        return None

    def edits(self, field: str) -> bool:
        """Whether a check finding on ``field`` is fixed on this page."""
        return edited_by(self.fields, field)


def edited_by(fields: tuple[str, ...], field: str) -> bool:
    """Whether a check finding on ``field`` is fixed on a page editing ``fields``."""
    return any(
        field == own or field.startswith((own + ".", own + "[", own + "#")) for own in fields
    )


Page = TypeVar("Page", bound=WizardPage, covariant=True)


class Later(Generic[Page]):
    """A page of the kind ``kind`` that the wizard builds with ``make()`` when it is first
    shown: opening an agreement builds only the page in view. The wizard lists the step by
    the kind's :meth:`~WizardPage.title` and finds a field's page by its
    :meth:`~WizardPage.edits` until then."""

    def __init__(self, kind: type[Page], make: Callable[[], Page]) -> None:
        self.kind = kind
        self.make = make

    def title(self) -> str:
        return self.kind.title()

    def edits(self, field: str) -> bool:
        return edited_by(self.kind.fields, field)

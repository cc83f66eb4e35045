"""What every wizard page is: a widget that shows part of an agreement, checks what the person
entered and writes it back (after picard's option pages: load / check / save)."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from coopbuilder.core.agreement import Agreement


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

    def title(self) -> str:
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

    def edits(self, field: str) -> bool:
        """Whether a check finding on ``field`` is fixed on this page."""
        return any(field == own or field.startswith((own + ".", own + "[")) for own in self.fields)

"""Agreement checks that run while the person types: a moment after the last change, on a copy
of the agreement with the page's answers written into it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.checks import CheckFinding, check_agreement

DELAY_MS = 300


class LiveChecks(QObject):
    """Runs :func:`check_agreement` on ``draft()`` ``DELAY_MS`` after the last :meth:`schedule`."""

    updated = Signal()

    def __init__(
        self, draft: Callable[[], Agreement | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._draft = draft
        self.findings: list[CheckFinding] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run_now)

    def schedule(self) -> None:
        self._timer.start()

    def run_now(self) -> None:
        self._timer.stop()
        agreement = self._draft()
        self.findings = [] if agreement is None else check_agreement(agreement)
        self.updated.emit()

    def about(self, subject_id: str) -> list[CheckFinding]:
        """The findings that concern one entry (a sharing rule, a contact, a partner)."""
        return [f for f in self.findings if f.subject_id == subject_id]

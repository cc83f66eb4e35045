"""The warning shown when a version is opened and its signed file changed: the re-check of
:mod:`coopbuilder.workflows.recheck`, run off the GUI thread, shown as a banner."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.background import Background
from coopbuilder.ui.signing.common import Outcome, OutcomeBanner, failure_text
from coopbuilder.ui.texts import error_text
from coopbuilder.workflows.recheck import RecheckReport, recheck


class RecheckBanner(OutcomeBanner):
    """Hidden while all is well; a warning when a signed file stored with the version changed or
    no longer verifies. With ``show_good``, a good outcome is shown too. ``checked`` is emitted
    with each :class:`~coopbuilder.workflows.recheck.RecheckReport`."""

    checked = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        *,
        background: Background,
        show_good: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Check of the signed file"), parent)
        self._workspace = workspace
        self._background = background
        self._show_good = show_good
        self.report: RecheckReport | None = None

    def start(self, agreement_id: str, number: int) -> None:
        """Re-check version ``number`` of ``agreement_id`` (call it when the version is opened)."""
        workspace = self._workspace
        self._background.run(
            lambda: recheck(workspace, agreement_id, number), self._show, self._failed, self
        )

    def _show(self, report: RecheckReport) -> None:
        self.report = report
        if not report.ok:
            text = self.tr(
                "The signed file stored with version {number} has changed or no longer verifies. "
                "Do not rely on it; restore the workspace from a backup or ask the partners for "
                "their signed copy."
            ).format(number=report.number)
            problems = [error_text(phrase) for phrase in report.problem_phrases]
            self.show_outcome(Outcome.PROBLEM, "\n".join([text, *problems]))
        elif self._show_good and report.has_signed_file:
            self.show_outcome(
                Outcome.GOOD,
                self.tr(
                    "The signed file stored with version {number} is unchanged since it was "
                    "recorded."
                ).format(number=report.number),
            )
        else:
            self.clear()
        self.checked.emit(report)

    def _failed(self, error: Exception) -> None:
        self.report = None
        self.show_outcome(
            Outcome.WARNING,
            self.tr("The signed file could not be re-checked: {problem}").format(
                problem=failure_text(error)
            ),
        )

"""Which agreement an action is about: the one of the current tab, or the one selected in the
list (see :meth:`coopbuilder.ui.main_window.MainWindow.current_agreement`)."""

from __future__ import annotations

from dataclasses import dataclass

from coopbuilder.core.vocabulary import AgreementStatus


@dataclass(frozen=True)
class AgreementRef:
    agreement_id: str
    number: int
    """The version: the one open in the tab, or the latest for a row of the list."""
    title: str
    status: AgreementStatus

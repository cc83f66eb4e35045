"""The joint-session wizard: seven pages, each in its own module with load / check / save (and
for a review's draft, the review's record as the first step).

:func:`create_wizard` puts the standard pages together for one :class:`AgreementSession`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coopbuilder.core.agreement import Agreement
from coopbuilder.ui.background import Background
from coopbuilder.ui.dialogs import Dialogs
from coopbuilder.ui.session import AgreementSession
from coopbuilder.ui.wizard.contacts import ContactsPage
from coopbuilder.ui.wizard.findings import FindingsPage
from coopbuilder.ui.wizard.governance import GovernancePage
from coopbuilder.ui.wizard.page import Later, WizardPage
from coopbuilder.ui.wizard.partnership import PartnershipPage
from coopbuilder.ui.wizard.readiness import ReadinessPage
from coopbuilder.ui.wizard.record import RecordAccess, ReviewRecordPage
from coopbuilder.ui.wizard.review import OutputFactory, PlaceholderOutput, ReviewPage
from coopbuilder.ui.wizard.sharing import SharingPage
from coopbuilder.ui.wizard.shell import AUTOSAVE_MS, Wizard

__all__ = ["Wizard", "create_wizard"]


def create_wizard(
    session: AgreementSession,
    *,
    background: Background,
    dialogs: Dialogs,
    output: OutputFactory = PlaceholderOutput,
    autosave_ms: int = AUTOSAVE_MS,
    previous: Agreement | None = None,
    record: RecordAccess | None = None,
    read_only: bool = False,
    parent: QWidget | None = None,
) -> Wizard:
    """The wizard with its seven pages, each built when it is first shown. ``output`` makes
    the review page's output area (the PDF preview with Print and Save PDF:
    :class:`coopbuilder.ui.preview.PdfOutput`).
    ``previous`` is the version a review started this one from
    (``workflows.review.reviewed_version``): the readiness page shows its ratings faintly beside
    each statement. ``record``: how to read and keep the record of the review that started
    the version; the record is then the first step, and the last step warns while it is
    empty."""
    first: list[WizardPage | Later[WizardPage]] = []
    record_empty = None
    if record is not None:
        record_page = ReviewRecordPage(record, background, previous=previous)
        first, record_empty = [record_page], record_page.is_empty
    pages = [
        *first,
        Later(PartnershipPage, PartnershipPage),
        Later(ReadinessPage, lambda: ReadinessPage(background, dialogs, previous=previous)),
        Later(FindingsPage, lambda: FindingsPage(previous=previous)),
        Later(SharingPage, lambda: SharingPage(dialogs)),
        Later(ContactsPage, lambda: ContactsPage(dialogs, previous=previous)),
        Later(GovernancePage, GovernancePage),
        Later(ReviewPage, lambda: ReviewPage(output, record_empty=record_empty)),
    ]
    return Wizard(
        session,
        pages,
        dialogs=dialogs,
        background=background,
        autosave_ms=autosave_ms,
        read_only=read_only,
        parent=parent,
    )
